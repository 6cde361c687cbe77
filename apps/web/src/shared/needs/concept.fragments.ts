import { graphql } from '../../gql';

/** An ESCO skill or occupation as profiles and candidate cards name it. */
export const ConceptRefFields = graphql(`
  fragment ConceptRefFields on EscoConceptRef {
    uri
    label
  }
`);
