import { Link } from 'react-router-dom';
import { Button, Heading, RouterLink, StaticChip, Text } from 'suomifi-ui-components';
import { formatDate } from '../../shared/format/format';
import type { NeedHit } from '../open-needs/NeedCard';
import { useListWords } from '../open-needs/NeedCard';
import { Fact, NeedCardMeta } from '../open-needs/NeedCardParts';
import { useMunicipalityName } from '../open-needs/PlaceName';
import { useProviderText } from './provider-text';

export interface ForwardNote {
  message: string | null | undefined;
  createdAt: string;
}

/**
 * One need the provider may see: what, who, where, whether a coordinator forwarded it to the
 * organisation (with the coordinator's words), what the organisation has proposed, and the way to propose.
 */
export function ProviderNeedCard({
  hit,
  forward,
  proposedCount,
  placeFallback,
  onPropose,
}: {
  hit: NeedHit;
  forward?: ForwardNote;
  proposedCount: number;
  placeFallback?: string;
  onPropose: () => void;
}) {
  const { t, language } = useProviderText();
  const words = useListWords();
  const place = useMunicipalityName(hit.municipalityCode, placeFallback);
  const forwarded = hit.forwardedToYou || forward !== undefined;
  const closed = hit.stage === 'FILLED' || hit.stage === 'CLOSED';
  return (
    <li className="card provider-needs-card" data-testid="provider-need" data-forwarded={forwarded ? 'true' : 'false'}>
      <Heading variant="h3" as="h2" mb="xxs">
        <RouterLink asComponent={Link} to={`/open-needs/${hit.id}`}>
          {hit.title}
        </RouterLink>
      </Heading>
      <NeedCardMeta hit={hit} place={place} placeUnknown={t('card.placeUnknown')} className="provider-needs-meta" />
      <ul className="chips provider-needs-chips" aria-label={t('card.about')}>
        {forwarded ? (
          <li>
            <StaticChip data-testid="forwarded-chip">{t('card.forwarded')}</StaticChip>
          </li>
        ) : null}
        {hit.kinds.map((kind) => (
          <li key={kind}>
            <StaticChip>{t(`openNeeds:vocabulary.needKind.${kind}`)}</StaticChip>
          </li>
        ))}
        <li>
          <StaticChip>{t('card.stage', { stage: t(`openNeeds:vocabulary.needStage.${hit.stage}`) })}</StaticChip>
        </li>
      </ul>
      {forward?.message ? (
        <p className="provider-needs-forward" data-testid="forward-message">
          <Text variant="bold">{t('card.forwardMessage', { date: formatDate(forward.createdAt, language) })}</Text> {forward.message}
        </p>
      ) : null}
      {hit.measuresOpenTo.length > 0 || hit.adjustmentsOffered.length > 0 ? (
        <dl className="provider-needs-facts">
          {hit.measuresOpenTo.length > 0 ? <Fact term={t('card.measures')}>{words('measure', hit.measuresOpenTo)}</Fact> : null}
          {hit.adjustmentsOffered.length > 0 ? <Fact term={t('card.adjustments')}>{words('adjustment', hit.adjustmentsOffered)}</Fact> : null}
        </dl>
      ) : null}
      <div className="provider-needs-actions">
        {closed ? null : (
          <Button variant="secondary" onClick={onPropose} aria-label={t('card.proposeNamed', { need: hit.title })} data-testid="propose">
            {t('card.propose')}
          </Button>
        )}
        {proposedCount > 0 ? (
          <RouterLink asComponent={Link} to="/provider/proposals" data-testid="proposed-count">
            {t('card.proposed', { count: proposedCount })}
          </RouterLink>
        ) : null}
        <span className="muted">{t('card.updated', { date: formatDate(hit.updatedAt, language) })}</span>
      </div>
    </li>
  );
}
