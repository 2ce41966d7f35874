/** GraphQL documents used across the end-to-end tests, written once. */
export const AUTH_FIELDS = `
  accessToken refreshToken accessTokenExpiresAt
  user { id email displayName }
  organisation { id name slug }
  member { id roles status }
`;

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { ${AUTH_FIELDS} } }`;
export const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { ${AUTH_FIELDS} } }`;
export const REFRESH = `mutation Refresh($token: String!) { refresh(refreshToken: $token) { ${AUTH_FIELDS} } }`;
export const LOGOUT = `mutation { logout }`;
export const ME = `query { me { user { id email } organisation { id name } member { id roles department } organisations { id name } } }`;
export const INVITE = `mutation Invite($input: InviteMemberInput!) { inviteMember(input: $input) { id email roles expiresAt } }`;
export const ACCEPT = `mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${AUTH_FIELDS} } }`;
export const MEMBERS = `query Members($first: Int, $after: String, $filter: MemberFilter) {
  members(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id roles department grade location status user { id email displayName } } }
  }
}`;
export const MEMBER = `query Member($id: ID!) { member(id: $id) { id roles user { email } } }`;
export const CHANGE_ROLES = `mutation ChangeRoles($input: ChangeRolesInput!) { changeMemberRoles(input: $input) { id roles } }`;
export const UPDATE_MEMBER = `mutation UpdateMember($input: UpdateMemberInput!) { updateMember(input: $input) { id department grade location } }`;
export const DEACTIVATE = `mutation Deactivate($id: ID!) { deactivateMember(id: $id) { id status } }`;
export const REACTIVATE = `mutation Reactivate($id: ID!) { reactivateMember(id: $id) { id status } }`;
export const REVOKE_INVITATION = `mutation Revoke($id: ID!) { revokeInvitation(id: $id) { id } }`;
export const SWITCH_ORGANISATION = `mutation Switch($id: ID!) { switchOrganisation(organisationId: $id) { ${AUTH_FIELDS} } }`;
export const CHANGE_PASSWORD = `mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { ${AUTH_FIELDS} } }`;
export const CREATE_ORGANISATION = `mutation CreateOrganisation($name: String!) { createOrganisation(name: $name) { ${AUTH_FIELDS} } }`;
