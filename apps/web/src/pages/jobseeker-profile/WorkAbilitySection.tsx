import { useTranslation } from 'react-i18next';
import { Checkbox, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { ids, type SectionProps } from './form-props';
import { ADJUSTMENTS, DIMENSIONS } from './profile-form';
import { ProfileSection } from './ProfileSection';

const LEVELS = [0, 1, 2, 3] as const;

/**
 * The optional work-ability profile: off until the person asks for it. Six demand dimensions in
 * plain words, each on four levels, and the adjustments they need.
 */
export function WorkAbilitySection({ form, change, problem }: SectionProps) {
  const { t } = useTranslation('jobseekerProfile');
  return (
    <ProfileSection section="workAbility">
      <Paragraph mb="s">{t('workAbility.intro')}</Paragraph>
      <Checkbox
        id={ids.workAbilityOn}
        checked={form.workAbilityOn}
        hintText={t('workAbility.onHint')}
        onClick={({ checkboxState }) => change((current) => ({ ...current, workAbilityOn: checkboxState }))}
        mb="m"
      >
        {t('workAbility.onLabel')}
      </Checkbox>
      {form.workAbilityOn ? (
        <div data-testid="profile-work-ability">
          {DIMENSIONS.map((dimension) => {
            const message = problem(`workAbility.${dimension}`);
            return (
              <RadioButtonGroup
                key={dimension}
                name={`profile-dimension-${dimension}`}
                labelText={t(`workAbility.dimensions.${dimension}.label`)}
                groupHintText={t(`workAbility.dimensions.${dimension}.question`)}
                value={String(form.workAbility[dimension])}
                onChange={(value) => change((current) => ({ ...current, workAbility: { ...current.workAbility, [dimension]: Number(value) } }))}
                groupStatus={message ? 'error' : 'default'}
                groupStatusText={message}
                className="profile-radios"
              >
                {LEVELS.map((level) => (
                  <RadioButton key={level} value={String(level)} id={ids.dimension(dimension, level)}>
                    {t(`workAbility.dimensions.${dimension}.levels.${level}`)}
                  </RadioButton>
                ))}
              </RadioButtonGroup>
            );
          })}
          <fieldset className="profile-fieldset">
            <legend>{t('workAbility.adjustmentsLegend')}</legend>
            <Paragraph mb="s" className="muted">
              {t('workAbility.adjustmentsHint')}
            </Paragraph>
            {ADJUSTMENTS.map((adjustment) => (
              <Checkbox
                key={adjustment}
                id={`profile-adjustment-${adjustment}`}
                checked={form.adjustmentsNeeded.includes(adjustment)}
                hintText={t(`workAbility.adjustments.${adjustment}.hint`)}
                onClick={({ checkboxState }) =>
                  change((current) => ({
                    ...current,
                    adjustmentsNeeded: checkboxState ? [...current.adjustmentsNeeded, adjustment] : current.adjustmentsNeeded.filter((a) => a !== adjustment),
                  }))
                }
              >
                {t(`workAbility.adjustments.${adjustment}.label`)}
              </Checkbox>
            ))}
          </fieldset>
        </div>
      ) : null}
    </ProfileSection>
  );
}
