import { useTranslation } from 'react-i18next';
import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import { useApiQuery } from '../../shared/api/hooks';
import { useAuth } from '../../shared/auth/auth-context';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { EmployerCompanyQuery } from './company.documents';
import { CompanyBasics, CompanyContact } from './CompanyDetails';
import { CompanyUsers } from './CompanyUsers';
import './company.css';

/** The company the employer acts for: its details, its contact details and its own users. */
export default function CompanyPage() {
  const { t } = useTranslation('company');
  const { organization, me } = useAuth();
  const query = useApiQuery(EmployerCompanyQuery, { id: organization?.id ?? '' }, { enabled: organization !== null });

  if (!organization) {
    return (
      <Page title={t('title')}>
        <Paragraph>{t('noOrganization')}</Paragraph>
      </Page>
    );
  }
  if (query.isPending) {
    return (
      <Page title={t('title')}>
        <Loading />
      </Page>
    );
  }
  if (query.error) {
    return query.error.kind === 'forbidden' || query.error.kind === 'notFound' ? (
      <ErrorState error={query.error} />
    ) : (
      <Page title={t('title')}>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  }

  const company = query.data.company;
  const users = company.users ?? [];
  const myUserId = me?.id ?? null;
  const isAdmin = users.some((user) => user.userId === myUserId && user.role === 'ADMIN');
  return (
    <Page title={company.name} lead={t('lead')}>
      {company.verificationStatus === 'PENDING' ? (
        <InlineAlert status="warning" labelText={t('pending.title')} data-testid="company-pending" className="company-pending">
          {t('pending.text')}
        </InlineAlert>
      ) : null}
      <div className="company-columns">
        <CompanyBasics company={company} />
        <CompanyContact company={company} isAdmin={isAdmin} />
      </div>
      <CompanyUsers companyId={company.id} users={users} invitations={company.invitations ?? []} myUserId={myUserId} isAdmin={isAdmin} />
    </Page>
  );
}
