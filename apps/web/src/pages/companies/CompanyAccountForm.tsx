import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextInput } from 'suomifi-ui-components';
import type { CompanySizeClass, OrganizationType } from '../../gql/graphql';
import { fieldError, FormErrors, type FieldBinding } from '../../shared/forms/FormErrors';
import { MunicipalityPicker } from '../../shared/forms/MunicipalityPicker';
import { COMPANY_TYPES, INDUSTRY_SECTIONS, Select, SIZE_CLASSES } from './companies-shared';
import { useMunicipalityTexts } from './municipality-texts';

export interface CompanyAccountValues {
  businessId: string;
  name: string;
  type: OrganizationType;
  industrySection: string;
  industryCode: string;
  sizeClass: CompanySizeClass;
  homeMunicipalityCode: string | null;
  email: string;
  phone: string;
  website: string;
}

export const EMPTY_ACCOUNT: CompanyAccountValues = {
  businessId: '',
  name: '',
  type: 'COMPANY',
  industrySection: '',
  industryCode: '',
  sizeClass: 'MICRO_1_9',
  homeMunicipalityCode: null,
  email: '',
  phone: '',
  website: '',
};

/**
 * A company account's fields, for registering a company for a customer (with the Y-tunnus and
 * home municipality) and for editing one (the Y-tunnus never changes; the home moves by transfer).
 */
export function CompanyAccountForm({
  initial,
  mode,
  error,
  pending,
  onSubmit,
  onCancel,
}: {
  initial: CompanyAccountValues;
  mode: 'register' | 'edit';
  error: unknown;
  pending: boolean;
  onSubmit: (values: CompanyAccountValues) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('companies');
  const [values, setValues] = useState(initial);
  const set = <K extends keyof CompanyAccountValues>(key: K, value: CompanyAccountValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const municipalityTexts = useMunicipalityTexts(t('account.homeMunicipality'), t('account.homeMunicipalityHint'));
  const prefix = `account-${mode}`;
  const fields: FieldBinding[] = [
    { path: 'businessId', inputId: `${prefix}-businessId`, label: t('account.businessId') },
    { path: 'name', inputId: `${prefix}-name`, label: t('account.name') },
    { path: 'type', inputId: `${prefix}-type`, label: t('account.type') },
    { path: 'industrySection', inputId: `${prefix}-industrySection`, label: t('account.industrySection') },
    { path: 'industryCode', inputId: `${prefix}-industryCode`, label: t('account.industryCode') },
    { path: 'sizeClass', inputId: `${prefix}-sizeClass`, label: t('account.sizeClass') },
    { path: 'homeMunicipalityCode', inputId: `${prefix}-home`, label: t('account.homeMunicipality') },
    { path: 'email', inputId: `${prefix}-email`, label: t('account.email') },
    { path: 'phone', inputId: `${prefix}-phone`, label: t('account.phone') },
    { path: 'website', inputId: `${prefix}-website`, label: t('account.website') },
  ];
  const status = (path: string) => (fieldError(error, path) ? 'error' : 'default') as 'error' | 'default';
  const text = (key: keyof CompanyAccountValues, path: string = key, extra: { hint?: string; type?: 'email' | 'tel' | 'url' } = {}) => (
    <TextInput
      id={`${prefix}-${path === 'homeMunicipalityCode' ? 'home' : path}`}
      labelText={t(`account.${key}`)}
      hintText={extra.hint}
      type={extra.type}
      value={String(values[key] ?? '')}
      onChange={(v) => set(key, String(v ?? '') as never)}
      status={status(path)}
      statusText={fieldError(error, path)}
      fullWidth
    />
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };
  return (
    <form noValidate onSubmit={submit} className="companies-form" data-testid={`company-account-${mode}`}>
      <FormErrors error={error} fields={fields} />
      {mode === 'register' ? text('businessId', 'businessId', { hint: t('account.businessIdHint') }) : null}
      {text('name')}
      <Select id={`${prefix}-type`} label={t('account.type')} value={values.type} onChange={(v) => set('type', v as OrganizationType)}>
        {COMPANY_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`company:types.${type}`)}
          </option>
        ))}
      </Select>
      <Select
        id={`${prefix}-industrySection`}
        label={t('account.industrySection')}
        value={values.industrySection}
        onChange={(v) => set('industrySection', v)}
      >
        <option value="">{t('account.choose')}</option>
        {INDUSTRY_SECTIONS.map((section) => (
          <option key={section} value={section}>
            {section} – {t(`company:industries.${section}`)}
          </option>
        ))}
      </Select>
      {fieldError(error, 'industrySection') ? (
        <p className="companies-overdue" role="alert">
          {fieldError(error, 'industrySection')}
        </p>
      ) : null}
      {text('industryCode', 'industryCode', { hint: t('account.industryCodeHint') })}
      <Select id={`${prefix}-sizeClass`} label={t('account.sizeClass')} value={values.sizeClass} onChange={(v) => set('sizeClass', v as CompanySizeClass)}>
        {SIZE_CLASSES.map((size) => (
          <option key={size} value={size}>
            {t(`company:sizeClasses.${size}`)}
          </option>
        ))}
      </Select>
      {mode === 'register' ? (
        <MunicipalityPicker
          id={`${prefix}-home`}
          code={values.homeMunicipalityCode}
          onChange={(code) => set('homeMunicipalityCode', code)}
          texts={municipalityTexts}
          statusText={fieldError(error, 'homeMunicipalityCode')}
        />
      ) : null}
      {text('email', 'email', { type: 'email', hint: t('account.emailHint') })}
      {text('phone', 'phone', { type: 'tel', hint: t('account.phoneHint') })}
      {text('website', 'website', { type: 'url' })}
      <div className="companies-buttons">
        <Button type="submit" disabled={pending}>
          {mode === 'register' ? t('account.register') : t('account.save')}
        </Button>
        {onCancel ? (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

/** Empty texts become null: the API stores no empty strings. */
export function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
