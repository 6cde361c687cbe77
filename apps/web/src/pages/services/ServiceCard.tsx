import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Heading, RouterLink, StaticChip } from 'suomifi-ui-components';
import type { SearchServicesQuery } from '../../gql/graphql';
import { formatDistanceKm } from '../../shared/format/format';
import { localize } from '../../shared/i18n/localized';
import type { ServiceLabels } from './labels';
import { Highlighted, highlightOf } from './highlight';

export type SearchHit = SearchServicesQuery['searchServices']['edges'][number]['node'];

const MAX_PLACES = 3;

/**
 * One result. Every provider's service has the same card whatever its sector: the sector is a
 * plain label next to the provider's name, never a badge, colour or order.
 */
export function ServiceCard({ hit, labels }: { hit: SearchHit; labels: ServiceLabels }) {
  const { t } = useTranslation('services');
  const location = useLocation();
  const { service, highlights } = hit;
  const language = labels.language;
  const name = localize(service.name, language);
  const summary = localize(service.summary, language);
  const nameSnippet = highlightOf(highlights, 'name', name.language);
  const summarySnippet = highlightOf(highlights, 'summary', summary.language);
  // A match elsewhere (the description, or a translation not shown) is quoted under the summary.
  const otherMatch =
    nameSnippet || summarySnippet
      ? highlights.find((h) => h.field === `description.${summary.language}`)
      : (highlights.find((h) => h.field.startsWith('description.') || h.field.startsWith('summary.')) ?? highlights[0]);
  const otherLanguage = otherMatch?.field.split('.')[1];

  const places = service.coverage.national
    ? [t('card.national')]
    : [
        ...service.coverage.employmentAreaIds.map((id) => labels.area(id)).filter(Boolean),
        ...service.coverage.municipalityCodes.map((code) => labels.municipality(code)),
      ];

  return (
    <li className="card services-card" data-testid="service-card">
      <Heading variant="h3" mb="xxs">
        <RouterLink asComponent={Link} to={`/services/${service.id}`} state={{ search: location.search }}>
          <span lang={name.fallback ? name.language : undefined}>{nameSnippet ? <Highlighted snippet={nameSnippet} /> : name.text}</span>
        </RouterLink>
      </Heading>
      <p className="services-provider">
        {service.provider.name}
        <span className="services-sector"> · {t(`sector.${service.provider.sector}`)}</span>
      </p>
      {summary.text ? (
        <p className="services-summary" lang={summary.fallback ? summary.language : undefined}>
          {summarySnippet ? <Highlighted snippet={summarySnippet} /> : summary.text}
        </p>
      ) : null}
      {otherMatch ? (
        <p className="services-snippet" lang={otherLanguage !== language ? otherLanguage : undefined} data-testid="service-match">
          <span className="visually-hidden">{t('card.match')}: </span>…<Highlighted snippet={otherMatch.snippet} />…
        </p>
      ) : null}
      {service.categories.length > 0 ? (
        <ul className="chips services-chips" aria-label={t('card.categories')}>
          {service.categories.map((category) => (
            <li key={category.code}>
              <StaticChip>{labels.term(category.code, category.labelFi)}</StaticChip>
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="services-facts">
        <li>{t(`deliveryMode.${service.deliveryMode}`)}</li>
        <li>{t(service.isFree ? 'cost.FREE' : 'cost.PAID')}</li>
        {places.length > 0 ? (
          <li>
            {places.slice(0, MAX_PLACES).join(', ')}
            {places.length > MAX_PLACES ? ` ${t('card.morePlaces', { count: places.length - MAX_PLACES })}` : ''}
          </li>
        ) : null}
        {hit.distanceKm !== null && hit.distanceKm !== undefined ? (
          <li data-testid="service-distance">{t('card.distance', { distance: formatDistanceKm(hit.distanceKm, language) })}</li>
        ) : null}
      </ul>
    </li>
  );
}
