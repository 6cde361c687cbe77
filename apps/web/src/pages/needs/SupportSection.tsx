import { Link } from 'react-router-dom';
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import type { EmployerNeedQuery } from '../../gql/graphql';
import { useApiQuery } from '../../shared/api/hooks';
import { formatDate } from '../../shared/format/format';
import { localize } from '../../shared/i18n/localized';
import { EmployerNeedForwardsQuery as ForwardsDocument } from './needs.documents';
import { useNeedsText } from './needs-format';
import { adviceTopicsForNeed, reasonText } from './service-reasons';

type Need = EmployerNeedQuery['need'];
type Suggested = Need['suggestedServices'][number];
type Article = Need['advice'][number];

function Reason({ reason }: { reason: string }) {
  const { t, language } = useNeedsText();
  const { key, params, original } = reasonText(reason);
  if (key) return <li>{t(key, params)}</li>;
  return <li lang={language === 'fi' ? undefined : 'fi'}>{original}</li>;
}

function ServiceCard({ suggestion }: { suggestion: Suggested }) {
  const { t, language } = useNeedsText();
  const { service } = suggestion;
  const name = localize(service.name, language);
  const summary = localize(service.summary, language);
  return (
    <li className="card" data-testid="suggested-service">
      <Heading variant="h3" mb="xs">
        <RouterLink asComponent={Link} to={`/services/${service.id}`} lang={name.fallback ? name.language : undefined}>
          {name.text}
        </RouterLink>
      </Heading>
      <p className="muted">{t('services.provider', { name: service.provider.name })}</p>
      {summary.text ? (
        <Paragraph mb="xs" lang={summary.fallback ? summary.language : undefined}>
          {summary.text}
        </Paragraph>
      ) : null}
      <p className="needs-reason-label">{t('services.reasons')}</p>
      <ul className="needs-reasons">
        {suggestion.reasons.map((reason) => (
          <Reason key={reason} reason={reason} />
        ))}
      </ul>
    </li>
  );
}

function AdviceCard({ article, need }: { article: Article; need: Need }) {
  const { t, format, language } = useNeedsText();
  const topics = adviceTopicsForNeed(article.topics, need);
  const articleLanguage = article.language.toLowerCase();
  return (
    <li className="card" data-testid="advice-article">
      <Heading variant="h3" mb="xs">
        <RouterLink asComponent={Link} to={`/advice/${article.slug}`} lang={articleLanguage !== language ? articleLanguage : undefined}>
          {article.title}
        </RouterLink>
      </Heading>
      <Paragraph mb="xs" lang={articleLanguage !== language ? articleLanguage : undefined}>
        {article.summary}
      </Paragraph>
      <p className="needs-reason-label">
        {topics.length > 0 ? t('advice.reason', { topics: format.list(topics.map((topic) => t(`topics.${topic}`))) }) : t('advice.reasonGeneral')}
      </p>
    </li>
  );
}

/** Services and advice that fit the need's choices, each with why it is suggested. */
export function SupportSection({ need }: { need: Need }) {
  const { t } = useNeedsText();
  return (
    <>
      <section aria-labelledby="need-services-heading" className="needs-section">
        <Heading variant="h2" id="need-services-heading" mb="s">
          {t('services.heading')}
        </Heading>
        <Paragraph mb="s">{t('services.lead')}</Paragraph>
        {need.suggestedServices.length === 0 ? (
          <Paragraph>{t('services.none')}</Paragraph>
        ) : (
          <ul className="needs-cards needs-grid" data-testid="suggested-services">
            {need.suggestedServices.map((suggestion) => (
              <ServiceCard key={suggestion.service.id} suggestion={suggestion} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="need-advice-heading" className="needs-section">
        <Heading variant="h2" id="need-advice-heading" mb="s">
          {t('advice.heading')}
        </Heading>
        {need.advice.length === 0 ? (
          <Paragraph>{t('advice.none')}</Paragraph>
        ) : (
          <ul className="needs-cards needs-grid" data-testid="advice">
            {need.advice.map((article) => (
              <AdviceCard key={article.id} article={article} need={need} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** Providers a coordinator handed the need to; shown only when there are any. */
export function ForwardsSection({ needId }: { needId: string }) {
  const { t, language } = useNeedsText();
  const query = useApiQuery(ForwardsDocument, { needId });
  const forwards = query.data?.needForwards ?? [];
  if (forwards.length === 0) return null;
  return (
    <section aria-labelledby="need-forwards-heading" className="needs-section">
      <Heading variant="h2" id="need-forwards-heading" mb="s">
        {t('forwards.heading')}
      </Heading>
      <Paragraph mb="s">{t('forwards.lead')}</Paragraph>
      <ul className="needs-cards">
        {forwards.map((forward) => (
          <li key={forward.id} className="card">
            <strong>{forward.providerName}</strong> <span className="muted">{formatDate(forward.createdAt, language)}</span>
            {forward.message ? <blockquote className="needs-quote">{forward.message}</blockquote> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
