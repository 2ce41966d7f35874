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
    "\n  fragment AdminAnnouncementDestinationFields on AnnouncementDestination {\n    id\n    kind\n    name\n    urlHost\n    events\n    pausedAt\n    lastStatus\n    lastError\n    lastAttemptAt\n    lastSuccessAt\n    consecutiveFailures\n    previousSecretExpiresAt\n    createdAt\n  }\n": typeof types.AdminAnnouncementDestinationFieldsFragmentDoc,
    "\n  query AdminAnnouncementDestinations {\n    announcementDestinations {\n      ...AdminAnnouncementDestinationFields\n    }\n  }\n": typeof types.AdminAnnouncementDestinationsDocument,
    "\n  mutation AdminCreateAnnouncementDestination($input: CreateAnnouncementDestinationInput!) {\n    createAnnouncementDestination(input: $input) {\n      signingSecret\n      destination {\n        ...AdminAnnouncementDestinationFields\n      }\n    }\n  }\n": typeof types.AdminCreateAnnouncementDestinationDocument,
    "\n  mutation AdminUpdateAnnouncementDestination($input: UpdateAnnouncementDestinationInput!) {\n    updateAnnouncementDestination(input: $input) {\n      ...AdminAnnouncementDestinationFields\n    }\n  }\n": typeof types.AdminUpdateAnnouncementDestinationDocument,
    "\n  mutation AdminDeleteAnnouncementDestination($id: ID!) {\n    deleteAnnouncementDestination(id: $id) {\n      id\n    }\n  }\n": typeof types.AdminDeleteAnnouncementDestinationDocument,
    "\n  mutation AdminResumeAnnouncementDestination($id: ID!) {\n    resumeAnnouncementDestination(id: $id) {\n      ...AdminAnnouncementDestinationFields\n    }\n  }\n": typeof types.AdminResumeAnnouncementDestinationDocument,
    "\n  mutation AdminSendTestAnnouncement($id: ID!) {\n    sendTestAnnouncement(id: $id) {\n      ...AdminAnnouncementDestinationFields\n    }\n  }\n": typeof types.AdminSendTestAnnouncementDocument,
    "\n  mutation AdminRotateAnnouncementSigningSecret($id: ID!, $keepPreviousHours: Int!) {\n    rotateAnnouncementSigningSecret(id: $id, keepPreviousHours: $keepPreviousHours) {\n      signingSecret\n      destination {\n        ...AdminAnnouncementDestinationFields\n      }\n    }\n  }\n": typeof types.AdminRotateAnnouncementSigningSecretDocument,
    "\n  query AdminAuditLog($filter: AuditLogFilter, $after: String) {\n    auditLog(first: 50, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          action\n          actorMemberId\n          actorName\n          subjectMemberId\n          subjectName\n          query\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AdminAuditLogDocument,
    "\n  query AdminExportAuditLog($filter: AuditLogFilter) {\n    exportAuditLog(filter: $filter)\n  }\n": typeof types.AdminExportAuditLogDocument,
    "\n  query AdminAuditActors($search: String) {\n    members(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminAuditActorsDocument,
    "\n  query AdminErasureRequests {\n    erasureRequests {\n      id\n      status\n      notBefore\n      createdAt\n      completedAt\n      requestedByAdmin\n      erasedRecords\n      anonymisedRecords\n      member {\n        id\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n    organisationSettings {\n      keepRepliedContentOnErasure\n    }\n  }\n": typeof types.AdminErasureRequestsDocument,
    "\n  query AdminErasureCandidates($search: String) {\n    members(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          user {\n            id\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminErasureCandidatesDocument,
    "\n  mutation AdminEraseMember($memberId: ID!) {\n    eraseMember(memberId: $memberId) {\n      id\n      status\n      notBefore\n    }\n  }\n": typeof types.AdminEraseMemberDocument,
    "\n  mutation AdminCancelErasure($memberId: ID!) {\n    cancelErasure(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": typeof types.AdminCancelErasureDocument,
    "\n  mutation AdminKeepRepliedContent($enabled: Boolean!) {\n    setKeepRepliedContentOnErasure(enabled: $enabled)\n  }\n": typeof types.AdminKeepRepliedContentDocument,
    "\n  query AdminMembers($filter: MemberFilter, $after: String) {\n    members(first: 50, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          roles\n          status\n          department\n          createdAt\n          user {\n            id\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminMembersDocument,
    "\n  mutation AdminChangeRoles($input: ChangeRolesInput!) {\n    changeMemberRoles(input: $input) {\n      id\n      roles\n    }\n  }\n": typeof types.AdminChangeRolesDocument,
    "\n  mutation AdminDeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AdminDeactivateMemberDocument,
    "\n  mutation AdminReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AdminReactivateMemberDocument,
    "\n  query AdminPendingInvitations {\n    pendingInvitations {\n      id\n      email\n      roles\n      department\n      grade\n      location\n      createdAt\n      expiresAt\n    }\n  }\n": typeof types.AdminPendingInvitationsDocument,
    "\n  mutation AdminInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      roles\n      createdAt\n      expiresAt\n    }\n  }\n": typeof types.AdminInviteMemberDocument,
    "\n  mutation AdminInviteMembers($input: [InviteMemberInput!]!, $newDepartments: [String!]) {\n    inviteMembers(input: $input, newDepartments: $newDepartments) {\n      row\n      email\n      code\n      message\n      retryAfter\n    }\n  }\n": typeof types.AdminInviteMembersDocument,
    "\n  mutation AdminRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n": typeof types.AdminRevokeInvitationDocument,
    "\n  mutation AdminSetDefaultVisibility($visibility: ProfileVisibility!) {\n    setDefaultProfileVisibility(visibility: $visibility)\n  }\n": typeof types.AdminSetDefaultVisibilityDocument,
    "\n  query AdminOrganisationSettings {\n    organisationSettings {\n      name\n      defaultProfileVisibility\n      followEveryoneByDefault\n    }\n  }\n": typeof types.AdminOrganisationSettingsDocument,
    "\n  mutation AdminRenameOrganisation($name: String!) {\n    renameOrganisation(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.AdminRenameOrganisationDocument,
    "\n  query AdminRetentionSettings {\n    retentionSettings {\n      lastRunAt\n      periods {\n        kind\n        days\n        defaultDays\n        minDays\n        maxDays\n        changedAt\n        lastRemoved\n      }\n    }\n  }\n": typeof types.AdminRetentionSettingsDocument,
    "\n  mutation AdminSetRetentionPeriod($input: SetRetentionPeriodInput!) {\n    setRetentionPeriod(input: $input) {\n      kind\n      days\n      changedAt\n    }\n  }\n": typeof types.AdminSetRetentionPeriodDocument,
    "\n  fragment AdminScimGroupFields on ScimGroup {\n    id\n    displayName\n    role\n    communityGroupId\n    createdAt\n  }\n": typeof types.AdminScimGroupFieldsFragmentDoc,
    "\n  query AdminScimSettings {\n    scimSettings {\n      baseUrl\n      tokenCreatedAt\n      tokenLastUsedAt\n      groups {\n        ...AdminScimGroupFields\n      }\n    }\n    communityGroups: groups(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminScimSettingsDocument,
    "\n  mutation AdminRotateScimToken {\n    rotateScimToken {\n      token\n      baseUrl\n      createdAt\n    }\n  }\n": typeof types.AdminRotateScimTokenDocument,
    "\n  mutation AdminRevokeScimToken {\n    revokeScimToken\n  }\n": typeof types.AdminRevokeScimTokenDocument,
    "\n  mutation AdminMapScimGroup($input: MapScimGroupInput!) {\n    mapScimGroup(input: $input) {\n      ...AdminScimGroupFields\n    }\n  }\n": typeof types.AdminMapScimGroupDocument,
    "\n  fragment AdminSsoSettingsFields on SsoSettings {\n    issuer\n    clientId\n    clientSecretSet\n    allowedDomains\n    departmentClaim\n    gradeClaim\n    requireSso\n    breakGlassMemberId\n    redirectUri\n    signInUrl\n  }\n": typeof types.AdminSsoSettingsFieldsFragmentDoc,
    "\n  query AdminSsoSettings {\n    ssoSettings {\n      ...AdminSsoSettingsFields\n    }\n    members(first: 50, filter: { role: ADMIN }) {\n      edges {\n        node {\n          id\n          user {\n            id\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminSsoSettingsDocument,
    "\n  mutation AdminConfigureSso($input: ConfigureSsoInput!) {\n    configureSso(input: $input) {\n      ...AdminSsoSettingsFields\n    }\n  }\n": typeof types.AdminConfigureSsoDocument,
    "\n  mutation AdminRemoveSso {\n    removeSso\n  }\n": typeof types.AdminRemoveSsoDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query CalendarsMyFeed {\n    myCalendarFeed {\n      id\n      createdAt\n    }\n  }\n": typeof types.CalendarsMyFeedDocument,
    "\n  mutation CalendarsCreateFeed {\n    createCalendarFeed {\n      url\n      feed {\n        id\n        createdAt\n      }\n    }\n  }\n": typeof types.CalendarsCreateFeedDocument,
    "\n  mutation CalendarsRevokeFeed {\n    revokeCalendarFeed\n  }\n": typeof types.CalendarsRevokeFeedDocument,
    "\n  fragment CampaignFields on Campaign {\n    id\n    name\n    aims\n    startsOn\n    endsOn\n    cadence\n    targetPerPeriod\n    audience\n    participantMemberIds\n    participantGroupIds\n    channels\n    hashtag\n    createdAt\n  }\n": typeof types.CampaignFieldsFragmentDoc,
    "\n  fragment CampaignShareFields on CampaignShare {\n    id\n    campaignId\n    membershipId\n    channel\n    form\n    url\n    title\n    sharedOn\n    likes\n    comments\n    reshares\n    views\n    baseline\n    member {\n      id\n      department\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CampaignShareFieldsFragmentDoc,
    "\n  fragment CampaignMetricsFields on CampaignMetrics {\n    from\n    to\n    participants\n    shares\n    participantsMeetingTarget\n    participationRate\n    interactions\n    interactionsPerShare\n    posts\n    replies\n    reactions\n    sharesByForm {\n      key\n      count\n    }\n    sharesByChannel {\n      key\n      count\n    }\n    followerGrowth {\n      channel\n      start\n      end\n      growth\n    }\n  }\n": typeof types.CampaignMetricsFieldsFragmentDoc,
    "\n  fragment SurveyFields on Survey {\n    id\n    campaignId\n    title\n    anonymous\n    closedAt\n    createdAt\n    questions {\n      id\n      kind\n      prompt\n      options\n    }\n  }\n": typeof types.SurveyFieldsFragmentDoc,
    "\n  query CampaignList($first: Int, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...CampaignFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CampaignListDocument,
    "\n  query CampaignOverview($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignFields\n    }\n    myCampaignProgress(campaignId: $id) {\n      participating\n      periodIndex\n      from\n      to\n      shares\n      target\n    }\n    campaignSurveys(campaignId: $id) {\n      ...SurveyFields\n    }\n  }\n": typeof types.CampaignOverviewDocument,
    "\n  query CampaignMyShares($campaignId: ID!) {\n    campaignShares(campaignId: $campaignId) {\n      ...CampaignShareFields\n    }\n  }\n": typeof types.CampaignMySharesDocument,
    "\n  query CampaignMembers($search: String, $after: String) {\n    members(first: 100, after: $after, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CampaignMembersDocument,
    "\n  mutation CampaignCreate($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n": typeof types.CampaignCreateDocument,
    "\n  mutation CampaignLogShare($input: LogShareInput!) {\n    logCampaignShare(input: $input) {\n      ...CampaignShareFields\n    }\n  }\n": typeof types.CampaignLogShareDocument,
    "\n  mutation CampaignUpdateInteractions($input: UpdateShareInteractionsInput!) {\n    updateCampaignShareInteractions(input: $input) {\n      ...CampaignShareFields\n    }\n  }\n": typeof types.CampaignUpdateInteractionsDocument,
    "\n  fragment CampaignPeriodFields on PeriodComparison {\n    index\n    current {\n      ...CampaignMetricsFields\n    }\n    baseline {\n      ...CampaignMetricsFields\n    }\n  }\n": typeof types.CampaignPeriodFieldsFragmentDoc,
    "\n  query CampaignDashboard($campaignId: ID!) {\n    campaignReport(campaignId: $campaignId) {\n      campaign {\n        ...CampaignFields\n      }\n      periods {\n        ...CampaignPeriodFields\n      }\n      overall {\n        ...CampaignPeriodFields\n      }\n      buddyRounds {\n        round\n        pairs\n        met\n        completionRate\n      }\n    }\n  }\n": typeof types.CampaignDashboardDocument,
    "\n  query CampaignNonSharers($campaignId: ID!) {\n    campaignNonSharers(campaignId: $campaignId) {\n      from\n      to\n      memberIds\n      members {\n        id\n        department\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.CampaignNonSharersDocument,
    "\n  mutation CampaignRemindNonSharers($campaignId: ID!) {\n    remindCampaignNonSharers(campaignId: $campaignId)\n  }\n": typeof types.CampaignRemindNonSharersDocument,
    "\n  query CampaignExportReport($campaignId: ID!) {\n    exportCampaignReport(campaignId: $campaignId)\n  }\n": typeof types.CampaignExportReportDocument,
    "\n  fragment CampaignDigestFields on CampaignDigest {\n    id\n    campaignId\n    periodIndex\n    note\n    highlightShareIds\n    publishedAt\n    postId\n    body\n    failedAttempts\n    lastError\n    unpublishedAt\n  }\n": typeof types.CampaignDigestFieldsFragmentDoc,
    "\n  query CampaignDigestScreen($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      ...CampaignFields\n    }\n    campaignDigests(campaignId: $campaignId) {\n      ...CampaignDigestFields\n    }\n    campaignShares(campaignId: $campaignId) {\n      ...CampaignShareFields\n    }\n  }\n": typeof types.CampaignDigestScreenDocument,
    "\n  mutation CampaignCurateDigest($input: CurateDigestInput!) {\n    curateCampaignDigest(input: $input) {\n      ...CampaignDigestFields\n    }\n  }\n": typeof types.CampaignCurateDigestDocument,
    "\n  mutation CampaignPublishDigest($campaignId: ID!, $periodIndex: Int!) {\n    publishCampaignDigest(campaignId: $campaignId, periodIndex: $periodIndex) {\n      ...CampaignDigestFields\n    }\n  }\n": typeof types.CampaignPublishDigestDocument,
    "\n  mutation CampaignCreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n": typeof types.CampaignCreateSurveyDocument,
    "\n  mutation CampaignCloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      ...SurveyFields\n    }\n  }\n": typeof types.CampaignCloseSurveyDocument,
    "\n  fragment SurveyResponseFields on SurveyResponse {\n    id\n    answers {\n      questionId\n      text\n      choices\n      scale\n    }\n  }\n": typeof types.SurveyResponseFieldsFragmentDoc,
    "\n  query CampaignSurvey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n    mySurveyResponse(surveyId: $id) {\n      ...SurveyResponseFields\n    }\n  }\n": typeof types.CampaignSurveyDocument,
    "\n  mutation CampaignSubmitSurvey($input: SurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      ...SurveyResponseFields\n    }\n  }\n": typeof types.CampaignSubmitSurveyDocument,
    "\n  mutation CampaignUpdateSurveyResponse($input: SurveyResponseInput!) {\n    updateSurveyResponse(input: $input) {\n      ...SurveyResponseFields\n    }\n  }\n": typeof types.CampaignUpdateSurveyResponseDocument,
    "\n  query CampaignSurveyResults($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) {\n      responses\n      withheldBelow\n      survey {\n        ...SurveyFields\n      }\n      questions {\n        questionId\n        kind\n        prompt\n        answered\n        average\n        distribution {\n          key\n          count\n        }\n        texts\n      }\n    }\n  }\n": typeof types.CampaignSurveyResultsDocument,
    "\n  query CampaignExportSurveyResults($surveyId: ID!) {\n    exportSurveyResults(surveyId: $surveyId)\n  }\n": typeof types.CampaignExportSurveyResultsDocument,
    "\n  query CampaignFollowerSnapshots {\n    followerSnapshots {\n      id\n      channel\n      takenOn\n      followers\n    }\n  }\n": typeof types.CampaignFollowerSnapshotsDocument,
    "\n  mutation CampaignRecordFollowers($input: RecordFollowerSnapshotsInput!) {\n    recordFollowerSnapshots(input: $input) {\n      id\n      channel\n      takenOn\n      followers\n    }\n  }\n": typeof types.CampaignRecordFollowersDocument,
    "\n  fragment BuddyPairFields on BuddyPair {\n    id\n    round\n    memberIds\n    metAt\n    createdAt\n    members {\n      id\n      department\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.BuddyPairFieldsFragmentDoc,
    "\n  fragment BuddyRoundFields on BuddyRound {\n    id\n    round\n    questions\n    completion {\n      round\n      pairs\n      met\n      completionRate\n    }\n  }\n": typeof types.BuddyRoundFieldsFragmentDoc,
    "\n  query CampaignBuddyPairs($campaignId: ID!) {\n    buddyPairs(campaignId: $campaignId) {\n      ...BuddyPairFields\n    }\n    buddyRounds(campaignId: $campaignId) {\n      ...BuddyRoundFields\n    }\n  }\n": typeof types.CampaignBuddyPairsDocument,
    "\n  mutation CampaignCreateBuddyRound($campaignId: ID!) {\n    createBuddyRound(campaignId: $campaignId) {\n      ...BuddyPairFields\n    }\n  }\n": typeof types.CampaignCreateBuddyRoundDocument,
    "\n  mutation CampaignSetBuddyGuide($campaignId: ID!, $round: Int!, $questions: [String!]!) {\n    setBuddyInterviewGuide(campaignId: $campaignId, round: $round, questions: $questions) {\n      ...BuddyRoundFields\n    }\n  }\n": typeof types.CampaignSetBuddyGuideDocument,
    "\n  mutation CampaignRecordBuddyMeeting($pairId: ID!) {\n    recordBuddyMeeting(pairId: $pairId) {\n      ...BuddyPairFields\n    }\n  }\n": typeof types.CampaignRecordBuddyMeetingDocument,
    "\n  mutation CampaignSetHashtag($campaignId: ID!, $hashtag: String) {\n    setCampaignHashtag(campaignId: $campaignId, hashtag: $hashtag) {\n      ...CampaignFields\n    }\n  }\n": typeof types.CampaignSetHashtagDocument,
    "\n  mutation CampaignImportBaseline($campaignId: ID!, $csv: String!) {\n    importBaselineShares(campaignId: $campaignId, csv: $csv) {\n      imported\n      refused\n      rows {\n        line\n        shareId\n        field\n        error\n      }\n    }\n  }\n": typeof types.CampaignImportBaselineDocument,
    "\n  mutation CampaignUnpublishDigest($campaignId: ID!, $periodIndex: Int!) {\n    unpublishCampaignDigest(campaignId: $campaignId, periodIndex: $periodIndex) {\n      ...CampaignDigestFields\n    }\n  }\n": typeof types.CampaignUnpublishDigestDocument,
    "\n  query CommsLookupSkills($name: String!) {\n    lookupSkills(name: $name, first: 10) {\n      id\n      name\n    }\n  }\n": typeof types.CommsLookupSkillsDocument,
    "\n  query CommsMember($id: ID!) {\n    member(id: $id) {\n      id\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": typeof types.CommsMemberDocument,
    "\n  query CommsCalls($status: AmbassadorCallStatus, $after: String) {\n    ambassadorCalls(first: 50, status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          opensAt\n          closesAt\n          publishedAt\n          createdAt\n          skillsSought {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommsCallsDocument,
    "\n  fragment CommsCallDetail on AmbassadorCall {\n    id\n    title\n    pitch\n    status\n    opensAt\n    closesAt\n    publishedAt\n    createdAt\n    updatedAt\n    link\n    emailedAt\n    emailedCount\n    skillsSought {\n      id\n      name\n    }\n  }\n": typeof types.CommsCallDetailFragmentDoc,
    "\n  query CommsCall($id: ID!) {\n    ambassadorCall(id: $id) {\n      ...CommsCallDetail\n    }\n  }\n": typeof types.CommsCallDocument,
    "\n  mutation CommsCreateCall($input: CreateAmbassadorCallInput!) {\n    createAmbassadorCall(input: $input) {\n      ...CommsCallDetail\n    }\n  }\n": typeof types.CommsCreateCallDocument,
    "\n  mutation CommsUpdateCall($input: UpdateAmbassadorCallInput!) {\n    updateAmbassadorCall(input: $input) {\n      ...CommsCallDetail\n    }\n  }\n": typeof types.CommsUpdateCallDocument,
    "\n  mutation CommsOpenCall($id: ID!, $emailMembers: Boolean!) {\n    openAmbassadorCall(id: $id, emailMembers: $emailMembers) {\n      id\n      status\n      publishedAt\n      emailedAt\n      emailedCount\n    }\n  }\n": typeof types.CommsOpenCallDocument,
    "\n  mutation CommsCloseCall($id: ID!) {\n    closeAmbassadorCall(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CommsCloseCallDocument,
    "\n  query CommsPipeline($callId: ID, $after: String) {\n    signUps(first: 100, callId: $callId, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          status\n          statusChangedAt\n          createdAt\n          call {\n            id\n            title\n          }\n          member {\n            id\n            user {\n              id\n              displayName\n            }\n          }\n          intake {\n            channels\n            channelsOther\n            hoursPerMonth\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommsPipelineDocument,
    "\n  query CommsSignUpDetail($id: ID!) {\n    signUp(id: $id) {\n      id\n      motivation\n      availability\n      availableHoursPerMonth\n      call {\n        id\n        skillsSought {\n          id\n          name\n        }\n      }\n      intake {\n        channels\n        channelsOther\n        wantsToDo\n        hoursPerMonth\n        recordedAt\n        copiedToProfileAt\n        confidence {\n          level\n          skill {\n            id\n            name\n          }\n        }\n      }\n      profileSummary {\n        headline\n        availableHoursPerMonth\n        skills {\n          level\n          levelName\n          skill {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommsSignUpDetailDocument,
    "\n  query CommsIntakeNotes($signUpId: ID!) {\n    intakeNotes(signUpId: $signUpId) {\n      id\n      body\n      createdAt\n      authorMemberId\n      signUpId\n    }\n  }\n": typeof types.CommsIntakeNotesDocument,
    "\n  mutation CommsAddIntakeNote($input: AddIntakeNoteInput!) {\n    addIntakeNote(input: $input) {\n      id\n      body\n      createdAt\n      authorMemberId\n      signUpId\n    }\n  }\n": typeof types.CommsAddIntakeNoteDocument,
    "\n  mutation CommsMoveSignUp($input: MoveSignUpInput!) {\n    moveSignUp(input: $input) {\n      id\n      status\n      statusChangedAt\n      activatedAt\n    }\n  }\n": typeof types.CommsMoveSignUpDocument,
    "\n  query CommsIdeas($after: String) {\n    ideasBoard(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ideas\n          createdAt\n          status\n          call {\n            id\n            title\n          }\n          member {\n            id\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommsIdeasDocument,
    "\n  query CommsTasks($filter: CommsTaskFilter, $after: String) {\n    commsTasks(first: 50, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          seats\n          seatsTaken\n          seatsFree\n          effortHours\n          dueAt\n        }\n      }\n    }\n  }\n": typeof types.CommsTasksDocument,
    "\n  fragment CommsTaskDetail on CommsTask {\n    id\n    title\n    description\n    kind\n    status\n    effortHours\n    seats\n    seatsTaken\n    seatsFree\n    startsAt\n    dueAt\n    remote\n    location\n    takeUpDirectly\n    onlineLink\n    attendeeCapacity\n    attendeesRegistered\n    attendeePlacesLeft\n    openedAt\n    filledAt\n    closedAt\n    createdAt\n    updatedAt\n    requiredSkills {\n      skillId\n      minLevel\n      weight\n      skill {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CommsTaskDetailFragmentDoc,
    "\n  query CommsTask($id: ID!) {\n    commsTask(id: $id) {\n      ...CommsTaskDetail\n    }\n  }\n": typeof types.CommsTaskDocument,
    "\n  query CommsTaskPeople($taskId: ID!) {\n    taskAssignments(taskId: $taskId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          offeredAt\n          acceptedAt\n          declinedAt\n          declineReason\n          completedAt\n          memberId\n          member {\n            id\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommsTaskPeopleDocument,
    "\n  query CommsWorkshopAttendance($taskId: ID!) {\n    workshopAttendance(taskId: $taskId) {\n      registered {\n        id\n        registeredAt\n        member {\n          id\n          department\n          user {\n            id\n            displayName\n          }\n        }\n      }\n      waitlist {\n        id\n        waitlistedAt\n        waitlistPosition\n        member {\n          id\n          department\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommsWorkshopAttendanceDocument,
    "\n  query CommsCandidates($taskId: ID!) {\n    candidatesForTask(taskId: $taskId, first: 10) {\n      memberId\n      member {\n        id\n        department\n        user {\n          id\n          displayName\n        }\n      }\n      score\n      explanation\n      computedAt\n    }\n  }\n": typeof types.CommsCandidatesDocument,
    "\n  query CommsTaskCandidatePool($taskId: ID!) {\n    taskCandidatePool(taskId: $taskId) {\n      candidates\n      volunteers\n      excluded {\n        reason\n        count\n      }\n      widen\n    }\n  }\n": typeof types.CommsTaskCandidatePoolDocument,
    "\n  mutation CommsCreateTask($input: CreateCommsTaskInput!) {\n    createCommsTask(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.CommsCreateTaskDocument,
    "\n  mutation CommsUpdateTask($input: UpdateCommsTaskInput!) {\n    updateCommsTask(input: $input) {\n      ...CommsTaskDetail\n    }\n  }\n": typeof types.CommsUpdateTaskDocument,
    "\n  mutation CommsOpenTask($id: ID!) {\n    openCommsTask(id: $id) {\n      id\n      status\n      openedAt\n    }\n  }\n": typeof types.CommsOpenTaskDocument,
    "\n  mutation CommsCompleteTask($id: ID!) {\n    completeCommsTask(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": typeof types.CommsCompleteTaskDocument,
    "\n  mutation CommsCancelTask($input: CancelCommsTaskInput!) {\n    cancelCommsTask(input: $input) {\n      id\n      status\n      closedAt\n    }\n  }\n": typeof types.CommsCancelTaskDocument,
    "\n  mutation CommsOfferTask($input: OfferTaskInput!) {\n    offerTask(input: $input) {\n      id\n      status\n      memberId\n      offeredAt\n    }\n  }\n": typeof types.CommsOfferTaskDocument,
    "\n  subscription CommsNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      data\n    }\n  }\n": typeof types.CommsNotificationAddedDocument,
    "\n  mutation CommsProposeAssignments {\n    proposeAssignments {\n      id\n      status\n      createdAt\n    }\n  }\n": typeof types.CommsProposeAssignmentsDocument,
    "\n  query CommsMatchPlan($id: ID!) {\n    matchPlan(id: $id) {\n      id\n      status\n      method\n      total\n      upperBound\n      computedAt\n      createdAt\n      offeredAt\n      lines {\n        taskId\n        memberId\n        member {\n          id\n          department\n          user {\n            id\n            displayName\n          }\n        }\n        score\n        explanation\n        outcome\n        error\n        assignmentId\n      }\n    }\n  }\n": typeof types.CommsMatchPlanDocument,
    "\n  mutation CommsOfferPlan($input: OfferPlanInput!) {\n    offerPlan(input: $input) {\n      id\n      status\n      offeredAt\n      lines {\n        taskId\n        memberId\n        member {\n          id\n          department\n          user {\n            id\n            displayName\n          }\n        }\n        score\n        explanation\n        outcome\n        error\n        assignmentId\n      }\n    }\n  }\n": typeof types.CommsOfferPlanDocument,
    "\n  query CommsPlanTasks {\n    commsTasks(first: 100, filter: { statuses: [OPEN] }) {\n      edges {\n        node {\n          id\n          title\n          seatsFree\n        }\n      }\n    }\n  }\n": typeof types.CommsPlanTasksDocument,
    "\n  query CommsDashboard($months: Int) {\n    programmeDashboard(months: $months) {\n      acceptanceRate\n      completedAssignments\n      doneTasks\n      filledTasks\n      openTasks\n      hoursContributed\n      medianHoursToFill\n      ambassadorsByStatus {\n        status\n        count\n      }\n      perMonth {\n        month\n        signUps\n        newAmbassadors\n        tasksOpened\n        tasksFilled\n        accepted\n        completed\n        hoursContributed\n      }\n    }\n  }\n": typeof types.CommsDashboardDocument,
    "\n  mutation CommsRecordIntake($input: RecordIntakeInput!) {\n    recordIntake(input: $input) {\n      id\n      intake {\n        channels\n        channelsOther\n        wantsToDo\n        hoursPerMonth\n        recordedAt\n        copiedToProfileAt\n        confidence {\n          level\n          skill {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommsRecordIntakeDocument,
    "\n  query CommunityDigestPreview {\n    myDigestPreview {\n      frequency\n      since\n      postCount\n      subject\n      text\n    }\n  }\n": typeof types.CommunityDigestPreviewDocument,
    "\n  fragment CommunityMemberName on Member {\n    id\n    user {\n      id\n      displayName\n    }\n  }\n": typeof types.CommunityMemberNameFragmentDoc,
    "\n  fragment CommunityReactions on Post {\n    id\n    reactionCount\n    myReaction\n    reactions {\n      kind\n      count\n    }\n  }\n": typeof types.CommunityReactionsFragmentDoc,
    "\n  fragment CommunityPageInfo on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": typeof types.CommunityPageInfoFragmentDoc,
    "\n  fragment CommunityPost on Post {\n    id\n    kind\n    body\n    bodyHtml\n    createdAt\n    edited\n    hashtags\n    linkUrl\n    linkTitle\n    authorMembershipId\n    author {\n      ...CommunityMemberName\n    }\n    group {\n      id\n      name\n      privacy\n    }\n    ...CommunityReactions\n    commentCount\n  }\n": typeof types.CommunityPostFragmentDoc,
    "\n  fragment CommunityPostPage on PostConnection {\n    edges {\n      cursor\n      node {\n        ...CommunityPost\n      }\n    }\n    pageInfo {\n      ...CommunityPageInfo\n    }\n  }\n": typeof types.CommunityPostPageFragmentDoc,
    "\n  query CommunityFeed($after: String, $first: Int) {\n    feed(after: $after, first: $first) {\n      ...CommunityPostPage\n    }\n  }\n": typeof types.CommunityFeedDocument,
    "\n  query CommunityTopic($tag: String!) {\n    topic(tag: $tag) {\n      id\n      tag\n      description\n      followerCount\n      postCount\n      viewerFollows\n      viewerIsManager\n      managers {\n        ...CommunityMemberName\n      }\n      pinnedPosts {\n        ...CommunityPost\n      }\n    }\n  }\n": typeof types.CommunityTopicDocument,
    "\n  query CommunityTopicFeed($tag: String!, $after: String, $first: Int) {\n    topicFeed(tag: $tag, after: $after, first: $first) {\n      ...CommunityPostPage\n    }\n  }\n": typeof types.CommunityTopicFeedDocument,
    "\n  subscription CommunityNewPost($topicId: ID, $groupId: ID) {\n    newPostAvailable(topicId: $topicId, groupId: $groupId) {\n      postId\n      authorId\n      createdAt\n    }\n  }\n": typeof types.CommunityNewPostDocument,
    "\n  mutation CommunityCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...CommunityPost\n      unresolvedMentions {\n        text\n        problem\n        matches\n      }\n    }\n  }\n": typeof types.CommunityCreatePostDocument,
    "\n  query CommunityMentionSuggestions($prefix: String!, $groupId: ID) {\n    mentionSuggestions(prefix: $prefix, groupId: $groupId) {\n      mention\n      member {\n        ...CommunityMemberName\n      }\n    }\n  }\n": typeof types.CommunityMentionSuggestionsDocument,
    "\n  query CommunityPreview($body: String!) {\n    previewPostBody(body: $body)\n  }\n": typeof types.CommunityPreviewDocument,
    "\n  query CommunityTopicSuggestions($prefix: String) {\n    topics(prefix: $prefix, first: 8) {\n      edges {\n        node {\n          id\n          tag\n        }\n      }\n    }\n  }\n": typeof types.CommunityTopicSuggestionsDocument,
    "\n  query CommunityMemberSuggestions($search: String) {\n    members(filter: { search: $search }, first: 8) {\n      edges {\n        node {\n          ...CommunityMemberName\n        }\n      }\n    }\n  }\n": typeof types.CommunityMemberSuggestionsDocument,
    "\n  mutation CommunityReact($postId: ID!, $kind: ReactionKind!) {\n    react(postId: $postId, kind: $kind) {\n      ...CommunityReactions\n    }\n  }\n": typeof types.CommunityReactDocument,
    "\n  mutation CommunityUnreact($postId: ID!) {\n    unreact(postId: $postId) {\n      ...CommunityReactions\n    }\n  }\n": typeof types.CommunityUnreactDocument,
    "\n  fragment CommunityComment on Comment {\n    id\n    body\n    bodyHtml\n    createdAt\n    edited\n    authorMembershipId\n    author {\n      ...CommunityMemberName\n    }\n  }\n": typeof types.CommunityCommentFragmentDoc,
    "\n  query CommunityComments($postId: ID!, $after: String) {\n    postComments(postId: $postId, after: $after, first: 50) {\n      edges {\n        node {\n          ...CommunityComment\n          replies {\n            ...CommunityComment\n          }\n        }\n      }\n      pageInfo {\n        ...CommunityPageInfo\n      }\n    }\n  }\n": typeof types.CommunityCommentsDocument,
    "\n  mutation CommunityAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n": typeof types.CommunityAddCommentDocument,
    "\n  mutation CommunityPin($postId: ID!, $topicId: ID!) {\n    pinPost(postId: $postId, topicId: $topicId) {\n      id\n      pinnedPosts {\n        ...CommunityPost\n      }\n    }\n  }\n": typeof types.CommunityPinDocument,
    "\n  mutation CommunityUnpin($postId: ID!, $topicId: ID!) {\n    unpinPost(postId: $postId, topicId: $topicId) {\n      id\n      pinnedPosts {\n        ...CommunityPost\n      }\n    }\n  }\n": typeof types.CommunityUnpinDocument,
    "\n  mutation CommunityDeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": typeof types.CommunityDeletePostDocument,
    "\n  mutation CommunityFollow($targetId: ID!, $targetType: FollowTargetType!) {\n    follow(targetId: $targetId, targetType: $targetType)\n  }\n": typeof types.CommunityFollowDocument,
    "\n  mutation CommunityUnfollow($targetId: ID!, $targetType: FollowTargetType!) {\n    unfollow(targetId: $targetId, targetType: $targetType)\n  }\n": typeof types.CommunityUnfollowDocument,
    "\n  fragment CommunityTopicSummary on Topic {\n    id\n    tag\n    description\n    postCount\n    followerCount\n    viewerFollows\n  }\n": typeof types.CommunityTopicSummaryFragmentDoc,
    "\n  query CommunityTopics($prefix: String, $followed: Boolean, $after: String, $first: Int) {\n    topics(prefix: $prefix, followed: $followed, after: $after, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CommunityTopicSummary\n        }\n      }\n      pageInfo {\n        ...CommunityPageInfo\n      }\n    }\n  }\n": typeof types.CommunityTopicsDocument,
    "\n  query CommunityPopularTopics {\n    popularTopics(first: 6) {\n      ...CommunityTopicSummary\n    }\n  }\n": typeof types.CommunityPopularTopicsDocument,
    "\n  mutation CommunityAppointTopicManager($topicId: ID!, $memberId: ID!) {\n    appointTopicManager(topicId: $topicId, memberId: $memberId) {\n      id\n      managers {\n        ...CommunityMemberName\n      }\n    }\n  }\n": typeof types.CommunityAppointTopicManagerDocument,
    "\n  mutation CommunityRemoveTopicManager($topicId: ID!, $memberId: ID!) {\n    removeTopicManager(topicId: $topicId, memberId: $memberId) {\n      id\n      managers {\n        ...CommunityMemberName\n      }\n    }\n  }\n": typeof types.CommunityRemoveTopicManagerDocument,
    "\n  fragment CommunityGroupSummary on Group {\n    id\n    name\n    description\n    privacy\n    memberCount\n    viewerMembership {\n      id\n      status\n      role\n    }\n  }\n": typeof types.CommunityGroupSummaryFragmentDoc,
    "\n  query CommunityGroups($after: String, $first: Int) {\n    groups(after: $after, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CommunityGroupSummary\n        }\n      }\n      pageInfo {\n        ...CommunityPageInfo\n      }\n    }\n  }\n": typeof types.CommunityGroupsDocument,
    "\n  query CommunityGroup($id: ID!) {\n    group(id: $id) {\n      ...CommunityGroupSummary\n      createdAt\n    }\n    isFollowing(targetType: GROUP, targetId: $id)\n  }\n": typeof types.CommunityGroupDocument,
    "\n  query CommunityGroupFeed($groupId: ID!, $after: String, $first: Int) {\n    groupFeed(groupId: $groupId, after: $after, first: $first) {\n      ...CommunityPostPage\n    }\n  }\n": typeof types.CommunityGroupFeedDocument,
    "\n  query CommunityGroupMembers($groupId: ID!, $status: GroupMemberStatus, $after: String) {\n    groupMembers(groupId: $groupId, status: $status, after: $after, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          status\n          membershipId\n          member {\n            ...CommunityMemberName\n          }\n        }\n      }\n      pageInfo {\n        ...CommunityPageInfo\n      }\n    }\n  }\n": typeof types.CommunityGroupMembersDocument,
    "\n  mutation CommunityCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...CommunityGroupSummary\n    }\n  }\n": typeof types.CommunityCreateGroupDocument,
    "\n  mutation CommunityJoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      id\n      status\n      role\n    }\n  }\n": typeof types.CommunityJoinGroupDocument,
    "\n  mutation CommunityLeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n": typeof types.CommunityLeaveGroupDocument,
    "\n  mutation CommunityApproveGroupMember($groupId: ID!, $memberId: ID!) {\n    approveGroupMember(groupId: $groupId, memberId: $memberId) {\n      id\n      status\n    }\n  }\n": typeof types.CommunityApproveGroupMemberDocument,
    "\n  mutation CommunityDeclineGroupMember($groupId: ID!, $memberId: ID!) {\n    declineGroupMember(groupId: $groupId, memberId: $memberId)\n  }\n": typeof types.CommunityDeclineGroupMemberDocument,
    "\n  query CommunityPerson($id: ID!) {\n    member(id: $id) {\n      id\n      department\n      location\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CommunityPersonDocument,
    "\n  query CommunityIsFollowing($targetType: FollowTargetType!, $targetId: ID!) {\n    isFollowing(targetType: $targetType, targetId: $targetId)\n  }\n": typeof types.CommunityIsFollowingDocument,
    "\n  query CommunityMemberPosts($memberId: ID!, $after: String, $first: Int) {\n    memberPosts(memberId: $memberId, after: $after, first: $first) {\n      ...CommunityPostPage\n    }\n  }\n": typeof types.CommunityMemberPostsDocument,
    "\n  query CommunitySettings {\n    myCommunitySettings {\n      digestFrequency\n      followEveryone\n    }\n  }\n": typeof types.CommunitySettingsDocument,
    "\n  mutation CommunityUpdateSettings($input: UpdateCommunitySettingsInput!) {\n    updateMyCommunitySettings(input: $input) {\n      digestFrequency\n      followEveryone\n    }\n  }\n": typeof types.CommunityUpdateSettingsDocument,
    "\n  query CommunityHealthReport($months: Int) {\n    communityHealth(months: $months) {\n      weeklyActiveMembers\n      monthlyActiveMembers\n      posters\n      readers\n      members\n      newMembers\n      selfSufficiency\n      selfSufficiencyNote\n      topics {\n        tag\n        posts\n        replies\n      }\n      weeklyTrend {\n        week\n        activeMembers\n        posters\n      }\n      trend {\n        month\n        activeMembers\n        posters\n        readers\n        posts\n        replies\n        newMembers\n      }\n    }\n  }\n": typeof types.CommunityHealthReportDocument,
    "\n  mutation CommunityUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...CommunityPost\n    }\n  }\n": typeof types.CommunityUpdatePostDocument,
    "\n  mutation CommunitySetGroupRole($groupId: ID!, $memberId: ID!, $role: GroupRole!) {\n    setGroupRole(groupId: $groupId, memberId: $memberId, role: $role) {\n      id\n      role\n      status\n    }\n  }\n": typeof types.CommunitySetGroupRoleDocument,
    "\n  mutation CommunityUpdateTopic($input: UpdateTopicInput!) {\n    updateTopic(input: $input) {\n      id\n      description\n    }\n  }\n": typeof types.CommunityUpdateTopicDocument,
    "\n  mutation CommunityUpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      id\n      body\n      bodyHtml\n      edited\n    }\n  }\n": typeof types.CommunityUpdateCommentDocument,
    "\n  mutation CommunityDeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": typeof types.CommunityDeleteCommentDocument,
    "\n  query HrPeopleSearch($query: String, $filter: PeopleSearchFilter, $first: Int, $after: String) {\n    peopleSearch(query: $query, filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          memberId\n          displayName\n          headline\n          department\n          grade\n          location\n          availableHoursPerMonth\n          skills {\n            level\n            skill {\n              id\n              name\n            }\n          }\n        }\n      }\n      facets {\n        estimated\n        exactUpTo\n        matchCount\n        departments {\n          value\n          count\n        }\n        grades {\n          value\n          count\n        }\n        skills {\n          count\n          skill {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.HrPeopleSearchDocument,
    "\n  query HrSkillName($id: ID!) {\n    skill(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.HrSkillNameDocument,
    "\n  query HrPersonProfile($memberId: ID!) {\n    profile(memberId: $memberId) {\n      id\n      memberId\n      displayName\n      headline\n      bio\n      cvText\n      department\n      grade\n      location\n      availableHoursPerMonth\n      interests\n      visibility\n      updatedAt\n      links {\n        kind\n        url\n      }\n      skills {\n        level\n        years\n        skill {\n          id\n          name\n        }\n      }\n      wantsToDevelop {\n        id\n        name\n      }\n    }\n  }\n": typeof types.HrPersonProfileDocument,
    "\n  query HrSkillsGap($input: SkillsGapInput!) {\n    skillsGapReport(input: $input) {\n      minLevel\n      demandPeople\n      demandHours\n      supplyPeople\n      supplyHoursPerMonth\n      learners\n      gap\n      skill {\n        id\n        name\n        category\n      }\n    }\n  }\n": typeof types.HrSkillsGapDocument,
    "\n  query HrExportSkillsGap($input: SkillsGapInput!) {\n    exportSkillsGapReport(input: $input)\n  }\n": typeof types.HrExportSkillsGapDocument,
    "\n  mutation HrRecordSkillDemand($input: RecordSkillDemandInput!) {\n    recordSkillDemand(input: $input) {\n      id\n    }\n  }\n": typeof types.HrRecordSkillDemandDocument,
    "\n  query MyPrivacyRequests {\n    myPrivacyRequests {\n      id\n      kind\n      status\n      notBefore\n      createdAt\n    }\n  }\n": typeof types.MyPrivacyRequestsDocument,
    "\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n      kind\n      status\n      createdAt\n    }\n  }\n": typeof types.RequestDataExportDocument,
    "\n  mutation RequestErasure {\n    requestErasure {\n      id\n      kind\n      status\n      notBefore\n      createdAt\n    }\n  }\n": typeof types.RequestErasureDocument,
    "\n  mutation CancelMyErasure {\n    cancelErasure {\n      id\n      kind\n      status\n    }\n  }\n": typeof types.CancelMyErasureDocument,
    "\n  query PrivacyProfileViewers($after: String) {\n    profileViewers(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          action\n          actorMemberId\n          actorName\n          query\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.PrivacyProfileViewersDocument,
    "\n  query ProfileCompletenessByDepartment {\n    profileCompletenessByDepartment {\n      minimumGroupSize\n      departments {\n        department\n        label\n        departments\n        members\n        atLeastHalf\n        averageScore\n        medianScore\n      }\n    }\n  }\n": typeof types.ProfileCompletenessByDepartmentDocument,
    "\n  fragment VolunteerTaskSummary on CommsTask {\n    id\n    title\n    description\n    kind\n    status\n    effortHours\n    seats\n    seatsFree\n    remote\n    location\n    takeUpDirectly\n    startsAt\n    dueAt\n    requiredSkills {\n      skillId\n      minLevel\n      skill {\n        id\n        name\n      }\n    }\n  }\n": typeof types.VolunteerTaskSummaryFragmentDoc,
    "\n  query VolunteerForYou($first: Int!) {\n    myMatchedTasks(first: $first) {\n      score\n      explanation\n      computedAt\n      task {\n        ...VolunteerTaskSummary\n      }\n    }\n    myProfile {\n      id\n      skills {\n        level\n        skill {\n          id\n        }\n      }\n      completeness {\n        score\n        missing\n      }\n    }\n  }\n": typeof types.VolunteerForYouDocument,
    "\n  query VolunteerNearMisses($first: Int!) {\n    myNearMisses(first: $first) {\n      inPool\n      tasks {\n        task {\n          id\n          title\n        }\n        obstacles {\n          reason\n          message\n        }\n      }\n    }\n  }\n": typeof types.VolunteerNearMissesDocument,
    "\n  mutation VolunteerTakeUpTask($taskId: ID!) {\n    takeUpMatchedTask(taskId: $taskId) {\n      id\n      status\n    }\n  }\n": typeof types.VolunteerTakeUpTaskDocument,
    "\n  query VolunteerOpenCalls {\n    ambassadorCalls(first: 50) {\n      edges {\n        node {\n          id\n          title\n          pitch\n          status\n          opensAt\n          closesAt\n          publishedAt\n          skillsSought {\n            id\n            name\n          }\n        }\n      }\n    }\n    mySignUps(first: 100) {\n      edges {\n        node {\n          id\n          callId\n          status\n          statusChangedAt\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.VolunteerOpenCallsDocument,
    "\n  mutation VolunteerSignUpForCall($input: AmbassadorSignUpInput!) {\n    signUpAsAmbassador(input: $input) {\n      id\n      callId\n      status\n      statusChangedAt\n      createdAt\n    }\n  }\n": typeof types.VolunteerSignUpForCallDocument,
    "\n  fragment VolunteerAssignment on Assignment {\n    id\n    status\n    explanation\n    offerMessage\n    offeredAt\n    acceptedAt\n    declinedAt\n    declineReason\n    completedAt\n    workDone\n    impact\n    feedback\n    endorsedAt\n    hoursContributed\n    endorsedSkills {\n      id\n      name\n    }\n    task {\n      ...VolunteerTaskSummary\n    }\n  }\n": typeof types.VolunteerAssignmentFragmentDoc,
    "\n  query VolunteerMyOffers {\n    myAssignments(first: 50, statuses: [OFFERED]) {\n      edges {\n        node {\n          ...VolunteerAssignment\n        }\n      }\n    }\n  }\n": typeof types.VolunteerMyOffersDocument,
    "\n  query VolunteerMyTasks {\n    myAssignments(first: 50, statuses: [ACCEPTED, COMPLETED, INTERESTED, WAITLISTED]) {\n      edges {\n        node {\n          ...VolunteerAssignment\n        }\n      }\n    }\n  }\n": typeof types.VolunteerMyTasksDocument,
    "\n  mutation VolunteerAcceptOffer($id: ID!) {\n    acceptAssignment(id: $id) {\n      id\n      status\n      acceptedAt\n    }\n  }\n": typeof types.VolunteerAcceptOfferDocument,
    "\n  mutation VolunteerDeclineOffer($input: DecideAssignmentInput!) {\n    declineAssignment(input: $input) {\n      id\n      status\n      declinedAt\n      declineReason\n    }\n  }\n": typeof types.VolunteerDeclineOfferDocument,
    "\n  mutation VolunteerMarkDone($input: MarkAssignmentDoneInput!) {\n    markAssignmentDone(input: $input) {\n      id\n      status\n      completedAt\n      workDone\n      impact\n      hoursContributed\n    }\n  }\n": typeof types.VolunteerMarkDoneDocument,
    "\n  fragment VolunteerProfile on Profile {\n    id\n    displayName\n    headline\n    bio\n    cvText\n    availableHoursPerMonth\n    interests\n    links {\n      kind\n      url\n    }\n    skills {\n      level\n      levelName\n      years\n      skill {\n        id\n        name\n        category\n      }\n    }\n    wantsToDevelop {\n      id\n      name\n    }\n    visibility\n    interestsTargetingConsent\n    completeness {\n      score\n      missing\n    }\n    updatedAt\n  }\n": typeof types.VolunteerProfileFragmentDoc,
    "\n  query VolunteerMyProfile {\n    myProfile {\n      ...VolunteerProfile\n    }\n  }\n": typeof types.VolunteerMyProfileDocument,
    "\n  mutation VolunteerUpdateProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...VolunteerProfile\n    }\n  }\n": typeof types.VolunteerUpdateProfileDocument,
    "\n  mutation VolunteerUpdatePrivacy($input: UpdateProfilePrivacyInput!) {\n    updateMyProfilePrivacy(input: $input) {\n      ...VolunteerProfile\n    }\n  }\n": typeof types.VolunteerUpdatePrivacyDocument,
    "\n  query VolunteerLookupSkills($name: String!) {\n    lookupSkills(name: $name, first: 8) {\n      id\n      name\n      category\n    }\n  }\n": typeof types.VolunteerLookupSkillsDocument,
    "\n  fragment VolunteerNotification on Notification {\n    id\n    kind\n    title\n    body\n    count\n    data\n    createdAt\n    readAt\n  }\n": typeof types.VolunteerNotificationFragmentDoc,
    "\n  query VolunteerMyNotifications($after: String) {\n    myNotifications(first: 30, after: $after) {\n      edges {\n        node {\n          ...VolunteerNotification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.VolunteerMyNotificationsDocument,
    "\n  query VolunteerUnreadCount {\n    unreadNotificationCount\n  }\n": typeof types.VolunteerUnreadCountDocument,
    "\n  subscription VolunteerNotificationAdded {\n    notificationAdded {\n      ...VolunteerNotification\n    }\n  }\n": typeof types.VolunteerNotificationAddedDocument,
    "\n  mutation VolunteerMarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.VolunteerMarkNotificationsReadDocument,
    "\n  query VolunteerSkillSuggestions {\n    mySkillSuggestions {\n      id\n      sentence\n      source\n      status\n      skill {\n        id\n        name\n      }\n    }\n  }\n": typeof types.VolunteerSkillSuggestionsDocument,
    "\n  mutation VolunteerAcceptSkillSuggestion($input: AcceptSkillSuggestionInput!) {\n    acceptSkillSuggestion(input: $input) {\n      ...VolunteerProfile\n    }\n  }\n": typeof types.VolunteerAcceptSkillSuggestionDocument,
    "\n  mutation VolunteerDismissSkillSuggestion($input: DismissSkillSuggestionInput!) {\n    dismissSkillSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.VolunteerDismissSkillSuggestionDocument,
    "\n  query VolunteerProfileReminderSettings {\n    myProfileReminderSettings {\n      completionReminders\n    }\n  }\n": typeof types.VolunteerProfileReminderSettingsDocument,
    "\n  mutation VolunteerUpdateProfileReminderSettings($input: UpdateProfileReminderSettingsInput!) {\n    updateMyProfileReminderSettings(input: $input) {\n      completionReminders\n    }\n  }\n": typeof types.VolunteerUpdateProfileReminderSettingsDocument,
    "\n  query VolunteerWorkshops {\n    commsTasks(first: 50, filter: { kinds: [WORKSHOP], statuses: [OPEN, FILLED] }) {\n      edges {\n        node {\n          id\n          title\n          description\n          startsAt\n          dueAt\n          remote\n          location\n          onlineLink\n          attendeeCapacity\n          attendeesRegistered\n          attendeePlacesLeft\n          myWorkshopRegistration {\n            id\n            status\n            waitlistPosition\n          }\n        }\n      }\n    }\n    myWorkshopSuggestions(first: 5) {\n      task {\n        id\n      }\n      explanation\n    }\n  }\n": typeof types.VolunteerWorkshopsDocument,
    "\n  mutation VolunteerRegisterForWorkshop($taskId: ID!) {\n    registerForWorkshop(taskId: $taskId) {\n      id\n      taskId\n      status\n      waitlistPosition\n    }\n  }\n": typeof types.VolunteerRegisterForWorkshopDocument,
    "\n  mutation VolunteerCancelWorkshopRegistration($taskId: ID!) {\n    cancelWorkshopRegistration(taskId: $taskId) {\n      id\n      taskId\n      status\n    }\n  }\n": typeof types.VolunteerCancelWorkshopRegistrationDocument,
    "\n  query VolunteerCall($id: ID!) {\n    ambassadorCall(id: $id) {\n      id\n      title\n      pitch\n      status\n      opensAt\n      closesAt\n      publishedAt\n      link\n      skillsSought {\n        id\n        name\n      }\n    }\n    mySignUps(callId: $id, first: 1) {\n      edges {\n        node {\n          id\n          callId\n          status\n          statusChangedAt\n          createdAt\n          intake {\n            channels\n            channelsOther\n            wantsToDo\n            hoursPerMonth\n            recordedAt\n            copiedToProfileAt\n            confidence {\n              level\n              skill {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.VolunteerCallDocument,
    "\n  mutation VolunteerCopyIntake($input: CopyIntakeToProfileInput!) {\n    copyIntakeToProfile(input: $input) {\n      id\n      intake {\n        copiedToProfileAt\n      }\n    }\n  }\n": typeof types.VolunteerCopyIntakeDocument,
    "\n  query VolunteerNotificationSettings {\n    myNotificationSettings {\n      emailAmbassadorCalls\n    }\n  }\n": typeof types.VolunteerNotificationSettingsDocument,
    "\n  mutation VolunteerUpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      emailAmbassadorCalls\n    }\n  }\n": typeof types.VolunteerUpdateNotificationSettingsDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      user {\n        id\n        displayName\n        email\n      }\n      organisation {\n        id\n        name\n      }\n      member {\n        id\n        roles\n      }\n      organisations {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SwitchOrganisation($organisationId: ID!) {\n    switchOrganisation(organisationId: $organisationId) {\n      ...SessionFields\n    }\n  }\n": typeof types.SwitchOrganisationDocument,
    "\n  mutation ResumeSession($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.ResumeSessionDocument,
};
const documents: Documents = {
    "\n  fragment AdminAnnouncementDestinationFields on AnnouncementDestination {\n    id\n    kind\n    name\n    urlHost\n    events\n    pausedAt\n    lastStatus\n    lastError\n    lastAttemptAt\n    lastSuccessAt\n    consecutiveFailures\n    previousSecretExpiresAt\n    createdAt\n  }\n": types.AdminAnnouncementDestinationFieldsFragmentDoc,
    "\n  query AdminAnnouncementDestinations {\n    announcementDestinations {\n      ...AdminAnnouncementDestinationFields\n    }\n  }\n": types.AdminAnnouncementDestinationsDocument,
    "\n  mutation AdminCreateAnnouncementDestination($input: CreateAnnouncementDestinationInput!) {\n    createAnnouncementDestination(input: $input) {\n      signingSecret\n      destination {\n        ...AdminAnnouncementDestinationFields\n      }\n    }\n  }\n": types.AdminCreateAnnouncementDestinationDocument,
    "\n  mutation AdminUpdateAnnouncementDestination($input: UpdateAnnouncementDestinationInput!) {\n    updateAnnouncementDestination(input: $input) {\n      ...AdminAnnouncementDestinationFields\n    }\n  }\n": types.AdminUpdateAnnouncementDestinationDocument,
    "\n  mutation AdminDeleteAnnouncementDestination($id: ID!) {\n    deleteAnnouncementDestination(id: $id) {\n      id\n    }\n  }\n": types.AdminDeleteAnnouncementDestinationDocument,
    "\n  mutation AdminResumeAnnouncementDestination($id: ID!) {\n    resumeAnnouncementDestination(id: $id) {\n      ...AdminAnnouncementDestinationFields\n    }\n  }\n": types.AdminResumeAnnouncementDestinationDocument,
    "\n  mutation AdminSendTestAnnouncement($id: ID!) {\n    sendTestAnnouncement(id: $id) {\n      ...AdminAnnouncementDestinationFields\n    }\n  }\n": types.AdminSendTestAnnouncementDocument,
    "\n  mutation AdminRotateAnnouncementSigningSecret($id: ID!, $keepPreviousHours: Int!) {\n    rotateAnnouncementSigningSecret(id: $id, keepPreviousHours: $keepPreviousHours) {\n      signingSecret\n      destination {\n        ...AdminAnnouncementDestinationFields\n      }\n    }\n  }\n": types.AdminRotateAnnouncementSigningSecretDocument,
    "\n  query AdminAuditLog($filter: AuditLogFilter, $after: String) {\n    auditLog(first: 50, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          action\n          actorMemberId\n          actorName\n          subjectMemberId\n          subjectName\n          query\n          createdAt\n        }\n      }\n    }\n  }\n": types.AdminAuditLogDocument,
    "\n  query AdminExportAuditLog($filter: AuditLogFilter) {\n    exportAuditLog(filter: $filter)\n  }\n": types.AdminExportAuditLogDocument,
    "\n  query AdminAuditActors($search: String) {\n    members(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.AdminAuditActorsDocument,
    "\n  query AdminErasureRequests {\n    erasureRequests {\n      id\n      status\n      notBefore\n      createdAt\n      completedAt\n      requestedByAdmin\n      erasedRecords\n      anonymisedRecords\n      member {\n        id\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n    organisationSettings {\n      keepRepliedContentOnErasure\n    }\n  }\n": types.AdminErasureRequestsDocument,
    "\n  query AdminErasureCandidates($search: String) {\n    members(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          user {\n            id\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n": types.AdminErasureCandidatesDocument,
    "\n  mutation AdminEraseMember($memberId: ID!) {\n    eraseMember(memberId: $memberId) {\n      id\n      status\n      notBefore\n    }\n  }\n": types.AdminEraseMemberDocument,
    "\n  mutation AdminCancelErasure($memberId: ID!) {\n    cancelErasure(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": types.AdminCancelErasureDocument,
    "\n  mutation AdminKeepRepliedContent($enabled: Boolean!) {\n    setKeepRepliedContentOnErasure(enabled: $enabled)\n  }\n": types.AdminKeepRepliedContentDocument,
    "\n  query AdminMembers($filter: MemberFilter, $after: String) {\n    members(first: 50, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          roles\n          status\n          department\n          createdAt\n          user {\n            id\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n": types.AdminMembersDocument,
    "\n  mutation AdminChangeRoles($input: ChangeRolesInput!) {\n    changeMemberRoles(input: $input) {\n      id\n      roles\n    }\n  }\n": types.AdminChangeRolesDocument,
    "\n  mutation AdminDeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      id\n      status\n    }\n  }\n": types.AdminDeactivateMemberDocument,
    "\n  mutation AdminReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      id\n      status\n    }\n  }\n": types.AdminReactivateMemberDocument,
    "\n  query AdminPendingInvitations {\n    pendingInvitations {\n      id\n      email\n      roles\n      department\n      grade\n      location\n      createdAt\n      expiresAt\n    }\n  }\n": types.AdminPendingInvitationsDocument,
    "\n  mutation AdminInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      roles\n      createdAt\n      expiresAt\n    }\n  }\n": types.AdminInviteMemberDocument,
    "\n  mutation AdminInviteMembers($input: [InviteMemberInput!]!, $newDepartments: [String!]) {\n    inviteMembers(input: $input, newDepartments: $newDepartments) {\n      row\n      email\n      code\n      message\n      retryAfter\n    }\n  }\n": types.AdminInviteMembersDocument,
    "\n  mutation AdminRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n": types.AdminRevokeInvitationDocument,
    "\n  mutation AdminSetDefaultVisibility($visibility: ProfileVisibility!) {\n    setDefaultProfileVisibility(visibility: $visibility)\n  }\n": types.AdminSetDefaultVisibilityDocument,
    "\n  query AdminOrganisationSettings {\n    organisationSettings {\n      name\n      defaultProfileVisibility\n      followEveryoneByDefault\n    }\n  }\n": types.AdminOrganisationSettingsDocument,
    "\n  mutation AdminRenameOrganisation($name: String!) {\n    renameOrganisation(name: $name) {\n      id\n      name\n    }\n  }\n": types.AdminRenameOrganisationDocument,
    "\n  query AdminRetentionSettings {\n    retentionSettings {\n      lastRunAt\n      periods {\n        kind\n        days\n        defaultDays\n        minDays\n        maxDays\n        changedAt\n        lastRemoved\n      }\n    }\n  }\n": types.AdminRetentionSettingsDocument,
    "\n  mutation AdminSetRetentionPeriod($input: SetRetentionPeriodInput!) {\n    setRetentionPeriod(input: $input) {\n      kind\n      days\n      changedAt\n    }\n  }\n": types.AdminSetRetentionPeriodDocument,
    "\n  fragment AdminScimGroupFields on ScimGroup {\n    id\n    displayName\n    role\n    communityGroupId\n    createdAt\n  }\n": types.AdminScimGroupFieldsFragmentDoc,
    "\n  query AdminScimSettings {\n    scimSettings {\n      baseUrl\n      tokenCreatedAt\n      tokenLastUsedAt\n      groups {\n        ...AdminScimGroupFields\n      }\n    }\n    communityGroups: groups(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AdminScimSettingsDocument,
    "\n  mutation AdminRotateScimToken {\n    rotateScimToken {\n      token\n      baseUrl\n      createdAt\n    }\n  }\n": types.AdminRotateScimTokenDocument,
    "\n  mutation AdminRevokeScimToken {\n    revokeScimToken\n  }\n": types.AdminRevokeScimTokenDocument,
    "\n  mutation AdminMapScimGroup($input: MapScimGroupInput!) {\n    mapScimGroup(input: $input) {\n      ...AdminScimGroupFields\n    }\n  }\n": types.AdminMapScimGroupDocument,
    "\n  fragment AdminSsoSettingsFields on SsoSettings {\n    issuer\n    clientId\n    clientSecretSet\n    allowedDomains\n    departmentClaim\n    gradeClaim\n    requireSso\n    breakGlassMemberId\n    redirectUri\n    signInUrl\n  }\n": types.AdminSsoSettingsFieldsFragmentDoc,
    "\n  query AdminSsoSettings {\n    ssoSettings {\n      ...AdminSsoSettingsFields\n    }\n    members(first: 50, filter: { role: ADMIN }) {\n      edges {\n        node {\n          id\n          user {\n            id\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n": types.AdminSsoSettingsDocument,
    "\n  mutation AdminConfigureSso($input: ConfigureSsoInput!) {\n    configureSso(input: $input) {\n      ...AdminSsoSettingsFields\n    }\n  }\n": types.AdminConfigureSsoDocument,
    "\n  mutation AdminRemoveSso {\n    removeSso\n  }\n": types.AdminRemoveSsoDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query CalendarsMyFeed {\n    myCalendarFeed {\n      id\n      createdAt\n    }\n  }\n": types.CalendarsMyFeedDocument,
    "\n  mutation CalendarsCreateFeed {\n    createCalendarFeed {\n      url\n      feed {\n        id\n        createdAt\n      }\n    }\n  }\n": types.CalendarsCreateFeedDocument,
    "\n  mutation CalendarsRevokeFeed {\n    revokeCalendarFeed\n  }\n": types.CalendarsRevokeFeedDocument,
    "\n  fragment CampaignFields on Campaign {\n    id\n    name\n    aims\n    startsOn\n    endsOn\n    cadence\n    targetPerPeriod\n    audience\n    participantMemberIds\n    participantGroupIds\n    channels\n    hashtag\n    createdAt\n  }\n": types.CampaignFieldsFragmentDoc,
    "\n  fragment CampaignShareFields on CampaignShare {\n    id\n    campaignId\n    membershipId\n    channel\n    form\n    url\n    title\n    sharedOn\n    likes\n    comments\n    reshares\n    views\n    baseline\n    member {\n      id\n      department\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.CampaignShareFieldsFragmentDoc,
    "\n  fragment CampaignMetricsFields on CampaignMetrics {\n    from\n    to\n    participants\n    shares\n    participantsMeetingTarget\n    participationRate\n    interactions\n    interactionsPerShare\n    posts\n    replies\n    reactions\n    sharesByForm {\n      key\n      count\n    }\n    sharesByChannel {\n      key\n      count\n    }\n    followerGrowth {\n      channel\n      start\n      end\n      growth\n    }\n  }\n": types.CampaignMetricsFieldsFragmentDoc,
    "\n  fragment SurveyFields on Survey {\n    id\n    campaignId\n    title\n    anonymous\n    closedAt\n    createdAt\n    questions {\n      id\n      kind\n      prompt\n      options\n    }\n  }\n": types.SurveyFieldsFragmentDoc,
    "\n  query CampaignList($first: Int, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...CampaignFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CampaignListDocument,
    "\n  query CampaignOverview($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignFields\n    }\n    myCampaignProgress(campaignId: $id) {\n      participating\n      periodIndex\n      from\n      to\n      shares\n      target\n    }\n    campaignSurveys(campaignId: $id) {\n      ...SurveyFields\n    }\n  }\n": types.CampaignOverviewDocument,
    "\n  query CampaignMyShares($campaignId: ID!) {\n    campaignShares(campaignId: $campaignId) {\n      ...CampaignShareFields\n    }\n  }\n": types.CampaignMySharesDocument,
    "\n  query CampaignMembers($search: String, $after: String) {\n    members(first: 100, after: $after, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CampaignMembersDocument,
    "\n  mutation CampaignCreate($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n": types.CampaignCreateDocument,
    "\n  mutation CampaignLogShare($input: LogShareInput!) {\n    logCampaignShare(input: $input) {\n      ...CampaignShareFields\n    }\n  }\n": types.CampaignLogShareDocument,
    "\n  mutation CampaignUpdateInteractions($input: UpdateShareInteractionsInput!) {\n    updateCampaignShareInteractions(input: $input) {\n      ...CampaignShareFields\n    }\n  }\n": types.CampaignUpdateInteractionsDocument,
    "\n  fragment CampaignPeriodFields on PeriodComparison {\n    index\n    current {\n      ...CampaignMetricsFields\n    }\n    baseline {\n      ...CampaignMetricsFields\n    }\n  }\n": types.CampaignPeriodFieldsFragmentDoc,
    "\n  query CampaignDashboard($campaignId: ID!) {\n    campaignReport(campaignId: $campaignId) {\n      campaign {\n        ...CampaignFields\n      }\n      periods {\n        ...CampaignPeriodFields\n      }\n      overall {\n        ...CampaignPeriodFields\n      }\n      buddyRounds {\n        round\n        pairs\n        met\n        completionRate\n      }\n    }\n  }\n": types.CampaignDashboardDocument,
    "\n  query CampaignNonSharers($campaignId: ID!) {\n    campaignNonSharers(campaignId: $campaignId) {\n      from\n      to\n      memberIds\n      members {\n        id\n        department\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.CampaignNonSharersDocument,
    "\n  mutation CampaignRemindNonSharers($campaignId: ID!) {\n    remindCampaignNonSharers(campaignId: $campaignId)\n  }\n": types.CampaignRemindNonSharersDocument,
    "\n  query CampaignExportReport($campaignId: ID!) {\n    exportCampaignReport(campaignId: $campaignId)\n  }\n": types.CampaignExportReportDocument,
    "\n  fragment CampaignDigestFields on CampaignDigest {\n    id\n    campaignId\n    periodIndex\n    note\n    highlightShareIds\n    publishedAt\n    postId\n    body\n    failedAttempts\n    lastError\n    unpublishedAt\n  }\n": types.CampaignDigestFieldsFragmentDoc,
    "\n  query CampaignDigestScreen($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      ...CampaignFields\n    }\n    campaignDigests(campaignId: $campaignId) {\n      ...CampaignDigestFields\n    }\n    campaignShares(campaignId: $campaignId) {\n      ...CampaignShareFields\n    }\n  }\n": types.CampaignDigestScreenDocument,
    "\n  mutation CampaignCurateDigest($input: CurateDigestInput!) {\n    curateCampaignDigest(input: $input) {\n      ...CampaignDigestFields\n    }\n  }\n": types.CampaignCurateDigestDocument,
    "\n  mutation CampaignPublishDigest($campaignId: ID!, $periodIndex: Int!) {\n    publishCampaignDigest(campaignId: $campaignId, periodIndex: $periodIndex) {\n      ...CampaignDigestFields\n    }\n  }\n": types.CampaignPublishDigestDocument,
    "\n  mutation CampaignCreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n": types.CampaignCreateSurveyDocument,
    "\n  mutation CampaignCloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      ...SurveyFields\n    }\n  }\n": types.CampaignCloseSurveyDocument,
    "\n  fragment SurveyResponseFields on SurveyResponse {\n    id\n    answers {\n      questionId\n      text\n      choices\n      scale\n    }\n  }\n": types.SurveyResponseFieldsFragmentDoc,
    "\n  query CampaignSurvey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n    mySurveyResponse(surveyId: $id) {\n      ...SurveyResponseFields\n    }\n  }\n": types.CampaignSurveyDocument,
    "\n  mutation CampaignSubmitSurvey($input: SurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      ...SurveyResponseFields\n    }\n  }\n": types.CampaignSubmitSurveyDocument,
    "\n  mutation CampaignUpdateSurveyResponse($input: SurveyResponseInput!) {\n    updateSurveyResponse(input: $input) {\n      ...SurveyResponseFields\n    }\n  }\n": types.CampaignUpdateSurveyResponseDocument,
    "\n  query CampaignSurveyResults($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) {\n      responses\n      withheldBelow\n      survey {\n        ...SurveyFields\n      }\n      questions {\n        questionId\n        kind\n        prompt\n        answered\n        average\n        distribution {\n          key\n          count\n        }\n        texts\n      }\n    }\n  }\n": types.CampaignSurveyResultsDocument,
    "\n  query CampaignExportSurveyResults($surveyId: ID!) {\n    exportSurveyResults(surveyId: $surveyId)\n  }\n": types.CampaignExportSurveyResultsDocument,
    "\n  query CampaignFollowerSnapshots {\n    followerSnapshots {\n      id\n      channel\n      takenOn\n      followers\n    }\n  }\n": types.CampaignFollowerSnapshotsDocument,
    "\n  mutation CampaignRecordFollowers($input: RecordFollowerSnapshotsInput!) {\n    recordFollowerSnapshots(input: $input) {\n      id\n      channel\n      takenOn\n      followers\n    }\n  }\n": types.CampaignRecordFollowersDocument,
    "\n  fragment BuddyPairFields on BuddyPair {\n    id\n    round\n    memberIds\n    metAt\n    createdAt\n    members {\n      id\n      department\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.BuddyPairFieldsFragmentDoc,
    "\n  fragment BuddyRoundFields on BuddyRound {\n    id\n    round\n    questions\n    completion {\n      round\n      pairs\n      met\n      completionRate\n    }\n  }\n": types.BuddyRoundFieldsFragmentDoc,
    "\n  query CampaignBuddyPairs($campaignId: ID!) {\n    buddyPairs(campaignId: $campaignId) {\n      ...BuddyPairFields\n    }\n    buddyRounds(campaignId: $campaignId) {\n      ...BuddyRoundFields\n    }\n  }\n": types.CampaignBuddyPairsDocument,
    "\n  mutation CampaignCreateBuddyRound($campaignId: ID!) {\n    createBuddyRound(campaignId: $campaignId) {\n      ...BuddyPairFields\n    }\n  }\n": types.CampaignCreateBuddyRoundDocument,
    "\n  mutation CampaignSetBuddyGuide($campaignId: ID!, $round: Int!, $questions: [String!]!) {\n    setBuddyInterviewGuide(campaignId: $campaignId, round: $round, questions: $questions) {\n      ...BuddyRoundFields\n    }\n  }\n": types.CampaignSetBuddyGuideDocument,
    "\n  mutation CampaignRecordBuddyMeeting($pairId: ID!) {\n    recordBuddyMeeting(pairId: $pairId) {\n      ...BuddyPairFields\n    }\n  }\n": types.CampaignRecordBuddyMeetingDocument,
    "\n  mutation CampaignSetHashtag($campaignId: ID!, $hashtag: String) {\n    setCampaignHashtag(campaignId: $campaignId, hashtag: $hashtag) {\n      ...CampaignFields\n    }\n  }\n": types.CampaignSetHashtagDocument,
    "\n  mutation CampaignImportBaseline($campaignId: ID!, $csv: String!) {\n    importBaselineShares(campaignId: $campaignId, csv: $csv) {\n      imported\n      refused\n      rows {\n        line\n        shareId\n        field\n        error\n      }\n    }\n  }\n": types.CampaignImportBaselineDocument,
    "\n  mutation CampaignUnpublishDigest($campaignId: ID!, $periodIndex: Int!) {\n    unpublishCampaignDigest(campaignId: $campaignId, periodIndex: $periodIndex) {\n      ...CampaignDigestFields\n    }\n  }\n": types.CampaignUnpublishDigestDocument,
    "\n  query CommsLookupSkills($name: String!) {\n    lookupSkills(name: $name, first: 10) {\n      id\n      name\n    }\n  }\n": types.CommsLookupSkillsDocument,
    "\n  query CommsMember($id: ID!) {\n    member(id: $id) {\n      id\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": types.CommsMemberDocument,
    "\n  query CommsCalls($status: AmbassadorCallStatus, $after: String) {\n    ambassadorCalls(first: 50, status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          opensAt\n          closesAt\n          publishedAt\n          createdAt\n          skillsSought {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CommsCallsDocument,
    "\n  fragment CommsCallDetail on AmbassadorCall {\n    id\n    title\n    pitch\n    status\n    opensAt\n    closesAt\n    publishedAt\n    createdAt\n    updatedAt\n    link\n    emailedAt\n    emailedCount\n    skillsSought {\n      id\n      name\n    }\n  }\n": types.CommsCallDetailFragmentDoc,
    "\n  query CommsCall($id: ID!) {\n    ambassadorCall(id: $id) {\n      ...CommsCallDetail\n    }\n  }\n": types.CommsCallDocument,
    "\n  mutation CommsCreateCall($input: CreateAmbassadorCallInput!) {\n    createAmbassadorCall(input: $input) {\n      ...CommsCallDetail\n    }\n  }\n": types.CommsCreateCallDocument,
    "\n  mutation CommsUpdateCall($input: UpdateAmbassadorCallInput!) {\n    updateAmbassadorCall(input: $input) {\n      ...CommsCallDetail\n    }\n  }\n": types.CommsUpdateCallDocument,
    "\n  mutation CommsOpenCall($id: ID!, $emailMembers: Boolean!) {\n    openAmbassadorCall(id: $id, emailMembers: $emailMembers) {\n      id\n      status\n      publishedAt\n      emailedAt\n      emailedCount\n    }\n  }\n": types.CommsOpenCallDocument,
    "\n  mutation CommsCloseCall($id: ID!) {\n    closeAmbassadorCall(id: $id) {\n      id\n      status\n    }\n  }\n": types.CommsCloseCallDocument,
    "\n  query CommsPipeline($callId: ID, $after: String) {\n    signUps(first: 100, callId: $callId, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          status\n          statusChangedAt\n          createdAt\n          call {\n            id\n            title\n          }\n          member {\n            id\n            user {\n              id\n              displayName\n            }\n          }\n          intake {\n            channels\n            channelsOther\n            hoursPerMonth\n          }\n        }\n      }\n    }\n  }\n": types.CommsPipelineDocument,
    "\n  query CommsSignUpDetail($id: ID!) {\n    signUp(id: $id) {\n      id\n      motivation\n      availability\n      availableHoursPerMonth\n      call {\n        id\n        skillsSought {\n          id\n          name\n        }\n      }\n      intake {\n        channels\n        channelsOther\n        wantsToDo\n        hoursPerMonth\n        recordedAt\n        copiedToProfileAt\n        confidence {\n          level\n          skill {\n            id\n            name\n          }\n        }\n      }\n      profileSummary {\n        headline\n        availableHoursPerMonth\n        skills {\n          level\n          levelName\n          skill {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CommsSignUpDetailDocument,
    "\n  query CommsIntakeNotes($signUpId: ID!) {\n    intakeNotes(signUpId: $signUpId) {\n      id\n      body\n      createdAt\n      authorMemberId\n      signUpId\n    }\n  }\n": types.CommsIntakeNotesDocument,
    "\n  mutation CommsAddIntakeNote($input: AddIntakeNoteInput!) {\n    addIntakeNote(input: $input) {\n      id\n      body\n      createdAt\n      authorMemberId\n      signUpId\n    }\n  }\n": types.CommsAddIntakeNoteDocument,
    "\n  mutation CommsMoveSignUp($input: MoveSignUpInput!) {\n    moveSignUp(input: $input) {\n      id\n      status\n      statusChangedAt\n      activatedAt\n    }\n  }\n": types.CommsMoveSignUpDocument,
    "\n  query CommsIdeas($after: String) {\n    ideasBoard(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ideas\n          createdAt\n          status\n          call {\n            id\n            title\n          }\n          member {\n            id\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CommsIdeasDocument,
    "\n  query CommsTasks($filter: CommsTaskFilter, $after: String) {\n    commsTasks(first: 50, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          seats\n          seatsTaken\n          seatsFree\n          effortHours\n          dueAt\n        }\n      }\n    }\n  }\n": types.CommsTasksDocument,
    "\n  fragment CommsTaskDetail on CommsTask {\n    id\n    title\n    description\n    kind\n    status\n    effortHours\n    seats\n    seatsTaken\n    seatsFree\n    startsAt\n    dueAt\n    remote\n    location\n    takeUpDirectly\n    onlineLink\n    attendeeCapacity\n    attendeesRegistered\n    attendeePlacesLeft\n    openedAt\n    filledAt\n    closedAt\n    createdAt\n    updatedAt\n    requiredSkills {\n      skillId\n      minLevel\n      weight\n      skill {\n        id\n        name\n      }\n    }\n  }\n": types.CommsTaskDetailFragmentDoc,
    "\n  query CommsTask($id: ID!) {\n    commsTask(id: $id) {\n      ...CommsTaskDetail\n    }\n  }\n": types.CommsTaskDocument,
    "\n  query CommsTaskPeople($taskId: ID!) {\n    taskAssignments(taskId: $taskId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          offeredAt\n          acceptedAt\n          declinedAt\n          declineReason\n          completedAt\n          memberId\n          member {\n            id\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CommsTaskPeopleDocument,
    "\n  query CommsWorkshopAttendance($taskId: ID!) {\n    workshopAttendance(taskId: $taskId) {\n      registered {\n        id\n        registeredAt\n        member {\n          id\n          department\n          user {\n            id\n            displayName\n          }\n        }\n      }\n      waitlist {\n        id\n        waitlistedAt\n        waitlistPosition\n        member {\n          id\n          department\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.CommsWorkshopAttendanceDocument,
    "\n  query CommsCandidates($taskId: ID!) {\n    candidatesForTask(taskId: $taskId, first: 10) {\n      memberId\n      member {\n        id\n        department\n        user {\n          id\n          displayName\n        }\n      }\n      score\n      explanation\n      computedAt\n    }\n  }\n": types.CommsCandidatesDocument,
    "\n  query CommsTaskCandidatePool($taskId: ID!) {\n    taskCandidatePool(taskId: $taskId) {\n      candidates\n      volunteers\n      excluded {\n        reason\n        count\n      }\n      widen\n    }\n  }\n": types.CommsTaskCandidatePoolDocument,
    "\n  mutation CommsCreateTask($input: CreateCommsTaskInput!) {\n    createCommsTask(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": types.CommsCreateTaskDocument,
    "\n  mutation CommsUpdateTask($input: UpdateCommsTaskInput!) {\n    updateCommsTask(input: $input) {\n      ...CommsTaskDetail\n    }\n  }\n": types.CommsUpdateTaskDocument,
    "\n  mutation CommsOpenTask($id: ID!) {\n    openCommsTask(id: $id) {\n      id\n      status\n      openedAt\n    }\n  }\n": types.CommsOpenTaskDocument,
    "\n  mutation CommsCompleteTask($id: ID!) {\n    completeCommsTask(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": types.CommsCompleteTaskDocument,
    "\n  mutation CommsCancelTask($input: CancelCommsTaskInput!) {\n    cancelCommsTask(input: $input) {\n      id\n      status\n      closedAt\n    }\n  }\n": types.CommsCancelTaskDocument,
    "\n  mutation CommsOfferTask($input: OfferTaskInput!) {\n    offerTask(input: $input) {\n      id\n      status\n      memberId\n      offeredAt\n    }\n  }\n": types.CommsOfferTaskDocument,
    "\n  subscription CommsNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      data\n    }\n  }\n": types.CommsNotificationAddedDocument,
    "\n  mutation CommsProposeAssignments {\n    proposeAssignments {\n      id\n      status\n      createdAt\n    }\n  }\n": types.CommsProposeAssignmentsDocument,
    "\n  query CommsMatchPlan($id: ID!) {\n    matchPlan(id: $id) {\n      id\n      status\n      method\n      total\n      upperBound\n      computedAt\n      createdAt\n      offeredAt\n      lines {\n        taskId\n        memberId\n        member {\n          id\n          department\n          user {\n            id\n            displayName\n          }\n        }\n        score\n        explanation\n        outcome\n        error\n        assignmentId\n      }\n    }\n  }\n": types.CommsMatchPlanDocument,
    "\n  mutation CommsOfferPlan($input: OfferPlanInput!) {\n    offerPlan(input: $input) {\n      id\n      status\n      offeredAt\n      lines {\n        taskId\n        memberId\n        member {\n          id\n          department\n          user {\n            id\n            displayName\n          }\n        }\n        score\n        explanation\n        outcome\n        error\n        assignmentId\n      }\n    }\n  }\n": types.CommsOfferPlanDocument,
    "\n  query CommsPlanTasks {\n    commsTasks(first: 100, filter: { statuses: [OPEN] }) {\n      edges {\n        node {\n          id\n          title\n          seatsFree\n        }\n      }\n    }\n  }\n": types.CommsPlanTasksDocument,
    "\n  query CommsDashboard($months: Int) {\n    programmeDashboard(months: $months) {\n      acceptanceRate\n      completedAssignments\n      doneTasks\n      filledTasks\n      openTasks\n      hoursContributed\n      medianHoursToFill\n      ambassadorsByStatus {\n        status\n        count\n      }\n      perMonth {\n        month\n        signUps\n        newAmbassadors\n        tasksOpened\n        tasksFilled\n        accepted\n        completed\n        hoursContributed\n      }\n    }\n  }\n": types.CommsDashboardDocument,
    "\n  mutation CommsRecordIntake($input: RecordIntakeInput!) {\n    recordIntake(input: $input) {\n      id\n      intake {\n        channels\n        channelsOther\n        wantsToDo\n        hoursPerMonth\n        recordedAt\n        copiedToProfileAt\n        confidence {\n          level\n          skill {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CommsRecordIntakeDocument,
    "\n  query CommunityDigestPreview {\n    myDigestPreview {\n      frequency\n      since\n      postCount\n      subject\n      text\n    }\n  }\n": types.CommunityDigestPreviewDocument,
    "\n  fragment CommunityMemberName on Member {\n    id\n    user {\n      id\n      displayName\n    }\n  }\n": types.CommunityMemberNameFragmentDoc,
    "\n  fragment CommunityReactions on Post {\n    id\n    reactionCount\n    myReaction\n    reactions {\n      kind\n      count\n    }\n  }\n": types.CommunityReactionsFragmentDoc,
    "\n  fragment CommunityPageInfo on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": types.CommunityPageInfoFragmentDoc,
    "\n  fragment CommunityPost on Post {\n    id\n    kind\n    body\n    bodyHtml\n    createdAt\n    edited\n    hashtags\n    linkUrl\n    linkTitle\n    authorMembershipId\n    author {\n      ...CommunityMemberName\n    }\n    group {\n      id\n      name\n      privacy\n    }\n    ...CommunityReactions\n    commentCount\n  }\n": types.CommunityPostFragmentDoc,
    "\n  fragment CommunityPostPage on PostConnection {\n    edges {\n      cursor\n      node {\n        ...CommunityPost\n      }\n    }\n    pageInfo {\n      ...CommunityPageInfo\n    }\n  }\n": types.CommunityPostPageFragmentDoc,
    "\n  query CommunityFeed($after: String, $first: Int) {\n    feed(after: $after, first: $first) {\n      ...CommunityPostPage\n    }\n  }\n": types.CommunityFeedDocument,
    "\n  query CommunityTopic($tag: String!) {\n    topic(tag: $tag) {\n      id\n      tag\n      description\n      followerCount\n      postCount\n      viewerFollows\n      viewerIsManager\n      managers {\n        ...CommunityMemberName\n      }\n      pinnedPosts {\n        ...CommunityPost\n      }\n    }\n  }\n": types.CommunityTopicDocument,
    "\n  query CommunityTopicFeed($tag: String!, $after: String, $first: Int) {\n    topicFeed(tag: $tag, after: $after, first: $first) {\n      ...CommunityPostPage\n    }\n  }\n": types.CommunityTopicFeedDocument,
    "\n  subscription CommunityNewPost($topicId: ID, $groupId: ID) {\n    newPostAvailable(topicId: $topicId, groupId: $groupId) {\n      postId\n      authorId\n      createdAt\n    }\n  }\n": types.CommunityNewPostDocument,
    "\n  mutation CommunityCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...CommunityPost\n      unresolvedMentions {\n        text\n        problem\n        matches\n      }\n    }\n  }\n": types.CommunityCreatePostDocument,
    "\n  query CommunityMentionSuggestions($prefix: String!, $groupId: ID) {\n    mentionSuggestions(prefix: $prefix, groupId: $groupId) {\n      mention\n      member {\n        ...CommunityMemberName\n      }\n    }\n  }\n": types.CommunityMentionSuggestionsDocument,
    "\n  query CommunityPreview($body: String!) {\n    previewPostBody(body: $body)\n  }\n": types.CommunityPreviewDocument,
    "\n  query CommunityTopicSuggestions($prefix: String) {\n    topics(prefix: $prefix, first: 8) {\n      edges {\n        node {\n          id\n          tag\n        }\n      }\n    }\n  }\n": types.CommunityTopicSuggestionsDocument,
    "\n  query CommunityMemberSuggestions($search: String) {\n    members(filter: { search: $search }, first: 8) {\n      edges {\n        node {\n          ...CommunityMemberName\n        }\n      }\n    }\n  }\n": types.CommunityMemberSuggestionsDocument,
    "\n  mutation CommunityReact($postId: ID!, $kind: ReactionKind!) {\n    react(postId: $postId, kind: $kind) {\n      ...CommunityReactions\n    }\n  }\n": types.CommunityReactDocument,
    "\n  mutation CommunityUnreact($postId: ID!) {\n    unreact(postId: $postId) {\n      ...CommunityReactions\n    }\n  }\n": types.CommunityUnreactDocument,
    "\n  fragment CommunityComment on Comment {\n    id\n    body\n    bodyHtml\n    createdAt\n    edited\n    authorMembershipId\n    author {\n      ...CommunityMemberName\n    }\n  }\n": types.CommunityCommentFragmentDoc,
    "\n  query CommunityComments($postId: ID!, $after: String) {\n    postComments(postId: $postId, after: $after, first: 50) {\n      edges {\n        node {\n          ...CommunityComment\n          replies {\n            ...CommunityComment\n          }\n        }\n      }\n      pageInfo {\n        ...CommunityPageInfo\n      }\n    }\n  }\n": types.CommunityCommentsDocument,
    "\n  mutation CommunityAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n": types.CommunityAddCommentDocument,
    "\n  mutation CommunityPin($postId: ID!, $topicId: ID!) {\n    pinPost(postId: $postId, topicId: $topicId) {\n      id\n      pinnedPosts {\n        ...CommunityPost\n      }\n    }\n  }\n": types.CommunityPinDocument,
    "\n  mutation CommunityUnpin($postId: ID!, $topicId: ID!) {\n    unpinPost(postId: $postId, topicId: $topicId) {\n      id\n      pinnedPosts {\n        ...CommunityPost\n      }\n    }\n  }\n": types.CommunityUnpinDocument,
    "\n  mutation CommunityDeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": types.CommunityDeletePostDocument,
    "\n  mutation CommunityFollow($targetId: ID!, $targetType: FollowTargetType!) {\n    follow(targetId: $targetId, targetType: $targetType)\n  }\n": types.CommunityFollowDocument,
    "\n  mutation CommunityUnfollow($targetId: ID!, $targetType: FollowTargetType!) {\n    unfollow(targetId: $targetId, targetType: $targetType)\n  }\n": types.CommunityUnfollowDocument,
    "\n  fragment CommunityTopicSummary on Topic {\n    id\n    tag\n    description\n    postCount\n    followerCount\n    viewerFollows\n  }\n": types.CommunityTopicSummaryFragmentDoc,
    "\n  query CommunityTopics($prefix: String, $followed: Boolean, $after: String, $first: Int) {\n    topics(prefix: $prefix, followed: $followed, after: $after, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CommunityTopicSummary\n        }\n      }\n      pageInfo {\n        ...CommunityPageInfo\n      }\n    }\n  }\n": types.CommunityTopicsDocument,
    "\n  query CommunityPopularTopics {\n    popularTopics(first: 6) {\n      ...CommunityTopicSummary\n    }\n  }\n": types.CommunityPopularTopicsDocument,
    "\n  mutation CommunityAppointTopicManager($topicId: ID!, $memberId: ID!) {\n    appointTopicManager(topicId: $topicId, memberId: $memberId) {\n      id\n      managers {\n        ...CommunityMemberName\n      }\n    }\n  }\n": types.CommunityAppointTopicManagerDocument,
    "\n  mutation CommunityRemoveTopicManager($topicId: ID!, $memberId: ID!) {\n    removeTopicManager(topicId: $topicId, memberId: $memberId) {\n      id\n      managers {\n        ...CommunityMemberName\n      }\n    }\n  }\n": types.CommunityRemoveTopicManagerDocument,
    "\n  fragment CommunityGroupSummary on Group {\n    id\n    name\n    description\n    privacy\n    memberCount\n    viewerMembership {\n      id\n      status\n      role\n    }\n  }\n": types.CommunityGroupSummaryFragmentDoc,
    "\n  query CommunityGroups($after: String, $first: Int) {\n    groups(after: $after, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CommunityGroupSummary\n        }\n      }\n      pageInfo {\n        ...CommunityPageInfo\n      }\n    }\n  }\n": types.CommunityGroupsDocument,
    "\n  query CommunityGroup($id: ID!) {\n    group(id: $id) {\n      ...CommunityGroupSummary\n      createdAt\n    }\n    isFollowing(targetType: GROUP, targetId: $id)\n  }\n": types.CommunityGroupDocument,
    "\n  query CommunityGroupFeed($groupId: ID!, $after: String, $first: Int) {\n    groupFeed(groupId: $groupId, after: $after, first: $first) {\n      ...CommunityPostPage\n    }\n  }\n": types.CommunityGroupFeedDocument,
    "\n  query CommunityGroupMembers($groupId: ID!, $status: GroupMemberStatus, $after: String) {\n    groupMembers(groupId: $groupId, status: $status, after: $after, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          status\n          membershipId\n          member {\n            ...CommunityMemberName\n          }\n        }\n      }\n      pageInfo {\n        ...CommunityPageInfo\n      }\n    }\n  }\n": types.CommunityGroupMembersDocument,
    "\n  mutation CommunityCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...CommunityGroupSummary\n    }\n  }\n": types.CommunityCreateGroupDocument,
    "\n  mutation CommunityJoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      id\n      status\n      role\n    }\n  }\n": types.CommunityJoinGroupDocument,
    "\n  mutation CommunityLeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n": types.CommunityLeaveGroupDocument,
    "\n  mutation CommunityApproveGroupMember($groupId: ID!, $memberId: ID!) {\n    approveGroupMember(groupId: $groupId, memberId: $memberId) {\n      id\n      status\n    }\n  }\n": types.CommunityApproveGroupMemberDocument,
    "\n  mutation CommunityDeclineGroupMember($groupId: ID!, $memberId: ID!) {\n    declineGroupMember(groupId: $groupId, memberId: $memberId)\n  }\n": types.CommunityDeclineGroupMemberDocument,
    "\n  query CommunityPerson($id: ID!) {\n    member(id: $id) {\n      id\n      department\n      location\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.CommunityPersonDocument,
    "\n  query CommunityIsFollowing($targetType: FollowTargetType!, $targetId: ID!) {\n    isFollowing(targetType: $targetType, targetId: $targetId)\n  }\n": types.CommunityIsFollowingDocument,
    "\n  query CommunityMemberPosts($memberId: ID!, $after: String, $first: Int) {\n    memberPosts(memberId: $memberId, after: $after, first: $first) {\n      ...CommunityPostPage\n    }\n  }\n": types.CommunityMemberPostsDocument,
    "\n  query CommunitySettings {\n    myCommunitySettings {\n      digestFrequency\n      followEveryone\n    }\n  }\n": types.CommunitySettingsDocument,
    "\n  mutation CommunityUpdateSettings($input: UpdateCommunitySettingsInput!) {\n    updateMyCommunitySettings(input: $input) {\n      digestFrequency\n      followEveryone\n    }\n  }\n": types.CommunityUpdateSettingsDocument,
    "\n  query CommunityHealthReport($months: Int) {\n    communityHealth(months: $months) {\n      weeklyActiveMembers\n      monthlyActiveMembers\n      posters\n      readers\n      members\n      newMembers\n      selfSufficiency\n      selfSufficiencyNote\n      topics {\n        tag\n        posts\n        replies\n      }\n      weeklyTrend {\n        week\n        activeMembers\n        posters\n      }\n      trend {\n        month\n        activeMembers\n        posters\n        readers\n        posts\n        replies\n        newMembers\n      }\n    }\n  }\n": types.CommunityHealthReportDocument,
    "\n  mutation CommunityUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...CommunityPost\n    }\n  }\n": types.CommunityUpdatePostDocument,
    "\n  mutation CommunitySetGroupRole($groupId: ID!, $memberId: ID!, $role: GroupRole!) {\n    setGroupRole(groupId: $groupId, memberId: $memberId, role: $role) {\n      id\n      role\n      status\n    }\n  }\n": types.CommunitySetGroupRoleDocument,
    "\n  mutation CommunityUpdateTopic($input: UpdateTopicInput!) {\n    updateTopic(input: $input) {\n      id\n      description\n    }\n  }\n": types.CommunityUpdateTopicDocument,
    "\n  mutation CommunityUpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      id\n      body\n      bodyHtml\n      edited\n    }\n  }\n": types.CommunityUpdateCommentDocument,
    "\n  mutation CommunityDeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": types.CommunityDeleteCommentDocument,
    "\n  query HrPeopleSearch($query: String, $filter: PeopleSearchFilter, $first: Int, $after: String) {\n    peopleSearch(query: $query, filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          memberId\n          displayName\n          headline\n          department\n          grade\n          location\n          availableHoursPerMonth\n          skills {\n            level\n            skill {\n              id\n              name\n            }\n          }\n        }\n      }\n      facets {\n        estimated\n        exactUpTo\n        matchCount\n        departments {\n          value\n          count\n        }\n        grades {\n          value\n          count\n        }\n        skills {\n          count\n          skill {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.HrPeopleSearchDocument,
    "\n  query HrSkillName($id: ID!) {\n    skill(id: $id) {\n      id\n      name\n    }\n  }\n": types.HrSkillNameDocument,
    "\n  query HrPersonProfile($memberId: ID!) {\n    profile(memberId: $memberId) {\n      id\n      memberId\n      displayName\n      headline\n      bio\n      cvText\n      department\n      grade\n      location\n      availableHoursPerMonth\n      interests\n      visibility\n      updatedAt\n      links {\n        kind\n        url\n      }\n      skills {\n        level\n        years\n        skill {\n          id\n          name\n        }\n      }\n      wantsToDevelop {\n        id\n        name\n      }\n    }\n  }\n": types.HrPersonProfileDocument,
    "\n  query HrSkillsGap($input: SkillsGapInput!) {\n    skillsGapReport(input: $input) {\n      minLevel\n      demandPeople\n      demandHours\n      supplyPeople\n      supplyHoursPerMonth\n      learners\n      gap\n      skill {\n        id\n        name\n        category\n      }\n    }\n  }\n": types.HrSkillsGapDocument,
    "\n  query HrExportSkillsGap($input: SkillsGapInput!) {\n    exportSkillsGapReport(input: $input)\n  }\n": types.HrExportSkillsGapDocument,
    "\n  mutation HrRecordSkillDemand($input: RecordSkillDemandInput!) {\n    recordSkillDemand(input: $input) {\n      id\n    }\n  }\n": types.HrRecordSkillDemandDocument,
    "\n  query MyPrivacyRequests {\n    myPrivacyRequests {\n      id\n      kind\n      status\n      notBefore\n      createdAt\n    }\n  }\n": types.MyPrivacyRequestsDocument,
    "\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n      kind\n      status\n      createdAt\n    }\n  }\n": types.RequestDataExportDocument,
    "\n  mutation RequestErasure {\n    requestErasure {\n      id\n      kind\n      status\n      notBefore\n      createdAt\n    }\n  }\n": types.RequestErasureDocument,
    "\n  mutation CancelMyErasure {\n    cancelErasure {\n      id\n      kind\n      status\n    }\n  }\n": types.CancelMyErasureDocument,
    "\n  query PrivacyProfileViewers($after: String) {\n    profileViewers(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          action\n          actorMemberId\n          actorName\n          query\n          createdAt\n        }\n      }\n    }\n  }\n": types.PrivacyProfileViewersDocument,
    "\n  query ProfileCompletenessByDepartment {\n    profileCompletenessByDepartment {\n      minimumGroupSize\n      departments {\n        department\n        label\n        departments\n        members\n        atLeastHalf\n        averageScore\n        medianScore\n      }\n    }\n  }\n": types.ProfileCompletenessByDepartmentDocument,
    "\n  fragment VolunteerTaskSummary on CommsTask {\n    id\n    title\n    description\n    kind\n    status\n    effortHours\n    seats\n    seatsFree\n    remote\n    location\n    takeUpDirectly\n    startsAt\n    dueAt\n    requiredSkills {\n      skillId\n      minLevel\n      skill {\n        id\n        name\n      }\n    }\n  }\n": types.VolunteerTaskSummaryFragmentDoc,
    "\n  query VolunteerForYou($first: Int!) {\n    myMatchedTasks(first: $first) {\n      score\n      explanation\n      computedAt\n      task {\n        ...VolunteerTaskSummary\n      }\n    }\n    myProfile {\n      id\n      skills {\n        level\n        skill {\n          id\n        }\n      }\n      completeness {\n        score\n        missing\n      }\n    }\n  }\n": types.VolunteerForYouDocument,
    "\n  query VolunteerNearMisses($first: Int!) {\n    myNearMisses(first: $first) {\n      inPool\n      tasks {\n        task {\n          id\n          title\n        }\n        obstacles {\n          reason\n          message\n        }\n      }\n    }\n  }\n": types.VolunteerNearMissesDocument,
    "\n  mutation VolunteerTakeUpTask($taskId: ID!) {\n    takeUpMatchedTask(taskId: $taskId) {\n      id\n      status\n    }\n  }\n": types.VolunteerTakeUpTaskDocument,
    "\n  query VolunteerOpenCalls {\n    ambassadorCalls(first: 50) {\n      edges {\n        node {\n          id\n          title\n          pitch\n          status\n          opensAt\n          closesAt\n          publishedAt\n          skillsSought {\n            id\n            name\n          }\n        }\n      }\n    }\n    mySignUps(first: 100) {\n      edges {\n        node {\n          id\n          callId\n          status\n          statusChangedAt\n          createdAt\n        }\n      }\n    }\n  }\n": types.VolunteerOpenCallsDocument,
    "\n  mutation VolunteerSignUpForCall($input: AmbassadorSignUpInput!) {\n    signUpAsAmbassador(input: $input) {\n      id\n      callId\n      status\n      statusChangedAt\n      createdAt\n    }\n  }\n": types.VolunteerSignUpForCallDocument,
    "\n  fragment VolunteerAssignment on Assignment {\n    id\n    status\n    explanation\n    offerMessage\n    offeredAt\n    acceptedAt\n    declinedAt\n    declineReason\n    completedAt\n    workDone\n    impact\n    feedback\n    endorsedAt\n    hoursContributed\n    endorsedSkills {\n      id\n      name\n    }\n    task {\n      ...VolunteerTaskSummary\n    }\n  }\n": types.VolunteerAssignmentFragmentDoc,
    "\n  query VolunteerMyOffers {\n    myAssignments(first: 50, statuses: [OFFERED]) {\n      edges {\n        node {\n          ...VolunteerAssignment\n        }\n      }\n    }\n  }\n": types.VolunteerMyOffersDocument,
    "\n  query VolunteerMyTasks {\n    myAssignments(first: 50, statuses: [ACCEPTED, COMPLETED, INTERESTED, WAITLISTED]) {\n      edges {\n        node {\n          ...VolunteerAssignment\n        }\n      }\n    }\n  }\n": types.VolunteerMyTasksDocument,
    "\n  mutation VolunteerAcceptOffer($id: ID!) {\n    acceptAssignment(id: $id) {\n      id\n      status\n      acceptedAt\n    }\n  }\n": types.VolunteerAcceptOfferDocument,
    "\n  mutation VolunteerDeclineOffer($input: DecideAssignmentInput!) {\n    declineAssignment(input: $input) {\n      id\n      status\n      declinedAt\n      declineReason\n    }\n  }\n": types.VolunteerDeclineOfferDocument,
    "\n  mutation VolunteerMarkDone($input: MarkAssignmentDoneInput!) {\n    markAssignmentDone(input: $input) {\n      id\n      status\n      completedAt\n      workDone\n      impact\n      hoursContributed\n    }\n  }\n": types.VolunteerMarkDoneDocument,
    "\n  fragment VolunteerProfile on Profile {\n    id\n    displayName\n    headline\n    bio\n    cvText\n    availableHoursPerMonth\n    interests\n    links {\n      kind\n      url\n    }\n    skills {\n      level\n      levelName\n      years\n      skill {\n        id\n        name\n        category\n      }\n    }\n    wantsToDevelop {\n      id\n      name\n    }\n    visibility\n    interestsTargetingConsent\n    completeness {\n      score\n      missing\n    }\n    updatedAt\n  }\n": types.VolunteerProfileFragmentDoc,
    "\n  query VolunteerMyProfile {\n    myProfile {\n      ...VolunteerProfile\n    }\n  }\n": types.VolunteerMyProfileDocument,
    "\n  mutation VolunteerUpdateProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...VolunteerProfile\n    }\n  }\n": types.VolunteerUpdateProfileDocument,
    "\n  mutation VolunteerUpdatePrivacy($input: UpdateProfilePrivacyInput!) {\n    updateMyProfilePrivacy(input: $input) {\n      ...VolunteerProfile\n    }\n  }\n": types.VolunteerUpdatePrivacyDocument,
    "\n  query VolunteerLookupSkills($name: String!) {\n    lookupSkills(name: $name, first: 8) {\n      id\n      name\n      category\n    }\n  }\n": types.VolunteerLookupSkillsDocument,
    "\n  fragment VolunteerNotification on Notification {\n    id\n    kind\n    title\n    body\n    count\n    data\n    createdAt\n    readAt\n  }\n": types.VolunteerNotificationFragmentDoc,
    "\n  query VolunteerMyNotifications($after: String) {\n    myNotifications(first: 30, after: $after) {\n      edges {\n        node {\n          ...VolunteerNotification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.VolunteerMyNotificationsDocument,
    "\n  query VolunteerUnreadCount {\n    unreadNotificationCount\n  }\n": types.VolunteerUnreadCountDocument,
    "\n  subscription VolunteerNotificationAdded {\n    notificationAdded {\n      ...VolunteerNotification\n    }\n  }\n": types.VolunteerNotificationAddedDocument,
    "\n  mutation VolunteerMarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.VolunteerMarkNotificationsReadDocument,
    "\n  query VolunteerSkillSuggestions {\n    mySkillSuggestions {\n      id\n      sentence\n      source\n      status\n      skill {\n        id\n        name\n      }\n    }\n  }\n": types.VolunteerSkillSuggestionsDocument,
    "\n  mutation VolunteerAcceptSkillSuggestion($input: AcceptSkillSuggestionInput!) {\n    acceptSkillSuggestion(input: $input) {\n      ...VolunteerProfile\n    }\n  }\n": types.VolunteerAcceptSkillSuggestionDocument,
    "\n  mutation VolunteerDismissSkillSuggestion($input: DismissSkillSuggestionInput!) {\n    dismissSkillSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n": types.VolunteerDismissSkillSuggestionDocument,
    "\n  query VolunteerProfileReminderSettings {\n    myProfileReminderSettings {\n      completionReminders\n    }\n  }\n": types.VolunteerProfileReminderSettingsDocument,
    "\n  mutation VolunteerUpdateProfileReminderSettings($input: UpdateProfileReminderSettingsInput!) {\n    updateMyProfileReminderSettings(input: $input) {\n      completionReminders\n    }\n  }\n": types.VolunteerUpdateProfileReminderSettingsDocument,
    "\n  query VolunteerWorkshops {\n    commsTasks(first: 50, filter: { kinds: [WORKSHOP], statuses: [OPEN, FILLED] }) {\n      edges {\n        node {\n          id\n          title\n          description\n          startsAt\n          dueAt\n          remote\n          location\n          onlineLink\n          attendeeCapacity\n          attendeesRegistered\n          attendeePlacesLeft\n          myWorkshopRegistration {\n            id\n            status\n            waitlistPosition\n          }\n        }\n      }\n    }\n    myWorkshopSuggestions(first: 5) {\n      task {\n        id\n      }\n      explanation\n    }\n  }\n": types.VolunteerWorkshopsDocument,
    "\n  mutation VolunteerRegisterForWorkshop($taskId: ID!) {\n    registerForWorkshop(taskId: $taskId) {\n      id\n      taskId\n      status\n      waitlistPosition\n    }\n  }\n": types.VolunteerRegisterForWorkshopDocument,
    "\n  mutation VolunteerCancelWorkshopRegistration($taskId: ID!) {\n    cancelWorkshopRegistration(taskId: $taskId) {\n      id\n      taskId\n      status\n    }\n  }\n": types.VolunteerCancelWorkshopRegistrationDocument,
    "\n  query VolunteerCall($id: ID!) {\n    ambassadorCall(id: $id) {\n      id\n      title\n      pitch\n      status\n      opensAt\n      closesAt\n      publishedAt\n      link\n      skillsSought {\n        id\n        name\n      }\n    }\n    mySignUps(callId: $id, first: 1) {\n      edges {\n        node {\n          id\n          callId\n          status\n          statusChangedAt\n          createdAt\n          intake {\n            channels\n            channelsOther\n            wantsToDo\n            hoursPerMonth\n            recordedAt\n            copiedToProfileAt\n            confidence {\n              level\n              skill {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.VolunteerCallDocument,
    "\n  mutation VolunteerCopyIntake($input: CopyIntakeToProfileInput!) {\n    copyIntakeToProfile(input: $input) {\n      id\n      intake {\n        copiedToProfileAt\n      }\n    }\n  }\n": types.VolunteerCopyIntakeDocument,
    "\n  query VolunteerNotificationSettings {\n    myNotificationSettings {\n      emailAmbassadorCalls\n    }\n  }\n": types.VolunteerNotificationSettingsDocument,
    "\n  mutation VolunteerUpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      emailAmbassadorCalls\n    }\n  }\n": types.VolunteerUpdateNotificationSettingsDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      user {\n        id\n        displayName\n        email\n      }\n      organisation {\n        id\n        name\n      }\n      member {\n        id\n        roles\n      }\n      organisations {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation SwitchOrganisation($organisationId: ID!) {\n    switchOrganisation(organisationId: $organisationId) {\n      ...SessionFields\n    }\n  }\n": types.SwitchOrganisationDocument,
    "\n  mutation ResumeSession($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.ResumeSessionDocument,
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
export function graphql(source: "\n  fragment AdminAnnouncementDestinationFields on AnnouncementDestination {\n    id\n    kind\n    name\n    urlHost\n    events\n    pausedAt\n    lastStatus\n    lastError\n    lastAttemptAt\n    lastSuccessAt\n    consecutiveFailures\n    previousSecretExpiresAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AdminAnnouncementDestinationFields on AnnouncementDestination {\n    id\n    kind\n    name\n    urlHost\n    events\n    pausedAt\n    lastStatus\n    lastError\n    lastAttemptAt\n    lastSuccessAt\n    consecutiveFailures\n    previousSecretExpiresAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAnnouncementDestinations {\n    announcementDestinations {\n      ...AdminAnnouncementDestinationFields\n    }\n  }\n"): (typeof documents)["\n  query AdminAnnouncementDestinations {\n    announcementDestinations {\n      ...AdminAnnouncementDestinationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateAnnouncementDestination($input: CreateAnnouncementDestinationInput!) {\n    createAnnouncementDestination(input: $input) {\n      signingSecret\n      destination {\n        ...AdminAnnouncementDestinationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateAnnouncementDestination($input: CreateAnnouncementDestinationInput!) {\n    createAnnouncementDestination(input: $input) {\n      signingSecret\n      destination {\n        ...AdminAnnouncementDestinationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateAnnouncementDestination($input: UpdateAnnouncementDestinationInput!) {\n    updateAnnouncementDestination(input: $input) {\n      ...AdminAnnouncementDestinationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateAnnouncementDestination($input: UpdateAnnouncementDestinationInput!) {\n    updateAnnouncementDestination(input: $input) {\n      ...AdminAnnouncementDestinationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteAnnouncementDestination($id: ID!) {\n    deleteAnnouncementDestination(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDeleteAnnouncementDestination($id: ID!) {\n    deleteAnnouncementDestination(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResumeAnnouncementDestination($id: ID!) {\n    resumeAnnouncementDestination(id: $id) {\n      ...AdminAnnouncementDestinationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminResumeAnnouncementDestination($id: ID!) {\n    resumeAnnouncementDestination(id: $id) {\n      ...AdminAnnouncementDestinationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSendTestAnnouncement($id: ID!) {\n    sendTestAnnouncement(id: $id) {\n      ...AdminAnnouncementDestinationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSendTestAnnouncement($id: ID!) {\n    sendTestAnnouncement(id: $id) {\n      ...AdminAnnouncementDestinationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRotateAnnouncementSigningSecret($id: ID!, $keepPreviousHours: Int!) {\n    rotateAnnouncementSigningSecret(id: $id, keepPreviousHours: $keepPreviousHours) {\n      signingSecret\n      destination {\n        ...AdminAnnouncementDestinationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRotateAnnouncementSigningSecret($id: ID!, $keepPreviousHours: Int!) {\n    rotateAnnouncementSigningSecret(id: $id, keepPreviousHours: $keepPreviousHours) {\n      signingSecret\n      destination {\n        ...AdminAnnouncementDestinationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditLog($filter: AuditLogFilter, $after: String) {\n    auditLog(first: 50, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          action\n          actorMemberId\n          actorName\n          subjectMemberId\n          subjectName\n          query\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditLog($filter: AuditLogFilter, $after: String) {\n    auditLog(first: 50, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          action\n          actorMemberId\n          actorName\n          subjectMemberId\n          subjectName\n          query\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminExportAuditLog($filter: AuditLogFilter) {\n    exportAuditLog(filter: $filter)\n  }\n"): (typeof documents)["\n  query AdminExportAuditLog($filter: AuditLogFilter) {\n    exportAuditLog(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditActors($search: String) {\n    members(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditActors($search: String) {\n    members(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminErasureRequests {\n    erasureRequests {\n      id\n      status\n      notBefore\n      createdAt\n      completedAt\n      requestedByAdmin\n      erasedRecords\n      anonymisedRecords\n      member {\n        id\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n    organisationSettings {\n      keepRepliedContentOnErasure\n    }\n  }\n"): (typeof documents)["\n  query AdminErasureRequests {\n    erasureRequests {\n      id\n      status\n      notBefore\n      createdAt\n      completedAt\n      requestedByAdmin\n      erasedRecords\n      anonymisedRecords\n      member {\n        id\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n    organisationSettings {\n      keepRepliedContentOnErasure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminErasureCandidates($search: String) {\n    members(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          user {\n            id\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminErasureCandidates($search: String) {\n    members(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          user {\n            id\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminEraseMember($memberId: ID!) {\n    eraseMember(memberId: $memberId) {\n      id\n      status\n      notBefore\n    }\n  }\n"): (typeof documents)["\n  mutation AdminEraseMember($memberId: ID!) {\n    eraseMember(memberId: $memberId) {\n      id\n      status\n      notBefore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCancelErasure($memberId: ID!) {\n    cancelErasure(memberId: $memberId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCancelErasure($memberId: ID!) {\n    cancelErasure(memberId: $memberId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminKeepRepliedContent($enabled: Boolean!) {\n    setKeepRepliedContentOnErasure(enabled: $enabled)\n  }\n"): (typeof documents)["\n  mutation AdminKeepRepliedContent($enabled: Boolean!) {\n    setKeepRepliedContentOnErasure(enabled: $enabled)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMembers($filter: MemberFilter, $after: String) {\n    members(first: 50, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          roles\n          status\n          department\n          createdAt\n          user {\n            id\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMembers($filter: MemberFilter, $after: String) {\n    members(first: 50, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          roles\n          status\n          department\n          createdAt\n          user {\n            id\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminChangeRoles($input: ChangeRolesInput!) {\n    changeMemberRoles(input: $input) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation AdminChangeRoles($input: ChangeRolesInput!) {\n    changeMemberRoles(input: $input) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPendingInvitations {\n    pendingInvitations {\n      id\n      email\n      roles\n      department\n      grade\n      location\n      createdAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query AdminPendingInvitations {\n    pendingInvitations {\n      id\n      email\n      roles\n      department\n      grade\n      location\n      createdAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      roles\n      createdAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      roles\n      createdAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminInviteMembers($input: [InviteMemberInput!]!, $newDepartments: [String!]) {\n    inviteMembers(input: $input, newDepartments: $newDepartments) {\n      row\n      email\n      code\n      message\n      retryAfter\n    }\n  }\n"): (typeof documents)["\n  mutation AdminInviteMembers($input: [InviteMemberInput!]!, $newDepartments: [String!]) {\n    inviteMembers(input: $input, newDepartments: $newDepartments) {\n      row\n      email\n      code\n      message\n      retryAfter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetDefaultVisibility($visibility: ProfileVisibility!) {\n    setDefaultProfileVisibility(visibility: $visibility)\n  }\n"): (typeof documents)["\n  mutation AdminSetDefaultVisibility($visibility: ProfileVisibility!) {\n    setDefaultProfileVisibility(visibility: $visibility)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisationSettings {\n    organisationSettings {\n      name\n      defaultProfileVisibility\n      followEveryoneByDefault\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisationSettings {\n    organisationSettings {\n      name\n      defaultProfileVisibility\n      followEveryoneByDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRenameOrganisation($name: String!) {\n    renameOrganisation(name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRenameOrganisation($name: String!) {\n    renameOrganisation(name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRetentionSettings {\n    retentionSettings {\n      lastRunAt\n      periods {\n        kind\n        days\n        defaultDays\n        minDays\n        maxDays\n        changedAt\n        lastRemoved\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminRetentionSettings {\n    retentionSettings {\n      lastRunAt\n      periods {\n        kind\n        days\n        defaultDays\n        minDays\n        maxDays\n        changedAt\n        lastRemoved\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetRetentionPeriod($input: SetRetentionPeriodInput!) {\n    setRetentionPeriod(input: $input) {\n      kind\n      days\n      changedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetRetentionPeriod($input: SetRetentionPeriodInput!) {\n    setRetentionPeriod(input: $input) {\n      kind\n      days\n      changedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminScimGroupFields on ScimGroup {\n    id\n    displayName\n    role\n    communityGroupId\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AdminScimGroupFields on ScimGroup {\n    id\n    displayName\n    role\n    communityGroupId\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminScimSettings {\n    scimSettings {\n      baseUrl\n      tokenCreatedAt\n      tokenLastUsedAt\n      groups {\n        ...AdminScimGroupFields\n      }\n    }\n    communityGroups: groups(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminScimSettings {\n    scimSettings {\n      baseUrl\n      tokenCreatedAt\n      tokenLastUsedAt\n      groups {\n        ...AdminScimGroupFields\n      }\n    }\n    communityGroups: groups(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRotateScimToken {\n    rotateScimToken {\n      token\n      baseUrl\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRotateScimToken {\n    rotateScimToken {\n      token\n      baseUrl\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeScimToken {\n    revokeScimToken\n  }\n"): (typeof documents)["\n  mutation AdminRevokeScimToken {\n    revokeScimToken\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMapScimGroup($input: MapScimGroupInput!) {\n    mapScimGroup(input: $input) {\n      ...AdminScimGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminMapScimGroup($input: MapScimGroupInput!) {\n    mapScimGroup(input: $input) {\n      ...AdminScimGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminSsoSettingsFields on SsoSettings {\n    issuer\n    clientId\n    clientSecretSet\n    allowedDomains\n    departmentClaim\n    gradeClaim\n    requireSso\n    breakGlassMemberId\n    redirectUri\n    signInUrl\n  }\n"): (typeof documents)["\n  fragment AdminSsoSettingsFields on SsoSettings {\n    issuer\n    clientId\n    clientSecretSet\n    allowedDomains\n    departmentClaim\n    gradeClaim\n    requireSso\n    breakGlassMemberId\n    redirectUri\n    signInUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSsoSettings {\n    ssoSettings {\n      ...AdminSsoSettingsFields\n    }\n    members(first: 50, filter: { role: ADMIN }) {\n      edges {\n        node {\n          id\n          user {\n            id\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSsoSettings {\n    ssoSettings {\n      ...AdminSsoSettingsFields\n    }\n    members(first: 50, filter: { role: ADMIN }) {\n      edges {\n        node {\n          id\n          user {\n            id\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminConfigureSso($input: ConfigureSsoInput!) {\n    configureSso(input: $input) {\n      ...AdminSsoSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminConfigureSso($input: ConfigureSsoInput!) {\n    configureSso(input: $input) {\n      ...AdminSsoSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveSso {\n    removeSso\n  }\n"): (typeof documents)["\n  mutation AdminRemoveSso {\n    removeSso\n  }\n"];
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
export function graphql(source: "\n  query CalendarsMyFeed {\n    myCalendarFeed {\n      id\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query CalendarsMyFeed {\n    myCalendarFeed {\n      id\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarsCreateFeed {\n    createCalendarFeed {\n      url\n      feed {\n        id\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CalendarsCreateFeed {\n    createCalendarFeed {\n      url\n      feed {\n        id\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarsRevokeFeed {\n    revokeCalendarFeed\n  }\n"): (typeof documents)["\n  mutation CalendarsRevokeFeed {\n    revokeCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignFields on Campaign {\n    id\n    name\n    aims\n    startsOn\n    endsOn\n    cadence\n    targetPerPeriod\n    audience\n    participantMemberIds\n    participantGroupIds\n    channels\n    hashtag\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CampaignFields on Campaign {\n    id\n    name\n    aims\n    startsOn\n    endsOn\n    cadence\n    targetPerPeriod\n    audience\n    participantMemberIds\n    participantGroupIds\n    channels\n    hashtag\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignShareFields on CampaignShare {\n    id\n    campaignId\n    membershipId\n    channel\n    form\n    url\n    title\n    sharedOn\n    likes\n    comments\n    reshares\n    views\n    baseline\n    member {\n      id\n      department\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CampaignShareFields on CampaignShare {\n    id\n    campaignId\n    membershipId\n    channel\n    form\n    url\n    title\n    sharedOn\n    likes\n    comments\n    reshares\n    views\n    baseline\n    member {\n      id\n      department\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignMetricsFields on CampaignMetrics {\n    from\n    to\n    participants\n    shares\n    participantsMeetingTarget\n    participationRate\n    interactions\n    interactionsPerShare\n    posts\n    replies\n    reactions\n    sharesByForm {\n      key\n      count\n    }\n    sharesByChannel {\n      key\n      count\n    }\n    followerGrowth {\n      channel\n      start\n      end\n      growth\n    }\n  }\n"): (typeof documents)["\n  fragment CampaignMetricsFields on CampaignMetrics {\n    from\n    to\n    participants\n    shares\n    participantsMeetingTarget\n    participationRate\n    interactions\n    interactionsPerShare\n    posts\n    replies\n    reactions\n    sharesByForm {\n      key\n      count\n    }\n    sharesByChannel {\n      key\n      count\n    }\n    followerGrowth {\n      channel\n      start\n      end\n      growth\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyFields on Survey {\n    id\n    campaignId\n    title\n    anonymous\n    closedAt\n    createdAt\n    questions {\n      id\n      kind\n      prompt\n      options\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyFields on Survey {\n    id\n    campaignId\n    title\n    anonymous\n    closedAt\n    createdAt\n    questions {\n      id\n      kind\n      prompt\n      options\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignList($first: Int, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...CampaignFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignList($first: Int, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...CampaignFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignOverview($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignFields\n    }\n    myCampaignProgress(campaignId: $id) {\n      participating\n      periodIndex\n      from\n      to\n      shares\n      target\n    }\n    campaignSurveys(campaignId: $id) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  query CampaignOverview($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignFields\n    }\n    myCampaignProgress(campaignId: $id) {\n      participating\n      periodIndex\n      from\n      to\n      shares\n      target\n    }\n    campaignSurveys(campaignId: $id) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignMyShares($campaignId: ID!) {\n    campaignShares(campaignId: $campaignId) {\n      ...CampaignShareFields\n    }\n  }\n"): (typeof documents)["\n  query CampaignMyShares($campaignId: ID!) {\n    campaignShares(campaignId: $campaignId) {\n      ...CampaignShareFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignMembers($search: String, $after: String) {\n    members(first: 100, after: $after, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignMembers($search: String, $after: String) {\n    members(first: 100, after: $after, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCreate($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignCreate($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignLogShare($input: LogShareInput!) {\n    logCampaignShare(input: $input) {\n      ...CampaignShareFields\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignLogShare($input: LogShareInput!) {\n    logCampaignShare(input: $input) {\n      ...CampaignShareFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateInteractions($input: UpdateShareInteractionsInput!) {\n    updateCampaignShareInteractions(input: $input) {\n      ...CampaignShareFields\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignUpdateInteractions($input: UpdateShareInteractionsInput!) {\n    updateCampaignShareInteractions(input: $input) {\n      ...CampaignShareFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignPeriodFields on PeriodComparison {\n    index\n    current {\n      ...CampaignMetricsFields\n    }\n    baseline {\n      ...CampaignMetricsFields\n    }\n  }\n"): (typeof documents)["\n  fragment CampaignPeriodFields on PeriodComparison {\n    index\n    current {\n      ...CampaignMetricsFields\n    }\n    baseline {\n      ...CampaignMetricsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignDashboard($campaignId: ID!) {\n    campaignReport(campaignId: $campaignId) {\n      campaign {\n        ...CampaignFields\n      }\n      periods {\n        ...CampaignPeriodFields\n      }\n      overall {\n        ...CampaignPeriodFields\n      }\n      buddyRounds {\n        round\n        pairs\n        met\n        completionRate\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignDashboard($campaignId: ID!) {\n    campaignReport(campaignId: $campaignId) {\n      campaign {\n        ...CampaignFields\n      }\n      periods {\n        ...CampaignPeriodFields\n      }\n      overall {\n        ...CampaignPeriodFields\n      }\n      buddyRounds {\n        round\n        pairs\n        met\n        completionRate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignNonSharers($campaignId: ID!) {\n    campaignNonSharers(campaignId: $campaignId) {\n      from\n      to\n      memberIds\n      members {\n        id\n        department\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignNonSharers($campaignId: ID!) {\n    campaignNonSharers(campaignId: $campaignId) {\n      from\n      to\n      memberIds\n      members {\n        id\n        department\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignRemindNonSharers($campaignId: ID!) {\n    remindCampaignNonSharers(campaignId: $campaignId)\n  }\n"): (typeof documents)["\n  mutation CampaignRemindNonSharers($campaignId: ID!) {\n    remindCampaignNonSharers(campaignId: $campaignId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignExportReport($campaignId: ID!) {\n    exportCampaignReport(campaignId: $campaignId)\n  }\n"): (typeof documents)["\n  query CampaignExportReport($campaignId: ID!) {\n    exportCampaignReport(campaignId: $campaignId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignDigestFields on CampaignDigest {\n    id\n    campaignId\n    periodIndex\n    note\n    highlightShareIds\n    publishedAt\n    postId\n    body\n    failedAttempts\n    lastError\n    unpublishedAt\n  }\n"): (typeof documents)["\n  fragment CampaignDigestFields on CampaignDigest {\n    id\n    campaignId\n    periodIndex\n    note\n    highlightShareIds\n    publishedAt\n    postId\n    body\n    failedAttempts\n    lastError\n    unpublishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignDigestScreen($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      ...CampaignFields\n    }\n    campaignDigests(campaignId: $campaignId) {\n      ...CampaignDigestFields\n    }\n    campaignShares(campaignId: $campaignId) {\n      ...CampaignShareFields\n    }\n  }\n"): (typeof documents)["\n  query CampaignDigestScreen($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      ...CampaignFields\n    }\n    campaignDigests(campaignId: $campaignId) {\n      ...CampaignDigestFields\n    }\n    campaignShares(campaignId: $campaignId) {\n      ...CampaignShareFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCurateDigest($input: CurateDigestInput!) {\n    curateCampaignDigest(input: $input) {\n      ...CampaignDigestFields\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignCurateDigest($input: CurateDigestInput!) {\n    curateCampaignDigest(input: $input) {\n      ...CampaignDigestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignPublishDigest($campaignId: ID!, $periodIndex: Int!) {\n    publishCampaignDigest(campaignId: $campaignId, periodIndex: $periodIndex) {\n      ...CampaignDigestFields\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignPublishDigest($campaignId: ID!, $periodIndex: Int!) {\n    publishCampaignDigest(campaignId: $campaignId, periodIndex: $periodIndex) {\n      ...CampaignDigestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignCreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignCloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyResponseFields on SurveyResponse {\n    id\n    answers {\n      questionId\n      text\n      choices\n      scale\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyResponseFields on SurveyResponse {\n    id\n    answers {\n      questionId\n      text\n      choices\n      scale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignSurvey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n    mySurveyResponse(surveyId: $id) {\n      ...SurveyResponseFields\n    }\n  }\n"): (typeof documents)["\n  query CampaignSurvey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n    mySurveyResponse(surveyId: $id) {\n      ...SurveyResponseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignSubmitSurvey($input: SurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      ...SurveyResponseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignSubmitSurvey($input: SurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      ...SurveyResponseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUpdateSurveyResponse($input: SurveyResponseInput!) {\n    updateSurveyResponse(input: $input) {\n      ...SurveyResponseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignUpdateSurveyResponse($input: SurveyResponseInput!) {\n    updateSurveyResponse(input: $input) {\n      ...SurveyResponseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignSurveyResults($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) {\n      responses\n      withheldBelow\n      survey {\n        ...SurveyFields\n      }\n      questions {\n        questionId\n        kind\n        prompt\n        answered\n        average\n        distribution {\n          key\n          count\n        }\n        texts\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignSurveyResults($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) {\n      responses\n      withheldBelow\n      survey {\n        ...SurveyFields\n      }\n      questions {\n        questionId\n        kind\n        prompt\n        answered\n        average\n        distribution {\n          key\n          count\n        }\n        texts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignExportSurveyResults($surveyId: ID!) {\n    exportSurveyResults(surveyId: $surveyId)\n  }\n"): (typeof documents)["\n  query CampaignExportSurveyResults($surveyId: ID!) {\n    exportSurveyResults(surveyId: $surveyId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignFollowerSnapshots {\n    followerSnapshots {\n      id\n      channel\n      takenOn\n      followers\n    }\n  }\n"): (typeof documents)["\n  query CampaignFollowerSnapshots {\n    followerSnapshots {\n      id\n      channel\n      takenOn\n      followers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignRecordFollowers($input: RecordFollowerSnapshotsInput!) {\n    recordFollowerSnapshots(input: $input) {\n      id\n      channel\n      takenOn\n      followers\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignRecordFollowers($input: RecordFollowerSnapshotsInput!) {\n    recordFollowerSnapshots(input: $input) {\n      id\n      channel\n      takenOn\n      followers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BuddyPairFields on BuddyPair {\n    id\n    round\n    memberIds\n    metAt\n    createdAt\n    members {\n      id\n      department\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BuddyPairFields on BuddyPair {\n    id\n    round\n    memberIds\n    metAt\n    createdAt\n    members {\n      id\n      department\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BuddyRoundFields on BuddyRound {\n    id\n    round\n    questions\n    completion {\n      round\n      pairs\n      met\n      completionRate\n    }\n  }\n"): (typeof documents)["\n  fragment BuddyRoundFields on BuddyRound {\n    id\n    round\n    questions\n    completion {\n      round\n      pairs\n      met\n      completionRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignBuddyPairs($campaignId: ID!) {\n    buddyPairs(campaignId: $campaignId) {\n      ...BuddyPairFields\n    }\n    buddyRounds(campaignId: $campaignId) {\n      ...BuddyRoundFields\n    }\n  }\n"): (typeof documents)["\n  query CampaignBuddyPairs($campaignId: ID!) {\n    buddyPairs(campaignId: $campaignId) {\n      ...BuddyPairFields\n    }\n    buddyRounds(campaignId: $campaignId) {\n      ...BuddyRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignCreateBuddyRound($campaignId: ID!) {\n    createBuddyRound(campaignId: $campaignId) {\n      ...BuddyPairFields\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignCreateBuddyRound($campaignId: ID!) {\n    createBuddyRound(campaignId: $campaignId) {\n      ...BuddyPairFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignSetBuddyGuide($campaignId: ID!, $round: Int!, $questions: [String!]!) {\n    setBuddyInterviewGuide(campaignId: $campaignId, round: $round, questions: $questions) {\n      ...BuddyRoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignSetBuddyGuide($campaignId: ID!, $round: Int!, $questions: [String!]!) {\n    setBuddyInterviewGuide(campaignId: $campaignId, round: $round, questions: $questions) {\n      ...BuddyRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignRecordBuddyMeeting($pairId: ID!) {\n    recordBuddyMeeting(pairId: $pairId) {\n      ...BuddyPairFields\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignRecordBuddyMeeting($pairId: ID!) {\n    recordBuddyMeeting(pairId: $pairId) {\n      ...BuddyPairFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignSetHashtag($campaignId: ID!, $hashtag: String) {\n    setCampaignHashtag(campaignId: $campaignId, hashtag: $hashtag) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignSetHashtag($campaignId: ID!, $hashtag: String) {\n    setCampaignHashtag(campaignId: $campaignId, hashtag: $hashtag) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignImportBaseline($campaignId: ID!, $csv: String!) {\n    importBaselineShares(campaignId: $campaignId, csv: $csv) {\n      imported\n      refused\n      rows {\n        line\n        shareId\n        field\n        error\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignImportBaseline($campaignId: ID!, $csv: String!) {\n    importBaselineShares(campaignId: $campaignId, csv: $csv) {\n      imported\n      refused\n      rows {\n        line\n        shareId\n        field\n        error\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUnpublishDigest($campaignId: ID!, $periodIndex: Int!) {\n    unpublishCampaignDigest(campaignId: $campaignId, periodIndex: $periodIndex) {\n      ...CampaignDigestFields\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignUnpublishDigest($campaignId: ID!, $periodIndex: Int!) {\n    unpublishCampaignDigest(campaignId: $campaignId, periodIndex: $periodIndex) {\n      ...CampaignDigestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommsLookupSkills($name: String!) {\n    lookupSkills(name: $name, first: 10) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CommsLookupSkills($name: String!) {\n    lookupSkills(name: $name, first: 10) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommsMember($id: ID!) {\n    member(id: $id) {\n      id\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommsMember($id: ID!) {\n    member(id: $id) {\n      id\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommsCalls($status: AmbassadorCallStatus, $after: String) {\n    ambassadorCalls(first: 50, status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          opensAt\n          closesAt\n          publishedAt\n          createdAt\n          skillsSought {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommsCalls($status: AmbassadorCallStatus, $after: String) {\n    ambassadorCalls(first: 50, status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          opensAt\n          closesAt\n          publishedAt\n          createdAt\n          skillsSought {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommsCallDetail on AmbassadorCall {\n    id\n    title\n    pitch\n    status\n    opensAt\n    closesAt\n    publishedAt\n    createdAt\n    updatedAt\n    link\n    emailedAt\n    emailedCount\n    skillsSought {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CommsCallDetail on AmbassadorCall {\n    id\n    title\n    pitch\n    status\n    opensAt\n    closesAt\n    publishedAt\n    createdAt\n    updatedAt\n    link\n    emailedAt\n    emailedCount\n    skillsSought {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommsCall($id: ID!) {\n    ambassadorCall(id: $id) {\n      ...CommsCallDetail\n    }\n  }\n"): (typeof documents)["\n  query CommsCall($id: ID!) {\n    ambassadorCall(id: $id) {\n      ...CommsCallDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommsCreateCall($input: CreateAmbassadorCallInput!) {\n    createAmbassadorCall(input: $input) {\n      ...CommsCallDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CommsCreateCall($input: CreateAmbassadorCallInput!) {\n    createAmbassadorCall(input: $input) {\n      ...CommsCallDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommsUpdateCall($input: UpdateAmbassadorCallInput!) {\n    updateAmbassadorCall(input: $input) {\n      ...CommsCallDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CommsUpdateCall($input: UpdateAmbassadorCallInput!) {\n    updateAmbassadorCall(input: $input) {\n      ...CommsCallDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommsOpenCall($id: ID!, $emailMembers: Boolean!) {\n    openAmbassadorCall(id: $id, emailMembers: $emailMembers) {\n      id\n      status\n      publishedAt\n      emailedAt\n      emailedCount\n    }\n  }\n"): (typeof documents)["\n  mutation CommsOpenCall($id: ID!, $emailMembers: Boolean!) {\n    openAmbassadorCall(id: $id, emailMembers: $emailMembers) {\n      id\n      status\n      publishedAt\n      emailedAt\n      emailedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommsCloseCall($id: ID!) {\n    closeAmbassadorCall(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CommsCloseCall($id: ID!) {\n    closeAmbassadorCall(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommsPipeline($callId: ID, $after: String) {\n    signUps(first: 100, callId: $callId, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          status\n          statusChangedAt\n          createdAt\n          call {\n            id\n            title\n          }\n          member {\n            id\n            user {\n              id\n              displayName\n            }\n          }\n          intake {\n            channels\n            channelsOther\n            hoursPerMonth\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommsPipeline($callId: ID, $after: String) {\n    signUps(first: 100, callId: $callId, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          status\n          statusChangedAt\n          createdAt\n          call {\n            id\n            title\n          }\n          member {\n            id\n            user {\n              id\n              displayName\n            }\n          }\n          intake {\n            channels\n            channelsOther\n            hoursPerMonth\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommsSignUpDetail($id: ID!) {\n    signUp(id: $id) {\n      id\n      motivation\n      availability\n      availableHoursPerMonth\n      call {\n        id\n        skillsSought {\n          id\n          name\n        }\n      }\n      intake {\n        channels\n        channelsOther\n        wantsToDo\n        hoursPerMonth\n        recordedAt\n        copiedToProfileAt\n        confidence {\n          level\n          skill {\n            id\n            name\n          }\n        }\n      }\n      profileSummary {\n        headline\n        availableHoursPerMonth\n        skills {\n          level\n          levelName\n          skill {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommsSignUpDetail($id: ID!) {\n    signUp(id: $id) {\n      id\n      motivation\n      availability\n      availableHoursPerMonth\n      call {\n        id\n        skillsSought {\n          id\n          name\n        }\n      }\n      intake {\n        channels\n        channelsOther\n        wantsToDo\n        hoursPerMonth\n        recordedAt\n        copiedToProfileAt\n        confidence {\n          level\n          skill {\n            id\n            name\n          }\n        }\n      }\n      profileSummary {\n        headline\n        availableHoursPerMonth\n        skills {\n          level\n          levelName\n          skill {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommsIntakeNotes($signUpId: ID!) {\n    intakeNotes(signUpId: $signUpId) {\n      id\n      body\n      createdAt\n      authorMemberId\n      signUpId\n    }\n  }\n"): (typeof documents)["\n  query CommsIntakeNotes($signUpId: ID!) {\n    intakeNotes(signUpId: $signUpId) {\n      id\n      body\n      createdAt\n      authorMemberId\n      signUpId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommsAddIntakeNote($input: AddIntakeNoteInput!) {\n    addIntakeNote(input: $input) {\n      id\n      body\n      createdAt\n      authorMemberId\n      signUpId\n    }\n  }\n"): (typeof documents)["\n  mutation CommsAddIntakeNote($input: AddIntakeNoteInput!) {\n    addIntakeNote(input: $input) {\n      id\n      body\n      createdAt\n      authorMemberId\n      signUpId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommsMoveSignUp($input: MoveSignUpInput!) {\n    moveSignUp(input: $input) {\n      id\n      status\n      statusChangedAt\n      activatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CommsMoveSignUp($input: MoveSignUpInput!) {\n    moveSignUp(input: $input) {\n      id\n      status\n      statusChangedAt\n      activatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommsIdeas($after: String) {\n    ideasBoard(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ideas\n          createdAt\n          status\n          call {\n            id\n            title\n          }\n          member {\n            id\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommsIdeas($after: String) {\n    ideasBoard(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ideas\n          createdAt\n          status\n          call {\n            id\n            title\n          }\n          member {\n            id\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommsTasks($filter: CommsTaskFilter, $after: String) {\n    commsTasks(first: 50, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          seats\n          seatsTaken\n          seatsFree\n          effortHours\n          dueAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommsTasks($filter: CommsTaskFilter, $after: String) {\n    commsTasks(first: 50, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          seats\n          seatsTaken\n          seatsFree\n          effortHours\n          dueAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommsTaskDetail on CommsTask {\n    id\n    title\n    description\n    kind\n    status\n    effortHours\n    seats\n    seatsTaken\n    seatsFree\n    startsAt\n    dueAt\n    remote\n    location\n    takeUpDirectly\n    onlineLink\n    attendeeCapacity\n    attendeesRegistered\n    attendeePlacesLeft\n    openedAt\n    filledAt\n    closedAt\n    createdAt\n    updatedAt\n    requiredSkills {\n      skillId\n      minLevel\n      weight\n      skill {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CommsTaskDetail on CommsTask {\n    id\n    title\n    description\n    kind\n    status\n    effortHours\n    seats\n    seatsTaken\n    seatsFree\n    startsAt\n    dueAt\n    remote\n    location\n    takeUpDirectly\n    onlineLink\n    attendeeCapacity\n    attendeesRegistered\n    attendeePlacesLeft\n    openedAt\n    filledAt\n    closedAt\n    createdAt\n    updatedAt\n    requiredSkills {\n      skillId\n      minLevel\n      weight\n      skill {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommsTask($id: ID!) {\n    commsTask(id: $id) {\n      ...CommsTaskDetail\n    }\n  }\n"): (typeof documents)["\n  query CommsTask($id: ID!) {\n    commsTask(id: $id) {\n      ...CommsTaskDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommsTaskPeople($taskId: ID!) {\n    taskAssignments(taskId: $taskId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          offeredAt\n          acceptedAt\n          declinedAt\n          declineReason\n          completedAt\n          memberId\n          member {\n            id\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommsTaskPeople($taskId: ID!) {\n    taskAssignments(taskId: $taskId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          offeredAt\n          acceptedAt\n          declinedAt\n          declineReason\n          completedAt\n          memberId\n          member {\n            id\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommsWorkshopAttendance($taskId: ID!) {\n    workshopAttendance(taskId: $taskId) {\n      registered {\n        id\n        registeredAt\n        member {\n          id\n          department\n          user {\n            id\n            displayName\n          }\n        }\n      }\n      waitlist {\n        id\n        waitlistedAt\n        waitlistPosition\n        member {\n          id\n          department\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommsWorkshopAttendance($taskId: ID!) {\n    workshopAttendance(taskId: $taskId) {\n      registered {\n        id\n        registeredAt\n        member {\n          id\n          department\n          user {\n            id\n            displayName\n          }\n        }\n      }\n      waitlist {\n        id\n        waitlistedAt\n        waitlistPosition\n        member {\n          id\n          department\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommsCandidates($taskId: ID!) {\n    candidatesForTask(taskId: $taskId, first: 10) {\n      memberId\n      member {\n        id\n        department\n        user {\n          id\n          displayName\n        }\n      }\n      score\n      explanation\n      computedAt\n    }\n  }\n"): (typeof documents)["\n  query CommsCandidates($taskId: ID!) {\n    candidatesForTask(taskId: $taskId, first: 10) {\n      memberId\n      member {\n        id\n        department\n        user {\n          id\n          displayName\n        }\n      }\n      score\n      explanation\n      computedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommsTaskCandidatePool($taskId: ID!) {\n    taskCandidatePool(taskId: $taskId) {\n      candidates\n      volunteers\n      excluded {\n        reason\n        count\n      }\n      widen\n    }\n  }\n"): (typeof documents)["\n  query CommsTaskCandidatePool($taskId: ID!) {\n    taskCandidatePool(taskId: $taskId) {\n      candidates\n      volunteers\n      excluded {\n        reason\n        count\n      }\n      widen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommsCreateTask($input: CreateCommsTaskInput!) {\n    createCommsTask(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CommsCreateTask($input: CreateCommsTaskInput!) {\n    createCommsTask(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommsUpdateTask($input: UpdateCommsTaskInput!) {\n    updateCommsTask(input: $input) {\n      ...CommsTaskDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CommsUpdateTask($input: UpdateCommsTaskInput!) {\n    updateCommsTask(input: $input) {\n      ...CommsTaskDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommsOpenTask($id: ID!) {\n    openCommsTask(id: $id) {\n      id\n      status\n      openedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CommsOpenTask($id: ID!) {\n    openCommsTask(id: $id) {\n      id\n      status\n      openedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommsCompleteTask($id: ID!) {\n    completeCommsTask(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CommsCompleteTask($id: ID!) {\n    completeCommsTask(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommsCancelTask($input: CancelCommsTaskInput!) {\n    cancelCommsTask(input: $input) {\n      id\n      status\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CommsCancelTask($input: CancelCommsTaskInput!) {\n    cancelCommsTask(input: $input) {\n      id\n      status\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommsOfferTask($input: OfferTaskInput!) {\n    offerTask(input: $input) {\n      id\n      status\n      memberId\n      offeredAt\n    }\n  }\n"): (typeof documents)["\n  mutation CommsOfferTask($input: OfferTaskInput!) {\n    offerTask(input: $input) {\n      id\n      status\n      memberId\n      offeredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CommsNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      data\n    }\n  }\n"): (typeof documents)["\n  subscription CommsNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      data\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommsProposeAssignments {\n    proposeAssignments {\n      id\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CommsProposeAssignments {\n    proposeAssignments {\n      id\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommsMatchPlan($id: ID!) {\n    matchPlan(id: $id) {\n      id\n      status\n      method\n      total\n      upperBound\n      computedAt\n      createdAt\n      offeredAt\n      lines {\n        taskId\n        memberId\n        member {\n          id\n          department\n          user {\n            id\n            displayName\n          }\n        }\n        score\n        explanation\n        outcome\n        error\n        assignmentId\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommsMatchPlan($id: ID!) {\n    matchPlan(id: $id) {\n      id\n      status\n      method\n      total\n      upperBound\n      computedAt\n      createdAt\n      offeredAt\n      lines {\n        taskId\n        memberId\n        member {\n          id\n          department\n          user {\n            id\n            displayName\n          }\n        }\n        score\n        explanation\n        outcome\n        error\n        assignmentId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommsOfferPlan($input: OfferPlanInput!) {\n    offerPlan(input: $input) {\n      id\n      status\n      offeredAt\n      lines {\n        taskId\n        memberId\n        member {\n          id\n          department\n          user {\n            id\n            displayName\n          }\n        }\n        score\n        explanation\n        outcome\n        error\n        assignmentId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommsOfferPlan($input: OfferPlanInput!) {\n    offerPlan(input: $input) {\n      id\n      status\n      offeredAt\n      lines {\n        taskId\n        memberId\n        member {\n          id\n          department\n          user {\n            id\n            displayName\n          }\n        }\n        score\n        explanation\n        outcome\n        error\n        assignmentId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommsPlanTasks {\n    commsTasks(first: 100, filter: { statuses: [OPEN] }) {\n      edges {\n        node {\n          id\n          title\n          seatsFree\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommsPlanTasks {\n    commsTasks(first: 100, filter: { statuses: [OPEN] }) {\n      edges {\n        node {\n          id\n          title\n          seatsFree\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommsDashboard($months: Int) {\n    programmeDashboard(months: $months) {\n      acceptanceRate\n      completedAssignments\n      doneTasks\n      filledTasks\n      openTasks\n      hoursContributed\n      medianHoursToFill\n      ambassadorsByStatus {\n        status\n        count\n      }\n      perMonth {\n        month\n        signUps\n        newAmbassadors\n        tasksOpened\n        tasksFilled\n        accepted\n        completed\n        hoursContributed\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommsDashboard($months: Int) {\n    programmeDashboard(months: $months) {\n      acceptanceRate\n      completedAssignments\n      doneTasks\n      filledTasks\n      openTasks\n      hoursContributed\n      medianHoursToFill\n      ambassadorsByStatus {\n        status\n        count\n      }\n      perMonth {\n        month\n        signUps\n        newAmbassadors\n        tasksOpened\n        tasksFilled\n        accepted\n        completed\n        hoursContributed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommsRecordIntake($input: RecordIntakeInput!) {\n    recordIntake(input: $input) {\n      id\n      intake {\n        channels\n        channelsOther\n        wantsToDo\n        hoursPerMonth\n        recordedAt\n        copiedToProfileAt\n        confidence {\n          level\n          skill {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommsRecordIntake($input: RecordIntakeInput!) {\n    recordIntake(input: $input) {\n      id\n      intake {\n        channels\n        channelsOther\n        wantsToDo\n        hoursPerMonth\n        recordedAt\n        copiedToProfileAt\n        confidence {\n          level\n          skill {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityDigestPreview {\n    myDigestPreview {\n      frequency\n      since\n      postCount\n      subject\n      text\n    }\n  }\n"): (typeof documents)["\n  query CommunityDigestPreview {\n    myDigestPreview {\n      frequency\n      since\n      postCount\n      subject\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityMemberName on Member {\n    id\n    user {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment CommunityMemberName on Member {\n    id\n    user {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityReactions on Post {\n    id\n    reactionCount\n    myReaction\n    reactions {\n      kind\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment CommunityReactions on Post {\n    id\n    reactionCount\n    myReaction\n    reactions {\n      kind\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityPageInfo on PageInfo {\n    endCursor\n    hasNextPage\n  }\n"): (typeof documents)["\n  fragment CommunityPageInfo on PageInfo {\n    endCursor\n    hasNextPage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityPost on Post {\n    id\n    kind\n    body\n    bodyHtml\n    createdAt\n    edited\n    hashtags\n    linkUrl\n    linkTitle\n    authorMembershipId\n    author {\n      ...CommunityMemberName\n    }\n    group {\n      id\n      name\n      privacy\n    }\n    ...CommunityReactions\n    commentCount\n  }\n"): (typeof documents)["\n  fragment CommunityPost on Post {\n    id\n    kind\n    body\n    bodyHtml\n    createdAt\n    edited\n    hashtags\n    linkUrl\n    linkTitle\n    authorMembershipId\n    author {\n      ...CommunityMemberName\n    }\n    group {\n      id\n      name\n      privacy\n    }\n    ...CommunityReactions\n    commentCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityPostPage on PostConnection {\n    edges {\n      cursor\n      node {\n        ...CommunityPost\n      }\n    }\n    pageInfo {\n      ...CommunityPageInfo\n    }\n  }\n"): (typeof documents)["\n  fragment CommunityPostPage on PostConnection {\n    edges {\n      cursor\n      node {\n        ...CommunityPost\n      }\n    }\n    pageInfo {\n      ...CommunityPageInfo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityFeed($after: String, $first: Int) {\n    feed(after: $after, first: $first) {\n      ...CommunityPostPage\n    }\n  }\n"): (typeof documents)["\n  query CommunityFeed($after: String, $first: Int) {\n    feed(after: $after, first: $first) {\n      ...CommunityPostPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityTopic($tag: String!) {\n    topic(tag: $tag) {\n      id\n      tag\n      description\n      followerCount\n      postCount\n      viewerFollows\n      viewerIsManager\n      managers {\n        ...CommunityMemberName\n      }\n      pinnedPosts {\n        ...CommunityPost\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityTopic($tag: String!) {\n    topic(tag: $tag) {\n      id\n      tag\n      description\n      followerCount\n      postCount\n      viewerFollows\n      viewerIsManager\n      managers {\n        ...CommunityMemberName\n      }\n      pinnedPosts {\n        ...CommunityPost\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityTopicFeed($tag: String!, $after: String, $first: Int) {\n    topicFeed(tag: $tag, after: $after, first: $first) {\n      ...CommunityPostPage\n    }\n  }\n"): (typeof documents)["\n  query CommunityTopicFeed($tag: String!, $after: String, $first: Int) {\n    topicFeed(tag: $tag, after: $after, first: $first) {\n      ...CommunityPostPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CommunityNewPost($topicId: ID, $groupId: ID) {\n    newPostAvailable(topicId: $topicId, groupId: $groupId) {\n      postId\n      authorId\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  subscription CommunityNewPost($topicId: ID, $groupId: ID) {\n    newPostAvailable(topicId: $topicId, groupId: $groupId) {\n      postId\n      authorId\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...CommunityPost\n      unresolvedMentions {\n        text\n        problem\n        matches\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommunityCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...CommunityPost\n      unresolvedMentions {\n        text\n        problem\n        matches\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityMentionSuggestions($prefix: String!, $groupId: ID) {\n    mentionSuggestions(prefix: $prefix, groupId: $groupId) {\n      mention\n      member {\n        ...CommunityMemberName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityMentionSuggestions($prefix: String!, $groupId: ID) {\n    mentionSuggestions(prefix: $prefix, groupId: $groupId) {\n      mention\n      member {\n        ...CommunityMemberName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityPreview($body: String!) {\n    previewPostBody(body: $body)\n  }\n"): (typeof documents)["\n  query CommunityPreview($body: String!) {\n    previewPostBody(body: $body)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityTopicSuggestions($prefix: String) {\n    topics(prefix: $prefix, first: 8) {\n      edges {\n        node {\n          id\n          tag\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityTopicSuggestions($prefix: String) {\n    topics(prefix: $prefix, first: 8) {\n      edges {\n        node {\n          id\n          tag\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityMemberSuggestions($search: String) {\n    members(filter: { search: $search }, first: 8) {\n      edges {\n        node {\n          ...CommunityMemberName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityMemberSuggestions($search: String) {\n    members(filter: { search: $search }, first: 8) {\n      edges {\n        node {\n          ...CommunityMemberName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityReact($postId: ID!, $kind: ReactionKind!) {\n    react(postId: $postId, kind: $kind) {\n      ...CommunityReactions\n    }\n  }\n"): (typeof documents)["\n  mutation CommunityReact($postId: ID!, $kind: ReactionKind!) {\n    react(postId: $postId, kind: $kind) {\n      ...CommunityReactions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityUnreact($postId: ID!) {\n    unreact(postId: $postId) {\n      ...CommunityReactions\n    }\n  }\n"): (typeof documents)["\n  mutation CommunityUnreact($postId: ID!) {\n    unreact(postId: $postId) {\n      ...CommunityReactions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityComment on Comment {\n    id\n    body\n    bodyHtml\n    createdAt\n    edited\n    authorMembershipId\n    author {\n      ...CommunityMemberName\n    }\n  }\n"): (typeof documents)["\n  fragment CommunityComment on Comment {\n    id\n    body\n    bodyHtml\n    createdAt\n    edited\n    authorMembershipId\n    author {\n      ...CommunityMemberName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityComments($postId: ID!, $after: String) {\n    postComments(postId: $postId, after: $after, first: 50) {\n      edges {\n        node {\n          ...CommunityComment\n          replies {\n            ...CommunityComment\n          }\n        }\n      }\n      pageInfo {\n        ...CommunityPageInfo\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityComments($postId: ID!, $after: String) {\n    postComments(postId: $postId, after: $after, first: 50) {\n      edges {\n        node {\n          ...CommunityComment\n          replies {\n            ...CommunityComment\n          }\n        }\n      }\n      pageInfo {\n        ...CommunityPageInfo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CommunityAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityPin($postId: ID!, $topicId: ID!) {\n    pinPost(postId: $postId, topicId: $topicId) {\n      id\n      pinnedPosts {\n        ...CommunityPost\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommunityPin($postId: ID!, $topicId: ID!) {\n    pinPost(postId: $postId, topicId: $topicId) {\n      id\n      pinnedPosts {\n        ...CommunityPost\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityUnpin($postId: ID!, $topicId: ID!) {\n    unpinPost(postId: $postId, topicId: $topicId) {\n      id\n      pinnedPosts {\n        ...CommunityPost\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommunityUnpin($postId: ID!, $topicId: ID!) {\n    unpinPost(postId: $postId, topicId: $topicId) {\n      id\n      pinnedPosts {\n        ...CommunityPost\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityDeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"): (typeof documents)["\n  mutation CommunityDeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityFollow($targetId: ID!, $targetType: FollowTargetType!) {\n    follow(targetId: $targetId, targetType: $targetType)\n  }\n"): (typeof documents)["\n  mutation CommunityFollow($targetId: ID!, $targetType: FollowTargetType!) {\n    follow(targetId: $targetId, targetType: $targetType)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityUnfollow($targetId: ID!, $targetType: FollowTargetType!) {\n    unfollow(targetId: $targetId, targetType: $targetType)\n  }\n"): (typeof documents)["\n  mutation CommunityUnfollow($targetId: ID!, $targetType: FollowTargetType!) {\n    unfollow(targetId: $targetId, targetType: $targetType)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityTopicSummary on Topic {\n    id\n    tag\n    description\n    postCount\n    followerCount\n    viewerFollows\n  }\n"): (typeof documents)["\n  fragment CommunityTopicSummary on Topic {\n    id\n    tag\n    description\n    postCount\n    followerCount\n    viewerFollows\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityTopics($prefix: String, $followed: Boolean, $after: String, $first: Int) {\n    topics(prefix: $prefix, followed: $followed, after: $after, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CommunityTopicSummary\n        }\n      }\n      pageInfo {\n        ...CommunityPageInfo\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityTopics($prefix: String, $followed: Boolean, $after: String, $first: Int) {\n    topics(prefix: $prefix, followed: $followed, after: $after, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CommunityTopicSummary\n        }\n      }\n      pageInfo {\n        ...CommunityPageInfo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityPopularTopics {\n    popularTopics(first: 6) {\n      ...CommunityTopicSummary\n    }\n  }\n"): (typeof documents)["\n  query CommunityPopularTopics {\n    popularTopics(first: 6) {\n      ...CommunityTopicSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityAppointTopicManager($topicId: ID!, $memberId: ID!) {\n    appointTopicManager(topicId: $topicId, memberId: $memberId) {\n      id\n      managers {\n        ...CommunityMemberName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommunityAppointTopicManager($topicId: ID!, $memberId: ID!) {\n    appointTopicManager(topicId: $topicId, memberId: $memberId) {\n      id\n      managers {\n        ...CommunityMemberName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityRemoveTopicManager($topicId: ID!, $memberId: ID!) {\n    removeTopicManager(topicId: $topicId, memberId: $memberId) {\n      id\n      managers {\n        ...CommunityMemberName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommunityRemoveTopicManager($topicId: ID!, $memberId: ID!) {\n    removeTopicManager(topicId: $topicId, memberId: $memberId) {\n      id\n      managers {\n        ...CommunityMemberName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityGroupSummary on Group {\n    id\n    name\n    description\n    privacy\n    memberCount\n    viewerMembership {\n      id\n      status\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment CommunityGroupSummary on Group {\n    id\n    name\n    description\n    privacy\n    memberCount\n    viewerMembership {\n      id\n      status\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityGroups($after: String, $first: Int) {\n    groups(after: $after, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CommunityGroupSummary\n        }\n      }\n      pageInfo {\n        ...CommunityPageInfo\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityGroups($after: String, $first: Int) {\n    groups(after: $after, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CommunityGroupSummary\n        }\n      }\n      pageInfo {\n        ...CommunityPageInfo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityGroup($id: ID!) {\n    group(id: $id) {\n      ...CommunityGroupSummary\n      createdAt\n    }\n    isFollowing(targetType: GROUP, targetId: $id)\n  }\n"): (typeof documents)["\n  query CommunityGroup($id: ID!) {\n    group(id: $id) {\n      ...CommunityGroupSummary\n      createdAt\n    }\n    isFollowing(targetType: GROUP, targetId: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityGroupFeed($groupId: ID!, $after: String, $first: Int) {\n    groupFeed(groupId: $groupId, after: $after, first: $first) {\n      ...CommunityPostPage\n    }\n  }\n"): (typeof documents)["\n  query CommunityGroupFeed($groupId: ID!, $after: String, $first: Int) {\n    groupFeed(groupId: $groupId, after: $after, first: $first) {\n      ...CommunityPostPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityGroupMembers($groupId: ID!, $status: GroupMemberStatus, $after: String) {\n    groupMembers(groupId: $groupId, status: $status, after: $after, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          status\n          membershipId\n          member {\n            ...CommunityMemberName\n          }\n        }\n      }\n      pageInfo {\n        ...CommunityPageInfo\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityGroupMembers($groupId: ID!, $status: GroupMemberStatus, $after: String) {\n    groupMembers(groupId: $groupId, status: $status, after: $after, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          status\n          membershipId\n          member {\n            ...CommunityMemberName\n          }\n        }\n      }\n      pageInfo {\n        ...CommunityPageInfo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...CommunityGroupSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CommunityCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...CommunityGroupSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityJoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      id\n      status\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation CommunityJoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      id\n      status\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityLeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n"): (typeof documents)["\n  mutation CommunityLeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityApproveGroupMember($groupId: ID!, $memberId: ID!) {\n    approveGroupMember(groupId: $groupId, memberId: $memberId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CommunityApproveGroupMember($groupId: ID!, $memberId: ID!) {\n    approveGroupMember(groupId: $groupId, memberId: $memberId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityDeclineGroupMember($groupId: ID!, $memberId: ID!) {\n    declineGroupMember(groupId: $groupId, memberId: $memberId)\n  }\n"): (typeof documents)["\n  mutation CommunityDeclineGroupMember($groupId: ID!, $memberId: ID!) {\n    declineGroupMember(groupId: $groupId, memberId: $memberId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityPerson($id: ID!) {\n    member(id: $id) {\n      id\n      department\n      location\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityPerson($id: ID!) {\n    member(id: $id) {\n      id\n      department\n      location\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityIsFollowing($targetType: FollowTargetType!, $targetId: ID!) {\n    isFollowing(targetType: $targetType, targetId: $targetId)\n  }\n"): (typeof documents)["\n  query CommunityIsFollowing($targetType: FollowTargetType!, $targetId: ID!) {\n    isFollowing(targetType: $targetType, targetId: $targetId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityMemberPosts($memberId: ID!, $after: String, $first: Int) {\n    memberPosts(memberId: $memberId, after: $after, first: $first) {\n      ...CommunityPostPage\n    }\n  }\n"): (typeof documents)["\n  query CommunityMemberPosts($memberId: ID!, $after: String, $first: Int) {\n    memberPosts(memberId: $memberId, after: $after, first: $first) {\n      ...CommunityPostPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunitySettings {\n    myCommunitySettings {\n      digestFrequency\n      followEveryone\n    }\n  }\n"): (typeof documents)["\n  query CommunitySettings {\n    myCommunitySettings {\n      digestFrequency\n      followEveryone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityUpdateSettings($input: UpdateCommunitySettingsInput!) {\n    updateMyCommunitySettings(input: $input) {\n      digestFrequency\n      followEveryone\n    }\n  }\n"): (typeof documents)["\n  mutation CommunityUpdateSettings($input: UpdateCommunitySettingsInput!) {\n    updateMyCommunitySettings(input: $input) {\n      digestFrequency\n      followEveryone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityHealthReport($months: Int) {\n    communityHealth(months: $months) {\n      weeklyActiveMembers\n      monthlyActiveMembers\n      posters\n      readers\n      members\n      newMembers\n      selfSufficiency\n      selfSufficiencyNote\n      topics {\n        tag\n        posts\n        replies\n      }\n      weeklyTrend {\n        week\n        activeMembers\n        posters\n      }\n      trend {\n        month\n        activeMembers\n        posters\n        readers\n        posts\n        replies\n        newMembers\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityHealthReport($months: Int) {\n    communityHealth(months: $months) {\n      weeklyActiveMembers\n      monthlyActiveMembers\n      posters\n      readers\n      members\n      newMembers\n      selfSufficiency\n      selfSufficiencyNote\n      topics {\n        tag\n        posts\n        replies\n      }\n      weeklyTrend {\n        week\n        activeMembers\n        posters\n      }\n      trend {\n        month\n        activeMembers\n        posters\n        readers\n        posts\n        replies\n        newMembers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...CommunityPost\n    }\n  }\n"): (typeof documents)["\n  mutation CommunityUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...CommunityPost\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunitySetGroupRole($groupId: ID!, $memberId: ID!, $role: GroupRole!) {\n    setGroupRole(groupId: $groupId, memberId: $memberId, role: $role) {\n      id\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CommunitySetGroupRole($groupId: ID!, $memberId: ID!, $role: GroupRole!) {\n    setGroupRole(groupId: $groupId, memberId: $memberId, role: $role) {\n      id\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityUpdateTopic($input: UpdateTopicInput!) {\n    updateTopic(input: $input) {\n      id\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation CommunityUpdateTopic($input: UpdateTopicInput!) {\n    updateTopic(input: $input) {\n      id\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityUpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      id\n      body\n      bodyHtml\n      edited\n    }\n  }\n"): (typeof documents)["\n  mutation CommunityUpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      id\n      body\n      bodyHtml\n      edited\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityDeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation CommunityDeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrPeopleSearch($query: String, $filter: PeopleSearchFilter, $first: Int, $after: String) {\n    peopleSearch(query: $query, filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          memberId\n          displayName\n          headline\n          department\n          grade\n          location\n          availableHoursPerMonth\n          skills {\n            level\n            skill {\n              id\n              name\n            }\n          }\n        }\n      }\n      facets {\n        estimated\n        exactUpTo\n        matchCount\n        departments {\n          value\n          count\n        }\n        grades {\n          value\n          count\n        }\n        skills {\n          count\n          skill {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HrPeopleSearch($query: String, $filter: PeopleSearchFilter, $first: Int, $after: String) {\n    peopleSearch(query: $query, filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          memberId\n          displayName\n          headline\n          department\n          grade\n          location\n          availableHoursPerMonth\n          skills {\n            level\n            skill {\n              id\n              name\n            }\n          }\n        }\n      }\n      facets {\n        estimated\n        exactUpTo\n        matchCount\n        departments {\n          value\n          count\n        }\n        grades {\n          value\n          count\n        }\n        skills {\n          count\n          skill {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrSkillName($id: ID!) {\n    skill(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query HrSkillName($id: ID!) {\n    skill(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrPersonProfile($memberId: ID!) {\n    profile(memberId: $memberId) {\n      id\n      memberId\n      displayName\n      headline\n      bio\n      cvText\n      department\n      grade\n      location\n      availableHoursPerMonth\n      interests\n      visibility\n      updatedAt\n      links {\n        kind\n        url\n      }\n      skills {\n        level\n        years\n        skill {\n          id\n          name\n        }\n      }\n      wantsToDevelop {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query HrPersonProfile($memberId: ID!) {\n    profile(memberId: $memberId) {\n      id\n      memberId\n      displayName\n      headline\n      bio\n      cvText\n      department\n      grade\n      location\n      availableHoursPerMonth\n      interests\n      visibility\n      updatedAt\n      links {\n        kind\n        url\n      }\n      skills {\n        level\n        years\n        skill {\n          id\n          name\n        }\n      }\n      wantsToDevelop {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrSkillsGap($input: SkillsGapInput!) {\n    skillsGapReport(input: $input) {\n      minLevel\n      demandPeople\n      demandHours\n      supplyPeople\n      supplyHoursPerMonth\n      learners\n      gap\n      skill {\n        id\n        name\n        category\n      }\n    }\n  }\n"): (typeof documents)["\n  query HrSkillsGap($input: SkillsGapInput!) {\n    skillsGapReport(input: $input) {\n      minLevel\n      demandPeople\n      demandHours\n      supplyPeople\n      supplyHoursPerMonth\n      learners\n      gap\n      skill {\n        id\n        name\n        category\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrExportSkillsGap($input: SkillsGapInput!) {\n    exportSkillsGapReport(input: $input)\n  }\n"): (typeof documents)["\n  query HrExportSkillsGap($input: SkillsGapInput!) {\n    exportSkillsGapReport(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrRecordSkillDemand($input: RecordSkillDemandInput!) {\n    recordSkillDemand(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation HrRecordSkillDemand($input: RecordSkillDemandInput!) {\n    recordSkillDemand(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPrivacyRequests {\n    myPrivacyRequests {\n      id\n      kind\n      status\n      notBefore\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query MyPrivacyRequests {\n    myPrivacyRequests {\n      id\n      kind\n      status\n      notBefore\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n      kind\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n      kind\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestErasure {\n    requestErasure {\n      id\n      kind\n      status\n      notBefore\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestErasure {\n    requestErasure {\n      id\n      kind\n      status\n      notBefore\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMyErasure {\n    cancelErasure {\n      id\n      kind\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMyErasure {\n    cancelErasure {\n      id\n      kind\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyProfileViewers($after: String) {\n    profileViewers(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          action\n          actorMemberId\n          actorName\n          query\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrivacyProfileViewers($after: String) {\n    profileViewers(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          action\n          actorMemberId\n          actorName\n          query\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileCompletenessByDepartment {\n    profileCompletenessByDepartment {\n      minimumGroupSize\n      departments {\n        department\n        label\n        departments\n        members\n        atLeastHalf\n        averageScore\n        medianScore\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProfileCompletenessByDepartment {\n    profileCompletenessByDepartment {\n      minimumGroupSize\n      departments {\n        department\n        label\n        departments\n        members\n        atLeastHalf\n        averageScore\n        medianScore\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VolunteerTaskSummary on CommsTask {\n    id\n    title\n    description\n    kind\n    status\n    effortHours\n    seats\n    seatsFree\n    remote\n    location\n    takeUpDirectly\n    startsAt\n    dueAt\n    requiredSkills {\n      skillId\n      minLevel\n      skill {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment VolunteerTaskSummary on CommsTask {\n    id\n    title\n    description\n    kind\n    status\n    effortHours\n    seats\n    seatsFree\n    remote\n    location\n    takeUpDirectly\n    startsAt\n    dueAt\n    requiredSkills {\n      skillId\n      minLevel\n      skill {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerForYou($first: Int!) {\n    myMatchedTasks(first: $first) {\n      score\n      explanation\n      computedAt\n      task {\n        ...VolunteerTaskSummary\n      }\n    }\n    myProfile {\n      id\n      skills {\n        level\n        skill {\n          id\n        }\n      }\n      completeness {\n        score\n        missing\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerForYou($first: Int!) {\n    myMatchedTasks(first: $first) {\n      score\n      explanation\n      computedAt\n      task {\n        ...VolunteerTaskSummary\n      }\n    }\n    myProfile {\n      id\n      skills {\n        level\n        skill {\n          id\n        }\n      }\n      completeness {\n        score\n        missing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerNearMisses($first: Int!) {\n    myNearMisses(first: $first) {\n      inPool\n      tasks {\n        task {\n          id\n          title\n        }\n        obstacles {\n          reason\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerNearMisses($first: Int!) {\n    myNearMisses(first: $first) {\n      inPool\n      tasks {\n        task {\n          id\n          title\n        }\n        obstacles {\n          reason\n          message\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment VolunteerAssignment on Assignment {\n    id\n    status\n    explanation\n    offerMessage\n    offeredAt\n    acceptedAt\n    declinedAt\n    declineReason\n    completedAt\n    workDone\n    impact\n    feedback\n    endorsedAt\n    hoursContributed\n    endorsedSkills {\n      id\n      name\n    }\n    task {\n      ...VolunteerTaskSummary\n    }\n  }\n"): (typeof documents)["\n  fragment VolunteerAssignment on Assignment {\n    id\n    status\n    explanation\n    offerMessage\n    offeredAt\n    acceptedAt\n    declinedAt\n    declineReason\n    completedAt\n    workDone\n    impact\n    feedback\n    endorsedAt\n    hoursContributed\n    endorsedSkills {\n      id\n      name\n    }\n    task {\n      ...VolunteerTaskSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerMyOffers {\n    myAssignments(first: 50, statuses: [OFFERED]) {\n      edges {\n        node {\n          ...VolunteerAssignment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerMyOffers {\n    myAssignments(first: 50, statuses: [OFFERED]) {\n      edges {\n        node {\n          ...VolunteerAssignment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerMyTasks {\n    myAssignments(first: 50, statuses: [ACCEPTED, COMPLETED, INTERESTED, WAITLISTED]) {\n      edges {\n        node {\n          ...VolunteerAssignment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerMyTasks {\n    myAssignments(first: 50, statuses: [ACCEPTED, COMPLETED, INTERESTED, WAITLISTED]) {\n      edges {\n        node {\n          ...VolunteerAssignment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerAcceptOffer($id: ID!) {\n    acceptAssignment(id: $id) {\n      id\n      status\n      acceptedAt\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerAcceptOffer($id: ID!) {\n    acceptAssignment(id: $id) {\n      id\n      status\n      acceptedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerDeclineOffer($input: DecideAssignmentInput!) {\n    declineAssignment(input: $input) {\n      id\n      status\n      declinedAt\n      declineReason\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerDeclineOffer($input: DecideAssignmentInput!) {\n    declineAssignment(input: $input) {\n      id\n      status\n      declinedAt\n      declineReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerMarkDone($input: MarkAssignmentDoneInput!) {\n    markAssignmentDone(input: $input) {\n      id\n      status\n      completedAt\n      workDone\n      impact\n      hoursContributed\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerMarkDone($input: MarkAssignmentDoneInput!) {\n    markAssignmentDone(input: $input) {\n      id\n      status\n      completedAt\n      workDone\n      impact\n      hoursContributed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VolunteerProfile on Profile {\n    id\n    displayName\n    headline\n    bio\n    cvText\n    availableHoursPerMonth\n    interests\n    links {\n      kind\n      url\n    }\n    skills {\n      level\n      levelName\n      years\n      skill {\n        id\n        name\n        category\n      }\n    }\n    wantsToDevelop {\n      id\n      name\n    }\n    visibility\n    interestsTargetingConsent\n    completeness {\n      score\n      missing\n    }\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment VolunteerProfile on Profile {\n    id\n    displayName\n    headline\n    bio\n    cvText\n    availableHoursPerMonth\n    interests\n    links {\n      kind\n      url\n    }\n    skills {\n      level\n      levelName\n      years\n      skill {\n        id\n        name\n        category\n      }\n    }\n    wantsToDevelop {\n      id\n      name\n    }\n    visibility\n    interestsTargetingConsent\n    completeness {\n      score\n      missing\n    }\n    updatedAt\n  }\n"];
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
export function graphql(source: "\n  query VolunteerUnreadCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query VolunteerUnreadCount {\n    unreadNotificationCount\n  }\n"];
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
export function graphql(source: "\n  query VolunteerSkillSuggestions {\n    mySkillSuggestions {\n      id\n      sentence\n      source\n      status\n      skill {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerSkillSuggestions {\n    mySkillSuggestions {\n      id\n      sentence\n      source\n      status\n      skill {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerAcceptSkillSuggestion($input: AcceptSkillSuggestionInput!) {\n    acceptSkillSuggestion(input: $input) {\n      ...VolunteerProfile\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerAcceptSkillSuggestion($input: AcceptSkillSuggestionInput!) {\n    acceptSkillSuggestion(input: $input) {\n      ...VolunteerProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerDismissSkillSuggestion($input: DismissSkillSuggestionInput!) {\n    dismissSkillSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerDismissSkillSuggestion($input: DismissSkillSuggestionInput!) {\n    dismissSkillSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerProfileReminderSettings {\n    myProfileReminderSettings {\n      completionReminders\n    }\n  }\n"): (typeof documents)["\n  query VolunteerProfileReminderSettings {\n    myProfileReminderSettings {\n      completionReminders\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerUpdateProfileReminderSettings($input: UpdateProfileReminderSettingsInput!) {\n    updateMyProfileReminderSettings(input: $input) {\n      completionReminders\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerUpdateProfileReminderSettings($input: UpdateProfileReminderSettingsInput!) {\n    updateMyProfileReminderSettings(input: $input) {\n      completionReminders\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerWorkshops {\n    commsTasks(first: 50, filter: { kinds: [WORKSHOP], statuses: [OPEN, FILLED] }) {\n      edges {\n        node {\n          id\n          title\n          description\n          startsAt\n          dueAt\n          remote\n          location\n          onlineLink\n          attendeeCapacity\n          attendeesRegistered\n          attendeePlacesLeft\n          myWorkshopRegistration {\n            id\n            status\n            waitlistPosition\n          }\n        }\n      }\n    }\n    myWorkshopSuggestions(first: 5) {\n      task {\n        id\n      }\n      explanation\n    }\n  }\n"): (typeof documents)["\n  query VolunteerWorkshops {\n    commsTasks(first: 50, filter: { kinds: [WORKSHOP], statuses: [OPEN, FILLED] }) {\n      edges {\n        node {\n          id\n          title\n          description\n          startsAt\n          dueAt\n          remote\n          location\n          onlineLink\n          attendeeCapacity\n          attendeesRegistered\n          attendeePlacesLeft\n          myWorkshopRegistration {\n            id\n            status\n            waitlistPosition\n          }\n        }\n      }\n    }\n    myWorkshopSuggestions(first: 5) {\n      task {\n        id\n      }\n      explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerRegisterForWorkshop($taskId: ID!) {\n    registerForWorkshop(taskId: $taskId) {\n      id\n      taskId\n      status\n      waitlistPosition\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerRegisterForWorkshop($taskId: ID!) {\n    registerForWorkshop(taskId: $taskId) {\n      id\n      taskId\n      status\n      waitlistPosition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerCancelWorkshopRegistration($taskId: ID!) {\n    cancelWorkshopRegistration(taskId: $taskId) {\n      id\n      taskId\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerCancelWorkshopRegistration($taskId: ID!) {\n    cancelWorkshopRegistration(taskId: $taskId) {\n      id\n      taskId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerCall($id: ID!) {\n    ambassadorCall(id: $id) {\n      id\n      title\n      pitch\n      status\n      opensAt\n      closesAt\n      publishedAt\n      link\n      skillsSought {\n        id\n        name\n      }\n    }\n    mySignUps(callId: $id, first: 1) {\n      edges {\n        node {\n          id\n          callId\n          status\n          statusChangedAt\n          createdAt\n          intake {\n            channels\n            channelsOther\n            wantsToDo\n            hoursPerMonth\n            recordedAt\n            copiedToProfileAt\n            confidence {\n              level\n              skill {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerCall($id: ID!) {\n    ambassadorCall(id: $id) {\n      id\n      title\n      pitch\n      status\n      opensAt\n      closesAt\n      publishedAt\n      link\n      skillsSought {\n        id\n        name\n      }\n    }\n    mySignUps(callId: $id, first: 1) {\n      edges {\n        node {\n          id\n          callId\n          status\n          statusChangedAt\n          createdAt\n          intake {\n            channels\n            channelsOther\n            wantsToDo\n            hoursPerMonth\n            recordedAt\n            copiedToProfileAt\n            confidence {\n              level\n              skill {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerCopyIntake($input: CopyIntakeToProfileInput!) {\n    copyIntakeToProfile(input: $input) {\n      id\n      intake {\n        copiedToProfileAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerCopyIntake($input: CopyIntakeToProfileInput!) {\n    copyIntakeToProfile(input: $input) {\n      id\n      intake {\n        copiedToProfileAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerNotificationSettings {\n    myNotificationSettings {\n      emailAmbassadorCalls\n    }\n  }\n"): (typeof documents)["\n  query VolunteerNotificationSettings {\n    myNotificationSettings {\n      emailAmbassadorCalls\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerUpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      emailAmbassadorCalls\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerUpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      emailAmbassadorCalls\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeSession($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeSession($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;