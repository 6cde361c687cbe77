import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, TextInput } from 'suomifi-ui-components';
import type { AdminTaxonomyQuery as AdminTaxonomyResult, Taxonomy } from '../../gql/graphql';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { fieldError, FormErrors } from '../../shared/forms/FormErrors';
import { Page } from '../../shared/layout/Page';
import { AdminTaxonomyQuery, CreateAdminTaxonomyTermMutation, UpdateAdminTaxonomyTermMutation } from './admin.documents';
import { AdminTable, FormRow, LabelledSelect, Loaded, SuccessNote } from './admin-ui';
import './admin.css';

type Term = AdminTaxonomyResult['taxonomyTerms'][number];
const TAXONOMIES: readonly Taxonomy[] = ['SERVICE_CATEGORY', 'TARGET_GROUP'];
const LANGUAGES = ['Fi', 'Sv', 'En'] as const;

interface Labels {
  labelFi: string;
  labelSv: string;
  labelEn: string;
}

function LabelFields({ idPrefix, labels, onChange, error }: { idPrefix: string; labels: Labels; onChange: (labels: Labels) => void; error: unknown }) {
  const { t } = useTranslation('admin');
  return (
    <>
      {LANGUAGES.map((language) => {
        const key = `label${language}` as keyof Labels;
        const message = fieldError(error, key);
        return (
          <TextInput
            key={key}
            id={`${idPrefix}-${key}`}
            labelText={t(`taxonomy.${key}`)}
            optionalText={language === 'Fi' ? undefined : t('optional')}
            value={labels[key]}
            onChange={(value) => onChange({ ...labels, [key]: String(value ?? '') })}
            status={message ? 'error' : 'default'}
            statusText={message}
            mb="s"
          />
        );
      })}
    </>
  );
}

function EditTermForm({ term, onDone }: { term: Term; onDone: (message: string | null) => void }) {
  const { t } = useTranslation('admin');
  const [labels, setLabels] = useState<Labels>({ labelFi: term.labelFi, labelSv: term.labelSv ?? '', labelEn: term.labelEn ?? '' });
  const update = useApiMutation(UpdateAdminTaxonomyTermMutation, { invalidates: ['AdminTaxonomy'] });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { id: term.id, input: { labelFi: labels.labelFi.trim(), labelSv: labels.labelSv.trim() || null, labelEn: labels.labelEn.trim() || null } },
      { onSuccess: () => onDone(t('taxonomy.saved', { code: term.code })) },
    );
  };
  return (
    <form noValidate onSubmit={submit} className="admin-form" aria-labelledby={`edit-${term.id}-heading`}>
      <Heading variant="h3" id={`edit-${term.id}-heading`} mb="s">
        {t('taxonomy.editHeading', { code: term.code })}
      </Heading>
      <FormErrors error={update.error} fields={LANGUAGES.map((l) => ({ path: `label${l}`, inputId: `edit-${term.id}-label${l}`, label: t(`taxonomy.label${l}`) }))} />
      <LabelFields idPrefix={`edit-${term.id}`} labels={labels} onChange={setLabels} error={update.error} />
      <Button type="submit" disabled={update.isPending} mr="s">
        {t('save')}
      </Button>
      <Button variant="secondary" onClick={() => onDone(null)}>
        {t('cancel')}
      </Button>
    </form>
  );
}

function AddTermForm({ taxonomy, onAdded }: { taxonomy: Taxonomy; onAdded: (message: string) => void }) {
  const { t } = useTranslation('admin');
  const [code, setCode] = useState('');
  const [labels, setLabels] = useState<Labels>({ labelFi: '', labelSv: '', labelEn: '' });
  const create = useApiMutation(CreateAdminTaxonomyTermMutation, { invalidates: ['AdminTaxonomy'] });
  const codeError = fieldError(create.error, 'code');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { input: { taxonomy, code: code.trim(), labelFi: labels.labelFi.trim(), labelSv: labels.labelSv.trim() || undefined, labelEn: labels.labelEn.trim() || undefined } },
      {
        onSuccess: () => {
          onAdded(t('taxonomy.added', { code: code.trim() }));
          setCode('');
          setLabels({ labelFi: '', labelSv: '', labelEn: '' });
        },
      },
    );
  };
  return (
    <form noValidate onSubmit={submit} className="admin-form" aria-labelledby="add-term-heading">
      <Heading variant="h2" id="add-term-heading" mb="s">
        {t('taxonomy.addHeading')}
      </Heading>
      <FormErrors
        error={create.error}
        fields={[{ path: 'code', inputId: 'add-term-code', label: t('taxonomy.code') }, ...LANGUAGES.map((l) => ({ path: `label${l}`, inputId: `add-term-label${l}`, label: t(`taxonomy.label${l}`) }))]}
      />
      <TextInput
        id="add-term-code"
        labelText={t('taxonomy.code')}
        hintText={t('taxonomy.codeHint')}
        value={code}
        onChange={(value) => setCode(String(value ?? ''))}
        status={codeError ? 'error' : 'default'}
        statusText={codeError}
        mb="s"
      />
      <LabelFields idPrefix="add-term" labels={labels} onChange={setLabels} error={create.error} />
      <Button type="submit" disabled={create.isPending}>
        {t('taxonomy.add')}
      </Button>
    </form>
  );
}

/** Categories and target groups with their labels in three languages; missing translations stand out. */
export default function TaxonomyPage() {
  const { t } = useTranslation('admin');
  const [taxonomy, setTaxonomy] = useState<Taxonomy>('SERVICE_CATEGORY');
  const [editing, setEditing] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const query = useApiQuery(AdminTaxonomyQuery, { taxonomy });
  const missing = <span className="admin-missing">{t('taxonomy.missing')}</span>;

  const finishEdit = (termId: string, message: string | null) => {
    setEditing(null);
    if (message) setSuccess(message);
    else editButtons.current.get(termId)?.focus();
  };

  return (
    <Page title={t('taxonomy.title')}>
      <SuccessNote text={success} />
      <LabelledSelect id="taxonomy-choice" label={t('taxonomy.choose')} value={taxonomy} onChange={(value) => { setTaxonomy(value as Taxonomy); setEditing(null); }}>
        {TAXONOMIES.map((value) => (
          <option key={value} value={value}>
            {t(`taxonomy.taxonomies.${value}`)}
          </option>
        ))}
      </LabelledSelect>
      <Loaded query={query}>
        {(data) => (
          <AdminTable caption={t(`taxonomy.taxonomies.${taxonomy}`)} columns={[t('taxonomy.code'), t('taxonomy.labelFi'), t('taxonomy.labelSv'), t('taxonomy.labelEn')]}>
            {data.taxonomyTerms.map((term) =>
              editing === term.id ? (
                <FormRow key={term.id} columns={5}>
                  <EditTermForm term={term} onDone={(message) => finishEdit(term.id, message)} />
                </FormRow>
              ) : (
                <tr key={term.id} data-testid={`term-${term.code}`}>
                  <td>{term.code}</td>
                  <td>{term.labelFi}</td>
                  <td>{term.labelSv ?? missing}</td>
                  <td>{term.labelEn ?? missing}</td>
                  <td>
                    <Button
                      variant="secondaryNoBorder"
                      ref={(element) => {
                        if (element) editButtons.current.set(term.id, element);
                      }}
                      aria-label={t('taxonomy.editFor', { code: term.code })}
                      onClick={() => {
                        setSuccess(null);
                        setEditing(term.id);
                      }}
                    >
                      {t('edit')}
                    </Button>
                  </td>
                </tr>
              ),
            )}
          </AdminTable>
        )}
      </Loaded>
      <AddTermForm taxonomy={taxonomy} onAdded={setSuccess} />
    </Page>
  );
}
