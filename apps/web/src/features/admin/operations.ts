import { graphql } from '../../gql';

export const AdminMembersQuery = graphql(`
  query AdminMembers($filter: MemberFilter, $after: String) {
    members(first: 50, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          roles
          status
          department
          createdAt
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

export const ChangeRolesMutation = graphql(`
  mutation AdminChangeRoles($input: ChangeRolesInput!) {
    changeMemberRoles(input: $input) {
      id
      roles
    }
  }
`);

export const DeactivateMemberMutation = graphql(`
  mutation AdminDeactivateMember($id: ID!) {
    deactivateMember(id: $id) {
      id
      status
    }
  }
`);

export const ReactivateMemberMutation = graphql(`
  mutation AdminReactivateMember($id: ID!) {
    reactivateMember(id: $id) {
      id
      status
    }
  }
`);

export const PendingInvitationsQuery = graphql(`
  query AdminPendingInvitations {
    pendingInvitations {
      id
      email
      roles
      department
      grade
      location
      createdAt
      expiresAt
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation AdminInviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      roles
      createdAt
      expiresAt
    }
  }
`);

export const InviteMembersMutation = graphql(`
  mutation AdminInviteMembers($input: [InviteMemberInput!]!, $newDepartments: [String!]) {
    inviteMembers(input: $input, newDepartments: $newDepartments) {
      row
      email
      code
      message
      retryAfter
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation AdminRevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
    }
  }
`);

export const SetDefaultVisibilityMutation = graphql(`
  mutation AdminSetDefaultVisibility($visibility: ProfileVisibility!) {
    setDefaultProfileVisibility(visibility: $visibility)
  }
`);

export const OrganisationSettingsQuery = graphql(`
  query AdminOrganisationSettings {
    organisationSettings {
      name
      defaultProfileVisibility
      followEveryoneByDefault
    }
  }
`);

export const RenameOrganisationMutation = graphql(`
  mutation AdminRenameOrganisation($name: String!) {
    renameOrganisation(name: $name) {
      id
      name
    }
  }
`);
