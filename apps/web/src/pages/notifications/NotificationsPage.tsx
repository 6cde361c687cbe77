import { useTranslation } from 'react-i18next';
import { useAuth } from '../../shared/auth/auth-context';
import { Page } from '../../shared/layout/Page';
import { NotificationList } from './NotificationList';
import { NotificationPreferences } from './NotificationPreferences';
import './notifications.css';

/** The signed-in person's notifications and, below them, how they want to get each type. */
export default function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const { roles } = useAuth();
  return (
    <Page title={t('title')} lead={t('lead')}>
      <NotificationList roles={roles} />
      <NotificationPreferences roles={roles} />
    </Page>
  );
}
