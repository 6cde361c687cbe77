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
              code
              labelFi
              labelSv
              labelEn
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
      code
      taxonomy
      labelFi
      labelSv
      labelEn
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
      description {
        fi
        sv
        en
      }
      provider {
        id
        name
        sector
        website
        email
        phone
      }
      audience
      categories {
        code
        labelFi
        labelSv
        labelEn
      }
      targetGroups {
        code
        labelFi
        labelSv
        labelEn
      }
      coverage {
        national
        employmentAreaIds
        municipalityCodes
      }
      locations {
        id
        name
        streetAddress
        postalCode
        municipalityCode
        accessibilityFi
      }
      deliveryMode
      languages
      isFree
      costOptions {
        amount
        currency
        unit
        descriptionFi
      }
      eligibilityFi
      minimumAge
      maximumAge
      capacity
      howToTakePartFi
      scheduleFi
      phone
      email
      url
      publishedAt
      updatedAt
    }
  }
`);
