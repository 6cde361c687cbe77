import { useEffect, useRef, useState } from 'react';
import { Button, Heading, InlineAlert, Paragraph, RadioButton, RadioButtonGroup, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { statusProps, type StepProps } from './step-props';
import { DEMAND_LEVELS, DIMENSIONS, ids, newTask, TASK_KINDS, type DemandLevel, type Dimension, type TaskDraft } from './wizard-state';

type Focus = { kind: 'title'; index: number } | { kind: 'heading'; index: number } | { kind: 'add' };

/**
 * Step 5: the carved role — the work as tasks, each core or separable, with its demands on six
 * dimensions in plain words, so the role can be fitted to what a person can do.
 */
export function RoleStep({ form, change, problem }: StepProps) {
  const { t } = useTranslation('needWizard');
  const [focus, setFocus] = useState<Focus | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);

  // Adding or removing a row moves focus where the person can carry on, never to the page's start.
  useEffect(() => {
    if (!focus) return;
    const target =
      focus.kind === 'add'
        ? addButton.current
        : document.getElementById(focus.kind === 'title' ? ids.taskTitle(focus.index) : `need-task-${focus.index}-heading`);
    target?.focus();
    setFocus(null);
  }, [focus]);

  const updateTask = (index: number, update: (task: TaskDraft) => TaskDraft) =>
    change((current) => ({ ...current, tasks: current.tasks.map((task, i) => (i === index ? update(task) : task)) }));

  const addTask = () => {
    const index = form.tasks.length;
    // The first task is the core of the work; later ones are often the parts that can be carved out.
    change((current) => ({ ...current, tasks: [...current.tasks, newTask(current.tasks.length === 0 ? 'CORE' : 'SEPARABLE')] }));
    setAnnouncement(t('role.taskAdded', { number: index + 1 }));
    setFocus({ kind: 'title', index });
  };
  const removeTask = (index: number) => {
    change((current) => ({ ...current, tasks: current.tasks.filter((_, i) => i !== index) }));
    setAnnouncement(t('role.taskRemoved', { number: index + 1 }));
    setFocus(index > 0 ? { kind: 'heading', index: index - 1 } : form.tasks.length > 1 ? { kind: 'heading', index: 0 } : { kind: 'add' });
  };

  const tasksProblem = problem('tasks');
  return (
    <>
      <Paragraph mb="s">{t('role.intro')}</Paragraph>
      <Paragraph mb="m">{t('role.optional')}</Paragraph>
      <div className="visually-hidden" role="status">
        {announcement}
      </div>
      {tasksProblem ? (
        <InlineAlert status="error" mb="m" id="need-tasks-problem">
          {tasksProblem}
        </InlineAlert>
      ) : null}
      {form.tasks.length === 0 ? (
        <Paragraph mb="m">{t('role.noTasks')}</Paragraph>
      ) : (
        <ol className="need-wizard-tasks" aria-label={t('role.tasksLabel')}>
          {form.tasks.map((task, index) => (
            <li key={task.key} className="card need-wizard-task">
              <Heading variant="h3" id={`need-task-${index}-heading`} tabIndex={-1} mb="s">
                {t('role.taskHeading', { number: index + 1 })}
                {task.title.trim() ? `: ${task.title.trim()}` : ''}
              </Heading>
              <TextInput
                id={ids.taskTitle(index)}
                labelText={t('role.taskTitleLabel')}
                hintText={t('role.taskTitleHint')}
                value={task.title}
                onChange={(value) => updateTask(index, (current) => ({ ...current, title: String(value ?? '') }))}
                fullWidth
                mb="m"
                {...statusProps(problem(`tasks.${index}.title`))}
              />
              <RadioButtonGroup
                name={`need-task-${index}-kind`}
                labelText={t('role.taskKindLabel')}
                value={task.kind}
                onChange={(value) => updateTask(index, (current) => ({ ...current, kind: value as TaskDraft['kind'] }))}
                groupStatus={problem(`tasks.${index}.kind`) ? 'error' : 'default'}
                groupStatusText={problem(`tasks.${index}.kind`)}
                mb="m"
              >
                {TASK_KINDS.map((kind) => (
                  <RadioButton key={kind} value={kind} id={ids.taskKind(index, kind)} hintText={t(`role.kindHints.${kind}`)}>
                    {t(`role.kinds.${kind}`)}
                  </RadioButton>
                ))}
              </RadioButtonGroup>
              <fieldset className="need-wizard-demands">
                <legend>{t('role.demandsLegend')}</legend>
                {DIMENSIONS.map((dimension) => (
                  <DemandChoice
                    key={dimension}
                    index={index}
                    dimension={dimension}
                    value={task.levels[dimension]}
                    problem={problem(`tasks.${index}.${dimension}`)}
                    onChange={(level) => updateTask(index, (current) => ({ ...current, levels: { ...current.levels, [dimension]: level } }))}
                  />
                ))}
              </fieldset>
              <Button variant="secondaryNoBorder" mt="s" onClick={() => removeTask(index)}>
                {t('role.removeTask', { number: index + 1 })}
              </Button>
            </li>
          ))}
        </ol>
      )}
      <Button id={ids.addTask} variant="secondary" ref={addButton} onClick={addTask}>
        {t('role.addTask')}
      </Button>
    </>
  );
}

/** One demand dimension of a task as plain words: none, a little, moderately, a lot. */
function DemandChoice({
  index,
  dimension,
  value,
  problem,
  onChange,
}: {
  index: number;
  dimension: Dimension;
  value: DemandLevel;
  problem: string | undefined;
  onChange: (level: DemandLevel) => void;
}) {
  const { t } = useTranslation('needWizard');
  return (
    <RadioButtonGroup
      name={`need-task-${index}-${dimension}`}
      labelText={t(`role.dimensions.${dimension}`)}
      groupHintText={t(`role.dimensionHints.${dimension}`)}
      value={String(value)}
      onChange={(level) => onChange(Number(level) as DemandLevel)}
      groupStatus={problem ? 'error' : 'default'}
      groupStatusText={problem}
      className="need-wizard-inline-radios"
      mb="s"
    >
      {DEMAND_LEVELS.map((level) => (
        <RadioButton key={level} value={String(level)} id={ids.taskLevel(index, dimension, level)}>
          {t(`role.levels.${level}`)}
        </RadioButton>
      ))}
    </RadioButtonGroup>
  );
}
