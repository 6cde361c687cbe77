import { graphql } from '../../gql';

export const InsightReportFields = graphql(`
  fragment InsightReportFields on InsightReport {
    view
    year
    minimumCount
    areas {
      id
      nameFi
      nameSv
      own
    }
    providers {
      id
      name
      sector
    }
    municipalities {
      code
      nameFi
    }
    cells {
      areaId
      municipalityCode
      month
      metric
      dimension
      count
      averageDays
      suppressed
    }
  }
`);

export const MyInsightAreasQuery = graphql(`
  query MyInsightAreas {
    myInsightAreas {
      id
      nameFi
      nameSv
    }
  }
`);

export const AreaInsightsQuery = graphql(`
  query AreaInsights($areaId: ID!, $year: Int!) {
    areaInsights(areaId: $areaId, year: $year) {
      ...InsightReportFields
    }
  }
`);

export const InsightsComparisonQuery = graphql(`
  query InsightsComparison($year: Int!) {
    insightsComparison(year: $year) {
      ...InsightReportFields
    }
  }
`);

export const PublicInsightsQuery = graphql(`
  query PublicInsights($year: Int!) {
    publicInsights(year: $year) {
      ...InsightReportFields
    }
  }
`);

export const InsightsCsvQuery = graphql(`
  query InsightsCsv($view: InsightView!, $year: Int!, $areaId: ID) {
    insightsCsv(view: $view, year: $year, areaId: $areaId)
  }
`);

export const ServiceCoverageQuery = graphql(`
  query ServiceCoverage {
    serviceCoverage {
      areas {
        id
        nameFi
        nameSv
      }
      categories {
        code
        labelFi
        labelSv
        labelEn
      }
      counts {
        areaId
        kind
        code
        count
      }
      gaps {
        areaId
        categoryCode
      }
    }
  }
`);
