import { graphql } from '../../gql';

/** A need as search shows it: enough for a card, and for an anonymous visitor's view of the need. */
export const OpenNeedHitFragment = graphql(`
  fragment OpenNeedHit on NeedSearchHit {
    id
    title
    companyName
    municipalityCode
    kinds
    stage
    visibility
    measuresOpenTo
    adjustmentsOffered
    openToPrecisionCapable
    occupationLabel
    forwardedToYou
    updatedAt
    highlights {
      field
      snippet
    }
  }
`);

/** One page of the needs the caller may see (anonymous: open PUBLIC needs), with facets. */
export const SearchOpenNeedsQuery = graphql(`
  query SearchOpenNeeds($query: String, $filter: NeedSearchFilter, $first: Int, $after: String) {
    searchNeeds(query: $query, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        cursor
        node {
          ...OpenNeedHit
        }
      }
      facets {
        kind {
          value
          label
          count
        }
        municipality {
          value
          label
          count
        }
        employmentArea {
          value
          label
          count
        }
        measure {
          value
          label
          count
        }
        adjustment {
          value
          label
          count
        }
        openToPrecisionCapable {
          value
          label
          count
        }
        stage {
          value
          label
          count
        }
        occupationGroup {
          value
          label
          count
        }
      }
    }
  }
`);

/**
 * Hits without facets, for reading through the visible needs to find one by id. The API prices a
 * connection by its selection times `first` (at most 2000): 50 of these fit.
 */
export const OpenNeedHitsQuery = graphql(`
  query OpenNeedHits($first: Int, $after: String) {
    searchNeeds(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...OpenNeedHit
        }
      }
    }
  }
`);

/** Only the cursors: how a numbered page finds where it starts. */
export const OpenNeedsCursorsQuery = graphql(`
  query OpenNeedsCursors($query: String, $filter: NeedSearchFilter, $first: Int, $after: String) {
    searchNeeds(query: $query, filter: $filter, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A need in full: for signed-in callers who may see it (the API refuses anonymous callers). */
export const OpenNeedDetailsQuery = graphql(`
  query OpenNeedDetails($id: ID!) {
    need(id: $id) {
      id
      title
      description
      kinds
      stage
      visibility
      municipalityCode
      remote
      positions
      hoursMin
      hoursMax
      payMin
      payMax
      payUnit
      partTimePossible
      startDate
      durationMonths
      drivingLicence
      occupationLabel
      ...NeedRoleFields
      adjustmentsOffered
      measuresOpenTo
      openToPrecisionCapable
      anonymousRecruitment
      updatedAt
      stageHistory {
        stage
        at
      }
    }
  }
`);

export const OpenNeedMunicipalityQuery = graphql(`
  query OpenNeedMunicipality($code: String!) {
    municipality(code: $code) {
      code
      nameFi
      nameSv
    }
  }
`);

export const OpenNeedEmploymentAreasQuery = graphql(`
  query OpenNeedEmploymentAreas {
    employmentAreas {
      id
      nameFi
      nameSv
    }
  }
`);
