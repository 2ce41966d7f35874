import { graphql } from '../gql';

export const SessionFields = graphql(`
  fragment SessionFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      user {
        id
        displayName
        email
      }
      organisation {
        id
        name
      }
      member {
        id
        roles
      }
      organisations {
        id
        name
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const SwitchOrganisationMutation = graphql(`
  mutation SwitchOrganisation($organisationId: ID!) {
    switchOrganisation(organisationId: $organisationId) {
      ...SessionFields
    }
  }
`);

/** Signing in again from the "session ended" dialog, to the same organisation. */
export const ResumeSessionMutation = graphql(`
  mutation ResumeSession($input: LoginInput!) {
    login(input: $input) {
      ...SessionFields
    }
  }
`);
