import { Checkbox, CheckboxGroup, Paragraph } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { StepProps } from './step-props';
import { ids, NEED_KINDS } from './wizard-state';

/** Step 1: what kind of need — recruitment, competence development, support and advice (one or more). */
export function KindStep({ form, change, problem }: StepProps) {
  const { t } = useTranslation('needWizard');
  const message = problem('kinds');
  return (
    <>
      <Paragraph mb="m">{t('kind.intro')}</Paragraph>
      <CheckboxGroup
        labelText={t('kind.label')}
        groupHintText={t('kind.hint')}
        groupStatus={message ? 'error' : 'default'}
        groupStatusText={message}
      >
        {NEED_KINDS.map((kind) => (
          <Checkbox
            key={kind}
            id={ids.kind(kind)}
            checked={form.kinds.includes(kind)}
            hintText={t(`kind.hints.${kind}`)}
            status={message ? 'error' : 'default'}
            onClick={({ checkboxState }) =>
              change((current) => ({
                ...current,
                kinds: checkboxState ? [...current.kinds.filter((k) => k !== kind), kind] : current.kinds.filter((k) => k !== kind),
              }))
            }
          >
            {t(`kind.options.${kind}`)}
          </Checkbox>
        ))}
      </CheckboxGroup>
    </>
  );
}
