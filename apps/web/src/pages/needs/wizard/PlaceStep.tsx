import { Checkbox, DateInput, Dropdown, DropdownItem, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/i18n/i18n';
import { LanguageRows } from '../../../shared/forms/LanguageRows';
import { MunicipalityPicker } from '../../../shared/forms/MunicipalityPicker';
import { NumberField } from '../../../shared/forms/NumberField';
import { statusProps, type StepProps } from './step-props';
import { DRIVING_LICENCES, ids, LANGUAGE_CODES, newLanguage, PAY_UNITS, type WizardForm } from './wizard-state';

const NO_LICENCE = 'none';
const NO_PAY_UNIT = 'none';
const languageIds = { add: ids.addLanguage, language: ids.language, level: ids.languageLevel };

/** Step 6: where and when — municipality or remote, hours, start, duration, positions, languages, licence. */
export function PlaceStep({ form, change, problem, language }: StepProps & { language: Language }) {
  const { t } = useTranslation('needWizard');
  const set = <K extends keyof WizardForm>(key: K, value: WizardForm[K]) => change((current) => ({ ...current, [key]: value }));
  const text = (value: unknown) => (value == null ? '' : String(value));
  return (
    <>
      <Paragraph mb="m">{t('place.intro')}</Paragraph>
      <Heading variant="h3" mb="s">
        {t('place.whereHeading')}
      </Heading>
      <MunicipalityPicker
        id={ids.municipality}
        code={form.municipalityCode || null}
        onChange={(code) => set('municipalityCode', code ?? '')}
        statusText={problem('municipalityCode')}
        texts={{
          label: t('place.municipalityLabel'),
          hint: t('place.municipalityHint'),
          clear: t('place.clearMunicipality'),
          noItems: t('place.noMunicipalities'),
          loading: t('place.loadingMunicipalities'),
          available: (count) => t('place.municipalitiesAvailable', { count }),
        }}
      />
      <Checkbox
        id={ids.remote}
        checked={form.remote}
        hintText={t('place.remoteHint')}
        onClick={({ checkboxState }) => set('remote', checkboxState)}
        status={problem('remote') ? 'error' : 'default'}
        statusText={problem('remote')}
        mt="m"
        mb="m"
      >
        {t('place.remoteLabel')}
      </Checkbox>
      <fieldset className="need-wizard-fieldset">
        <legend>{t('place.workplaceLegend')}</legend>
        <Paragraph mb="s" className="muted">
          {t('place.workplaceHint')}
        </Paragraph>
        <div className="need-wizard-pair">
          <TextInput
            id={ids.latitude}
            labelText={t('place.latitudeLabel')}
            optionalText={t('optional')}
            inputMode="decimal"
            value={form.latitude}
            onChange={(value) => set('latitude', text(value))}
            {...statusProps(problem('latitude'))}
          />
          <TextInput
            id={ids.longitude}
            labelText={t('place.longitudeLabel')}
            optionalText={t('optional')}
            inputMode="decimal"
            value={form.longitude}
            onChange={(value) => set('longitude', text(value))}
            {...statusProps(problem('longitude'))}
          />
        </div>
      </fieldset>

      <Heading variant="h3" mt="l" mb="s">
        {t('place.whenHeading')}
      </Heading>
      <div className="need-wizard-pair">
        <NumberField
          id={ids.hoursMin}
          min={1}
          max={60}
          label={t('place.hoursMinLabel')}
          optionalText={t('optional')}
          value={form.hoursMin}
          onChange={(value) => set('hoursMin', value)}
          problem={problem('hoursMin')}
        />
        <NumberField
          id={ids.hoursMax}
          min={1}
          max={60}
          label={t('place.hoursMaxLabel')}
          optionalText={t('optional')}
          value={form.hoursMax}
          onChange={(value) => set('hoursMax', value)}
          problem={problem('hoursMax')}
        />
      </div>
      <div className="need-wizard-pair">
        <NumberField
          id={ids.payMin}
          min={0}
          max={1000000}
          label={t('place.payMinLabel')}
          optionalText={t('optional')}
          value={form.payMin}
          onChange={(value) => set('payMin', value)}
          problem={problem('payMin')}
        />
        <NumberField
          id={ids.payMax}
          min={0}
          max={1000000}
          label={t('place.payMaxLabel')}
          optionalText={t('optional')}
          value={form.payMax}
          onChange={(value) => set('payMax', value)}
          problem={problem('payMax')}
        />
      </div>
      <Dropdown
        id={ids.payUnit}
        labelText={t('place.payUnitLabel')}
        value={form.payUnit === '' ? NO_PAY_UNIT : form.payUnit}
        onChange={(value) => set('payUnit', value === NO_PAY_UNIT ? '' : (PAY_UNITS.find((unit) => unit === value) ?? ''))}
        status={problem('payUnit') ? 'error' : 'default'}
        statusText={problem('payUnit')}
        mt="m"
      >
        {[NO_PAY_UNIT, ...PAY_UNITS].map((unit) => (
          <DropdownItem key={unit} value={unit}>
            {t(`place.payUnits.${unit}`)}
          </DropdownItem>
        ))}
      </Dropdown>
      <Checkbox
        id={ids.partTime}
        checked={form.partTimePossible}
        onClick={({ checkboxState }) => set('partTimePossible', checkboxState)}
        status={problem('partTimePossible') ? 'error' : 'default'}
        statusText={problem('partTimePossible')}
        mt="m"
        mb="m"
      >
        {t('place.partTimeLabel')}
      </Checkbox>
      <DateInput
        id={ids.startDate}
        labelText={t('place.startDateLabel')}
        hintText={t('place.startDateHint')}
        optionalText={t('optional')}
        datePickerEnabled
        language={language}
        value={form.startDate}
        onChange={({ value }) => set('startDate', value)}
        mb="m"
        {...statusProps(problem('startDate'))}
      />
      <div className="need-wizard-pair">
        <NumberField
          id={ids.durationMonths}
          min={1}
          max={120}
          label={t('place.durationLabel')}
          hint={t('place.durationHint')}
          optionalText={t('optional')}
          value={form.durationMonths}
          onChange={(value) => set('durationMonths', value)}
          problem={problem('durationMonths')}
        />
        <NumberField
          id={ids.positions}
          min={1}
          max={500}
          label={t('place.positionsLabel')}
          value={form.positions}
          onChange={(value) => set('positions', value)}
          problem={problem('positions')}
        />
      </div>

      <Heading variant="h3" mt="l" mb="s">
        {t('place.requirementsHeading')}
      </Heading>
      <LanguageRows
        rows={form.languages}
        onChange={(update) => change((current) => ({ ...current, languages: update(current.languages) }))}
        newRow={newLanguage}
        codes={LANGUAGE_CODES}
        ids={languageIds}
        texts={{
          legend: t('place.languagesLabel'),
          empty: t('place.noLanguages'),
          row: (number) => t('place.languageRow', { number }),
          level: (name) => t('place.levelLabel', { language: name }),
          levelName: (level) => t(`place.levels.${level}`),
          remove: (name) => t('place.removeLanguage', { language: name }),
          add: t('place.addLanguage'),
        }}
        problem={(path) => problem(`languages.${path}`)}
        language={language}
        classNames={{ fieldset: 'need-wizard-fieldset', list: 'need-wizard-languages', row: 'need-wizard-language' }}
      />
      <Dropdown
        id={ids.drivingLicence}
        labelText={t('place.drivingLicenceLabel')}
        value={form.drivingLicence === '' ? NO_LICENCE : form.drivingLicence}
        onChange={(value) => set('drivingLicence', value === NO_LICENCE ? '' : value)}
        status={problem('drivingLicence') ? 'error' : 'default'}
        statusText={problem('drivingLicence')}
        mt="m"
      >
        {[NO_LICENCE, ...DRIVING_LICENCES].map((licence) => (
          <DropdownItem key={licence} value={licence}>
            {licence === NO_LICENCE ? t('place.noLicence') : t('place.licenceClass', { licence })}
          </DropdownItem>
        ))}
      </Dropdown>
    </>
  );
}
