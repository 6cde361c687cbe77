import type { ReactNode } from 'react';
import { Expander, ExpanderContent, ExpanderTitleButton, Heading, Paragraph, Table } from 'suomifi-ui-components';
import type { EmployerNeedQuery } from '../../gql/graphql';
import { formatDate } from '../../shared/format/format';
import { useNeedsText } from './needs-format';
import { payRangeText } from './pay-range';

type Need = EmployerNeedQuery['need'];
type Task = Need['tasks'][number];

export const DIMENSIONS = ['physicalStrain', 'standingWalking', 'lifting', 'cognitiveLoad', 'customerInteraction', 'timePressure'] as const;

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="needs-fact" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function WordList({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <>{empty}</>;
  return (
    <ul className="needs-inline-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function Facts({ need, placeName }: { need: Need; placeName: string | null }) {
  const { t, language, format } = useNeedsText();
  const place = need.municipalityCode ? (placeName ?? need.municipalityCode) : t('facts.noPlace');
  return (
    <dl className="needs-facts" data-testid="need-facts">
      <Fact label={t('facts.kinds')}>
        <WordList items={need.kinds.map((kind) => t(`kinds.${kind}`))} empty={t('facts.notGiven')} />
      </Fact>
      {need.occupationLabel ? <Fact label={t('facts.occupation')}>{need.occupationLabel}</Fact> : null}
      <Fact label={t('facts.positions')}>{need.positions}</Fact>
      <Fact label={t('facts.place')} testId="fact-place">
        {place}
      </Fact>
      <Fact label={t('facts.remote')}>{need.remote ? t('facts.remoteYes') : t('facts.remoteNo')}</Fact>
      <Fact label={t('facts.hours')}>{format.hours(need.hoursMin, need.hoursMax)}</Fact>
      <Fact label={t('facts.pay')} testId="fact-pay">
        {payRangeText(need, language, t, 'pay') ?? t('facts.notGiven')}
      </Fact>
      <Fact label={t('facts.partTime')}>{need.partTimePossible ? t('facts.partTimeYes') : t('facts.partTimeNo')}</Fact>
      <Fact label={t('facts.startDate')}>{need.startDate ? formatDate(need.startDate, language) : t('facts.notGiven')}</Fact>
      <Fact label={t('facts.duration')}>
        {need.durationMonths ? t('facts.durationMonths', { count: need.durationMonths }) : t('facts.durationOpen')}
      </Fact>
      <Fact label={t('facts.languages')}>
        <WordList
          items={need.languages.map((l) => t('facts.languageRequirement', { language: format.languageName(l.language), level: format.languageLevel(l.level) }))}
          empty={t('facts.noLanguages')}
        />
      </Fact>
      <Fact label={t('facts.drivingLicence')}>
        {need.drivingLicence ? t('facts.drivingLicenceClass', { licence: need.drivingLicence }) : t('facts.noDrivingLicence')}
      </Fact>
      <Fact label={t('facts.visibility')} testId="fact-visibility">
        {t(`visibility.${need.visibility}`)}
      </Fact>
      <Fact label={t('facts.updated')}>{formatDate(need.updatedAt, language)}</Fact>
    </dl>
  );
}

function Skills({ need }: { need: Need }) {
  const { t } = useNeedsText();
  const required = need.skills.filter((s) => s.required).map((s) => s.label);
  const wished = need.skills.filter((s) => !s.required).map((s) => s.label);
  return (
    <>
      <Heading variant="h3" mt="m" mb="xs">
        {t('skills.heading')}
      </Heading>
      <dl className="needs-facts">
        <Fact label={t('skills.required')} testId="skills-required">
          <WordList items={required} empty={t('skills.none')} />
        </Fact>
        <Fact label={t('skills.wished')}>
          <WordList items={wished} empty={t('skills.none')} />
        </Fact>
      </dl>
    </>
  );
}

/** Demand in words with the number beside it: "kohtalainen (2/3)". */
function Demand({ value }: { value: number }) {
  const { t } = useNeedsText();
  return <>{t('demandValue', { level: t(`demandLevels.${value}`), value })}</>;
}

function Tasks({ need }: { need: Need }) {
  const { t } = useNeedsText();
  const columns = [
    { key: 'title', labelText: t('tasks.task') },
    { key: 'kind', labelText: t('tasks.kind') },
    ...DIMENSIONS.map((dimension) => ({ key: dimension, labelText: t(`dimensions.${dimension}`) })),
  ];
  const row = (task: Task, index: number) => ({
    id: `task-${index}`,
    title: task.title,
    kind: t(`taskKinds.${task.kind}`),
    ...Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, <Demand key={dimension} value={task[dimension]} />])),
  });
  return (
    <>
      <Heading variant="h3" mt="m" mb="xs">
        {t('tasks.heading')}
      </Heading>
      {need.tasks.length === 0 ? (
        <Paragraph>{t('tasks.none')}</Paragraph>
      ) : (
        <>
          <Paragraph mb="s">{t('tasks.lead')}</Paragraph>
          <Expander defaultOpen>
            <ExpanderTitleButton asHeading="h4">{t('tasks.expander', { count: need.tasks.length })}</ExpanderTitleButton>
            <ExpanderContent>
              <div className="needs-tasks-table">
                <Table caption={t('tasks.caption')} columns={columns} data={need.tasks.map(row)} condensed data-testid="need-tasks" />
              </div>
            </ExpanderContent>
          </Expander>
        </>
      )}
    </>
  );
}

function Inclusion({ need }: { need: Need }) {
  const { t } = useNeedsText();
  return (
    <>
      <Heading variant="h3" mt="m" mb="xs">
        {t('inclusion.heading')}
      </Heading>
      <dl className="needs-facts" data-testid="need-inclusion">
        <Fact label={t('inclusion.adjustments')}>
          <WordList items={need.adjustmentsOffered.map((a) => t(`adjustments.${a}`))} empty={t('inclusion.noneAdjustments')} />
        </Fact>
        <Fact label={t('inclusion.measures')}>
          <WordList items={need.measuresOpenTo.map((m) => t(`measures.${m}`))} empty={t('inclusion.noneMeasures')} />
        </Fact>
        <Fact label={t('inclusion.precisionCapable')}>{need.openToPrecisionCapable ? t('yes') : t('no')}</Fact>
        <Fact label={t('inclusion.anonymous')}>{need.anonymousRecruitment ? t('yes') : t('no')}</Fact>
      </dl>
    </>
  );
}

/** Everything the need says: the facts, the skills, the carved role and the inclusion choices. */
export function NeedDetails({ need, placeName }: { need: Need; placeName: string | null }) {
  const { t } = useNeedsText();
  return (
    <section aria-labelledby="need-details-heading" className="needs-section">
      <Heading variant="h2" id="need-details-heading" mb="s">
        {t('facts.heading')}
      </Heading>
      <Facts need={need} placeName={placeName} />
      <Skills need={need} />
      <Tasks need={need} />
      <Inclusion need={need} />
    </section>
  );
}
