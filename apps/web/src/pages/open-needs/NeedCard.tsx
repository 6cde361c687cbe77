import { Link } from 'react-router-dom';
import { Heading, RouterLink, StaticChip, Text } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { SearchOpenNeedsQuery } from '../../gql/graphql';
import { formatDate, listFormat } from '../../shared/format/format';
import { isLanguage } from '../../shared/i18n/i18n';
import { hasHit, Highlighted } from './Highlighted';
import { Fact, NeedCardMeta } from './NeedCardParts';
import { useMunicipalityName } from './PlaceName';

export type NeedHit = SearchOpenNeedsQuery['searchNeeds']['edges'][number]['node'];

/** Words of a list of enum values, joined the way the language joins them ("a, b ja c"). */
export function useListWords() {
  const { t, i18n } = useTranslation('openNeeds');
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const list = listFormat(language);
  // Labels start with a capital on their own; inside a sentence-like list only the first one does.
  return (group: string, values: readonly string[]) =>
    list.format(values.map((value, index) => {
      const label = t(`vocabulary.${group}.${value}`);
      return index === 0 ? label : label.charAt(0).toLocaleLowerCase(language) + label.slice(1);
    }));
}

/** One need in the results: what, who, where, and what the employer is open to — all in words. */
export function NeedCard({ hit, signedIn, placeFallback, searchParams }: { hit: NeedHit; signedIn: boolean; placeFallback?: string; searchParams: string }) {
  const { t, i18n } = useTranslation('openNeeds');
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const words = useListWords();
  const place = useMunicipalityName(hit.municipalityCode, placeFallback);
  const headingId = `need-${hit.id}`;
  // The title is the link already; a hit elsewhere (the description) is shown in its context.
  const snippet = hit.highlights.find((h) => !h.field.startsWith('title') && hasHit(h.snippet));
  return (
    <li className="card open-needs-card" data-testid="open-need-card">
      <Heading variant="h3" as="h2" id={headingId} mb="xxs">
        <RouterLink asComponent={Link} to={`/open-needs/${hit.id}`} state={{ search: searchParams, companyName: hit.companyName }}>
          {hit.title}
        </RouterLink>
      </Heading>
      <NeedCardMeta hit={hit} place={place} placeUnknown={t('card.placeUnknown')} className="open-needs-card-meta" />
      <ul className="chips open-needs-chip-list" aria-label={t('card.kinds')}>
        {hit.kinds.map((kind) => (
          <li key={kind}>
            <StaticChip>{t(`vocabulary.needKind.${kind}`)}</StaticChip>
          </li>
        ))}
        {signedIn ? (
          <li>
            <StaticChip>{t('card.stage', { stage: t(`vocabulary.needStage.${hit.stage}`) })}</StaticChip>
          </li>
        ) : null}
        {hit.forwardedToYou ? (
          <li>
            <StaticChip>{t('card.forwardedToYou')}</StaticChip>
          </li>
        ) : null}
      </ul>
      {hit.adjustmentsOffered.length > 0 || hit.measuresOpenTo.length > 0 || hit.openToPrecisionCapable ? (
        <dl className="open-needs-facts">
          {hit.adjustmentsOffered.length > 0 ? <Fact term={t('card.adjustments')}>{words('adjustment', hit.adjustmentsOffered)}</Fact> : null}
          {hit.measuresOpenTo.length > 0 ? <Fact term={t('card.measures')}>{words('measure', hit.measuresOpenTo)}</Fact> : null}
          {hit.openToPrecisionCapable ? <Fact term={t('card.precision')}>{t('card.yes')}</Fact> : null}
        </dl>
      ) : null}
      {snippet ? (
        <p className="open-needs-snippet">
          <Text className="visually-hidden">{t('card.match')} </Text>
          <Highlighted snippet={snippet.snippet} />
        </p>
      ) : null}
      <p className="muted open-needs-card-date">
        {t('card.updated', { date: formatDate(hit.updatedAt, language) })}
        {signedIn ? ` · ${t('card.visibility', { visibility: t(`vocabulary.visibility.${hit.visibility}`) })}` : null}
      </p>
    </li>
  );
}
