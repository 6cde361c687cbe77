import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLinkBase } from 'react-router-dom';
import { Button, Heading, Paragraph, RouterLink, TextInput } from 'suomifi-ui-components';
import type { MyTasksQuery as MyTasksResult } from '../../gql/graphql';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDate } from '../../shared/format/format';
import { fieldError, FormErrors } from '../../shared/forms/FormErrors';
import { Loading } from '../../shared/layout/LoadingPage';
import { CreateFollowUpTaskMutation, MyTasksQuery, SetFollowUpTaskDoneMutation } from './companies.documents';
import { DateField, dateInputToIso, dateInputValue, useLanguage } from './companies-shared';

type Task = MyTasksResult['myTasksDue'][number];

/** Far enough ahead to list every open task (the API lists tasks due before a time). */
export const FAR_AHEAD = new Date(Date.UTC(2100, 0, 1)).toISOString();

/** The task's title, due date and a button that marks it done; overdue ones say so. */
export function TaskRow({ task, showCompany, onStatus }: { task: Task; showCompany: boolean; onStatus: (text: string) => void }) {
  const { t } = useTranslation('companies');
  const language = useLanguage();
  const done = useApiMutation(SetFollowUpTaskDoneMutation, { invalidates: ['MyTasks'] });
  return (
    <li data-testid="task-row">
      <span>
        <strong>{task.title}</strong>
        {showCompany ? (
          <>
            {' · '}
            <RouterLink asComponent={RouterLinkBase} to={`/coordinator/companies/${task.companyId}`}>
              {task.companyName}
            </RouterLink>
          </>
        ) : null}
        <br />
        <span className={task.overdue ? 'companies-overdue' : 'companies-timeline-meta'}>
          {task.overdue ? t('tasks.overdue', { date: formatDate(task.dueAt, language) }) : t('tasks.due', { date: formatDate(task.dueAt, language) })}
        </span>
      </span>
      {task.done ? (
        <span>{t('tasks.doneOn', { date: formatDate(task.doneAt, language) })}</span>
      ) : (
        <Button
          variant="secondary"
          disabled={done.isPending}
          onClick={() => done.mutate({ id: task.id, done: true }, { onSuccess: () => onStatus(t('tasks.markedDone', { title: task.title })) })}
        >
          {t('tasks.markDone', { title: task.title })}
        </Button>
      )}
    </li>
  );
}

/** Follow-up tasks on this company: the form, and the caller's open tasks on it. */
export function CrmTasks({ companyId }: { companyId: string }) {
  const { t } = useTranslation('companies');
  const query = useApiQuery(MyTasksQuery, { before: FAR_AHEAD, includeDone: false });
  const [title, setTitle] = useState('');
  const [due, setDue] = useState(dateInputValue(7));
  const [status, setStatus] = useState('');
  const create = useApiMutation(CreateFollowUpTaskMutation, {
    invalidates: ['MyTasks'],
    onSuccess: (_data, variables) => {
      setTitle('');
      setStatus(t('tasks.created', { title: variables.input.title }));
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    create.mutate({ companyId, input: { title: title.trim(), dueAt: dateInputToIso(due, 16) ?? '' } });
  };
  const tasks = (query.data?.myTasksDue ?? []).filter((task) => task.companyId === companyId);
  return (
    <section aria-labelledby="crm-tasks-heading" className="card companies-section" data-testid="crm-tasks">
      <Heading variant="h2" id="crm-tasks-heading" mb="s">
        {t('tasks.heading')}
      </Heading>
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : tasks.length === 0 ? (
        <Paragraph>{t('tasks.noneHere')}</Paragraph>
      ) : (
        <ul className="companies-list">
          {tasks.map((task) => (
            <TaskRow key={task.id} task={task} showCompany={false} onStatus={setStatus} />
          ))}
        </ul>
      )}
      <form noValidate onSubmit={onSubmit} className="companies-form">
        <Heading variant="h3">{t('tasks.addHeading')}</Heading>
        <FormErrors
          error={create.error}
          fields={[
            { path: 'title', inputId: 'crm-task-title', label: t('tasks.title') },
            { path: 'dueAt', inputId: 'crm-task-due', label: t('tasks.dueDate') },
          ]}
        />
        <TextInput
          id="crm-task-title"
          labelText={t('tasks.title')}
          value={title}
          onChange={(v) => setTitle(String(v ?? ''))}
          status={fieldError(create.error, 'title') ? 'error' : 'default'}
          statusText={fieldError(create.error, 'title')}
          fullWidth
        />
        <DateField id="crm-task-due" label={t('tasks.dueDate')} value={due} onChange={setDue} error={fieldError(create.error, 'dueAt')} />
        <div className="companies-buttons">
          <Button type="submit" variant="secondary" disabled={create.isPending}>
            {t('tasks.add')}
          </Button>
        </div>
      </form>
      <div role="status" className="companies-status">
        {status}
      </div>
    </section>
  );
}
