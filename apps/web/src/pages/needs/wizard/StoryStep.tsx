import { Paragraph, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { LongTextField } from '../../../shared/forms/LongTextField';
import { statusProps, type StepProps } from './step-props';
import { ids } from './wizard-state';

/** Step 2: the title and the need in the employer's own words (the text the skill suggester reads). */
export function StoryStep({ form, change, problem }: StepProps) {
  const { t } = useTranslation('needWizard');
  return (
    <>
      <Paragraph mb="m">{t('story.intro')}</Paragraph>
      <TextInput
        id={ids.title}
        labelText={t('story.titleLabel')}
        hintText={t('story.titleHint')}
        value={form.title}
        onChange={(value) => change((current) => ({ ...current, title: String(value ?? '') }))}
        fullWidth
        mb="l"
        {...statusProps(problem('title'))}
      />
      <LongTextField
        id={ids.description}
        label={t('story.descriptionLabel')}
        hint={t('story.descriptionHint')}
        rows={8}
        value={form.description}
        onChange={(value) => change((current) => ({ ...current, description: value }))}
        problem={problem('description')}
      />
    </>
  );
}
