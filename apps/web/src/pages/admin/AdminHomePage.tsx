import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { Page } from '../../shared/layout/Page';
import { openQueueDashboard } from './queue-dashboard';
import './admin.css';

const SECTIONS = ['areas', 'taxonomy', 'providers', 'users'] as const;

/** The platform admins' landing: where each kind of upkeep happens. */
export default function AdminHomePage() {
  const { t } = useTranslation('admin');
  const [opening, setOpening] = useState(false);
  const [failed, setFailed] = useState(false);
  const openQueues = async () => {
    setOpening(true);
    setFailed(false);
    const opened = await openQueueDashboard();
    setOpening(false);
    setFailed(!opened);
  };
  return (
    <Page title={t('title')} lead={<Paragraph>{t('home.lead')}</Paragraph>}>
      <ul className="admin-links">
        {SECTIONS.map((section) => (
          <li key={section}>
            <RouterLink to={`/admin/${section}`}>{t(`${section}.title`)}</RouterLink>
            <Paragraph>{t(`home.${section}`)}</Paragraph>
          </li>
        ))}
      </ul>
      <section aria-labelledby="admin-queues-heading">
        <Heading variant="h2" id="admin-queues-heading">
          {t('queues.title')}
        </Heading>
        <Paragraph mb="s">{t('queues.description')}</Paragraph>
        <Button onClick={() => void openQueues()} disabled={opening}>
          {t('queues.open')}
        </Button>
        {failed && (
          <InlineAlert status="error" role="alert" mt="s">
            {t('queues.failed')}
          </InlineAlert>
        )}
      </section>
    </Page>
  );
}
