import { graphql } from '../../gql';

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
      users {
        userId
        displayName
        email
        role
      }
    }
  }
`);

export const CompanyMunicipalityQuery = graphql(`
  query CompanyMunicipalityName($code: String!) {
    municipality(code: $code) {
      code
      nameFi
      nameSv
    }
  }
`);

export const AddCompanyUserMutation = graphql(`
  mutation AddCompanyUser($companyId: ID!, $input: CompanyUserInput!) {
    addCompanyUser(companyId: $companyId, input: $input) {
      id
      users {
        userId
        displayName
        email
        role
      }
    }
  }
`);

export const RemoveCompanyUserMutation = graphql(`
  mutation RemoveCompanyUser($companyId: ID!, $email: String!) {
    removeCompanyUser(companyId: $companyId, email: $email) {
      id
      users {
        userId
        displayName
        email
        role
      }
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
