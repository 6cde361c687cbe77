import { Link, useParams } from 'react-router-dom';
import { Heading, LinkList, LinkListItem, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { AdviceArticleBySlugQuery } from '../../gql/graphql';
import { useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDate } from '../../shared/format/format';
import { isLanguage, type Language } from '../../shared/i18n/i18n';
import { LoadingPage } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { ADJUSTMENTS, isOneOf, MEASURES } from '../open-needs/vocabulary';
import { AdviceArticleBySlugQuery as AdviceArticleBySlugDocument, AdviceArticleListQuery } from './advice.documents';
import { adviceLanguage, contentLanguage, fallbackOf, isAdviceTopic } from './advice-language';
import { FallbackNote } from './FallbackNote';
import { Markdown } from './Markdown';
import './advice.css';

type Article = AdviceArticleBySlugQuery['adviceArticle'];

/** Other articles on the same topics, most recent search ranking first; this one left out. */
function RelatedArticles({ article, uiLanguage }: { article: Article; uiLanguage: string }) {
  const { t } = useTranslation('advice');
  const related = useApiQuery(AdviceArticleListQuery, { language: adviceLanguage(uiLanguage), topics: article.topics, query: null, first: 7, after: null });
  const others = (related.data?.adviceArticles.edges ?? []).map((edge) => edge.node).filter((node) => node.slug !== article.slug).slice(0, 6);
  if (others.length === 0) return null;
  return (
    <section className="advice-section" aria-labelledby="advice-related">
      <Heading variant="h2" id="advice-related" mb="s">
        {t('article.related')}
      </Heading>
      <LinkList ariaLabelledBy="advice-related">
        {others.map((other) => {
          const { lang } = fallbackOf(other.language, uiLanguage);
          return (
            <LinkListItem key={other.slug}>
              <RouterLink asComponent={Link} to={`/advice/${other.slug}`} lang={lang}>
                {other.title}
              </RouterLink>
            </LinkListItem>
          );
        })}
      </LinkList>
    </section>
  );
}

/** Where to go next from the article's topics: the advice on each topic, and open needs open to that measure or adjustment. */
function TopicLinks({ article }: { article: Article }) {
  const { t } = useTranslation('advice');
  const topics = article.topics.filter(isAdviceTopic);
  const needLinks = topics.flatMap((topic): { topic: string; to: string }[] =>
    isOneOf(MEASURES, topic)
      ? [{ topic, to: `/open-needs?measure=${topic}` }]
      : isOneOf(ADJUSTMENTS, topic)
        ? [{ topic, to: `/open-needs?adjustment=${topic}` }]
        : [],
  );
  return (
    <section className="advice-section" aria-labelledby="advice-topics">
      <Heading variant="h2" id="advice-topics" mb="s">
        {t('article.topics')}
      </Heading>
      <LinkList ariaLabelledBy="advice-topics">
        {topics.map((topic) => (
          <LinkListItem key={topic}>
            <RouterLink asComponent={Link} to={`/advice?topic=${topic}`}>
              {t('article.topicLink', { topic: t(`topics.${topic}`) })}
            </RouterLink>
          </LinkListItem>
        ))}
        {needLinks.map((link) => (
          <LinkListItem key={`needs-${link.topic}`}>
            <RouterLink asComponent={Link} to={link.to}>
              {t('article.needsLink', { topic: t(`topics.${link.topic}`) })}
            </RouterLink>
          </LinkListItem>
        ))}
      </LinkList>
    </section>
  );
}

function ArticleView({ article, uiLanguage }: { article: Article; uiLanguage: Language }) {
  const { t } = useTranslation('advice');
  const { lang, fallback } = fallbackOf(article.language, uiLanguage);
  const others = article.availableLanguages.map(contentLanguage).filter((language) => language !== uiLanguage);
  // The page is in the article's language when it fell back to Finnish; the page's own words say theirs.
  return (
    <div lang={lang}>
      <Page title={article.title} lead={<Paragraph>{article.summary}</Paragraph>}>
        <div lang={lang ? uiLanguage : undefined}>
          <RouterLink asComponent={Link} to="/advice" className="advice-back">
            {t('article.back')}
          </RouterLink>
          {fallback ? <FallbackNote language={article.language} /> : null}
          <p className="muted advice-date">
            {t('article.published', { date: formatDate(article.publishedAt, uiLanguage) })}
            {article.updatedAt !== article.publishedAt ? ` · ${t('article.updated', { date: formatDate(article.updatedAt, uiLanguage) })}` : null}
          </p>
        </div>
        <article className="advice-article">
          <Markdown source={article.body} newWindowLabel={t('article.newWindow')} />
        </article>
        <div lang={lang ? uiLanguage : undefined}>
          {others.length ? (
            <p className="muted">
              {t('article.alsoIn', { languages: others.map((language) => t(`common:languages.${language}`, { lng: language })).join(', ') })}
            </p>
          ) : null}
          <Paragraph className="advice-disclaimer">{t('article.disclaimer')}</Paragraph>
          <TopicLinks article={article} />
          <RelatedArticles article={article} uiLanguage={uiLanguage} />
        </div>
      </Page>
    </div>
  );
}

export default function AdvicePage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation('advice');
  const uiLanguage: Language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const article = useApiQuery(AdviceArticleBySlugDocument, { slug, language: adviceLanguage(uiLanguage) });
  if (article.isPending) return <LoadingPage />;
  if (article.isError) {
    if (article.error.kind === 'notFound' || article.error.kind === 'forbidden') return <ErrorState error={article.error} />;
    return (
      <Page title={t('title')}>
        <ErrorState error={article.error} onRetry={() => void article.refetch()} />
      </Page>
    );
  }
  return <ArticleView article={article.data.adviceArticle} uiLanguage={uiLanguage} />;
}
