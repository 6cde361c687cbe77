import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Textarea } from 'suomifi-ui-components';
import type { CompanyCrmQuery } from '../../gql/graphql';
import { useApiMutation } from '../../shared/api/hooks';
import { formatDate } from '../../shared/format/format';
import { fieldError, FormErrors } from '../../shared/forms/FormErrors';
import { MunicipalityPicker } from '../../shared/forms/MunicipalityPicker';
import { useIndustryText } from '../company/CompanyDetails';
import { MunicipalityName } from '../company/MunicipalityName';
import { TransferCompanyMutation, UpdateCompanyAccountMutation, VerifyCompanyMutation } from './companies.documents';
import { useLanguage } from './companies-shared';
import { CompanyAccountForm, orNull } from './CompanyAccountForm';
import { useMunicipalityTexts } from './municipality-texts';
import '../company/company.css';

type Company = CompanyCrmQuery['company'];

function Row({ term, children, testId }: { term: string; children: ReactNode; testId?: string }) {
  return (
    <div className="company-row" data-testid={testId}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The account's details, and the form that edits them. */
/** Only coordinators of the home area may change the account (the API says so too). */
export function CrmAccount({ company, canEdit }: { company: Company; canEdit: boolean }) {
  const { t } = useTranslation('companies');
  const industryText = useIndustryText();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const update = useApiMutation(UpdateCompanyAccountMutation, { invalidates: ['CompanyCrm', 'MyCompanies'] });
  const close = (saved: boolean) => {
    setEditing(false);
    setStatus(saved ? t('account.saved') : '');
    requestAnimationFrame(() => editButton.current?.focus());
  };
  return (
    <section aria-labelledby="crm-account-heading" className="card companies-section">
      <Heading variant="h2" id="crm-account-heading" mb="s">
        {t('account.heading')}
      </Heading>
      {editing ? (
        <CompanyAccountForm
          mode="edit"
          initial={{
            businessId: company.businessId,
            name: company.name,
            type: company.type,
            industrySection: company.industry.section,
            industryCode: company.industry.code ?? '',
            sizeClass: company.sizeClass,
            homeMunicipalityCode: company.homeMunicipalityCode,
            email: company.email ?? '',
            phone: company.phone ?? '',
            website: company.website ?? '',
          }}
          error={update.error}
          pending={update.isPending}
          onCancel={() => close(false)}
          onSubmit={(values) =>
            update.mutate(
              {
                id: company.id,
                input: {
                  name: values.name.trim(),
                  type: values.type,
                  industrySection: values.industrySection,
                  industryCode: orNull(values.industryCode),
                  sizeClass: values.sizeClass,
                  website: orNull(values.website),
                },
              },
              { onSuccess: () => close(true) },
            )
          }
        />
      ) : (
        <>
          <dl className="company-facts">
            <Row term={t('account.businessId')} testId="crm-business-id">
              {company.businessId}
            </Row>
            <Row term={t('account.type')}>{t(`company:types.${company.type}`)}</Row>
            <Row term={t('account.industry')}>{industryText(company.industry)}</Row>
            <Row term={t('account.sizeClass')}>{t(`company:sizeClasses.${company.sizeClass}`)}</Row>
            <Row term={t('account.homeMunicipality')} testId="crm-home-municipality">
              <MunicipalityName code={company.homeMunicipalityCode} />
            </Row>
            <Row term={t('account.email')}>{company.email ?? t('notProvided')}</Row>
            <Row term={t('account.phone')}>{company.phone ?? t('notProvided')}</Row>
            <Row term={t('account.website')}>{company.website ?? t('notProvided')}</Row>
            <Row term={t('account.verification')} testId="crm-verification">
              {t(`verification.${company.verificationStatus}`)}
            </Row>
          </dl>
          {canEdit ? (
            <Button variant="secondary" ref={editButton} onClick={() => setEditing(true)}>
              {t('account.edit')}
            </Button>
          ) : null}
        </>
      )}
      <div role="status" className="companies-status">
        {status}
      </div>
    </section>
  );
}

/** A PENDING account: a coordinator of the home area verifies the customer's right to act. */
export function CrmVerify({ companyId }: { companyId: string }) {
  const { t } = useTranslation('companies');
  const verify = useApiMutation(VerifyCompanyMutation, { invalidates: ['CompanyCrm', 'MyCompanies'] });
  return (
    <div className="companies-section" data-testid="crm-pending">
      <InlineAlert status="warning" labelText={t('verify.title')}>
        {t('verify.text')}
        <div className="companies-buttons" style={{ marginTop: 8 }}>
          <Button onClick={() => verify.mutate({ companyId })} disabled={verify.isPending}>
            {t('verify.button')}
          </Button>
        </div>
      </InlineAlert>
      <FormErrors error={verify.error} fields={[]} />
    </div>
  );
}

/** Coordinators of the home area move the company's home to another municipality (and area). */
export function CrmTransfer({ company, isHomeArea }: { company: Company; isHomeArea: boolean }) {
  const { t } = useTranslation('companies');
  const language = useLanguage();
  const [municipality, setMunicipality] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState('');
  const texts = useMunicipalityTexts(t('transfer.municipality'));
  const transfer = useApiMutation(TransferCompanyMutation, {
    invalidates: ['CompanyCrm', 'MyCompanies'],
    onSuccess: () => {
      setStatus(t('transfer.done'));
      setMunicipality(null);
      setReason('');
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    transfer.mutate({ companyId: company.id, input: { homeMunicipalityCode: municipality ?? '', reason: reason.trim() } });
  };
  const transfers = company.transfers ?? [];
  return (
    <section aria-labelledby="crm-transfer-heading" className="card companies-section">
      <Heading variant="h2" id="crm-transfer-heading" mb="s">
        {t('transfer.heading')}
      </Heading>
      {transfers.length > 0 ? (
        <ul className="companies-list" data-testid="crm-transfers">
          {transfers.map((move) => (
            <li key={move.id}>
              <span>
                <MunicipalityName code={move.fromMunicipalityCode} /> → <MunicipalityName code={move.toMunicipalityCode} />: {move.reason}
              </span>
              <span>{formatDate(move.at, language)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('transfer.none')}</p>
      )}
      {isHomeArea ? (
        <form noValidate onSubmit={onSubmit} className="companies-form">
          <p>{t('transfer.help')}</p>
          <FormErrors
            error={transfer.error}
            fields={[
              { path: 'homeMunicipalityCode', inputId: 'crm-transfer-municipality', label: t('transfer.municipality') },
              { path: 'reason', inputId: 'crm-transfer-reason', label: t('transfer.reason') },
            ]}
          />
          <MunicipalityPicker
            id="crm-transfer-municipality"
            code={municipality}
            onChange={setMunicipality}
            texts={texts}
            statusText={fieldError(transfer.error, 'homeMunicipalityCode')}
          />
          <Textarea
            id="crm-transfer-reason"
            labelText={t('transfer.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            status={fieldError(transfer.error, 'reason') ? 'error' : 'default'}
            statusText={fieldError(transfer.error, 'reason')}
            fullWidth
          />
          <div className="companies-buttons">
            <Button type="submit" variant="secondary" disabled={transfer.isPending}>
              {t('transfer.button')}
            </Button>
          </div>
        </form>
      ) : null}
      <div role="status" className="companies-status">
        {status}
      </div>
    </section>
  );
}
