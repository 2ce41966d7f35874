import { graphql } from '../../gql';

export const SsoSettingsQuery = graphql(`
  query AdminSsoSettings {
    ssoSettings {
      issuer
      clientId
      clientSecretSet
      allowedDomains
      departmentClaim
      gradeClaim
      requireSso
      breakGlassMemberId
      redirectUri
      signInUrl
    }
    members(first: 50, filter: { role: ADMIN }) {
      edges {
        node {
          id
          user {
            id
            displayName
            email
          }
        }
      }
    }
  }
`);

export const ConfigureSsoMutation = graphql(`
  mutation AdminConfigureSso($input: ConfigureSsoInput!) {
    configureSso(input: $input) {
      issuer
      clientId
      clientSecretSet
      allowedDomains
      departmentClaim
      gradeClaim
      requireSso
      breakGlassMemberId
      redirectUri
      signInUrl
    }
  }
`);

export const RemoveSsoMutation = graphql(`
  mutation AdminRemoveSso {
    removeSso
  }
`);
