import { Link, useParams } from 'react-router-dom';
import { Paragraph, RouterLink, StaticChip } from 'suomifi-ui-components';
import type { AdviceLanguage, EmployerNeedQuery } from '../../gql/graphql';
import { useApiQuery } from '../../shared/api/hooks';
import { asApiError } from '../../shared/errors/api-error';
import { ErrorState } from '../../shared/errors/ErrorPage';
import type { Language } from '../../shared/i18n/i18n';
import { LoadingPage } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { CandidatesSection } from './CandidatesSection';
import { NeedDetails } from './NeedDetails';
import { EmployerNeedMunicipalityQuery, EmployerNeedQuery as NeedDocument } from './needs.documents';
import { useNeedsText } from './needs-format';
import { ProposalsSection } from './ProposalsSection';
import { StageSection } from './StageSection';
import { ForwardsSection, SupportSection } from './SupportSection';
import './needs.css';

type Need = EmployerNeedQuery['need'];

const ADVICE_LANGUAGE: Record<Language, AdviceLanguage> = { fi: 'FI', sv: 'SV', en: 'EN' };

/** The municipality of the work in the chosen language (Swedish names for sv, Finnish otherwise). */
function usePlaceName(code: string | null): string | null {
  const { language } = useNeedsText();
  const query = useApiQuery(EmployerNeedMunicipalityQuery, { code: code ?? '' }, { enabled: code !== null, staleTime: 60 * 60_000 });
  const municipality = query.data?.municipality;
  if (!municipality) return null;
  return language === 'sv' ? municipality.nameSv || municipality.nameFi : municipality.nameFi;
}

function Summary({ need }: { need: Need }) {
  const { t } = useNeedsText();
  return (
    <>
      <div className="chips" data-testid="need-summary">
        <StaticChip data-testid="need-stage">{t('need.stage', { stage: t(`stages.${need.stage}`) })}</StaticChip>
        {need.kinds.map((kind) => (
          <StaticChip key={kind}>{t(`kinds.${kind}`)}</StaticChip>
        ))}
        {need.openToPrecisionCapable ? <StaticChip>{t('list.precisionYes')}</StaticChip> : null}
      </div>
      <Paragraph mt="s" className="needs-description">
        {need.description}
      </Paragraph>
    </>
  );
}

function Actions({ need }: { need: Need }) {
  const { t } = useNeedsText();
  return (
    <>
      <RouterLink asComponent={Link} to="/needs">
        {t('need.backToList')}
      </RouterLink>
      <RouterLink asComponent={Link} to={`/needs/${need.id}/edit`} className="needs-button-link" data-testid="edit-need">
        {t('need.edit')}
      </RouterLink>
    </>
  );
}

/** A need's whole state: where it is on the 6T path, candidates, proposals, what it says, and support. */
export default function NeedPage() {
  const { id = '' } = useParams();
  const { t, language } = useNeedsText();
  // Fresh on arrival (the wizard may just have saved it); kept on screen while the language changes.
  const query = useApiQuery(NeedDocument, { id, language: ADVICE_LANGUAGE[language] }, { staleTime: 0, placeholderData: (previous) => (previous?.need.id === id ? previous : undefined) });
  const need = query.data?.need;
  const placeName = usePlaceName(need?.municipalityCode ?? null);

  if (query.isPending) return <LoadingPage />;
  if (query.isError || !need) {
    const kind = asApiError(query.error).kind;
    // Forbidden and not-found are whole pages of their own, with their own heading.
    if (kind === 'forbidden' || kind === 'notFound') return <ErrorState error={query.error} />;
    return (
      <Page title={t('need.fallbackTitle')}>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  }
  return (
    <Page title={need.title} lead={<Summary need={need} />} actions={<Actions need={need} />}>
      <StageSection need={need} />
      {need.kinds.includes('RECRUITMENT') ? <CandidatesSection need={need} placeName={placeName} /> : null}
      <ProposalsSection needId={need.id} />
      <NeedDetails need={need} placeName={placeName} />
      <SupportSection need={need} />
      <ForwardsSection needId={need.id} />
    </Page>
  );
}
