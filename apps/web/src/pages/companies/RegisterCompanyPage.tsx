import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useApiMutation } from '../../shared/api/hooks';
import { Page } from '../../shared/layout/Page';
import { CreateCompanyForCustomerMutation } from './companies.documents';
import { CompanyAccountForm, EMPTY_ACCOUNT, orNull } from './CompanyAccountForm';
import './companies.css';

/** A coordinator opens an account for a customer company of their area; they become responsible for it. */
export default function RegisterCompanyPage() {
  const { t } = useTranslation('companies');
  const navigate = useNavigate();
  const create = useApiMutation(CreateCompanyForCustomerMutation, {
    invalidates: ['MyCompanies'],
    onSuccess: (data) => navigate(`/coordinator/companies/${data.createCompanyForCustomer.id}?registered=1`),
  });
  return (
    <Page title={t('register.title')} lead={t('register.lead')}>
      <div className="card">
        <CompanyAccountForm
          mode="register"
          initial={EMPTY_ACCOUNT}
          error={create.error}
          pending={create.isPending}
          onSubmit={(values) =>
            create.mutate({
              input: {
                businessId: values.businessId.trim(),
                name: values.name.trim(),
                type: values.type,
                industrySection: values.industrySection,
                industryCode: orNull(values.industryCode),
                sizeClass: values.sizeClass,
                homeMunicipalityCode: values.homeMunicipalityCode ?? '',
                email: orNull(values.email),
                phone: orNull(values.phone),
                website: orNull(values.website),
              },
            })
          }
        />
      </div>
    </Page>
  );
}
