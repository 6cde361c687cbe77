import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { MyTasksQuery } from './companies.documents';
import { Select } from './companies-shared';
import { FAR_AHEAD, TaskRow } from './CrmTasks';
import './companies.css';

const WINDOWS = ['today', 'week', 'month', 'all'] as const;
type Window = (typeof WINDOWS)[number];

function before(window: Window): string {
  if (window === 'all') return FAR_AHEAD;
  const end = new Date();
  end.setHours(23, 59, 59, 999);
  end.setDate(end.getDate() + (window === 'today' ? 0 : window === 'week' ? 7 : 30));
  return end.toISOString();
}

/** The coordinator's follow-up tasks due, soonest first; each one marked done here. */
export default function TasksPage() {
  const { t } = useTranslation('companies');
  const [window, setWindow] = useState<Window>('week');
  const [status, setStatus] = useState('');
  const [dueBefore] = useState(() => Object.fromEntries(WINDOWS.map((w) => [w, before(w)])) as Record<Window, string>);
  const query = useApiQuery(MyTasksQuery, { before: dueBefore[window], includeDone: false });
  return (
    <Page title={t('tasks.pageTitle')} lead={t('tasks.lead')}>
      <div className="card" style={{ maxWidth: 360 }}>
        <Select id="tasks-window" label={t('tasks.window')} value={window} onChange={(v) => setWindow(v as Window)}>
          {WINDOWS.map((w) => (
            <option key={w} value={w}>
              {t(`tasks.windows.${w}`)}
            </option>
          ))}
        </Select>
      </div>
      <div role="status" className="companies-status">
        {status}
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.myTasksDue.length === 0 ? (
        <Paragraph>{t('tasks.none')}</Paragraph>
      ) : (
        <ul className="companies-list card" data-testid="tasks-list">
          {query.data.myTasksDue.map((task) => (
            <TaskRow key={task.id} task={task} showCompany onStatus={setStatus} />
          ))}
        </ul>
      )}
    </Page>
  );
}
