import { graphql } from '../../gql';

/** One row of the list: what the coordinator may see of the suggestion, and where it stands. */
export const CandidateRowFields = graphql(`
  fragment CandidateRowFields on CandidateListEntryType {
    profileId
    pseudonym
    candidateId
    source
    score
    computedAt
    coordinatorStatus
    employerStatus
    presentedAt
    closure {
      outcome
      at
      reason
    }
    progress {
      progress
      at
    }
    shareRequest {
      id
      status
      deadline
      requestedAt
      answeredAt
    }
    explanation {
      occupationRelation
      occupationInferred
      optionalSkillCount
      matchedEssentialSkills {
        uri
        label
      }
      matchedOptionalSkills {
        uri
        label
      }
      missingEssentialSkills {
        uri
        label
      }
      missingLanguages {
        language
        level
      }
      missingDrivingLicence
      carvedOutTasks
      fitsWithAdjustments
      adjustmentsRelied
      adjustmentsNotOffered
      workAbilityDetailsHidden
      placeReason
      distanceBand
      distanceKm
      tasks {
        title
        kind
        outcome
      }
      parts {
        workingTime
      }
    }
    gaps {
      services {
        reasons
        service {
          id
          name {
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
      advice {
        id
        slug
        title
      }
    }
  }
`);

export const CandidateListQuery = graphql(`
  query CandidateList($needId: ID!, $first: Int, $after: String) {
    candidateList(needId: $needId, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...CandidateRowFields
        }
      }
    }
  }
`);

export const CandidateNeedQuery = graphql(`
  query CandidateNeed($id: ID!) {
    need(id: $id) {
      id
      title
      stage
      kinds
      municipalityCode
      remote
      hoursMin
      hoursMax
      partTimePossible
      positions
    }
  }
`);

export const SetCandidateStatusMutation = graphql(`
  mutation CoordinatorSetCandidateStatus($input: SetCandidateStatusInput!) {
    setCandidateStatus(input: $input) {
      ...CandidateRowFields
    }
  }
`);

export const RequestShareMutation = graphql(`
  mutation CoordinatorRequestShare($input: RequestShareInput!) {
    requestShare(input: $input) {
      ...CandidateRowFields
    }
  }
`);

export const CancelShareRequestMutation = graphql(`
  mutation CoordinatorCancelShareRequest($input: CandidateRefInput!) {
    cancelShareRequest(input: $input) {
      ...CandidateRowFields
    }
  }
`);

export const PresentCandidateMutation = graphql(`
  mutation CoordinatorPresentCandidate($input: CandidateRefInput!) {
    presentCandidate(input: $input) {
      ...CandidateRowFields
    }
  }
`);

/** The list's history, newest first: what happened to whom (by the list's names), by which role and organisation. */
export const CandidateListHistoryQuery = graphql(`
  query CandidateListHistory($needId: ID!, $first: Int, $after: String) {
    candidateListHistory(needId: $needId, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          kind
          at
          profileId
          pseudonym
          actor
          actorOrganizationName
          byYou
          coordinatorStatus
          employerStatus
          shareDeadline
          progress
        }
      }
    }
  }
`);
