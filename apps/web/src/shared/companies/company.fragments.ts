import { graphql } from '../../gql';

/** A company's industry: the TOL code when there is one, its section and the section's Finnish name. */
export const IndustryFields = graphql(`
  fragment IndustryFields on Industry {
    code
    section
    sectionNameFi
  }
`);

/** A company's account details, as the employer's own page and the coordinator's CRM page show them. */
export const CompanyProfileFields = graphql(`
  fragment CompanyProfileFields on Company {
    id
    name
    businessId
    type
    sizeClass
    industry {
      ...IndustryFields
    }
    homeMunicipalityCode
    operatingMunicipalityCodes
    email
    phone
    website
    verificationStatus
  }
`);
