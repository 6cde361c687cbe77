import { Link, useParams } from 'react-router-dom';
import { Heading, Paragraph, RouterLink, StaticChip } from 'suomifi-ui-components';
import type { AreaNeedQuery as AreaNeedResult } from '../../gql/graphql';
import { useApiQuery } from '../../shared/api/hooks';
import { asApiError } from '../../shared/errors/api-error';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDate } from '../../shared/format/format';
import { LoadingPage } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { MunicipalityName } from '../company/MunicipalityName';
import { isFinished } from '../needs/need-stages';
import { AreaNeedCompanyQuery, AreaNeedQuery } from './areaNeeds.documents';
import { useAreaNeedsText } from './area-needs-text';
import { ForwardSection } from './ForwardSection';
import '../needs/needs.css';
import './areaNeeds.css';

type Need = AreaNeedResult['need'];

function Hours({ need }: { need: Need }) {
  const { t } = useAreaNeedsText();
  const { hoursMin: min, hoursMax: max } = need;
  if (min !== null && min !== undefined && max !== null && max !== undefined) return <>{min === max ? t('needs:hours.exact', { hours: min }) : t('needs:hours.range', { min, max })}</>;
  if (min !== null && min !== undefined) return <>{t('needs:hours.atLeast', { hours: min })}</>;
  if (max !== null && max !== undefined) return <>{t('needs:hours.atMost', { hours: max })}</>;
  return <>{t('needs:hours.notGiven')}</>;
}

function Facts({ need, companyName }: { need: Need; companyName: string | null }) {
  const { t, language } = useAreaNeedsText();
  const facts: { key: string; label: string; value: React.ReactNode }[] = [
    { key: 'company', label: t('need.company'), value: companyName ?? '…' },
    { key: 'place', label: t('need.place'), value: need.remote ? t('need.remote') : need.municipalityCode ? <MunicipalityName code={need.municipalityCode} /> : t('need.notGiven') },
    { key: 'positions', label: t('need.positions'), value: String(need.positions) },
    { key: 'hours', label: t('need.hours'), value: <Hours need={need} /> },
    { key: 'start', label: t('need.start'), value: need.startDate ? formatDate(need.startDate, language) : t('need.notGiven') },
    { key: 'occupation', label: t('need.occupation'), value: need.occupationLabel ?? t('need.notGiven') },
    { key: 'visibility', label: t('need.visibility'), value: t(`needs:visibility.${need.visibility}`) },
    { key: 'updated', label: t('need.updated'), value: formatDate(need.updatedAt, language) },
  ];
  if (need.measuresOpenTo.length > 0) facts.push({ key: 'measures', label: t('need.measures'), value: need.measuresOpenTo.map((m) => t(`needs:measures.${m}`)).join(', ') });
  if (need.adjustmentsOffered.length > 0) facts.push({ key: 'adjustments', label: t('need.adjustments'), value: need.adjustmentsOffered.map((a) => t(`needs:adjustments.${a}`)).join(', ') });
  return (
    <dl className="needs-facts" data-testid="area-need-facts">
      {facts.map((fact) => (
        <div key={fact.key} className="needs-fact">
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A need as the area's coordinator sees it: what it asks, its candidate list, and its hand-offs to providers. */
export default function AreaNeedPage() {
  const { id = '' } = useParams();
  const { t } = useAreaNeedsText();
  const query = useApiQuery(AreaNeedQuery, { id });
  const need = query.data?.need;
  const company = useApiQuery(AreaNeedCompanyQuery, { id: need?.companyId ?? '' }, { enabled: Boolean(need?.companyId), staleTime: 5 * 60_000 });

  if (query.isPending) return <LoadingPage />;
  if (query.isError || !need) {
    const kind = asApiError(query.error).kind;
    if (kind === 'forbidden' || kind === 'notFound') return <ErrorState error={query.error} />;
    return (
      <Page title={t('need.fallbackTitle')}>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  }
  const lead = (
    <div className="chips" data-testid="area-need-summary">
      <StaticChip data-testid="area-need-stage">{t('need.stage', { stage: t(`needs:stages.${need.stage}`) })}</StaticChip>
      {need.kinds.map((kind) => (
        <StaticChip key={kind}>{t(`needs:kinds.${kind}`)}</StaticChip>
      ))}
      {need.openToPrecisionCapable ? <StaticChip>{t('board.precision')}</StaticChip> : null}
    </div>
  );
  const actions = (
    <RouterLink asComponent={Link} to="/coordinator/needs">
      {t('need.back')}
    </RouterLink>
  );
  return (
    <Page title={need.title} lead={lead} actions={actions}>
      <Paragraph className="needs-description">{need.description}</Paragraph>
      <Facts need={need} companyName={company.data?.company.name ?? (company.isError ? t('need.notGiven') : null)} />
      {need.kinds.includes('RECRUITMENT') ? (
        <section aria-labelledby="area-need-candidates-heading" className="needs-section">
          <Heading variant="h2" id="area-need-candidates-heading" mb="s">
            {t('candidates.heading')}
          </Heading>
          <Paragraph mb="s">{t('candidates.lead')}</Paragraph>
          <RouterLink asComponent={Link} to={`/coordinator/needs/${need.id}/candidates`} className="needs-button-link" data-testid="open-candidates">
            {t('candidates.open')}
          </RouterLink>
        </section>
      ) : null}
      <ForwardSection needId={need.id} municipalityCode={need.municipalityCode ?? null} open={!isFinished(need.stage)} />
    </Page>
  );
}
