import { graphql } from '../../gql';

export const EmployerCompanyNeedsQuery = graphql(`
  query EmployerCompanyNeeds($companyId: ID!) {
    companyNeeds(companyId: $companyId) {
      id
      title
      kinds
      stage
      updatedAt
      openToPrecisionCapable
    }
  }
`);

export const EmployerNeedQuery = graphql(`
  query EmployerNeed($id: ID!, $language: AdviceLanguage!) {
    need(id: $id) {
      id
      companyId
      title
      description
      kinds
      stage
      stageHistory {
        stage
        at
      }
      updatedAt
      positions
      startDate
      durationMonths
      municipalityCode
      remote
      hoursMin
      hoursMax
      payMin
      payMax
      payUnit
      partTimePossible
      occupationLabel
      drivingLicence
      ...NeedRoleFields
      adjustmentsOffered
      measuresOpenTo
      openToPrecisionCapable
      anonymousRecruitment
      visibility
      suggestedServices {
        reasons
        service {
          id
          name {
            fi
            sv
            en
          }
          summary {
            fi
            sv
            en
          }
          provider {
            id
            name
          }
        }
      }
      advice(language: $language) {
        id
        slug
        title
        summary
        language
        topics
      }
    }
  }
`);

export const EmployerNeedMunicipalityQuery = graphql(`
  query EmployerNeedMunicipality($code: String!) {
    municipality(code: $code) {
      code
      nameFi
      nameSv
    }
  }
`);

export const EmployerNeedProposalsQuery = graphql(`
  query EmployerNeedProposals($needId: ID!) {
    needProposals(needId: $needId) {
      id
      providerName
      serviceId
      serviceName
      message
      price {
        amount
        currency
        unit
      }
      status
      answerReason
      answeredAt
      createdAt
      withdrawnAt
    }
  }
`);

export const EmployerNeedForwardsQuery = graphql(`
  query EmployerNeedForwards($needId: ID!) {
    needForwards(needId: $needId) {
      id
      providerName
      message
      createdAt
    }
  }
`);

export const EmployerPresentedCandidatesQuery = graphql(`
  query EmployerPresentedCandidates($needId: ID!) {
    presentedCandidates(needId: $needId) {
      candidateId
      label
      presentedAt
      employerStatus
      progress {
        progress
        at
      }
      closure {
        outcome
        at
        reason
      }
      matchedSkills {
        ...ConceptRefFields
      }
      missingSkills {
        ...ConceptRefFields
      }
      occupations {
        ...ConceptRefFields
      }
      carvedOutTasks
      remoteOk
      hoursMin
      hoursMax
      languages {
        language
        level
      }
      drivingLicences
      educationLevel
      adjustmentsNeeded
      identity {
        firstName
        lastName
        email
        phone
      }
    }
  }
`);

export const EmployerMoveNeedStageMutation = graphql(`
  mutation EmployerMoveNeedStage($input: MoveNeedStageInput!) {
    moveNeedStage(input: $input) {
      id
      stage
    }
  }
`);

export const EmployerAnswerProposalMutation = graphql(`
  mutation EmployerAnswerProposal($input: AnswerProposalInput!) {
    answerProposal(input: $input) {
      id
      status
      answerReason
      answeredAt
    }
  }
`);

export const RecordCandidacyProgressMutation = graphql(`
  mutation RecordCandidacyProgress($input: RecordCandidacyProgressInput!) {
    recordCandidacyProgress(input: $input) {
      progress
      at
    }
  }
`);

export const EmployerSetCandidateStatusMutation = graphql(`
  mutation EmployerSetCandidateStatus($input: SetEmployerStatusInput!) {
    setEmployerCandidateStatus(input: $input) {
      candidateId
      employerStatus
      closure {
        outcome
        at
        reason
      }
    }
  }
`);
