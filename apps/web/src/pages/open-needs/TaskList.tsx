import { Heading, Paragraph } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { TaskKind } from '../../gql/graphql';
import { DEMAND_DIMENSIONS, demandLevel, demandLevelKey, type DemandDimension } from './vocabulary';

/** A task with its demand levels (0 none … 3 high) on the six dimensions. */
export type Task = { title: string; kind: TaskKind } & Record<DemandDimension, number>;

/** Three squares filled up to the level: a picture of the words next to it, never the only meaning. */
function LevelMeter({ value }: { value: number }) {
  const level = demandLevel(value);
  return (
    <span className="open-needs-meter" aria-hidden="true">
      {[1, 2, 3].map((step) => (
        <span key={step} className={step <= level ? 'open-needs-meter-step filled' : 'open-needs-meter-step'} />
      ))}
    </span>
  );
}

/** How much one task asks on the six dimensions, in words ("ei lainkaan", "vähän", "jonkin verran", "paljon"). */
export function DemandLevels({ task }: { task: Task }) {
  const { t } = useTranslation('openNeeds');
  return (
    <dl className="open-needs-demands">
      {DEMAND_DIMENSIONS.map((dimension) => (
        <div key={dimension} className="open-needs-demand">
          <dt>{t(`vocabulary.dimension.${dimension}`)}</dt>
          <dd>
            <LevelMeter value={task[dimension]} />
            {t(demandLevelKey(task[dimension]))}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function TaskGroup({ kind, tasks, headingLevel }: { kind: TaskKind; tasks: Task[]; headingLevel: 'h3' | 'h4' }) {
  const { t } = useTranslation('openNeeds');
  if (tasks.length === 0) return null;
  const taskHeading = headingLevel === 'h3' ? 'h4' : 'h5';
  return (
    <section className="open-needs-task-group" aria-labelledby={`tasks-${kind}`}>
      <Heading variant={headingLevel} id={`tasks-${kind}`} mb="xs">
        {t(kind === 'CORE' ? 'need.coreTasks' : 'need.separableTasks')}
      </Heading>
      <Paragraph mb="s">{t(kind === 'CORE' ? 'need.coreTasksHint' : 'need.separableTasksHint')}</Paragraph>
      <ul className="open-needs-tasks">
        {tasks.map((task, index) => (
          <li key={`${task.title}-${index}`} className="card open-needs-task">
            <Heading variant={taskHeading} mb="xs">
              {task.title}
            </Heading>
            <DemandLevels task={task} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The role as tasks: core tasks first, then those that can be carved out. */
export function TaskList({ tasks, headingLevel = 'h3' }: { tasks: Task[]; headingLevel?: 'h3' | 'h4' }) {
  const { t } = useTranslation('openNeeds');
  if (tasks.length === 0) return <Paragraph>{t('need.noTasks')}</Paragraph>;
  return (
    <>
      <TaskGroup kind="CORE" tasks={tasks.filter((task) => task.kind === 'CORE')} headingLevel={headingLevel} />
      <TaskGroup kind="SEPARABLE" tasks={tasks.filter((task) => task.kind === 'SEPARABLE')} headingLevel={headingLevel} />
    </>
  );
}
