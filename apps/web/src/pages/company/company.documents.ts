import { graphql } from '../../gql';

/** The company's users, as every query and change of them answers. */
export const CompanyUsersFields = graphql(`
  fragment CompanyUsersFields on Company {
    id
    users {
      userId
      displayName
      email
      role
    }
  }
`);

export const EmployerCompanyQuery = graphql(`
  query EmployerCompany($id: ID!) {
    company(id: $id) {
      id
      name
      businessId
      type
      sizeClass
      industry {
        code
        section
        sectionNameFi
      }
      homeMunicipalityCode
      operatingMunicipalityCodes
      email
      phone
      website
      ...CompanyUsersFields
    }
  }
`);

export const AddCompanyUserMutation = graphql(`
  mutation AddCompanyUser($companyId: ID!, $input: CompanyUserInput!) {
    addCompanyUser(companyId: $companyId, input: $input) {
      ...CompanyUsersFields
    }
  }
`);

export const RemoveCompanyUserMutation = graphql(`
  mutation RemoveCompanyUser($companyId: ID!, $email: String!) {
    removeCompanyUser(companyId: $companyId, email: $email) {
      ...CompanyUsersFields
    }
  }
`);

export const UpdateCompanyWebsiteMutation = graphql(`
  mutation UpdateCompanyWebsite($id: ID!, $input: UpdateCompanyInput!) {
    updateCompany(id: $id, input: $input) {
      id
      website
    }
  }
`);
