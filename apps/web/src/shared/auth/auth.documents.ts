import { graphql } from '../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      displayName
      email
      roles
      memberships {
        role
        organization {
          id
          name
          type
          sector
        }
      }
    }
  }
`);

export const DevUsersQuery = graphql(`
  query DevUsers {
    devUsers {
      email
      displayName
      roles
      organizations
    }
  }
`);

export const DevLoginMutation = graphql(`
  mutation DevLogin($email: String!) {
    devLogin(email: $email) {
      token
    }
  }
`);
