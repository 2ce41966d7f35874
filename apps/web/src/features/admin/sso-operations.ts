import { graphql } from '../../gql';

export const AdminSsoSettingsFieldsFragment = graphql(`
  fragment AdminSsoSettingsFields on SsoSettings {
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
`);

export const SsoSettingsQuery = graphql(`
  query AdminSsoSettings {
    ssoSettings {
      ...AdminSsoSettingsFields
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
      ...AdminSsoSettingsFields
    }
  }
`);

export const RemoveSsoMutation = graphql(`
  mutation AdminRemoveSso {
    removeSso
  }
`);
