import { graphql } from '../../gql';

/** A category or target group: its code and its name in three languages. */
export const TaxonomyTermLabelFields = graphql(`
  fragment TaxonomyTermLabelFields on TaxonomyTerm {
    code
    labelFi
    labelSv
    labelEn
  }
`);

/** A place where a service is delivered, as the detail, moderation and provider pages show it. */
export const ServiceLocationFields = graphql(`
  fragment ServiceLocationFields on ServiceLocation {
    id
    name
    streetAddress
    postalCode
    municipalityCode
    accessibilityFi
  }
`);

/**
 * What every page that shows one whole service asks alike: texts, audience, delivery, area,
 * cost, eligibility and contact details. Provider, categories, target groups and locations are
 * selected by each page, as they ask different parts of them.
 */
export const ServiceDetailFields = graphql(`
  fragment ServiceDetailFields on Service {
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
    audience
    deliveryMode
    languages
    coverage {
      national
      employmentAreaIds
      municipalityCodes
    }
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
    howToTakePartFi
    capacity
    scheduleFi
    email
    phone
    url
  }
`);
