import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { fieldError, FormErrors } from '../../shared/forms/FormErrors';
import { Loading } from '../../shared/layout/LoadingPage';
import { AddCompanyContactMutation, CompanyContactsQuery, RemoveCompanyContactMutation } from './companies.documents';

const EMPTY = { name: '', title: '', email: '', phone: '' };
type Field = keyof typeof EMPTY;

/** Contact persons: personal data, so the page says that every view is recorded. */
export function CrmContacts({ companyId }: { companyId: string }) {
  const { t } = useTranslation('companies');
  const query = useApiQuery(CompanyContactsQuery, { companyId });
  const [values, setValues] = useState(EMPTY);
  const [status, setStatus] = useState('');
  const add = useApiMutation(AddCompanyContactMutation, { invalidates: ['CompanyContacts'] });
  const remove = useApiMutation(RemoveCompanyContactMutation, { invalidates: ['CompanyContacts'] });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const name = values.name.trim();
    const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
    add.mutate(
      { companyId, input: { name, title: orNull(values.title), email: orNull(values.email), phone: orNull(values.phone) } },
      { onSuccess: () => (setValues(EMPTY), setStatus(t('contacts.added', { name }))) },
    );
  };
  const input = (field: Field, type?: 'email' | 'tel') => (
    <TextInput
      id={`crm-contact-${field}`}
      type={type}
      labelText={t(`contacts.${field}`)}
      value={values[field]}
      onChange={(v) => setValues((current) => ({ ...current, [field]: String(v ?? '') }))}
      status={fieldError(add.error, field) ? 'error' : 'default'}
      statusText={fieldError(add.error, field)}
    />
  );
  return (
    <section aria-labelledby="crm-contacts-heading" className="card companies-section" data-testid="crm-contacts">
      <Heading variant="h2" id="crm-contacts-heading" mb="s">
        {t('contacts.heading')}
      </Heading>
      <p className="companies-note" data-testid="crm-contacts-audited">
        {t('contacts.audited')}
      </p>
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.companyContacts.length === 0 ? (
        <Paragraph>{t('contacts.none')}</Paragraph>
      ) : (
        <div className="companies-table-wrap">
          <table className="companies-table">
            <caption className="visually-hidden">{t('contacts.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('contacts.name')}</th>
                <th scope="col">{t('contacts.title')}</th>
                <th scope="col">{t('contacts.email')}</th>
                <th scope="col">{t('contacts.phone')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('contacts.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {query.data.companyContacts.map((contact) => (
                <tr key={contact.id}>
                  <td>{contact.name}</td>
                  <td>{contact.title}</td>
                  <td>{contact.email}</td>
                  <td>{contact.phone}</td>
                  <td>
                    <Button
                      variant="secondary"
                      onClick={() => remove.mutate({ id: contact.id }, { onSuccess: () => setStatus(t('contacts.removed', { name: contact.name })) })}
                    >
                      {t('contacts.remove', { name: contact.name })}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form noValidate onSubmit={onSubmit} className="companies-form">
        <Heading variant="h3">{t('contacts.addHeading')}</Heading>
        <FormErrors
          error={add.error}
          fields={(Object.keys(EMPTY) as Field[]).map((field) => ({ path: field, inputId: `crm-contact-${field}`, label: t(`contacts.${field}`) }))}
        />
        <div className="companies-form-row">
          {input('name')}
          {input('title')}
        </div>
        <div className="companies-form-row">
          {input('email', 'email')}
          {input('phone', 'tel')}
        </div>
        <div className="companies-buttons">
          <Button type="submit" variant="secondary" disabled={add.isPending}>
            {t('contacts.add')}
          </Button>
        </div>
      </form>
      <FormErrors error={remove.error} fields={[]} />
      <div role="status" className="companies-status">
        {status}
      </div>
    </section>
  );
}
