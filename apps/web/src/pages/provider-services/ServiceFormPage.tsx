import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  Heading,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  RouterLink,
  SingleSelect,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import type { ProviderServiceFieldsFragment } from '../../gql/graphql';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { useAuth } from '../../shared/auth/auth-context';
import { ApiError } from '../../shared/errors/api-error';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { FormErrors, type FieldBinding } from '../../shared/forms/FormErrors';
import { MunicipalityPicker, type MunicipalityPickerTexts } from '../../shared/forms/MunicipalityPicker';
import { useSelectOnlyWhileFocused, useValidComboboxReferences } from '../../shared/forms/single-select';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { ServiceCard, type SearchHit } from '../services/ServiceCard';
import { placeName, termLabel, useServiceLabels } from '../services/labels';
import { ServiceAreasQuery, ServiceTaxonomyQuery } from '../services/services.documents';
import { CreateServiceMutation, ProviderServiceQuery, SubmitServiceMutation, UpdateServiceMutation } from './provider-services.documents';
import {
  AUDIENCES,
  DELIVERY_MODES,
  emptyForm,
  FORM_LANGUAGES,
  formOf,
  inputOf,
  localizeServiceError,
  localProblems,
  missingTexts,
  newLocation,
  SERVICE_LANGUAGES,
  TEXT_FIELDS,
  type LocationDraft,
  type ServiceForm,
} from './service-form';
import '../services/services.css';
import './provider-services.css';

const LOCAL = 'local';
const FOREVER = { staleTime: Infinity, gcTime: Infinity } as const;
type Change = (update: (form: ServiceForm) => ServiceForm) => void;
type Problem = (path: string) => string | undefined;

function status(message: string | undefined): { status: 'default' | 'error'; statusText?: string } {
  return message ? { status: 'error', statusText: message } : { status: 'default' };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card provider-form-section" aria-labelledby={`${id}-heading`}>
      <Heading variant="h2" id={`${id}-heading`} mb="s">
        {title}
      </Heading>
      {children}
    </section>
  );
}

/**
 * A checkbox group's problem, above the group. suomifi-ui-components 18 puts the group's status
 * text into the legend with an ARIA attribute a span may not have (axe: aria-prohibited-attr).
 */
function GroupProblem({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <InlineAlert status="error" id={id} mb="s">
      {message}
    </InlineAlert>
  );
}

function usePickerTexts(label: string): MunicipalityPickerTexts {
  const { t } = useTranslation('providerServices');
  return {
    label,
    clear: t('form.picker.clear'),
    noItems: t('form.picker.noItems'),
    loading: t('form.picker.loading'),
    available: (count) => t('form.picker.available', { count }),
  };
}

/** A chosen list of places with a remove button each. */
function ChosenList({ items, onRemove, label, testId }: { items: { id: string; label: string }[]; onRemove: (id: string) => void; label: string; testId: string }) {
  const { t } = useTranslation('providerServices');
  if (items.length === 0) return <p className="muted">{t('form.coverage.noneChosen')}</p>;
  return (
    <ul className="provider-chosen" aria-label={label} data-testid={testId}>
      {items.map((item) => (
        <li key={item.id}>
          <span>{item.label}</span>
          <Button variant="secondaryNoBorder" onClick={() => onRemove(item.id)} aria-label={t('form.coverage.remove', { name: item.label })}>
            {t('common:actions.remove')}
          </Button>
        </li>
      ))}
    </ul>
  );
}

/** A searchable list of employment areas; choosing one adds it. */
function AreaPicker({ chosen, onAdd, statusText }: { chosen: string[]; onAdd: (id: string) => void; statusText?: string }) {
  const { t, i18n } = useTranslation('providerServices');
  const language = i18n.language === 'sv' ? 'sv' : 'fi';
  const areas = useApiQuery(ServiceAreasQuery, undefined, FOREVER);
  const id = 'service-area-picker';
  useValidComboboxReferences(id);
  useSelectOnlyWhileFocused(id);
  const items = useMemo(
    () =>
      (areas.data?.employmentAreas ?? [])
        .filter((area) => !chosen.includes(area.id))
        .map((area) => ({ uniqueItemId: area.id, labelText: placeName(area, language) }))
        .sort((a, b) => a.labelText.localeCompare(b.labelText, language)),
    [areas.data, chosen, language],
  );
  return (
    <SingleSelect
      id={id}
      labelText={t('form.coverage.addArea')}
      hintText={t('form.coverage.addAreaHint')}
      clearButtonLabel={t('form.picker.clear')}
      noItemsText={t('form.picker.noItems')}
      ariaOptionsAvailableTextFunction={(count) => t('form.picker.available', { count })}
      loading={areas.isFetching}
      loadingText={t('form.picker.loading')}
      items={items}
      selectedItem={null}
      onItemSelect={(selected) => {
        if (selected) onAdd(selected);
      }}
      status={statusText ? 'error' : 'default'}
      statusText={statusText}
      fullWidth
    />
  );
}

function TextsSection({ form, change, problem }: { form: ServiceForm; change: Change; problem: Problem }) {
  const { t } = useTranslation('providerServices');
  return (
    <Section id="service-texts" title={t('form.texts.heading')}>
      <Paragraph mb="m">{t('form.texts.intro')}</Paragraph>
      {FORM_LANGUAGES.map((language) => {
        const missing = missingTexts(form, language);
        const required = language === 'fi';
        const suffix = language.charAt(0).toUpperCase() + language.slice(1);
        return (
          <fieldset key={language} className="provider-language" data-testid={`texts-${language}`}>
            <legend>
              {t(`form.texts.legend.${language}`)}
              {!required && missing.length > 0 ? (
                <span className="provider-missing" data-testid={`missing-${language}`}>
                  {missing.length === TEXT_FIELDS.length
                    ? t('form.texts.missingAll')
                    : t('form.texts.missingSome', { fields: missing.map((field) => t(`form.texts.${field}`)).join(', ') })}
                </span>
              ) : null}
            </legend>
            {TEXT_FIELDS.map((field) => {
              const path = `${field}${suffix}`;
              const props = {
                id: `service-${path}`,
                labelText: t(`form.texts.${field}`),
                optionalText: required ? undefined : t('form.optional'),
                hintText: t(`form.texts.hints.${field}`),
                value: form.texts[language][field],
                fullWidth: true,
                mb: 'm' as const,
                ...status(problem(path)),
              };
              const set = (value: string) =>
                change((current) => ({ ...current, texts: { ...current.texts, [language]: { ...current.texts[language], [field]: value } } }));
              return field === 'name' ? (
                <TextInput key={field} {...props} onChange={(value) => set(String(value ?? ''))} />
              ) : (
                <Textarea key={field} {...props} resize="vertical" onChange={(event) => set(event.target.value)} />
              );
            })}
          </fieldset>
        );
      })}
    </Section>
  );
}

function TermsSection({ form, change, problem }: { form: ServiceForm; change: Change; problem: Problem }) {
  const { t } = useTranslation('providerServices');
  const labels = useServiceLabels();
  const taxonomy = useApiQuery(ServiceTaxonomyQuery, undefined, FOREVER);
  const terms = taxonomy.data?.taxonomyTerms ?? [];
  const toggle = (key: 'categoryCodes' | 'targetGroupCodes', code: string, on: boolean) =>
    change((current) => ({ ...current, [key]: on ? [...current[key].filter((c) => c !== code), code] : current[key].filter((c) => c !== code) }));
  const group = (key: 'categoryCodes' | 'targetGroupCodes', taxonomyName: 'SERVICE_CATEGORY' | 'TARGET_GROUP') => {
    const message = problem(key);
    return (
      <>
        <GroupProblem id={`service-${key}-problem`} message={message} />
        <CheckboxGroup
          labelText={t(`form.terms.${key}`)}
          groupHintText={t(`form.terms.${key}Hint`)}
          optionalText={key === 'targetGroupCodes' ? t('form.optional') : undefined}
          id={`service-${key}`}
          className="provider-checkboxes"
        >
          {terms
            .filter((term) => term.taxonomy === taxonomyName)
            .map((term) => (
              <Checkbox
                key={term.code}
                id={`service-${key}-${term.code}`}
                checked={form[key].includes(term.code)}
                status={message ? 'error' : 'default'}
                onClick={({ checkboxState }) => toggle(key, term.code, checkboxState)}
              >
                {termLabel(term, labels.language)}
              </Checkbox>
            ))}
        </CheckboxGroup>
      </>
    );
  };
  return (
    <Section id="service-terms" title={t('form.terms.heading')}>
      <RadioButtonGroup
        name="service-audience"
        id="service-audience"
        labelText={t('form.terms.audience')}
        value={form.audience}
        onChange={(value) => change((current) => ({ ...current, audience: value as ServiceForm['audience'] }))}
        groupStatus={problem('audience') ? 'error' : 'default'}
        groupStatusText={problem('audience')}
        mb="m"
      >
        {AUDIENCES.map((audience) => (
          <RadioButton key={audience} value={audience} id={`service-audience-${audience}`}>
            {t(`audience.${audience}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      {taxonomy.isPending ? <Loading /> : taxonomy.isError ? <ErrorState error={taxonomy.error} onRetry={() => void taxonomy.refetch()} /> : null}
      {group('categoryCodes', 'SERVICE_CATEGORY')}
      <div className="provider-gap" />
      {group('targetGroupCodes', 'TARGET_GROUP')}
    </Section>
  );
}

function CoverageSection({ form, change, problem }: { form: ServiceForm; change: Change; problem: Problem }) {
  const { t } = useTranslation('providerServices');
  const labels = useServiceLabels();
  const [pickerKey, setPickerKey] = useState(0);
  const municipalityTexts = usePickerTexts(t('form.coverage.addMunicipality'));
  const nationalProblem = problem('isNational');
  return (
    <Section id="service-coverage" title={t('form.coverage.heading')}>
      <Paragraph mb="m">{t('form.coverage.intro')}</Paragraph>
      {nationalProblem ? (
        <InlineAlert status="error" mb="m" id="service-coverage-problem">
          {nationalProblem}
        </InlineAlert>
      ) : null}
      <Checkbox
        id="service-isNational"
        checked={form.isNational}
        hintText={t('form.coverage.nationalHint')}
        onClick={({ checkboxState }) => change((current) => ({ ...current, isNational: checkboxState }))}
      >
        {t('form.coverage.national')}
      </Checkbox>
      {form.isNational ? null : (
        <div className="provider-coverage">
          <Heading variant="h3" mt="m" mb="xs" id="service-areas-heading">
            {t('form.coverage.areas')}
          </Heading>
          <ChosenList
            label={t('form.coverage.areas')}
            testId="chosen-areas"
            items={form.employmentAreaIds.map((id) => ({ id, label: labels.area(id, id) }))}
            onRemove={(id) => change((current) => ({ ...current, employmentAreaIds: current.employmentAreaIds.filter((a) => a !== id) }))}
          />
          <AreaPicker
            chosen={form.employmentAreaIds}
            statusText={problem('employmentAreaIds')}
            onAdd={(id) => change((current) => ({ ...current, employmentAreaIds: [...current.employmentAreaIds.filter((a) => a !== id), id] }))}
          />
          <Heading variant="h3" mt="m" mb="xs">
            {t('form.coverage.municipalities')}
          </Heading>
          <ChosenList
            label={t('form.coverage.municipalities')}
            testId="chosen-municipalities"
            items={form.municipalityCodes.map((code) => ({ id: code, label: labels.municipality(code) }))}
            onRemove={(code) => change((current) => ({ ...current, municipalityCodes: current.municipalityCodes.filter((c) => c !== code) }))}
          />
          <MunicipalityPicker
            key={pickerKey}
            id="service-municipality-picker"
            code={null}
            texts={municipalityTexts}
            statusText={problem('municipalityCodes')}
            onChange={(code) => {
              if (!code) return;
              change((current) => ({ ...current, municipalityCodes: [...current.municipalityCodes.filter((c) => c !== code), code] }));
              setPickerKey((key) => key + 1);
            }}
          />
        </div>
      )}
    </Section>
  );
}

function LocationFields({ index, location, update, remove, problem }: { index: number; location: LocationDraft; update: (patch: Partial<LocationDraft>) => void; remove: () => void; problem: Problem }) {
  const { t } = useTranslation('providerServices');
  const texts = usePickerTexts(t('form.locations.municipality'));
  const path = (field: string) => `locations.${index}.${field}`;
  return (
    <li className="provider-location">
      <Heading variant="h3" id={`service-location-${index}-heading`} tabIndex={-1} mb="s">
        {t('form.locations.itemHeading', { number: index + 1 })}
      </Heading>
      <TextInput
        id={`service-${path('name')}`}
        labelText={t('form.locations.name')}
        optionalText={t('form.optional')}
        value={location.name}
        onChange={(value) => update({ name: String(value ?? '') })}
        fullWidth
        mb="s"
        {...status(problem(path('name')))}
      />
      <TextInput
        id={`service-${path('streetAddress')}`}
        labelText={t('form.locations.streetAddress')}
        value={location.streetAddress}
        onChange={(value) => update({ streetAddress: String(value ?? '') })}
        fullWidth
        mb="s"
        {...status(problem(path('streetAddress')))}
      />
      <TextInput
        id={`service-${path('postalCode')}`}
        labelText={t('form.locations.postalCode')}
        inputMode="numeric"
        value={location.postalCode}
        onChange={(value) => update({ postalCode: String(value ?? '') })}
        mb="s"
        {...status(problem(path('postalCode')))}
      />
      <MunicipalityPicker
        id={`service-${path('municipalityCode')}`}
        code={location.municipalityCode}
        texts={texts}
        statusText={problem(path('municipalityCode'))}
        onChange={(code) => update({ municipalityCode: code })}
      />
      <Textarea
        id={`service-${path('accessibilityFi')}`}
        labelText={t('form.locations.accessibility')}
        optionalText={t('form.optional')}
        hintText={t('form.locations.accessibilityHint')}
        value={location.accessibilityFi}
        onChange={(event) => update({ accessibilityFi: event.target.value })}
        fullWidth
        resize="vertical"
        mt="s"
        mb="s"
        {...status(problem(path('accessibilityFi')))}
      />
      <Button variant="secondaryNoBorder" onClick={remove}>
        {t('form.locations.remove', { number: index + 1 })}
      </Button>
    </li>
  );
}

function LocationsSection({ form, change, problem }: { form: ServiceForm; change: Change; problem: Problem }) {
  const { t } = useTranslation('providerServices');
  const [focus, setFocus] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);
  const add = () => {
    const index = form.locations.length;
    change((current) => ({ ...current, locations: [...current.locations, newLocation()] }));
    setAnnouncement(t('form.locations.added', { number: index + 1 }));
    setFocus(`service-locations.${index}.name`);
  };
  const remove = (index: number) => {
    change((current) => ({ ...current, locations: current.locations.filter((_, i) => i !== index) }));
    setAnnouncement(t('form.locations.removed', { number: index + 1 }));
    setFocus(index > 0 ? `service-location-${index - 1}-heading` : 'service-add-location');
  };
  return (
    <Section id="service-locations" title={t('form.locations.heading')}>
      <Paragraph mb="m">{t('form.locations.intro')}</Paragraph>
      <div className="visually-hidden" role="status">
        {announcement}
      </div>
      {form.locations.length > 0 ? (
        <ol className="provider-locations">
          {form.locations.map((location, index) => (
            <LocationFields
              key={location.key}
              index={index}
              location={location}
              problem={problem}
              remove={() => remove(index)}
              update={(patch) =>
                change((current) => ({ ...current, locations: current.locations.map((l, i) => (i === index ? { ...l, ...patch } : l)) }))
              }
            />
          ))}
        </ol>
      ) : null}
      <Button id="service-add-location" variant="secondary" onClick={add}>
        {t('form.locations.add')}
      </Button>
    </Section>
  );
}

function DeliverySection({ form, change, problem }: { form: ServiceForm; change: Change; problem: Problem }) {
  const { t } = useTranslation('providerServices');
  const labels = useServiceLabels();
  const languagesProblem = problem('languages');
  return (
    <Section id="service-delivery" title={t('form.delivery.heading')}>
      <RadioButtonGroup
        name="service-deliveryMode"
        id="service-deliveryMode"
        labelText={t('form.delivery.mode')}
        value={form.deliveryMode}
        onChange={(value) => change((current) => ({ ...current, deliveryMode: value as ServiceForm['deliveryMode'] }))}
        groupStatus={problem('deliveryMode') ? 'error' : 'default'}
        groupStatusText={problem('deliveryMode')}
        mb="m"
      >
        {DELIVERY_MODES.map((mode) => (
          <RadioButton key={mode} value={mode} id={`service-deliveryMode-${mode}`}>
            {t(`deliveryMode.${mode}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <GroupProblem id="service-languages-problem" message={languagesProblem} />
      <CheckboxGroup
        id="service-languages"
        labelText={t('form.delivery.languages')}
        groupHintText={t('form.delivery.languagesHint')}
        className="provider-checkboxes"
      >
        {SERVICE_LANGUAGES.map((code) => (
          <Checkbox
            key={code}
            id={`service-languages-${code}`}
            checked={form.languages.includes(code)}
            status={languagesProblem ? 'error' : 'default'}
            onClick={({ checkboxState }) =>
              change((current) => ({
                ...current,
                languages: checkboxState ? [...current.languages.filter((c) => c !== code), code] : current.languages.filter((c) => c !== code),
              }))
            }
          >
            {labels.spokenLanguage(code)}
          </Checkbox>
        ))}
      </CheckboxGroup>
    </Section>
  );
}

function CostSection({ form, change, problem }: { form: ServiceForm; change: Change; problem: Problem }) {
  const { t } = useTranslation('providerServices');
  return (
    <Section id="service-cost" title={t('form.cost.heading')}>
      <RadioButtonGroup
        name="service-isFree"
        id="service-isFree"
        labelText={t('form.cost.label')}
        value={form.isFree ? 'FREE' : 'PAID'}
        onChange={(value) => change((current) => ({ ...current, isFree: value === 'FREE' }))}
        mb="m"
      >
        <RadioButton value="FREE" id="service-isFree-FREE">
          {t('form.cost.free')}
        </RadioButton>
        <RadioButton value="PAID" id="service-isFree-PAID">
          {t('form.cost.paid')}
        </RadioButton>
      </RadioButtonGroup>
      {form.isFree ? null : (
        <div className="provider-row">
          <TextInput
            id="service-costOptions"
            labelText={t('form.cost.amount')}
            hintText={t('form.cost.amountHint')}
            inputMode="decimal"
            value={form.costAmount}
            onChange={(value) => change((current) => ({ ...current, costAmount: String(value ?? '') }))}
            {...status(problem('costOptions'))}
          />
          <TextInput
            id="service-costUnit"
            labelText={t('form.cost.unit')}
            hintText={t('form.cost.unitHint')}
            optionalText={t('form.optional')}
            value={form.costUnit}
            onChange={(value) => change((current) => ({ ...current, costUnit: String(value ?? '') }))}
          />
        </div>
      )}
      <TextInput
        id="service-costDescriptionFi"
        labelText={t('form.cost.description')}
        optionalText={t('form.optional')}
        value={form.costDescriptionFi}
        onChange={(value) => change((current) => ({ ...current, costDescriptionFi: String(value ?? '') }))}
        fullWidth
        mt="m"
      />
    </Section>
  );
}

type PlainField = 'eligibilityFi' | 'howToTakePartFi' | 'scheduleFi' | 'minimumAge' | 'maximumAge' | 'capacity' | 'email' | 'phone' | 'url';

function PlainInput({ field, form, change, problem, area, short, type }: { field: PlainField; form: ServiceForm; change: Change; problem: Problem; area?: boolean; short?: boolean; type?: 'email' | 'tel' | 'url' }) {
  const { t } = useTranslation('providerServices');
  const props = {
    id: `service-${field}`,
    labelText: t(`form.fields.${field}`),
    optionalText: t('form.optional'),
    hintText: t(`form.fields.${field}Hint`, { defaultValue: '' }) || undefined,
    value: form[field],
    fullWidth: !short,
    mb: 'm' as const,
    ...status(problem(field)),
  };
  const set = (value: string) => change((current) => ({ ...current, [field]: value }));
  return area ? (
    <Textarea {...props} resize="vertical" onChange={(event) => set(event.target.value)} />
  ) : (
    <TextInput {...props} type={type} inputMode={short ? 'numeric' : undefined} onChange={(value) => set(String(value ?? ''))} />
  );
}

function TakingPartSection(props: { form: ServiceForm; change: Change; problem: Problem }) {
  const { t } = useTranslation('providerServices');
  return (
    <Section id="service-taking-part" title={t('form.takingPart.heading')}>
      <Paragraph mb="m">{t('form.takingPart.intro')}</Paragraph>
      <PlainInput field="eligibilityFi" area {...props} />
      <div className="provider-row">
        <PlainInput field="minimumAge" short {...props} />
        <PlainInput field="maximumAge" short {...props} />
        <PlainInput field="capacity" short {...props} />
      </div>
      <PlainInput field="howToTakePartFi" area {...props} />
      <PlainInput field="scheduleFi" area {...props} />
    </Section>
  );
}

function ContactsSection(props: { form: ServiceForm; change: Change; problem: Problem }) {
  const { t } = useTranslation('providerServices');
  return (
    <Section id="service-contacts" title={t('form.contacts.heading')}>
      <Paragraph mb="m">{t('form.contacts.intro')}</Paragraph>
      <PlainInput field="email" type="email" {...props} />
      <PlainInput field="phone" type="tel" {...props} />
      <PlainInput field="url" type="url" {...props} />
    </Section>
  );
}

/** How the service would look among search results, with what the form has now. */
function Preview({ form, provider }: { form: ServiceForm; provider: { id: string; name: string; sector: SearchHit['service']['provider']['sector'] } }) {
  const { t } = useTranslation('providerServices');
  const labels = useServiceLabels();
  const hit: SearchHit = {
    distanceKm: null,
    highlights: [],
    service: {
      id: 'preview',
      name: { fi: form.texts.fi.name || t('form.preview.untitled'), sv: form.texts.sv.name || null, en: form.texts.en.name || null },
      summary: { fi: form.texts.fi.summary, sv: form.texts.sv.summary || null, en: form.texts.en.summary || null },
      provider,
      categories: form.categoryCodes.map((code) => ({ code, labelFi: labels.term(code), labelSv: null, labelEn: null })),
      deliveryMode: form.deliveryMode,
      isFree: form.isFree,
      coverage: { national: form.isNational, employmentAreaIds: form.employmentAreaIds, municipalityCodes: form.municipalityCodes },
    },
  };
  return (
    <Section id="service-preview" title={t('form.preview.heading')}>
      <Paragraph mb="s">{t('form.preview.intro')}</Paragraph>
      <ul className="provider-preview" data-testid="service-preview" inert>
        <ServiceCard hit={hit} labels={labels} />
      </ul>
    </Section>
  );
}

/** Bindings of the error summary: each server path to its input and label. */
function useBindings(form: ServiceForm): FieldBinding[] {
  const { t } = useTranslation('providerServices');
  return useMemo(() => {
    const bindings: FieldBinding[] = [];
    for (const language of FORM_LANGUAGES) {
      const suffix = language.charAt(0).toUpperCase() + language.slice(1);
      for (const field of TEXT_FIELDS) {
        bindings.push({ path: `${field}${suffix}`, inputId: `service-${field}${suffix}`, label: `${t(`form.texts.${field}`)} (${t(`languages.${language}`)})` });
      }
    }
    bindings.push(
      { path: 'audience', inputId: 'service-audience-EMPLOYERS', label: t('form.terms.audience') },
      { path: 'categoryCodes', inputId: 'service-categoryCodes', label: t('form.terms.categoryCodes') },
      { path: 'targetGroupCodes', inputId: 'service-targetGroupCodes', label: t('form.terms.targetGroupCodes') },
      { path: 'isNational', inputId: 'service-isNational', label: t('form.coverage.heading') },
      { path: 'employmentAreaIds', inputId: 'service-area-picker', label: t('form.coverage.areas') },
      { path: 'municipalityCodes', inputId: 'service-municipality-picker', label: t('form.coverage.municipalities') },
      { path: 'deliveryMode', inputId: 'service-deliveryMode-ON_SITE', label: t('form.delivery.mode') },
      { path: 'languages', inputId: `service-languages-${SERVICE_LANGUAGES[0]}`, label: t('form.delivery.languages') },
      { path: 'costOptions', inputId: 'service-costOptions', label: t('form.cost.amount') },
    );
    for (const field of ['eligibilityFi', 'minimumAge', 'maximumAge', 'howToTakePartFi', 'capacity', 'scheduleFi', 'email', 'phone', 'url'] as const) {
      bindings.push({ path: field, inputId: `service-${field}`, label: t(`form.fields.${field}`) });
    }
    form.locations.forEach((_, index) => {
      for (const field of ['name', 'streetAddress', 'postalCode', 'municipalityCode', 'accessibilityFi'] as const) {
        const key = field === 'accessibilityFi' ? 'accessibility' : field === 'municipalityCode' ? 'municipality' : field;
        bindings.push({
          path: `locations.${index}.${field}`,
          inputId: `service-locations.${index}.${field}`,
          label: `${t('form.locations.itemHeading', { number: index + 1 })}: ${t(`form.locations.${key}`)}`,
        });
      }
    });
    return bindings;
  }, [t, form.locations]);
}

type Intent = 'save' | 'submit';

function ServiceFormView({ service }: { service: ProviderServiceFieldsFragment | null }) {
  const { t } = useTranslation('providerServices');
  const navigate = useNavigate();
  const { organization } = useAuth();
  const [form, setForm] = useState<ServiceForm>(() => (service ? formOf(service) : emptyForm()));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const change: Change = (update) => setForm(update);
  const bindings = useBindings(form);
  const invalidates = ['MyServices', 'ProviderService', 'ProviderServiceHistory'];
  const create = useApiMutation(CreateServiceMutation, { invalidates });
  const update = useApiMutation(UpdateServiceMutation, { invalidates });
  const submit = useApiMutation(SubmitServiceMutation, { invalidates });
  const message = (path: string) => t(`fieldErrors.${path}`, { defaultValue: t('fieldErrors.default') });
  // The form's own findings are already in the person's language; the server's are translated by field.
  const localized = useMemo(() => (error instanceof ApiError && error.message === LOCAL ? error : localizeServiceError(error, message)), [error, t]); // eslint-disable-line react-hooks/exhaustive-deps
  const problem: Problem = (path) => (localized instanceof ApiError ? localized.fieldMessage(path) : undefined);
  const summaryRef = useRef<HTMLDivElement>(null);

  const published = service?.status === 'PUBLISHED';
  const canSubmit = !service || service.status === 'DRAFT' || service.status === 'REJECTED';

  const onSubmit = async (event: FormEvent, intent: Intent) => {
    event.preventDefault();
    const local = localProblems(form);
    if (local.length > 0) {
      setError(new ApiError('badInput', LOCAL, local.map((p) => ({ path: p.path, message: t(`fieldErrors.local.${p.key}`) }))));
      return;
    }
    setBusy(true);
    setError(null);
    let createdId: string | null = null;
    try {
      const input = inputOf(form);
      const saved = service ? (await update.mutateAsync({ id: service.id, input })).updateService : (await create.mutateAsync({ input })).createService;
      if (!service) createdId = saved.id;
      let outcome: string = published ? 'revision' : 'saved';
      if (intent === 'submit' && (saved.status === 'DRAFT' || saved.status === 'REJECTED')) {
        await submit.mutateAsync({ id: saved.id });
        outcome = 'submitted';
      }
      navigate(`/provider/services/${saved.id}`, { state: { outcome } });
    } catch (caught) {
      setError(caught);
      // Saved but not submitted: carry on editing the saved draft, not a new one.
      if (createdId) navigate(`/provider/services/${createdId}/edit`, { replace: true, state: { submitError: true } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event, canSubmit ? 'submit' : 'save')} className="provider-form" data-testid="service-form">
      <div ref={summaryRef}>
        <FormErrors error={localized} fields={bindings} />
      </div>
      {published ? (
        <InlineAlert status="neutral" labelText={t('form.publishedNoteTitle')} mb="m" data-testid="revision-note">
          {t('form.publishedNote')}
        </InlineAlert>
      ) : null}
      {service?.status === 'REJECTED' && service.rejectionReason ? (
        <InlineAlert status="warning" labelText={t('status.rejectedReason')} mb="m">
          {service.rejectionReason}
        </InlineAlert>
      ) : null}
      <Paragraph mb="m">{t('form.requiredNote')}</Paragraph>
      <TextsSection form={form} change={change} problem={problem} />
      <TermsSection form={form} change={change} problem={problem} />
      <CoverageSection form={form} change={change} problem={problem} />
      <LocationsSection form={form} change={change} problem={problem} />
      <DeliverySection form={form} change={change} problem={problem} />
      <CostSection form={form} change={change} problem={problem} />
      <TakingPartSection form={form} change={change} problem={problem} />
      <ContactsSection form={form} change={change} problem={problem} />
      <Preview
        form={form}
        provider={service?.provider ?? { id: organization?.id ?? '', name: organization?.name ?? '', sector: (organization?.sector ?? 'THIRD_SECTOR') as SearchHit['service']['provider']['sector'] }}
      />
      <div className="provider-buttons">
        {canSubmit ? (
          <>
            <Button type="submit" disabled={busy} data-testid="save-and-submit">
              {t('form.saveAndSubmit')}
            </Button>
            <Button type="button" variant="secondary" disabled={busy} onClick={(event) => void onSubmit(event, 'save')} data-testid="save-draft">
              {t('form.saveDraft')}
            </Button>
          </>
        ) : (
          <Button type="submit" disabled={busy} data-testid="save-changes">
            {published ? t('form.submitRevision') : t('form.saveChanges')}
          </Button>
        )}
        <RouterLink asComponent={Link} to={service ? `/provider/services/${service.id}` : '/provider/services'}>
          {t('common:actions.cancel')}
        </RouterLink>
        {busy ? <span role="status">{t('common:status.saving')}</span> : null}
      </div>
    </form>
  );
}

export default function ServiceFormPage() {
  const { t } = useTranslation('providerServices');
  const { id } = useParams<{ id: string }>();
  const query = useApiQuery(ProviderServiceQuery, { id: id ?? '' }, { enabled: Boolean(id), staleTime: 0 });
  if (!id) {
    return (
      <Page title={t('form.newTitle')} lead={t('form.newLead')}>
        <ServiceFormView service={null} />
      </Page>
    );
  }
  return (
    <Page title={query.data ? t('form.editTitle', { name: query.data.service.name.fi }) : t('form.editTitleLoading')}>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.service.status === 'ARCHIVED' ? (
        <InlineAlert status="neutral">{t('form.archivedNote')}</InlineAlert>
      ) : (
        <ServiceFormView key={query.data.service.id} service={query.data.service} />
      )}
    </Page>
  );
}
