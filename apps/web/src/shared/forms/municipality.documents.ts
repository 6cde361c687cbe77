import { graphql } from '../../gql';

export const MunicipalityOptionsQuery = graphql(`
  query MunicipalityOptions($search: String) {
    municipalities(first: 100, filter: { search: $search }) {
      edges {
        node {
          code
          nameFi
          nameSv
        }
      }
    }
  }
`);

export const MunicipalityNameQuery = graphql(`
  query MunicipalityName($code: String!) {
    municipality(code: $code) {
      code
      nameFi
      nameSv
    }
  }
`);
