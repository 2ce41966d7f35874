import { graphql } from '../../gql';

export const AdminScimGroupFieldsFragment = graphql(`
  fragment AdminScimGroupFields on ScimGroup {
    id
    displayName
    role
    communityGroupId
    createdAt
  }
`);

export const ScimSettingsQuery = graphql(`
  query AdminScimSettings {
    scimSettings {
      baseUrl
      tokenCreatedAt
      tokenLastUsedAt
      groups {
        ...AdminScimGroupFields
      }
    }
    communityGroups: groups(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const RotateScimTokenMutation = graphql(`
  mutation AdminRotateScimToken {
    rotateScimToken {
      token
      baseUrl
      createdAt
    }
  }
`);

export const RevokeScimTokenMutation = graphql(`
  mutation AdminRevokeScimToken {
    revokeScimToken
  }
`);

export const MapScimGroupMutation = graphql(`
  mutation AdminMapScimGroup($input: MapScimGroupInput!) {
    mapScimGroup(input: $input) {
      ...AdminScimGroupFields
    }
  }
`);
