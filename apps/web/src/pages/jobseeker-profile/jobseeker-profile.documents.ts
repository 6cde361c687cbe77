import { graphql } from '../../gql';

export const MyJobseekerProfileQuery = graphql(`
  query MyJobseekerProfile {
    myJobseekerProfile {
      id
      pseudonym
      updatedAt
      identity {
        firstName
        lastName
        email
        phone
      }
      skills {
        ...ConceptRefFields
      }
      occupations {
        ...ConceptRefFields
      }
      wishedOccupations {
        ...ConceptRefFields
      }
      homeMunicipalityCode
      homeLatitude
      homeLongitude
      commuteRadiusKm
      acceptableMunicipalityCodes
      remoteOk
      hoursMin
      hoursMax
      languages {
        language
        level
      }
      drivingLicences
      educationLevel
      workAbility {
        lifting
        standingWalking
        physicalStrain
        cognitiveLoad
        customerInteraction
        timePressure
        adjustmentsNeeded
      }
    }
  }
`);

export const SaveMyJobseekerProfileMutation = graphql(`
  mutation SaveMyJobseekerProfile($identity: JobseekerIdentityInput, $input: JobseekerProfileInput!) {
    saveMyJobseekerProfile(identity: $identity, input: $input) {
      id
      updatedAt
    }
  }
`);

export const ProfileSuggestSkillsQuery = graphql(`
  query ProfileSuggestSkills($text: String!, $language: SuggestLanguage, $first: Int) {
    suggestSkills(text: $text, language: $language, first: $first) {
      skills {
        uri
        label
      }
      occupations {
        uri
        label
      }
    }
  }
`);

export const MyConsentsQuery = graphql(`
  query MyConsents {
    myJobseekerProfile {
      id
      consents {
        scope
        active
        grantedAt
        expiresAt
        withdrawnAt
      }
      consentHistory {
        scope
        action
        at
        byJobseeker
        expiresAt
      }
    }
  }
`);

export const GrantConsentMutation = graphql(`
  mutation GrantConsent($input: GrantConsentInput!) {
    grantConsent(input: $input) {
      id
    }
  }
`);

export const WithdrawConsentMutation = graphql(`
  mutation WithdrawConsent($scope: ConsentScope!) {
    withdrawConsent(scope: $scope) {
      id
    }
  }
`);
