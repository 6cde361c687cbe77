import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Button, Checkbox, CheckboxGroup, Heading, Paragraph, RouterLink, SearchInput, StaticChip, Text } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { AdviceArticleListQuery } from '../../gql/graphql';
import { request } from '../../shared/api/client';
import type { ApiError } from '../../shared/errors/api-error';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDate } from '../../shared/format/format';
import { isLanguage } from '../../shared/i18n/i18n';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { hasHit, Highlighted } from '../open-needs/Highlighted';
import { AdviceArticleListQuery as AdviceArticleListDocument } from './advice.documents';
import { ADVICE_TOPICS, adviceLanguage, fallbackOf, isAdviceTopic, snippetLanguage, type AdviceTopic } from './advice-language';
import { FallbackNote } from './FallbackNote';
import './advice.css';

const PAGE_SIZE = 20;
type Article = AdviceArticleListQuery['adviceArticles']['edges'][number]['node'];

/** The search in the URL (`?q=palkkatuki&topic=PAY_SUBSIDY`), so a link to it can be shared. */
export function parseAdviceSearch(params: URLSearchParams): { query: string; topics: AdviceTopic[] } {
  return { query: (params.get('q') ?? '').trim(), topics: [...new Set(params.getAll('topic'))].filter(isAdviceTopic) };
}

export function toAdviceParams(query: string, topics: readonly string[]): URLSearchParams {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const topic of topics) params.append('topic', topic);
  return params;
}

/** A body snippet without the Markdown marks around its words ("## Kuka…", "**Työaika:**"). */
export function plainSnippet(snippet: string): string {
  return snippet.replace(/(^|\s)#{1,6}\s+/g, '$1').replace(/\*\*/g, '').replace(/(^|\s)[-*]\s+/g, '$1');
}

function ArticleCard({ article, uiLanguage }: { article: Article; uiLanguage: string }) {
  const { t } = useTranslation('advice');
  const { lang, fallback } = fallbackOf(article.language, uiLanguage);
  // Where the words matched: in the body if they did, else in the summary; the title is the link already.
  const hits = article.highlights.filter((h) => hasHit(h.snippet));
  const highlight = hits.find((h) => h.field.startsWith('body')) ?? hits.find((h) => h.field.startsWith('summary')) ?? null;
  return (
    <li className="card advice-card" data-testid="advice-card">
      <div lang={lang}>
        <Heading variant="h3" as="h2" mb="xxs">
          <RouterLink asComponent={Link} to={`/advice/${article.slug}`}>
            {article.title}
          </RouterLink>
        </Heading>
        <Paragraph mb="xs">{article.summary}</Paragraph>
      </div>
      {fallback ? <FallbackNote language={article.language} /> : null}
      {highlight ? (
        <p className="advice-snippet">
          <Text className="visually-hidden">{t('list.match')} </Text>
          <Highlighted snippet={plainSnippet(highlight.snippet)} lang={snippetLanguage(highlight.field) !== uiLanguage ? snippetLanguage(highlight.field) : undefined} />
        </p>
      ) : null}
      <ul className="chips advice-chip-list" aria-label={t('article.topics')}>
        {article.topics.filter(isAdviceTopic).map((topic) => (
          <li key={topic}>
            <StaticChip>{t(`topics.${topic}`)}</StaticChip>
          </li>
        ))}
      </ul>
      <p className="muted advice-date">{t('article.published', { date: formatDate(article.publishedAt, isLanguage(uiLanguage) ? uiLanguage : 'fi') })}</p>
    </li>
  );
}

export default function AdviceListPage() {
  const { t, i18n } = useTranslation('advice');
  const [params, setParams] = useSearchParams();
  const { query, topics } = useMemo(() => parseAdviceSearch(params), [params]);
  const [text, setText] = useState(query);
  useEffect(() => setText(query), [query]);
  const language = adviceLanguage(i18n.language);

  const articles = useInfiniteQuery<AdviceArticleListQuery, ApiError>({
    queryKey: ['AdviceArticleList', { language, query, topics }],
    queryFn: ({ pageParam }) =>
      request(AdviceArticleListDocument, { language, query: query || null, topics: topics.length ? topics : null, first: PAGE_SIZE, after: (pageParam as string | null) ?? null }),
    initialPageParam: null,
    getNextPageParam: (last) => (last.adviceArticles.pageInfo.hasNextPage ? last.adviceArticles.pageInfo.endCursor : undefined),
    placeholderData: keepPreviousData,
  });
  const pages = articles.data?.pages ?? [];
  const total = pages[0]?.adviceArticles.totalCount;
  const items = pages.flatMap((page) => page.adviceArticles.edges.map((edge) => edge.node));
  const search = (nextQuery: string, nextTopics: readonly string[]) => setParams(toAdviceParams(nextQuery, nextTopics));

  return (
    <Page title={t('title')} lead={<Paragraph>{t('lead')}</Paragraph>}>
      <div role="search" className="advice-search">
        <SearchInput
          labelText={t('search.label')}
          visualPlaceholder={t('search.placeholder')}
          clearButtonLabel={t('search.clear')}
          searchButtonLabel={t('search.button')}
          value={text}
          onChange={(value) => {
            setText(value);
            if (value === '' && query) search('', topics);
          }}
          onSearch={(value) => search(value, topics)}
          fullWidth
          mb="m"
        />
      </div>
      <div className="two-columns">
        <section aria-labelledby="advice-topics-heading">
          <Heading variant="h2" id="advice-topics-heading" mb="s">
            {t('filters.heading')}
          </Heading>
          <CheckboxGroup labelText={t('filters.topics')} id="advice-topics" mb="m">
            {ADVICE_TOPICS.map((topic) => (
              <Checkbox
                key={topic}
                id={`advice-topic-${topic}`}
                checked={topics.includes(topic)}
                onClick={({ checkboxState }) => search(query, checkboxState ? [...topics, topic] : topics.filter((tp) => tp !== topic))}
              >
                {t(`topics.${topic}`)}
              </Checkbox>
            ))}
          </CheckboxGroup>
          {topics.length ? (
            <Button variant="secondary" onClick={() => search(query, [])}>
              {t('filters.clear', { count: topics.length })}
            </Button>
          ) : null}
        </section>
        <div>
          <div role="status" className="advice-status" data-testid="advice-count">
            {articles.isFetching && !articles.isFetchingNextPage ? t('list.loading') : total !== undefined ? t('list.count', { count: total }) : ''}
          </div>
          {articles.isPending ? <Loading label={t('list.loading')} /> : null}
          {articles.isError && !articles.data ? <ErrorState error={articles.error} onRetry={() => void articles.refetch()} /> : null}
          {total === 0 ? <Paragraph mt="m">{t('list.none')}</Paragraph> : null}
          {items.length ? (
            <ul className="advice-results" aria-label={t('list.label')}>
              {items.map((article) => (
                <ArticleCard key={article.id} article={article} uiLanguage={i18n.language} />
              ))}
            </ul>
          ) : null}
          {articles.hasNextPage ? (
            <Button variant="secondary" onClick={() => void articles.fetchNextPage()} disabled={articles.isFetchingNextPage}>
              {t('common:actions.showMore')}
            </Button>
          ) : null}
        </div>
      </div>
    </Page>
  );
}
