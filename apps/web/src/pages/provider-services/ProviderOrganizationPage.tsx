import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, HintText, InlineAlert, Link, TextInput } from 'suomifi-ui-components';
import type { ProviderOrganizationQuery as OrganizationResult } from '../../gql/graphql';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { useAuth } from '../../shared/auth/auth-context';
import { ApiError } from '../../shared/errors/api-error';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { fieldError, FormErrors } from '../../shared/forms/FormErrors';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { MunicipalityName } from '../company/MunicipalityName';
import { safeWebsite } from '../company/company-errors';
import { ProviderOrganizationQuery, UpdateOrganizationContactDetailsMutation } from './provider-services.documents';
import { formPath } from './service-form';
import './provider-services.css';

type Organization = OrganizationResult['organization'];
const CONTACT_FIELDS = ['email', 'phone', 'website'] as const;
type ContactField = (typeof CONTACT_FIELDS)[number];

function ContactForm({ organization, onDone }: { organization: Organization; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation('providerServices');
  const [values, setValues] = useState<Record<ContactField, string>>({
    email: organization.email ?? '',
    phone: organization.phone ?? '',
    website: organization.website ?? '',
  });
  const update = useApiMutation(UpdateOrganizationContactDetailsMutation, { invalidates: ['ProviderOrganization'] });
  // The server's problems in the person's language, by field.
  const error = useMemo(() => {
    const raw = update.error;
    if (!(raw instanceof ApiError)) return raw;
    return new ApiError(
      raw.kind,
      raw.message,
      raw.fields.map((field) => {
        const path = formPath(field.path);
        return { path, message: t(`organization.errors.${path}`, { defaultValue: t('fieldErrors.default') }) };
      }),
      raw.reason,
    );
  }, [update.error, t]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = Object.fromEntries(CONTACT_FIELDS.map((field) => [field, values[field].trim() === '' ? null : values[field].trim()]));
    update.mutate({ id: organization.id, input }, { onSuccess: () => onDone(true) });
  };
  return (
    <form noValidate onSubmit={onSubmit} data-testid="organization-contact-form">
      <FormErrors
        error={error}
        fields={CONTACT_FIELDS.map((field) => ({ path: field, inputId: `organization-${field}`, label: t(`organization.${field}`) }))}
      />
      {CONTACT_FIELDS.map((field) => (
        <TextInput
          key={field}
          id={`organization-${field}`}
          type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'url'}
          labelText={t(`organization.${field}`)}
          hintText={t(`organization.hints.${field}`)}
          optionalText={t('form.optional')}
          value={values[field]}
          onChange={(value) => setValues((current) => ({ ...current, [field]: String(value ?? '') }))}
          status={fieldError(error, field) ? 'error' : 'default'}
          statusText={fieldError(error, field)}
          fullWidth
          mb="m"
        />
      ))}
      <div className="provider-buttons">
        <Button type="submit" disabled={update.isPending} data-testid="save-contact">
          {t('organization.save')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onDone(false)}>
          {t('common:actions.cancel')}
        </Button>
      </div>
    </form>
  );
}

function OrganizationView({ organization }: { organization: Organization }) {
  const { t } = useTranslation('providerServices');
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const website = safeWebsite(organization.website);
  const none = t('page.notGiven');
  return (
    <>
      <section className="card" aria-labelledby="organization-basics-heading">
        <Heading variant="h2" id="organization-basics-heading" mb="s">
          {t('organization.basicsHeading')}
        </Heading>
        <dl className="provider-facts">
          <dt>{t('organization.name')}</dt>
          <dd data-testid="organization-name">{organization.name}</dd>
          <dt>{t('organization.type')}</dt>
          <dd>{t(`organization.types.${organization.type}`)}</dd>
          <dt>{t('organization.sector')}</dt>
          <dd>{t(`organization.sectors.${organization.sector}`)}</dd>
          <dt>{t('organization.businessId')}</dt>
          <dd>{organization.businessId ?? none}</dd>
          <dt>{t('organization.homeMunicipality')}</dt>
          <dd data-testid="organization-home">{organization.homeMunicipalityCode ? <MunicipalityName code={organization.homeMunicipalityCode} /> : none}</dd>
        </dl>
        <HintText mt="s">{t('organization.readOnlyNote')}</HintText>
      </section>
      <section className="card" aria-labelledby="organization-contact-heading">
        <Heading variant="h2" id="organization-contact-heading" mb="s">
          {t('organization.contactHeading')}
        </Heading>
        {editing ? (
          <ContactForm
            organization={organization}
            onDone={(saved) => {
              setEditing(false);
              setStatus(saved ? t('organization.saved') : '');
              requestAnimationFrame(() => editButton.current?.focus());
            }}
          />
        ) : (
          <>
            <dl className="provider-facts">
              <dt>{t('organization.email')}</dt>
              <dd data-testid="organization-email">{organization.email ? <Link href={`mailto:${organization.email}`}>{organization.email}</Link> : none}</dd>
              <dt>{t('organization.phone')}</dt>
              <dd data-testid="organization-phone">{organization.phone ?? none}</dd>
              <dt>{t('organization.website')}</dt>
              <dd>{website ? <Link href={website}>{website}</Link> : (organization.website ?? none)}</dd>
            </dl>
            <Button
              variant="secondary"
              mt="m"
              ref={editButton}
              data-testid="edit-contact"
              onClick={() => {
                setStatus('');
                setEditing(true);
              }}
            >
              {t('organization.edit')}
            </Button>
          </>
        )}
        <div role="status" data-testid="organization-status">
          {status}
        </div>
        <HintText mt="s">{t('organization.contactNote')}</HintText>
      </section>
    </>
  );
}

/** The provider organisation: what it is (read-only for its users) and its contact details (editable). */
export default function ProviderOrganizationPage() {
  const { t } = useTranslation('providerServices');
  const { organization } = useAuth();
  const query = useApiQuery(ProviderOrganizationQuery, { id: organization?.id ?? '' }, { enabled: organization !== null, staleTime: 0 });
  return (
    <Page title={query.data?.organization.name ?? t('organization.title')} lead={t('organization.lead')}>
      {!organization ? (
        <InlineAlert status="neutral">{t('organization.noOrganization')}</InlineAlert>
      ) : query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <OrganizationView organization={query.data.organization} />
      )}
    </Page>
  );
}
