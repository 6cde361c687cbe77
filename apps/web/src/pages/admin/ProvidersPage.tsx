import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, TextInput } from 'suomifi-ui-components';
import type { AdminOrganizationsQuery as AdminOrganizationsResult, OrganizationType, Sector } from '../../gql/graphql';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { fieldError, FormErrors } from '../../shared/forms/FormErrors';
import { useDebouncedValue } from '../../shared/forms/use-debounced-value';
import { Page } from '../../shared/layout/Page';
import { AdminOrganizationsQuery, CreateAdminProviderMutation, UpdateAdminProviderMutation } from './admin.documents';
import { AdminTable, type Cursors, FormRow, LabelledSelect, Loaded, Pager, SuccessNote } from './admin-ui';
import './admin.css';

type Organization = AdminOrganizationsResult['organizations']['edges'][number]['node'];
const TYPES: readonly OrganizationType[] = [
  'ASSOCIATION', 'FOUNDATION', 'SOCIAL_ENTERPRISE', 'COMPANY', 'COOPERATIVE', 'EDUCATIONAL_INSTITUTION', 'MUNICIPALITY', 'EMPLOYMENT_AREA', 'WELLBEING_COUNTY', 'STATE_AGENCY', 'OTHER',
];
const SECTORS: readonly Sector[] = ['PUBLIC', 'PRIVATE', 'THIRD_SECTOR'];
const TEXT_FIELDS = ['name', 'businessId', 'homeMunicipalityCode', 'website', 'email', 'phone'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type Form = Record<TextField, string> & { type: OrganizationType; sector: Sector };

const formOf = (o: Organization | null): Form => ({
  name: o?.name ?? '',
  businessId: o?.businessId ?? '',
  homeMunicipalityCode: o?.homeMunicipalityCode ?? '',
  website: o?.website ?? '',
  email: o?.email ?? '',
  phone: o?.phone ?? '',
  type: o?.type ?? 'ASSOCIATION',
  sector: o?.sector ?? 'THIRD_SECTOR',
});

function ProviderForm({ organization, onDone }: { organization: Organization | null; onDone: (message: string | null) => void }) {
  const { t } = useTranslation('admin');
  const [form, setForm] = useState<Form>(formOf(organization));
  const create = useApiMutation(CreateAdminProviderMutation, { invalidates: ['AdminOrganizations'] });
  const update = useApiMutation(UpdateAdminProviderMutation, { invalidates: ['AdminOrganizations'] });
  const mutation = organization ? update : create;
  const prefix = organization ? `provider-${organization.id}` : 'provider-new';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const optional = (value: string) => value.trim() || undefined;
    const input = {
      name: form.name.trim(),
      type: form.type,
      sector: form.sector,
      homeMunicipalityCode: form.homeMunicipalityCode.trim(),
      businessId: optional(form.businessId),
      website: optional(form.website),
      email: optional(form.email),
      phone: optional(form.phone),
    };
    const done = () => onDone(t(organization ? 'providers.saved' : 'providers.created', { name: input.name }));
    if (organization) update.mutate({ id: organization.id, input }, { onSuccess: done });
    else create.mutate({ input }, { onSuccess: done });
  };
  return (
    <form noValidate onSubmit={submit} className="admin-form" aria-labelledby={`${prefix}-heading`}>
      <Heading variant={organization ? 'h3' : 'h2'} id={`${prefix}-heading`} mb="s">
        {organization ? t('providers.editHeading', { name: organization.name }) : t('providers.createHeading')}
      </Heading>
      <FormErrors error={mutation.error} fields={TEXT_FIELDS.map((field) => ({ path: field, inputId: `${prefix}-${field}`, label: t(`providers.fields.${field}`) }))} />
      {TEXT_FIELDS.map((field) => {
        const message = fieldError(mutation.error, field);
        return (
          <TextInput
            key={field}
            id={`${prefix}-${field}`}
            labelText={t(`providers.fields.${field}`)}
            optionalText={field === 'name' || field === 'homeMunicipalityCode' ? undefined : t('optional')}
            hintText={field === 'homeMunicipalityCode' ? t('providers.homeHint') : undefined}
            value={form[field]}
            onChange={(value) => setForm({ ...form, [field]: String(value ?? '') })}
            status={message ? 'error' : 'default'}
            statusText={message}
            mb="s"
          />
        );
      })}
      <LabelledSelect id={`${prefix}-type`} label={t('providers.fields.type')} value={form.type} onChange={(value) => setForm({ ...form, type: value as OrganizationType })}>
        {TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`organizationTypes.${type}`)}
          </option>
        ))}
      </LabelledSelect>
      <LabelledSelect id={`${prefix}-sector`} label={t('providers.fields.sector')} value={form.sector} onChange={(value) => setForm({ ...form, sector: value as Sector })}>
        {SECTORS.map((sector) => (
          <option key={sector} value={sector}>
            {t(`common:sectors.${sector}`)}
          </option>
        ))}
      </LabelledSelect>
      <Button type="submit" disabled={mutation.isPending} mr="s">
        {organization ? t('save') : t('providers.create')}
      </Button>
      {organization ? (
        <Button variant="secondary" onClick={() => onDone(null)}>
          {t('cancel')}
        </Button>
      ) : null}
    </form>
  );
}

/** Provider organisations a page at a time, by name; platform admins create and edit them. */
export default function ProvidersPage() {
  const { t } = useTranslation('admin');
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 300);
  const [type, setType] = useState<OrganizationType | ''>('');
  const [cursors, setCursors] = useState<Cursors>([undefined]);
  const [editing, setEditing] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const after = cursors[cursors.length - 1];
  const query = useApiQuery(AdminOrganizationsQuery, { first: 20, after, search: search || undefined, types: type ? [type] : undefined });
  const resetPaging = () => setCursors([undefined]);

  return (
    <Page title={t('providers.title')}>
      <SuccessNote text={success} />
      <TextInput id="providers-search" labelText={t('providers.search')} value={searchText} onChange={(value) => { setSearchText(String(value ?? '')); resetPaging(); }} mb="s" />
      <LabelledSelect id="providers-type" label={t('providers.typeFilter')} value={type} onChange={(value) => { setType(value as OrganizationType | ''); resetPaging(); }}>
        <option value="">{t('providers.allTypes')}</option>
        {TYPES.map((value) => (
          <option key={value} value={value}>
            {t(`organizationTypes.${value}`)}
          </option>
        ))}
      </LabelledSelect>
      <Loaded query={query}>
        {({ organizations }) => (
          <>
            <p aria-live="polite">{t('providers.count', { count: organizations.totalCount })}</p>
            <AdminTable columns={[t('providers.fields.name'), t('providers.fields.type'), t('providers.fields.businessId'), t('providers.fields.homeMunicipalityCode')]}>
              {organizations.edges.map(({ node }) =>
                editing === node.id ? (
                  <FormRow key={node.id} columns={5}>
                    <ProviderForm organization={node} onDone={(message) => { setEditing(null); if (message) setSuccess(message); }} />
                  </FormRow>
                ) : (
                  <tr key={node.id}>
                    <td>{node.name}</td>
                    <td>{t(`organizationTypes.${node.type}`)}</td>
                    <td>{node.businessId ?? '–'}</td>
                    <td>{node.homeMunicipalityCode ?? '–'}</td>
                    <td>
                      <Button variant="secondaryNoBorder" aria-label={t('providers.editFor', { name: node.name })} onClick={() => { setSuccess(null); setEditing(node.id); }}>
                        {t('edit')}
                      </Button>
                    </td>
                  </tr>
                ),
              )}
            </AdminTable>
            <Pager label={t('providers.paging')} cursors={cursors} onChange={setCursors} pageInfo={organizations.pageInfo} />
          </>
        )}
      </Loaded>
      <ProviderForm key={success ?? 'new'} organization={null} onDone={(message) => setSuccess(message)} />
    </Page>
  );
}
