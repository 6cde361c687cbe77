import { Heading, Paragraph, RadioButton, RadioButtonGroup, RouterLink } from 'suomifi-ui-components';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../shared/api/hooks';
import type { Language } from '../../../shared/i18n/i18n';
import { MunicipalityNameQuery } from '../../../shared/forms/municipality.documents';
import type { StepProps } from './step-props';
import { DIMENSIONS, ids, LAST_STEP, STEPS, VISIBILITIES, type StepNumber, type WizardForm } from './wizard-state';

/** Step 7: who sees the need, and the whole need once more before it is saved. */
export function VisibilityStep({ form, change, problem, language, stepHref }: StepProps & { language: Language; stepHref: (step: StepNumber) => string }) {
  const { t } = useTranslation('needWizard');
  const message = problem('visibility');
  return (
    <>
      <RadioButtonGroup
        name="need-visibility"
        labelText={t('visibility.label')}
        groupHintText={t('visibility.hint')}
        value={form.visibility}
        onChange={(value) => change((current) => ({ ...current, visibility: value as WizardForm['visibility'] }))}
        groupStatus={message ? 'error' : 'default'}
        groupStatusText={message}
        mb="xl"
      >
        {VISIBILITIES.map((visibility) => (
          <RadioButton key={visibility} value={visibility} id={ids.visibility(visibility)} hintText={t(`visibility.hints.${visibility}`)}>
            {t(`visibility.options.${visibility}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <NeedSummary form={form} language={language} stepHref={stepHref} />
    </>
  );
}

function SummarySection({ step, href, children }: { step: StepNumber; href: string; children: React.ReactNode }) {
  const { t } = useTranslation('needWizard');
  const name = t(`wizard.steps.${STEPS[step - 1]}`);
  return (
    <section className="card need-wizard-summary-section" aria-labelledby={`need-summary-${step}`}>
      <div className="need-wizard-summary-heading">
        <Heading variant="h4" id={`need-summary-${step}`}>
          {name}
        </Heading>
        {step < LAST_STEP ? (
          <RouterLink asComponent={Link} to={href} replace aria-label={t('summary.editStep', { step: name })}>
            {t('summary.edit')}
          </RouterLink>
        ) : null}
      </div>
      <dl className="need-wizard-facts">{children}</dl>
    </section>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Everything the person gave, step by step, each with a way back to change it. */
export function NeedSummary({ form, language, stepHref }: { form: WizardForm; language: Language; stepHref: (step: StepNumber) => string }) {
  const { t } = useTranslation('needWizard');
  const municipality = useApiQuery(MunicipalityNameQuery, { code: form.municipalityCode }, { enabled: form.municipalityCode !== '' });
  const names = new Intl.DisplayNames([language], { type: 'language' });
  const none = t('summary.none');
  const list = (values: string[]) => (values.length > 0 ? values.join(', ') : none);
  const yesNo = (value: boolean) => (value ? t('summary.yes') : t('summary.no'));
  const hours =
    form.hoursMin.trim() || form.hoursMax.trim()
      ? t('summary.hoursRange', { min: form.hoursMin.trim() || '–', max: form.hoursMax.trim() || '–' })
      : none;
  const place = municipality.data
    ? language === 'sv'
      ? municipality.data.municipality.nameSv
      : municipality.data.municipality.nameFi
    : form.municipalityCode || none;
  return (
    <section aria-labelledby="need-summary-heading">
      <Heading variant="h3" id="need-summary-heading" mb="xs">
        {t('summary.heading')}
      </Heading>
      <Paragraph mb="m">{t('summary.intro')}</Paragraph>
      <SummarySection step={1} href={stepHref(1)}>
        <Fact term={t('kind.label')}>{list(form.kinds.map((kind) => t(`kind.options.${kind}`)))}</Fact>
      </SummarySection>
      <SummarySection step={2} href={stepHref(2)}>
        <Fact term={t('story.titleLabel')}>{form.title.trim() || none}</Fact>
        <Fact term={t('story.descriptionLabel')}>
          <span className="need-wizard-multiline">{form.description.trim() || none}</span>
        </Fact>
      </SummarySection>
      <SummarySection step={3} href={stepHref(3)}>
        <Fact term={t('skills.occupationHeading')}>{form.occupation?.label ?? none}</Fact>
        <Fact term={t('summary.requiredSkills')}>{list(form.skills.filter((skill) => skill.required).map((skill) => skill.label))}</Fact>
        <Fact term={t('summary.wishedSkills')}>{list(form.skills.filter((skill) => !skill.required).map((skill) => skill.label))}</Fact>
      </SummarySection>
      <SummarySection step={4} href={stepHref(4)}>
        <Fact term={t('inclusion.adjustmentsLabel')}>{list(form.adjustmentsOffered.map((a) => t(`inclusion.adjustments.${a}`)))}</Fact>
        <Fact term={t('inclusion.measuresLabel')}>{list(form.measuresOpenTo.map((m) => t(`inclusion.measures.${m}`)))}</Fact>
        <Fact term={t('inclusion.precisionLabel')}>{yesNo(form.openToPrecisionCapable)}</Fact>
        <Fact term={t('inclusion.anonymousLabel')}>{yesNo(form.anonymousRecruitment)}</Fact>
      </SummarySection>
      <SummarySection step={5} href={stepHref(5)}>
        {form.tasks.length === 0 ? (
          <Fact term={t('role.tasksLabel')}>{none}</Fact>
        ) : (
          form.tasks.map((task, index) => (
            <Fact key={task.key} term={`${t('role.taskHeading', { number: index + 1 })}: ${task.title.trim() || none}`}>
              {t(`role.kinds.${task.kind}`)}.{' '}
              {DIMENSIONS.map((dimension) => `${t(`role.dimensions.${dimension}`)}: ${t(`role.levels.${task.levels[dimension]}`).toLowerCase()}`).join('; ')}
            </Fact>
          ))
        )}
      </SummarySection>
      <SummarySection step={6} href={stepHref(6)}>
        <Fact term={t('place.municipalityLabel')}>{place}</Fact>
        <Fact term={t('place.remoteLabel')}>{yesNo(form.remote)}</Fact>
        <Fact term={t('summary.hours')}>{hours}</Fact>
        <Fact term={t('place.partTimeLabel')}>{yesNo(form.partTimePossible)}</Fact>
        <Fact term={t('place.startDateLabel')}>{form.startDate.trim() || none}</Fact>
        <Fact term={t('place.durationLabel')}>{form.durationMonths.trim() || none}</Fact>
        <Fact term={t('place.positionsLabel')}>{form.positions.trim() || '1'}</Fact>
        <Fact term={t('place.languagesLabel')}>
          {list(form.languages.map((row) => `${names.of(row.language) ?? row.language} (${t(`place.levels.${row.level}`)})`))}
        </Fact>
        <Fact term={t('place.drivingLicenceLabel')}>{form.drivingLicence ? t('place.licenceClass', { licence: form.drivingLicence }) : none}</Fact>
      </SummarySection>
      <SummarySection step={7} href={stepHref(7)}>
        <Fact term={t('visibility.label')}>{t(`visibility.options.${form.visibility}`)}</Fact>
      </SummarySection>
    </section>
  );
}
