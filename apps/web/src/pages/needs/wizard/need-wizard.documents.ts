import { graphql } from '../../../gql';

// The need is read back in the shape the wizard saves it, so the form can be filled from it.
export const NeedWizardNeedFragment = graphql(`
  fragment NeedWizardNeedFields on Need {
    id
    companyId
    stage
    kinds
    title
    description
    occupationUri
    occupationLabel
    ...NeedRoleFields
    adjustmentsOffered
    measuresOpenTo
    openToPrecisionCapable
    anonymousRecruitment
    municipalityCode
    latitude
    longitude
    remote
    hoursMin
    hoursMax
    payMin
    payMax
    payUnit
    partTimePossible
    startDate
    durationMonths
    positions
    drivingLicence
    visibility
  }
`);

export const NeedWizardNeedQuery = graphql(`
  query NeedWizardNeed($id: ID!) {
    need(id: $id) {
      ...NeedWizardNeedFields
    }
  }
`);

export const NeedWizardCompanyQuery = graphql(`
  query NeedWizardCompany($id: ID!) {
    company(id: $id) {
      id
      homeMunicipalityCode
    }
  }
`);

export const NeedWizardSuggestSkillsQuery = graphql(`
  query NeedWizardSuggestSkills($text: String!, $language: SuggestLanguage!, $first: Int!) {
    suggestSkills(text: $text, language: $language, first: $first) {
      occupations {
        uri
        label
        score
      }
      skills {
        uri
        label
        score
        skillType
      }
    }
  }
`);

export const NeedWizardOccupationQuery = graphql(`
  query NeedWizardOccupation($uri: String!, $language: SuggestLanguage!) {
    escoOccupation(uri: $uri, language: $language) {
      uri
      label
      essentialSkills {
        uri
        label
      }
    }
  }
`);

export const NeedWizardCreateNeedMutation = graphql(`
  mutation NeedWizardCreateNeed($companyId: ID!, $input: NeedInput!) {
    createNeed(companyId: $companyId, input: $input) {
      ...NeedWizardNeedFields
    }
  }
`);

export const NeedWizardUpdateNeedMutation = graphql(`
  mutation NeedWizardUpdateNeed($id: ID!, $input: NeedInput!) {
    updateNeed(id: $id, input: $input) {
      ...NeedWizardNeedFields
    }
  }
`);
