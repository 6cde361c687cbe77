import { useTranslation } from 'react-i18next';
import { Link as RouterLinkBase, useParams, useSearchParams } from 'react-router-dom';
import { Heading, InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDate } from '../../shared/format/format';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { CompanyCrmQuery, CompanyNeedsQuery } from './companies.documents';
import { useLanguage, useMyArea } from './companies-shared';
import { CrmAccount, CrmTransfer, CrmVerify } from './CrmAccount';
import { CrmContacts } from './CrmContacts';
import { CrmInteractions } from './CrmInteractions';
import { CrmCoordinators, CrmSharing, CrmTags } from './CrmRelations';
import { CrmTasks } from './CrmTasks';
import './companies.css';

/** One company for its coordinators: the account, the CRM and the company's needs. */
export default function CompanyCrmPage() {
  const { t } = useTranslation('companies');
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const query = useApiQuery(CompanyCrmQuery, { id });
  const area = useMyArea();

  if (query.isPending) {
    return (
      <Page title={t('crm.loadingTitle')}>
        <Loading />
      </Page>
    );
  }
  if (query.error) {
    return query.error.kind === 'forbidden' || query.error.kind === 'notFound' ? (
      <ErrorState error={query.error} />
    ) : (
      <Page title={t('crm.loadingTitle')}>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  }
  const company = query.data.company;
  const isHomeArea = area.myAreaId !== null && area.myAreaId === company.homeEmploymentAreaId;
  return (
    <Page title={company.name} lead={t('crm.lead', { businessId: company.businessId })}>
      <p>
        <RouterLink asComponent={RouterLinkBase} to="/coordinator/companies">
          {t('crm.back')}
        </RouterLink>
      </p>
      {params.get('registered') === '1' ? (
        <InlineAlert status="neutral" labelText={t('crm.registered')} data-testid="company-registered">
          {t('crm.registeredText')}
        </InlineAlert>
      ) : null}
      {company.verificationStatus === 'PENDING' ? <CrmVerify companyId={company.id} /> : null}
      <div className="companies-columns">
        <CrmAccount company={company} canEdit={isHomeArea} />
        <div>
          <CrmTags companyId={company.id} tags={company.crm?.tags ?? []} />
          <CrmCoordinators companyId={company.id} coordinators={company.crm?.responsibleCoordinators ?? []} />
          <CrmSharing
            companyId={company.id}
            sharedWith={company.crm?.sharedWithEmploymentAreaIds ?? []}
            homeAreaId={company.homeEmploymentAreaId ?? null}
            isHomeArea={isHomeArea}
          />
        </div>
      </div>
      <CrmContacts companyId={company.id} />
      <div className="companies-columns">
        <CrmInteractions companyId={company.id} />
        <div>
          <CrmTasks companyId={company.id} />
          <CompanyNeeds companyId={company.id} />
        </div>
      </div>
      <CrmTransfer company={company} isHomeArea={isHomeArea} />
    </Page>
  );
}

function CompanyNeeds({ companyId }: { companyId: string }) {
  const { t } = useTranslation('companies');
  const language = useLanguage();
  const query = useApiQuery(CompanyNeedsQuery, { companyId });
  return (
    <section aria-labelledby="crm-needs-heading" className="card companies-section" data-testid="crm-needs">
      <Heading variant="h2" id="crm-needs-heading" mb="s">
        {t('needs.heading')}
      </Heading>
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.companyNeeds.length === 0 ? (
        <Paragraph>{t('needs.none')}</Paragraph>
      ) : (
        <ul className="companies-list">
          {query.data.companyNeeds.map((need) => (
            <li key={need.id}>
              <RouterLink asComponent={RouterLinkBase} to={`/coordinator/needs/${need.id}`}>
                {need.title}
              </RouterLink>
              <span>
                {t(`needs:stages.${need.stage}`)} · {formatDate(need.updatedAt, language)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
