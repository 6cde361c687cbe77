import { graphql } from '../../../../gql';

export const NeedAssistantQuery = graphql(`
  query NeedAssistant($input: NeedAssistantInput!) {
    needAssistant(input: $input) {
      flags {
        code
        severity
        field
        subject
        params {
          name
          value
        }
        adviceTopics
        serviceCategories
        dismissal {
          reason
          dismissedAt
        }
      }
    }
  }
`);

export const DismissNeedAssistantFlagMutation = graphql(`
  mutation DismissNeedAssistantFlag($input: DismissNeedAssistantFlagInput!) {
    dismissNeedAssistantFlag(input: $input) {
      code
      subject
      reason
      dismissedAt
    }
  }
`);

export const UndoNeedAssistantFlagDismissalMutation = graphql(`
  mutation UndoNeedAssistantFlagDismissal($input: UndoNeedAssistantFlagDismissalInput!) {
    undoNeedAssistantFlagDismissal(input: $input)
  }
`);
