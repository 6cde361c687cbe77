import { Paragraph, Textarea, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
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
      <Textarea
        id={ids.description}
        labelText={t('story.descriptionLabel')}
        hintText={t('story.descriptionHint')}
        value={form.description}
        onChange={(event) => {
          const value = event.target.value;
          change((current) => ({ ...current, description: value }));
        }}
        fullWidth
        resize="vertical"
        rows={8}
        {...statusProps(problem('description'))}
      />
    </>
  );
}
