import { useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, HintText, Link, TextInput } from 'suomifi-ui-components';
import type { EmployerCompanyQuery, IndustryFieldsFragment } from '../../gql/graphql';
import { useApiMutation } from '../../shared/api/hooks';
import { fieldError, FormErrors } from '../../shared/forms/FormErrors';
import { localizeCompanyError, safeWebsite } from './company-errors';
import { UpdateCompanyWebsiteMutation } from './company.documents';
import { MunicipalityName } from './MunicipalityName';

type Company = EmployerCompanyQuery['company'];

function Row({ term, children, testId }: { term: string; children: ReactNode; testId?: string }) {
  return (
    <div className="company-row" data-testid={testId}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The industry in words: the section's name in the person's language, with the TOL code when there is one. */
export function useIndustryText() {
  const { t, i18n } = useTranslation('company');
  return (industry: IndustryFieldsFragment) => {
    const key = `industries.${industry.section}`;
    const section = i18n.exists(key, { ns: 'company' }) ? t(key) : (industry.sectionNameFi ?? industry.section);
    return industry.code ? t('details.industryWithCode', { section, code: industry.code }) : section;
  };
}

export function CompanyBasics({ company }: { company: Company }) {
  const { t } = useTranslation('company');
  const industryText = useIndustryText();
  return (
    <section aria-labelledby="company-details-heading" className="card company-section">
      <Heading variant="h2" id="company-details-heading" mb="s">
        {t('details.heading')}
      </Heading>
      <dl className="company-facts">
        <Row term={t('details.businessId')} testId="company-business-id">
          {company.businessId}
        </Row>
        <Row term={t('details.type')}>{t(`types.${company.type}`)}</Row>
        <Row term={t('details.industry')} testId="company-industry">
          {industryText(company.industry)}
        </Row>
        <Row term={t('details.sizeClass')} testId="company-size">
          {t(`sizeClasses.${company.sizeClass}`)}
        </Row>
        <Row term={t('details.homeMunicipality')} testId="company-home-municipality">
          <MunicipalityName code={company.homeMunicipalityCode} />
        </Row>
        <Row term={t('details.operatingMunicipalities')}>
          {company.operatingMunicipalityCodes.length === 0 ? (
            t('details.none')
          ) : (
            <ul className="company-inline-list">
              {company.operatingMunicipalityCodes.map((code) => (
                <li key={code}>
                  <MunicipalityName code={code} />
                </li>
              ))}
            </ul>
          )}
        </Row>
      </dl>
    </section>
  );
}

function WebsiteForm({ company, onDone }: { company: Company; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation('company');
  const [value, setValue] = useState(company.website ?? '');
  const update = useApiMutation(UpdateCompanyWebsiteMutation, { invalidates: ['EmployerCompany'] });
  const error = useMemo(() => localizeCompanyError(update.error, t), [update.error, t]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const website = value.trim();
    update.mutate({ id: company.id, input: { website: website === '' ? null : website } }, { onSuccess: () => onDone(true) });
  };
  return (
    <form noValidate onSubmit={onSubmit} className="company-website-form">
      <FormErrors error={error} fields={[{ path: 'website', inputId: 'company-website', label: t('contact.websiteLabel') }]} />
      <TextInput
        id="company-website"
        type="url"
        labelText={t('contact.websiteLabel')}
        hintText={t('contact.websiteHint')}
        value={value}
        onChange={(next) => setValue(String(next ?? ''))}
        status={fieldError(error, 'website') ? 'error' : 'default'}
        statusText={fieldError(error, 'website')}
        fullWidth
        mb="s"
      />
      <div className="company-buttons">
        <Button type="submit" disabled={update.isPending}>
          {t('contact.saveWebsite')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onDone(false)}>
          {t('common:actions.cancel')}
        </Button>
      </div>
    </form>
  );
}

export function CompanyContact({ company, isAdmin }: { company: Company; isAdmin: boolean }) {
  const { t } = useTranslation('company');
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const website = safeWebsite(company.website);
  return (
    <section aria-labelledby="company-contact-heading" className="card company-section">
      <Heading variant="h2" id="company-contact-heading" mb="s">
        {t('contact.heading')}
      </Heading>
      <dl className="company-facts">
        <Row term={t('contact.email')}>{company.email ? <Link href={`mailto:${company.email}`}>{company.email}</Link> : t('notProvided')}</Row>
        <Row term={t('contact.phone')}>{company.phone ?? t('notProvided')}</Row>
        <Row term={t('contact.website')} testId="company-website">
          {website ? <Link href={website}>{website}</Link> : (company.website ?? t('notProvided'))}
        </Row>
      </dl>
      {isAdmin ? (
        editing ? (
          <WebsiteForm
            company={company}
            onDone={(saved) => {
              setEditing(false);
              setStatus(saved ? t('contact.websiteSaved') : '');
              requestAnimationFrame(() => editButton.current?.focus());
            }}
          />
        ) : (
          <Button
            variant="secondary"
            ref={editButton}
            onClick={() => {
              setStatus('');
              setEditing(true);
            }}
          >
            {t('contact.editWebsite')}
          </Button>
        )
      ) : null}
      <div role="status" className="company-status">
        {status}
      </div>
      <HintText mt="s">{t('contact.otherContactsNote')}</HintText>
    </section>
  );
}
