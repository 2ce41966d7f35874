/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment VolunteerTaskSummary on CommsTask {\n    id\n    title\n    description\n    kind\n    status\n    effortHours\n    seats\n    seatsFree\n    remote\n    location\n    startsAt\n    dueAt\n    requiredSkills {\n      skillId\n      minLevel\n      skill {\n        id\n        name\n      }\n    }\n  }\n": typeof types.VolunteerTaskSummaryFragmentDoc,
    "\n  query VolunteerForYou($first: Int!) {\n    myMatchedTasks(first: $first) {\n      score\n      explanation\n      computedAt\n      task {\n        ...VolunteerTaskSummary\n      }\n    }\n    myProfile {\n      id\n      skills {\n        level\n        skill {\n          id\n        }\n      }\n      completeness {\n        score\n        missing\n      }\n    }\n  }\n": typeof types.VolunteerForYouDocument,
    "\n  mutation VolunteerTakeUpTask($taskId: ID!) {\n    takeUpMatchedTask(taskId: $taskId) {\n      id\n      status\n    }\n  }\n": typeof types.VolunteerTakeUpTaskDocument,
    "\n  query VolunteerOpenCalls {\n    ambassadorCalls(first: 50) {\n      edges {\n        node {\n          id\n          title\n          pitch\n          status\n          opensAt\n          closesAt\n          publishedAt\n          skillsSought {\n            id\n            name\n          }\n        }\n      }\n    }\n    mySignUps(first: 100) {\n      edges {\n        node {\n          id\n          callId\n          status\n          statusChangedAt\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.VolunteerOpenCallsDocument,
    "\n  mutation VolunteerSignUpForCall($input: AmbassadorSignUpInput!) {\n    signUpAsAmbassador(input: $input) {\n      id\n      callId\n      status\n      statusChangedAt\n      createdAt\n    }\n  }\n": typeof types.VolunteerSignUpForCallDocument,
    "\n  fragment VolunteerAssignment on Assignment {\n    id\n    status\n    explanation\n    offerMessage\n    offeredAt\n    acceptedAt\n    declinedAt\n    declineReason\n    completedAt\n    impact\n    feedback\n    hoursContributed\n    endorsedSkills {\n      id\n      name\n    }\n    task {\n      ...VolunteerTaskSummary\n    }\n  }\n": typeof types.VolunteerAssignmentFragmentDoc,
    "\n  query VolunteerMyOffers {\n    myAssignments(first: 100, statuses: [OFFERED]) {\n      edges {\n        node {\n          ...VolunteerAssignment\n        }\n      }\n    }\n  }\n": typeof types.VolunteerMyOffersDocument,
    "\n  query VolunteerMyTasks {\n    myAssignments(first: 100, statuses: [ACCEPTED, COMPLETED, INTERESTED, WAITLISTED]) {\n      edges {\n        node {\n          ...VolunteerAssignment\n        }\n      }\n    }\n  }\n": typeof types.VolunteerMyTasksDocument,
    "\n  mutation VolunteerAcceptOffer($id: ID!) {\n    acceptAssignment(id: $id) {\n      ...VolunteerAssignment\n    }\n  }\n": typeof types.VolunteerAcceptOfferDocument,
    "\n  mutation VolunteerDeclineOffer($input: DecideAssignmentInput!) {\n    declineAssignment(input: $input) {\n      ...VolunteerAssignment\n    }\n  }\n": typeof types.VolunteerDeclineOfferDocument,
    "\n  mutation VolunteerMarkDone($input: MarkAssignmentDoneInput!) {\n    markAssignmentDone(input: $input) {\n      ...VolunteerAssignment\n    }\n  }\n": typeof types.VolunteerMarkDoneDocument,
    "\n  fragment VolunteerProfile on Profile {\n    id\n    displayName\n    headline\n    bio\n    availableHoursPerMonth\n    interests\n    links {\n      kind\n      url\n    }\n    skills {\n      level\n      levelName\n      years\n      skill {\n        id\n        name\n        category\n      }\n    }\n    wantsToDevelop {\n      id\n      name\n    }\n    visibility\n    interestsTargetingConsent\n    completeness {\n      score\n      missing\n    }\n    updatedAt\n  }\n": typeof types.VolunteerProfileFragmentDoc,
    "\n  query VolunteerMyProfile {\n    myProfile {\n      ...VolunteerProfile\n    }\n  }\n": typeof types.VolunteerMyProfileDocument,
    "\n  mutation VolunteerUpdateProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...VolunteerProfile\n    }\n  }\n": typeof types.VolunteerUpdateProfileDocument,
    "\n  mutation VolunteerUpdatePrivacy($input: UpdateProfilePrivacyInput!) {\n    updateMyProfilePrivacy(input: $input) {\n      ...VolunteerProfile\n    }\n  }\n": typeof types.VolunteerUpdatePrivacyDocument,
    "\n  query VolunteerLookupSkills($name: String!) {\n    lookupSkills(name: $name, first: 8) {\n      id\n      name\n      category\n    }\n  }\n": typeof types.VolunteerLookupSkillsDocument,
    "\n  fragment VolunteerNotification on Notification {\n    id\n    kind\n    title\n    body\n    count\n    data\n    createdAt\n    readAt\n  }\n": typeof types.VolunteerNotificationFragmentDoc,
    "\n  query VolunteerMyNotifications($after: String) {\n    myNotifications(first: 30, after: $after) {\n      edges {\n        node {\n          ...VolunteerNotification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.VolunteerMyNotificationsDocument,
    "\n  query VolunteerUnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n": typeof types.VolunteerUnreadCountDocument,
    "\n  subscription VolunteerNotificationAdded {\n    notificationAdded {\n      ...VolunteerNotification\n    }\n  }\n": typeof types.VolunteerNotificationAddedDocument,
    "\n  mutation VolunteerMarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.VolunteerMarkNotificationsReadDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      user {\n        id\n        displayName\n        email\n      }\n      organisation {\n        id\n        name\n      }\n      member {\n        id\n        roles\n      }\n      organisations {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SwitchOrganisation($organisationId: ID!) {\n    switchOrganisation(organisationId: $organisationId) {\n      ...SessionFields\n    }\n  }\n": typeof types.SwitchOrganisationDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  fragment VolunteerTaskSummary on CommsTask {\n    id\n    title\n    description\n    kind\n    status\n    effortHours\n    seats\n    seatsFree\n    remote\n    location\n    startsAt\n    dueAt\n    requiredSkills {\n      skillId\n      minLevel\n      skill {\n        id\n        name\n      }\n    }\n  }\n": types.VolunteerTaskSummaryFragmentDoc,
    "\n  query VolunteerForYou($first: Int!) {\n    myMatchedTasks(first: $first) {\n      score\n      explanation\n      computedAt\n      task {\n        ...VolunteerTaskSummary\n      }\n    }\n    myProfile {\n      id\n      skills {\n        level\n        skill {\n          id\n        }\n      }\n      completeness {\n        score\n        missing\n      }\n    }\n  }\n": types.VolunteerForYouDocument,
    "\n  mutation VolunteerTakeUpTask($taskId: ID!) {\n    takeUpMatchedTask(taskId: $taskId) {\n      id\n      status\n    }\n  }\n": types.VolunteerTakeUpTaskDocument,
    "\n  query VolunteerOpenCalls {\n    ambassadorCalls(first: 50) {\n      edges {\n        node {\n          id\n          title\n          pitch\n          status\n          opensAt\n          closesAt\n          publishedAt\n          skillsSought {\n            id\n            name\n          }\n        }\n      }\n    }\n    mySignUps(first: 100) {\n      edges {\n        node {\n          id\n          callId\n          status\n          statusChangedAt\n          createdAt\n        }\n      }\n    }\n  }\n": types.VolunteerOpenCallsDocument,
    "\n  mutation VolunteerSignUpForCall($input: AmbassadorSignUpInput!) {\n    signUpAsAmbassador(input: $input) {\n      id\n      callId\n      status\n      statusChangedAt\n      createdAt\n    }\n  }\n": types.VolunteerSignUpForCallDocument,
    "\n  fragment VolunteerAssignment on Assignment {\n    id\n    status\n    explanation\n    offerMessage\n    offeredAt\n    acceptedAt\n    declinedAt\n    declineReason\n    completedAt\n    impact\n    feedback\n    hoursContributed\n    endorsedSkills {\n      id\n      name\n    }\n    task {\n      ...VolunteerTaskSummary\n    }\n  }\n": types.VolunteerAssignmentFragmentDoc,
    "\n  query VolunteerMyOffers {\n    myAssignments(first: 100, statuses: [OFFERED]) {\n      edges {\n        node {\n          ...VolunteerAssignment\n        }\n      }\n    }\n  }\n": types.VolunteerMyOffersDocument,
    "\n  query VolunteerMyTasks {\n    myAssignments(first: 100, statuses: [ACCEPTED, COMPLETED, INTERESTED, WAITLISTED]) {\n      edges {\n        node {\n          ...VolunteerAssignment\n        }\n      }\n    }\n  }\n": types.VolunteerMyTasksDocument,
    "\n  mutation VolunteerAcceptOffer($id: ID!) {\n    acceptAssignment(id: $id) {\n      ...VolunteerAssignment\n    }\n  }\n": types.VolunteerAcceptOfferDocument,
    "\n  mutation VolunteerDeclineOffer($input: DecideAssignmentInput!) {\n    declineAssignment(input: $input) {\n      ...VolunteerAssignment\n    }\n  }\n": types.VolunteerDeclineOfferDocument,
    "\n  mutation VolunteerMarkDone($input: MarkAssignmentDoneInput!) {\n    markAssignmentDone(input: $input) {\n      ...VolunteerAssignment\n    }\n  }\n": types.VolunteerMarkDoneDocument,
    "\n  fragment VolunteerProfile on Profile {\n    id\n    displayName\n    headline\n    bio\n    availableHoursPerMonth\n    interests\n    links {\n      kind\n      url\n    }\n    skills {\n      level\n      levelName\n      years\n      skill {\n        id\n        name\n        category\n      }\n    }\n    wantsToDevelop {\n      id\n      name\n    }\n    visibility\n    interestsTargetingConsent\n    completeness {\n      score\n      missing\n    }\n    updatedAt\n  }\n": types.VolunteerProfileFragmentDoc,
    "\n  query VolunteerMyProfile {\n    myProfile {\n      ...VolunteerProfile\n    }\n  }\n": types.VolunteerMyProfileDocument,
    "\n  mutation VolunteerUpdateProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...VolunteerProfile\n    }\n  }\n": types.VolunteerUpdateProfileDocument,
    "\n  mutation VolunteerUpdatePrivacy($input: UpdateProfilePrivacyInput!) {\n    updateMyProfilePrivacy(input: $input) {\n      ...VolunteerProfile\n    }\n  }\n": types.VolunteerUpdatePrivacyDocument,
    "\n  query VolunteerLookupSkills($name: String!) {\n    lookupSkills(name: $name, first: 8) {\n      id\n      name\n      category\n    }\n  }\n": types.VolunteerLookupSkillsDocument,
    "\n  fragment VolunteerNotification on Notification {\n    id\n    kind\n    title\n    body\n    count\n    data\n    createdAt\n    readAt\n  }\n": types.VolunteerNotificationFragmentDoc,
    "\n  query VolunteerMyNotifications($after: String) {\n    myNotifications(first: 30, after: $after) {\n      edges {\n        node {\n          ...VolunteerNotification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.VolunteerMyNotificationsDocument,
    "\n  query VolunteerUnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n": types.VolunteerUnreadCountDocument,
    "\n  subscription VolunteerNotificationAdded {\n    notificationAdded {\n      ...VolunteerNotification\n    }\n  }\n": types.VolunteerNotificationAddedDocument,
    "\n  mutation VolunteerMarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.VolunteerMarkNotificationsReadDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      user {\n        id\n        displayName\n        email\n      }\n      organisation {\n        id\n        name\n      }\n      member {\n        id\n        roles\n      }\n      organisations {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation SwitchOrganisation($organisationId: ID!) {\n    switchOrganisation(organisationId: $organisationId) {\n      ...SessionFields\n    }\n  }\n": types.SwitchOrganisationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VolunteerTaskSummary on CommsTask {\n    id\n    title\n    description\n    kind\n    status\n    effortHours\n    seats\n    seatsFree\n    remote\n    location\n    startsAt\n    dueAt\n    requiredSkills {\n      skillId\n      minLevel\n      skill {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment VolunteerTaskSummary on CommsTask {\n    id\n    title\n    description\n    kind\n    status\n    effortHours\n    seats\n    seatsFree\n    remote\n    location\n    startsAt\n    dueAt\n    requiredSkills {\n      skillId\n      minLevel\n      skill {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerForYou($first: Int!) {\n    myMatchedTasks(first: $first) {\n      score\n      explanation\n      computedAt\n      task {\n        ...VolunteerTaskSummary\n      }\n    }\n    myProfile {\n      id\n      skills {\n        level\n        skill {\n          id\n        }\n      }\n      completeness {\n        score\n        missing\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerForYou($first: Int!) {\n    myMatchedTasks(first: $first) {\n      score\n      explanation\n      computedAt\n      task {\n        ...VolunteerTaskSummary\n      }\n    }\n    myProfile {\n      id\n      skills {\n        level\n        skill {\n          id\n        }\n      }\n      completeness {\n        score\n        missing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerTakeUpTask($taskId: ID!) {\n    takeUpMatchedTask(taskId: $taskId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerTakeUpTask($taskId: ID!) {\n    takeUpMatchedTask(taskId: $taskId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerOpenCalls {\n    ambassadorCalls(first: 50) {\n      edges {\n        node {\n          id\n          title\n          pitch\n          status\n          opensAt\n          closesAt\n          publishedAt\n          skillsSought {\n            id\n            name\n          }\n        }\n      }\n    }\n    mySignUps(first: 100) {\n      edges {\n        node {\n          id\n          callId\n          status\n          statusChangedAt\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerOpenCalls {\n    ambassadorCalls(first: 50) {\n      edges {\n        node {\n          id\n          title\n          pitch\n          status\n          opensAt\n          closesAt\n          publishedAt\n          skillsSought {\n            id\n            name\n          }\n        }\n      }\n    }\n    mySignUps(first: 100) {\n      edges {\n        node {\n          id\n          callId\n          status\n          statusChangedAt\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerSignUpForCall($input: AmbassadorSignUpInput!) {\n    signUpAsAmbassador(input: $input) {\n      id\n      callId\n      status\n      statusChangedAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerSignUpForCall($input: AmbassadorSignUpInput!) {\n    signUpAsAmbassador(input: $input) {\n      id\n      callId\n      status\n      statusChangedAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VolunteerAssignment on Assignment {\n    id\n    status\n    explanation\n    offerMessage\n    offeredAt\n    acceptedAt\n    declinedAt\n    declineReason\n    completedAt\n    impact\n    feedback\n    hoursContributed\n    endorsedSkills {\n      id\n      name\n    }\n    task {\n      ...VolunteerTaskSummary\n    }\n  }\n"): (typeof documents)["\n  fragment VolunteerAssignment on Assignment {\n    id\n    status\n    explanation\n    offerMessage\n    offeredAt\n    acceptedAt\n    declinedAt\n    declineReason\n    completedAt\n    impact\n    feedback\n    hoursContributed\n    endorsedSkills {\n      id\n      name\n    }\n    task {\n      ...VolunteerTaskSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerMyOffers {\n    myAssignments(first: 100, statuses: [OFFERED]) {\n      edges {\n        node {\n          ...VolunteerAssignment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerMyOffers {\n    myAssignments(first: 100, statuses: [OFFERED]) {\n      edges {\n        node {\n          ...VolunteerAssignment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerMyTasks {\n    myAssignments(first: 100, statuses: [ACCEPTED, COMPLETED, INTERESTED, WAITLISTED]) {\n      edges {\n        node {\n          ...VolunteerAssignment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerMyTasks {\n    myAssignments(first: 100, statuses: [ACCEPTED, COMPLETED, INTERESTED, WAITLISTED]) {\n      edges {\n        node {\n          ...VolunteerAssignment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerAcceptOffer($id: ID!) {\n    acceptAssignment(id: $id) {\n      ...VolunteerAssignment\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerAcceptOffer($id: ID!) {\n    acceptAssignment(id: $id) {\n      ...VolunteerAssignment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerDeclineOffer($input: DecideAssignmentInput!) {\n    declineAssignment(input: $input) {\n      ...VolunteerAssignment\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerDeclineOffer($input: DecideAssignmentInput!) {\n    declineAssignment(input: $input) {\n      ...VolunteerAssignment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerMarkDone($input: MarkAssignmentDoneInput!) {\n    markAssignmentDone(input: $input) {\n      ...VolunteerAssignment\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerMarkDone($input: MarkAssignmentDoneInput!) {\n    markAssignmentDone(input: $input) {\n      ...VolunteerAssignment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VolunteerProfile on Profile {\n    id\n    displayName\n    headline\n    bio\n    availableHoursPerMonth\n    interests\n    links {\n      kind\n      url\n    }\n    skills {\n      level\n      levelName\n      years\n      skill {\n        id\n        name\n        category\n      }\n    }\n    wantsToDevelop {\n      id\n      name\n    }\n    visibility\n    interestsTargetingConsent\n    completeness {\n      score\n      missing\n    }\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment VolunteerProfile on Profile {\n    id\n    displayName\n    headline\n    bio\n    availableHoursPerMonth\n    interests\n    links {\n      kind\n      url\n    }\n    skills {\n      level\n      levelName\n      years\n      skill {\n        id\n        name\n        category\n      }\n    }\n    wantsToDevelop {\n      id\n      name\n    }\n    visibility\n    interestsTargetingConsent\n    completeness {\n      score\n      missing\n    }\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerMyProfile {\n    myProfile {\n      ...VolunteerProfile\n    }\n  }\n"): (typeof documents)["\n  query VolunteerMyProfile {\n    myProfile {\n      ...VolunteerProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerUpdateProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...VolunteerProfile\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerUpdateProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...VolunteerProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerUpdatePrivacy($input: UpdateProfilePrivacyInput!) {\n    updateMyProfilePrivacy(input: $input) {\n      ...VolunteerProfile\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerUpdatePrivacy($input: UpdateProfilePrivacyInput!) {\n    updateMyProfilePrivacy(input: $input) {\n      ...VolunteerProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerLookupSkills($name: String!) {\n    lookupSkills(name: $name, first: 8) {\n      id\n      name\n      category\n    }\n  }\n"): (typeof documents)["\n  query VolunteerLookupSkills($name: String!) {\n    lookupSkills(name: $name, first: 8) {\n      id\n      name\n      category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VolunteerNotification on Notification {\n    id\n    kind\n    title\n    body\n    count\n    data\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment VolunteerNotification on Notification {\n    id\n    kind\n    title\n    body\n    count\n    data\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerMyNotifications($after: String) {\n    myNotifications(first: 30, after: $after) {\n      edges {\n        node {\n          ...VolunteerNotification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerMyNotifications($after: String) {\n    myNotifications(first: 30, after: $after) {\n      edges {\n        node {\n          ...VolunteerNotification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerUnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query VolunteerUnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription VolunteerNotificationAdded {\n    notificationAdded {\n      ...VolunteerNotification\n    }\n  }\n"): (typeof documents)["\n  subscription VolunteerNotificationAdded {\n    notificationAdded {\n      ...VolunteerNotification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerMarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation VolunteerMarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      user {\n        id\n        displayName\n        email\n      }\n      organisation {\n        id\n        name\n      }\n      member {\n        id\n        roles\n      }\n      organisations {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      user {\n        id\n        displayName\n        email\n      }\n      organisation {\n        id\n        name\n      }\n      member {\n        id\n        roles\n      }\n      organisations {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchOrganisation($organisationId: ID!) {\n    switchOrganisation(organisationId: $organisationId) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchOrganisation($organisationId: ID!) {\n    switchOrganisation(organisationId: $organisationId) {\n      ...SessionFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;