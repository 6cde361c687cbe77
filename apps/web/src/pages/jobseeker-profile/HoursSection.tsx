import { useTranslation } from 'react-i18next';
import { Checkbox, Dropdown, DropdownItem } from 'suomifi-ui-components';
import type { EducationLevel } from '../../gql/graphql';
import { LanguageRows } from '../../shared/forms/LanguageRows';
import { NumberField } from '../../shared/forms/NumberField';
import type { Language } from '../../shared/i18n/i18n';
import { ids, statusProps, type SectionProps } from './form-props';
import { DRIVING_LICENCES, EDUCATION_LEVELS, LANGUAGE_CODES, newLanguageRow } from './profile-form';
import { ProfileSection } from './ProfileSection';

const NOT_TOLD = 'none';
const languageIds = { add: ids.addLanguage, language: ids.language, level: ids.languageLevel };

/** Hours, languages with levels, driving licences and education. */
export function HoursSection({ form, change, problem, language }: SectionProps & { language: Language }) {
  const { t } = useTranslation('jobseekerProfile');
  // Licences the form does not list (from elsewhere) stay and show too.
  const licences = [...DRIVING_LICENCES, ...form.drivingLicences.filter((licence) => !(DRIVING_LICENCES as readonly string[]).includes(licence))];

  return (
    <ProfileSection section="hours">
      <div className="profile-pair">
        <NumberField
          id={ids.hoursMin}
          min={1}
          max={60}
          label={t('hours.minLabel')}
          optionalText={t('optional')}
          value={form.hoursMin}
          onChange={(value) => change((current) => ({ ...current, hoursMin: value }))}
          problem={problem('hoursMin')}
        />
        <NumberField
          id={ids.hoursMax}
          min={1}
          max={60}
          label={t('hours.maxLabel')}
          optionalText={t('optional')}
          value={form.hoursMax}
          onChange={(value) => change((current) => ({ ...current, hoursMax: value }))}
          problem={problem('hoursMax')}
        />
      </div>

      <LanguageRows
        rows={form.languages}
        onChange={(update) => change((current) => ({ ...current, languages: update(current.languages) }))}
        newRow={newLanguageRow}
        codes={LANGUAGE_CODES}
        ids={languageIds}
        texts={{
          legend: t('hours.languagesLegend'),
          empty: t('hours.noLanguages'),
          row: (number) => t('hours.languageRow', { number }),
          level: (name) => t('hours.levelLabel', { language: name }),
          levelName: (level) => t(`hours.levels.${level}`),
          remove: (name) => t('hours.removeLanguage', { language: name }),
          add: t('hours.addLanguage'),
        }}
        problem={(path) => problem(`languages.${path}`)}
        language={language}
        classNames={{ fieldset: 'profile-fieldset', list: 'profile-languages', row: 'profile-language' }}
      />

      <fieldset className="profile-fieldset">
        <legend>{t('hours.licencesLegend')}</legend>
        <div className="profile-licences">
          {licences.map((licence) => (
            <Checkbox
              key={licence}
              id={`profile-licence-${licence}`}
              checked={form.drivingLicences.includes(licence)}
              onClick={({ checkboxState }) =>
                change((current) => ({
                  ...current,
                  drivingLicences: checkboxState ? [...current.drivingLicences, licence] : current.drivingLicences.filter((l) => l !== licence),
                }))
              }
            >
              {licence}
            </Checkbox>
          ))}
        </div>
      </fieldset>

      <Dropdown
        id={ids.education}
        labelText={t('hours.educationLabel')}
        value={form.educationLevel ?? NOT_TOLD}
        onChange={(value) => change((current) => ({ ...current, educationLevel: value === NOT_TOLD ? null : (value as EducationLevel) }))}
        {...statusProps(problem('educationLevel'))}
      >
        {[NOT_TOLD, ...EDUCATION_LEVELS].map((level) => (
          <DropdownItem key={level} value={level}>
            {t(`hours.education.${level}`)}
          </DropdownItem>
        ))}
      </Dropdown>
    </ProfileSection>
  );
}
