import { useRef } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../shared/api/hooks';
import { useAuth } from '../../../shared/auth/auth-context';
import { ErrorState } from '../../../shared/errors/ErrorPage';
import { Page } from '../../../shared/layout/Page';
import { Loading } from '../../../shared/layout/LoadingPage';
import { NeedWizardCompanyQuery, NeedWizardNeedQuery } from './need-wizard.documents';
import { NeedWizard, type WizardLocationState } from './NeedWizard';
import { emptyForm, formFromNeed, LAST_STEP } from './wizard-state';

/**
 * A new need (`/needs/new`) or an existing one (`/needs/:id/edit`) in the same wizard. The first
 * save of a new need moves the address to its edit address; the wizard stays as it was.
 */
export default function NeedWizardPage() {
  const { id } = useParams();
  const { t } = useTranslation('needWizard');
  const location = useLocation();
  // The need this wizard created: its edit address continues the same wizard, without reloading.
  const createdHere = useRef<string | null>(null);
  const editing = id !== undefined && id !== createdHere.current;
  const title = id === undefined ? t('title.new') : t('title.edit');
  return (
    <Page title={title} lead={t(id === undefined ? 'lead.new' : 'lead.edit')}>
      {editing ? (
        <EditWizard id={id} reached={(location.state as WizardLocationState | null)?.reached} />
      ) : (
        <NewWizard onCreated={(created) => (createdHere.current = created)} />
      )}
    </Page>
  );
}

function NewWizard({ onCreated }: { onCreated: (id: string) => void }) {
  const { organization } = useAuth();
  // The company's home municipality is the likely place of the work: a default, not a rule.
  const company = useApiQuery(NeedWizardCompanyQuery, { id: organization?.id ?? '' }, { enabled: organization !== null });
  if (organization && company.isPending) return <Loading />;
  return (
    <NeedWizard
      key="new"
      initial={emptyForm({ municipalityCode: company.data?.company.homeMunicipalityCode })}
      needId={null}
      initialReached={1}
      onCreated={onCreated}
    />
  );
}

function EditWizard({ id, reached }: { id: string; reached?: number }) {
  const need = useApiQuery(NeedWizardNeedQuery, { id });
  if (need.isPending) return <Loading />;
  if (need.isError) return <ErrorState error={need.error} onRetry={() => void need.refetch()} />;
  return (
    <NeedWizard
      key={id}
      initial={formFromNeed(need.data.need)}
      needId={id}
      initialReached={reached && reached >= 1 && reached <= LAST_STEP ? (reached as typeof LAST_STEP) : LAST_STEP}
    />
  );
}
