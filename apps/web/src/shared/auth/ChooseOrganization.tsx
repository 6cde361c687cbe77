import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from 'suomifi-ui-components';
import { Page } from '../layout/Page';
import { useAuth } from './auth-context';

/** A person who acts for several organisations picks one before pages that need it. */
export function ChooseOrganization() {
  const { t } = useTranslation();
  const auth = useAuth();
  return (
    <Page title={t('layout.chooseOrganization')}>
      <Paragraph mb="m">{t('layout.chooseOrganizationText')}</Paragraph>
      <ul className="dev-users">
        {auth.organizations.map((organization) => (
          <li key={organization.id} className="dev-user">
            <Button variant="secondary" onClick={() => auth.chooseOrganization(organization.id)}>
              {organization.name}
            </Button>
            <span className="dev-user-details">
              {auth.me?.memberships
                .filter((m) => m.organization?.id === organization.id)
                .map((m) => t(`roles.${m.role}`))
                .join(', ')}
            </span>
          </li>
        ))}
      </ul>
    </Page>
  );
}
