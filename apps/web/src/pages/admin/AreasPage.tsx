import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, TextInput } from 'suomifi-ui-components';
import type { AdminAreasQuery as AdminAreasResult, EmploymentAreaModel } from '../../gql/graphql';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { fieldError, FormErrors } from '../../shared/forms/FormErrors';
import { MunicipalityPicker, municipalityName } from '../../shared/forms/MunicipalityPicker';
import { isLanguage } from '../../shared/i18n/i18n';
import { MunicipalityNameQuery } from '../../shared/forms/municipality.documents';
import { Page } from '../../shared/layout/Page';
import { AdminAreasQuery, CreateAdminAreaMutation, UpdateAdminAreaMutation } from './admin.documents';
import { AdminTable, FormRow, LabelledSelect, Loaded, SuccessNote } from './admin-ui';
import './admin.css';

type Area = AdminAreasResult['employmentAreas'][number];
type Member = { code: string; nameFi: string; nameSv?: string | null };
const MODELS: readonly EmploymentAreaModel[] = ['SINGLE_MUNICIPALITY', 'HOST_MUNICIPALITY', 'JOINT_MUNICIPAL_AUTHORITY'];

/** A chip's name; a municipality just picked knows only its code until its name is read. */
function MemberName({ member }: { member: Member }) {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const needsName = member.nameFi === member.code;
  const named = useApiQuery(MunicipalityNameQuery, { code: member.code }, { enabled: needsName });
  return <>{municipalityName(needsName && named.data?.municipality ? named.data.municipality : member, language)}</>;
}

/** The member municipalities as removable chips, and a picker to add one. */
function MembersField({ id, members, onChange, error }: { id: string; members: Member[]; onChange: (members: Member[]) => void; error?: string }) {
  const { t, i18n } = useTranslation('admin');
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  return (
    <fieldset className="admin-form">
      <legend>{t('areas.members', { count: members.length })}</legend>
      <ul className="admin-chips" aria-live="polite">
        {members.map((member) => (
          <li key={member.code} className="admin-chip">
            <MemberName member={member} />
            <button type="button" aria-label={t('areas.removeMember', { name: municipalityName(member, language) })} onClick={() => onChange(members.filter((m) => m.code !== member.code))}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      <MunicipalityPicker
        id={id}
        code={null}
        statusText={error}
        onChange={(code) => {
          if (code && !members.some((m) => m.code === code)) onChange([...members, { code, nameFi: code }]);
        }}
        texts={{
          label: t('areas.addMember'),
          clear: t('areas.clear'),
          noItems: t('areas.noMunicipalities'),
          loading: t('areas.loading'),
          available: (count) => t('areas.available', { count }),
        }}
      />
    </fieldset>
  );
}

function EditAreaForm({ area, onDone }: { area: Area; onDone: (message: string | null) => void }) {
  const { t } = useTranslation('admin');
  const [nameFi, setNameFi] = useState(area.nameFi);
  const [nameSv, setNameSv] = useState(area.nameSv ?? '');
  const [members, setMembers] = useState<Member[]>(area.municipalities);
  const update = useApiMutation(UpdateAdminAreaMutation, { invalidates: ['AdminAreas'] });
  const prefix = `area-${area.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { id: area.id, input: { nameFi: nameFi.trim(), nameSv: nameSv.trim() || (area.nameSv ? null : undefined), municipalityCodes: members.map((m) => m.code) } },
      { onSuccess: () => onDone(t('areas.saved', { name: nameFi.trim() })) },
    );
  };
  return (
    <form noValidate onSubmit={submit} aria-labelledby={`${prefix}-heading`}>
      <Heading variant="h3" id={`${prefix}-heading`} mb="s">
        {t('areas.editHeading', { name: area.nameFi })}
      </Heading>
      <FormErrors
        error={update.error}
        fields={[
          { path: 'nameFi', inputId: `${prefix}-nameFi`, label: t('areas.nameFi') },
          { path: 'nameSv', inputId: `${prefix}-nameSv`, label: t('areas.nameSv') },
          { path: 'municipalityCodes', inputId: `${prefix}-members`, label: t('areas.addMember') },
        ]}
      />
      <TextInput id={`${prefix}-nameFi`} labelText={t('areas.nameFi')} value={nameFi} onChange={(v) => setNameFi(String(v ?? ''))} statusText={fieldError(update.error, 'nameFi')} status={fieldError(update.error, 'nameFi') ? 'error' : 'default'} mb="s" />
      <TextInput id={`${prefix}-nameSv`} labelText={t('areas.nameSv')} optionalText={t('optional')} value={nameSv} onChange={(v) => setNameSv(String(v ?? ''))} statusText={fieldError(update.error, 'nameSv')} status={fieldError(update.error, 'nameSv') ? 'error' : 'default'} mb="s" />
      <MembersField id={`${prefix}-members`} members={members} onChange={setMembers} error={fieldError(update.error, 'municipalityCodes')} />
      <Button type="submit" disabled={update.isPending} mr="s">
        {t('save')}
      </Button>
      <Button variant="secondary" onClick={() => onDone(null)}>
        {t('cancel')}
      </Button>
    </form>
  );
}

function CreateAreaForm({ onCreated }: { onCreated: (message: string) => void }) {
  const { t } = useTranslation('admin');
  const [code, setCode] = useState('');
  const [nameFi, setNameFi] = useState('');
  const [nameSv, setNameSv] = useState('');
  const [model, setModel] = useState<EmploymentAreaModel>('HOST_MUNICIPALITY');
  const [members, setMembers] = useState<Member[]>([]);
  const create = useApiMutation(CreateAdminAreaMutation, { invalidates: ['AdminAreas'] });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { input: { code: code.trim(), nameFi: nameFi.trim(), nameSv: nameSv.trim() || undefined, model, municipalityCodes: members.map((m) => m.code) } },
      { onSuccess: () => onCreated(t('areas.created', { name: nameFi.trim() })) },
    );
  };
  const text = (path: string) => fieldError(create.error, path);
  return (
    <form noValidate onSubmit={submit} className="admin-form" aria-labelledby="area-new-heading">
      <Heading variant="h2" id="area-new-heading" mb="s">
        {t('areas.createHeading')}
      </Heading>
      <FormErrors
        error={create.error}
        fields={[
          { path: 'code', inputId: 'area-new-code', label: t('areas.code') },
          { path: 'nameFi', inputId: 'area-new-nameFi', label: t('areas.nameFi') },
          { path: 'nameSv', inputId: 'area-new-nameSv', label: t('areas.nameSv') },
          { path: 'municipalityCodes', inputId: 'area-new-members', label: t('areas.addMember') },
        ]}
      />
      <TextInput id="area-new-code" labelText={t('areas.code')} hintText={t('areas.codeHint')} value={code} onChange={(v) => setCode(String(v ?? ''))} status={text('code') ? 'error' : 'default'} statusText={text('code')} mb="s" />
      <TextInput id="area-new-nameFi" labelText={t('areas.nameFi')} value={nameFi} onChange={(v) => setNameFi(String(v ?? ''))} status={text('nameFi') ? 'error' : 'default'} statusText={text('nameFi')} mb="s" />
      <TextInput id="area-new-nameSv" labelText={t('areas.nameSv')} optionalText={t('optional')} value={nameSv} onChange={(v) => setNameSv(String(v ?? ''))} status={text('nameSv') ? 'error' : 'default'} statusText={text('nameSv')} mb="s" />
      <LabelledSelect id="area-new-model" label={t('areas.model')} value={model} onChange={(v) => setModel(v as EmploymentAreaModel)}>
        {MODELS.map((value) => (
          <option key={value} value={value}>
            {t(`areas.models.${value}`)}
          </option>
        ))}
      </LabelledSelect>
      <MembersField id="area-new-members" members={members} onChange={setMembers} error={text('municipalityCodes')} />
      <Button type="submit" disabled={create.isPending}>
        {t('areas.create')}
      </Button>
    </form>
  );
}

/** Employment areas and their member municipalities. */
export default function AreasPage() {
  const { t } = useTranslation('admin');
  const [editing, setEditing] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [createKey, setCreateKey] = useState(0);
  const query = useApiQuery(AdminAreasQuery, undefined);
  return (
    <Page title={t('areas.title')}>
      <SuccessNote text={success} />
      <Loaded query={query}>
        {(data) => (
          <AdminTable columns={[t('areas.name'), t('areas.code'), t('areas.model'), t('areas.municipalityCount')]}>
            {data.employmentAreas.map((area) =>
              editing === area.id ? (
                <FormRow key={area.id} columns={5}>
                  <EditAreaForm area={area} onDone={(message) => { setEditing(null); if (message) setSuccess(message); }} />
                </FormRow>
              ) : (
                <tr key={area.id} data-testid={`area-${area.code}`}>
                  <td>
                    {area.nameFi}
                    {area.nameSv ? <div lang="sv">{area.nameSv}</div> : null}
                  </td>
                  <td>{area.code}</td>
                  <td>{t(`areas.models.${area.model}`)}</td>
                  <td>{area.municipalities.length}</td>
                  <td>
                    <Button variant="secondaryNoBorder" aria-label={t('areas.editFor', { name: area.nameFi })} onClick={() => { setSuccess(null); setEditing(area.id); }}>
                      {t('edit')}
                    </Button>
                  </td>
                </tr>
              ),
            )}
          </AdminTable>
        )}
      </Loaded>
      <CreateAreaForm
        key={createKey}
        onCreated={(message) => {
          setSuccess(message);
          setCreateKey(createKey + 1);
        }}
      />
    </Page>
  );
}
