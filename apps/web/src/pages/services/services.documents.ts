import { graphql } from '../../gql';

/** One search state, one request: hits with highlights, the total and every facet. */
export const SearchServicesQuery = graphql(`
  query SearchServices($query: String, $filter: ServiceFilter, $sort: ServiceSortInput, $first: Int, $after: String) {
    searchServices(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      facets {
        category {
          value
          count
          label
        }
        targetGroup {
          value
          count
          label
        }
        sector {
          value
          count
          label
        }
        deliveryMode {
          value
          count
          label
        }
        language {
          value
          count
          label
        }
        cost {
          value
          count
          label
        }
        area {
          value
          count
          label
        }
      }
      edges {
        cursor
        node {
          distanceKm
          highlights {
            field
            snippet
          }
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
              sector
            }
            categories {
              ...TaxonomyTermLabelFields
            }
            deliveryMode
            isFree
            coverage {
              national
              employmentAreaIds
              municipalityCodes
            }
          }
        }
      }
    }
  }
`);

/** Service categories and target groups in three languages: labels for facets and pages. */
export const ServiceTaxonomyQuery = graphql(`
  query ServiceTaxonomy {
    taxonomyTerms {
      ...TaxonomyTermLabelFields
      taxonomy
    }
  }
`);

/** Employment areas with their municipalities: names of areas and places in Finnish and Swedish. */
export const ServiceAreasQuery = graphql(`
  query ServiceAreas {
    employmentAreas {
      id
      nameFi
      nameSv
      municipalities {
        code
        nameFi
        nameSv
      }
    }
  }
`);

/** Everything the HSDS data holds about one service. */
export const ServiceDetailQuery = graphql(`
  query ServiceDetail($id: ID!) {
    service(id: $id) {
      ...ServiceDetailFields
      provider {
        id
        name
        sector
        website
        email
        phone
      }
      categories {
        ...TaxonomyTermLabelFields
      }
      targetGroups {
        ...TaxonomyTermLabelFields
      }
      locations {
        ...ServiceLocationFields
      }
      publishedAt
      updatedAt
    }
  }
`);
