import { useEffect, useRef, useState } from 'react';
import { Button, Checkbox, DateInput, Dropdown, DropdownItem, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { LanguageLevel } from '../../../gql/graphql';
import { locale } from '../../../shared/format/format';
import type { Language } from '../../../shared/i18n/i18n';
import { MunicipalityPicker } from '../../../shared/forms/MunicipalityPicker';
import { statusProps, type StepProps } from './step-props';
import { DRIVING_LICENCES, ids, LANGUAGE_CODES, LANGUAGE_LEVELS, newLanguage, type WizardForm } from './wizard-state';

const NO_LICENCE = 'none';

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
        <TextInput
          id={ids.hoursMin}
          type="number"
          min={1}
          max={60}
          labelText={t('place.hoursMinLabel')}
          optionalText={t('optional')}
          value={form.hoursMin}
          onChange={(value) => set('hoursMin', text(value))}
          {...statusProps(problem('hoursMin'))}
        />
        <TextInput
          id={ids.hoursMax}
          type="number"
          min={1}
          max={60}
          labelText={t('place.hoursMaxLabel')}
          optionalText={t('optional')}
          value={form.hoursMax}
          onChange={(value) => set('hoursMax', text(value))}
          {...statusProps(problem('hoursMax'))}
        />
      </div>
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
        <TextInput
          id={ids.durationMonths}
          type="number"
          min={1}
          max={120}
          labelText={t('place.durationLabel')}
          hintText={t('place.durationHint')}
          optionalText={t('optional')}
          value={form.durationMonths}
          onChange={(value) => set('durationMonths', text(value))}
          {...statusProps(problem('durationMonths'))}
        />
        <TextInput
          id={ids.positions}
          type="number"
          min={1}
          max={500}
          labelText={t('place.positionsLabel')}
          value={form.positions}
          onChange={(value) => set('positions', text(value))}
          {...statusProps(problem('positions'))}
        />
      </div>

      <Heading variant="h3" mt="l" mb="s">
        {t('place.requirementsHeading')}
      </Heading>
      <LanguageRequirements form={form} change={change} problem={problem} language={language} />
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

function LanguageRequirements({ form, change, problem, language }: StepProps & { language: Language }) {
  const { t } = useTranslation('needWizard');
  const names = new Intl.DisplayNames([locale(language)], { type: 'language' });
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusRow, setFocusRow] = useState<number | 'add' | null>(null);
  useEffect(() => {
    if (focusRow === null) return;
    (focusRow === 'add' ? addButton.current : document.getElementById(ids.language(focusRow)))?.focus();
    setFocusRow(null);
  }, [focusRow]);

  const setRow = (index: number, patch: { language?: string; level?: LanguageLevel }) =>
    change((current) => ({ ...current, languages: current.languages.map((row, i) => (i === index ? { ...row, ...patch } : row)) }));
  const used = new Set(form.languages.map((row) => row.language));
  return (
    <fieldset className="need-wizard-fieldset">
      <legend>{t('place.languagesLabel')}</legend>
      {form.languages.length === 0 ? <Paragraph mb="s">{t('place.noLanguages')}</Paragraph> : null}
      {form.languages.length > 0 ? (
        <ul className="need-wizard-languages">
          {form.languages.map((row, index) => (
            <li key={row.key} className="need-wizard-language">
              <Dropdown
                id={ids.language(index)}
                labelText={t('place.languageRow', { number: index + 1 })}
                value={row.language}
                onChange={(value) => setRow(index, { language: value })}
                status={problem(`languages.${index}.language`) ? 'error' : 'default'}
                statusText={problem(`languages.${index}.language`)}
              >
                {LANGUAGE_CODES.map((code) => (
                  <DropdownItem key={code} value={code} disabled={code !== row.language && used.has(code)}>
                    {names.of(code) ?? code}
                  </DropdownItem>
                ))}
              </Dropdown>
              <Dropdown
                id={ids.languageLevel(index)}
                labelText={t('place.levelLabel', { language: names.of(row.language) ?? row.language })}
                value={row.level}
                onChange={(value) => setRow(index, { level: value as LanguageLevel })}
                status={problem(`languages.${index}.level`) ? 'error' : 'default'}
                statusText={problem(`languages.${index}.level`)}
              >
                {LANGUAGE_LEVELS.map((level) => (
                  <DropdownItem key={level} value={level}>
                    {t(`place.levels.${level}`)}
                  </DropdownItem>
                ))}
              </Dropdown>
              <Button
                variant="secondaryNoBorder"
                onClick={() => {
                  change((current) => ({ ...current, languages: current.languages.filter((_, i) => i !== index) }));
                  setFocusRow(form.languages.length > 1 ? Math.max(0, index - 1) : 'add');
                }}
              >
                {t('place.removeLanguage', { language: names.of(row.language) ?? row.language })}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <Button
        id={ids.addLanguage}
        variant="secondary"
        ref={addButton}
        onClick={() => {
          const free = LANGUAGE_CODES.find((code) => !used.has(code)) ?? 'fi';
          change((current) => ({ ...current, languages: [...current.languages, newLanguage(free)] }));
          setFocusRow(form.languages.length);
        }}
      >
        {t('place.addLanguage')}
      </Button>
    </fieldset>
  );
}
