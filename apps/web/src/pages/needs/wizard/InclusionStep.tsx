import { Checkbox, CheckboxGroup, Heading, Paragraph } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { StepProps } from './step-props';
import { ADJUSTMENTS, ids, MEASURES } from './wizard-state';

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((item) => item !== value), value] : list.filter((item) => item !== value);
}

/** Step 4: adjustments offered, measures open to, precision capability and anonymous recruitment. */
export function InclusionStep({ form, change, problem }: StepProps) {
  const { t } = useTranslation('needWizard');
  const adjustmentsProblem = problem('adjustmentsOffered');
  const measuresProblem = problem('measuresOpenTo');
  return (
    <>
      <Paragraph mb="m">{t('inclusion.intro')}</Paragraph>
      <CheckboxGroup
        labelText={t('inclusion.adjustmentsLabel')}
        groupHintText={t('inclusion.adjustmentsHint')}
        groupStatus={adjustmentsProblem ? 'error' : 'default'}
        groupStatusText={adjustmentsProblem}
        mb="l"
      >
        {ADJUSTMENTS.map((adjustment) => (
          <Checkbox
            key={adjustment}
            id={ids.adjustment(adjustment)}
            checked={form.adjustmentsOffered.includes(adjustment)}
            hintText={t(`inclusion.adjustmentHints.${adjustment}`)}
            onClick={({ checkboxState }) =>
              change((current) => ({ ...current, adjustmentsOffered: toggle(current.adjustmentsOffered, adjustment, checkboxState) }))
            }
          >
            {t(`inclusion.adjustments.${adjustment}`)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <CheckboxGroup
        labelText={t('inclusion.measuresLabel')}
        groupHintText={t('inclusion.measuresHint')}
        groupStatus={measuresProblem ? 'error' : 'default'}
        groupStatusText={measuresProblem}
        mb="l"
      >
        {MEASURES.map((measure) => (
          <Checkbox
            key={measure}
            id={ids.measure(measure)}
            checked={form.measuresOpenTo.includes(measure)}
            hintText={t(`inclusion.measureHints.${measure}`)}
            onClick={({ checkboxState }) => change((current) => ({ ...current, measuresOpenTo: toggle(current.measuresOpenTo, measure, checkboxState) }))}
          >
            {t(`inclusion.measures.${measure}`)}
          </Checkbox>
        ))}
      </CheckboxGroup>

      <div className="card need-wizard-explainer">
        <Heading variant="h3" mb="xs">
          {t('inclusion.precisionHeading')}
        </Heading>
        <Paragraph mb="s">{t('inclusion.precisionExplanation')}</Paragraph>
        <Checkbox
          id={ids.precision}
          checked={form.openToPrecisionCapable}
          hintText={t('inclusion.precisionHint')}
          status={problem('openToPrecisionCapable') ? 'error' : 'default'}
          statusText={problem('openToPrecisionCapable')}
          onClick={({ checkboxState }) => change((current) => ({ ...current, openToPrecisionCapable: checkboxState }))}
        >
          {t('inclusion.precisionLabel')}
        </Checkbox>
      </div>

      <div className="card need-wizard-explainer">
        <Heading variant="h3" mb="xs">
          {t('inclusion.anonymousHeading')}
        </Heading>
        <Checkbox
          id={ids.anonymous}
          checked={form.anonymousRecruitment}
          hintText={t('inclusion.anonymousHint')}
          status={problem('anonymousRecruitment') ? 'error' : 'default'}
          statusText={problem('anonymousRecruitment')}
          onClick={({ checkboxState }) => change((current) => ({ ...current, anonymousRecruitment: checkboxState }))}
        >
          {t('inclusion.anonymousLabel')}
        </Checkbox>
      </div>
    </>
  );
}
