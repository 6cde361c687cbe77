import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { MunicipalityPicker, type MunicipalityPickerTexts } from '../../shared/forms/MunicipalityPicker';
import { NumberField } from '../../shared/forms/NumberField';
import { MunicipalityName } from './MunicipalityName';
import { ids, type SectionProps } from './form-props';
import type { AreaMode } from './profile-form';
import { ProfileSection } from './ProfileSection';

/** Where: home municipality, and either a commuting radius or the municipalities the person accepts; remote work. */
export function PlaceSection({ form, change, problem, announce }: SectionProps) {
  const { t } = useTranslation('jobseekerProfile');
  const [picking, setPicking] = useState<string | null>(null);
  const texts = (label: string, hint?: string): MunicipalityPickerTexts => ({
    label,
    hint,
    clear: t('place.clearMunicipality'),
    noItems: t('place.noMunicipalities'),
    loading: t('place.loadingMunicipalities'),
    available: (count) => t('place.municipalitiesAvailable', { count }),
  });
  const addAcceptable = (code: string | null) => {
    setPicking(code);
    if (!code || form.acceptableMunicipalityCodes.includes(code)) return;
    change((current) => ({ ...current, acceptableMunicipalityCodes: [...current.acceptableMunicipalityCodes, code] }));
    announce(t('place.municipalityAdded'));
    setPicking(null);
  };
  return (
    <ProfileSection section="place">
      <MunicipalityPicker
        id={ids.home}
        code={form.homeMunicipalityCode}
        onChange={(code) => change((current) => ({ ...current, homeMunicipalityCode: code }))}
        statusText={problem('homeMunicipalityCode')}
        texts={texts(t('place.homeLabel'), t('place.homeHint'))}
      />
      <RadioButtonGroup
        name={ids.areaMode}
        labelText={t('place.areaModeLabel')}
        value={form.areaMode}
        onChange={(value) => change((current) => ({ ...current, areaMode: value as AreaMode }))}
        className="profile-radios"
      >
        <RadioButton value="radius" id={`${ids.areaMode}-radius`}>
          {t('place.areaModeRadius')}
        </RadioButton>
        <RadioButton value="municipalities" id={`${ids.areaMode}-municipalities`}>
          {t('place.areaModeMunicipalities')}
        </RadioButton>
      </RadioButtonGroup>
      {form.areaMode === 'radius' ? (
        <NumberField
          id={ids.radius}
          min={0}
          max={300}
          label={t('place.radiusLabel')}
          optionalText={t('optional')}
          value={form.commuteRadiusKm}
          onChange={(value) => change((current) => ({ ...current, commuteRadiusKm: value }))}
          problem={problem('commuteRadiusKm')}
        />
      ) : (
        <fieldset className="profile-fieldset">
          <legend>{t('place.acceptableLegend')}</legend>
          {form.acceptableMunicipalityCodes.length === 0 ? (
            <Paragraph mb="s">{t('place.noAcceptable')}</Paragraph>
          ) : (
            <ul className="profile-chips" data-testid="profile-acceptable">
              {form.acceptableMunicipalityCodes.map((code) => (
                <li key={code} className="profile-chip">
                  <span>
                    <MunicipalityName code={code} />
                  </span>
                  <Button
                    variant="secondaryNoBorder"
                    onClick={() => {
                      change((current) => ({ ...current, acceptableMunicipalityCodes: current.acceptableMunicipalityCodes.filter((c) => c !== code) }));
                      announce(t('place.municipalityRemoved'));
                      document.getElementById(ids.acceptable)?.focus();
                    }}
                  >
                    {t('skills.removeShort')}
                    <span className="visually-hidden">
                      {' '}
                      <MunicipalityName code={code} />
                    </span>
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <MunicipalityPicker
            id={ids.acceptable}
            code={picking}
            onChange={addAcceptable}
            statusText={problem('acceptableMunicipalityCodes')}
            texts={texts(t('place.acceptableLabel'))}
          />
        </fieldset>
      )}
      <Checkbox
        id={ids.remote}
        checked={form.remoteOk}
        onClick={({ checkboxState }) => change((current) => ({ ...current, remoteOk: checkboxState }))}
        mt="m"
      >
        {t('place.remoteLabel')}
      </Checkbox>
    </ProfileSection>
  );
}
