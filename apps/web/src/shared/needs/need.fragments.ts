import { graphql } from '../../gql';

/** What a need asks of the person: skills, the carved role's tasks with their demands, languages. */
export const NeedRoleFields = graphql(`
  fragment NeedRoleFields on Need {
    skills {
      uri
      label
      required
    }
    tasks {
      title
      kind
      physicalStrain
      standingWalking
      lifting
      cognitiveLoad
      customerInteraction
      timePressure
    }
    languages {
      language
      level
    }
  }
`);
