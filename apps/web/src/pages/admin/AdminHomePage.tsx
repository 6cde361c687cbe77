import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { Page } from '../../shared/layout/Page';
import './admin.css';

const SECTIONS = ['areas', 'taxonomy', 'providers', 'users'] as const;

/** The platform admins' landing: where each kind of upkeep happens. */
export default function AdminHomePage() {
  const { t } = useTranslation('admin');
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
    </Page>
  );
}
