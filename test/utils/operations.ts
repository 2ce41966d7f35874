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

// ── Skills and profiles ──────────────────────────────────────────────────────────────────────
export const SKILL_FIELDS = `id slug name category aliases shipped`;
export const SKILLS = `query Skills($first: Int, $after: String, $category: SkillCategory) {
  skills(first: $first, after: $after, category: $category) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${SKILL_FIELDS} } }
  }
}`;
export const SKILL = `query Skill($id: ID!) { skill(id: $id) { ${SKILL_FIELDS} related { slug } } }`;
export const LOOKUP_SKILLS = `query Lookup($name: String!, $first: Int) { lookupSkills(name: $name, first: $first) { ${SKILL_FIELDS} } }`;
export const CREATE_SKILL = `mutation CreateSkill($input: CreateSkillInput!) { createSkill(input: $input) { ${SKILL_FIELDS} related { slug } } }`;
export const MERGE_SKILLS = `mutation MergeSkills($input: MergeSkillsInput!) { mergeSkills(input: $input) { ${SKILL_FIELDS} } }`;

export const PROFILE_FIELDS = `
  id memberId displayName headline bio cvText links { kind url } interests availableHoursPerMonth photoUrl
  department grade location visibility interestsTargetingConsent updatedAt
  skills { level levelName years skill { id slug name } }
  wantsToDevelop { id slug name }
  completeness { score missing }
`;
export const MY_PROFILE = `query { myProfile { ${PROFILE_FIELDS} } }`;
export const PROFILE = `query Profile($memberId: ID!) { profile(memberId: $memberId) { ${PROFILE_FIELDS} } }`;
export const UPDATE_MY_PROFILE = `mutation UpdateMyProfile($input: UpdateProfileInput!) { updateMyProfile(input: $input) { ${PROFILE_FIELDS} } }`;
export const UPDATE_MY_PROFILE_PRIVACY = `mutation Privacy($input: UpdateProfilePrivacyInput!) {
  updateMyProfilePrivacy(input: $input) { id visibility interestsTargetingConsent }
}`;
export const SET_DEFAULT_PROFILE_VISIBILITY = `mutation Default($visibility: ProfileVisibility!) { setDefaultProfileVisibility(visibility: $visibility) }`;
export const PEOPLE_SEARCH = `query People($query: String, $name: String, $filter: PeopleSearchFilter, $first: Int, $after: String) {
  peopleSearch(query: $query, name: $name, filter: $filter, first: $first, after: $after) {
    totalCount totalCountIsExact
    pageInfo { hasNextPage endCursor }
    edges { cursor node { memberId displayName headline department grade location availableHoursPerMonth score
      skills { level skill { slug } } } }
  }
}`;
export const PEOPLE_SEARCH_FACETS = `query PeopleFacets($query: String, $name: String, $filter: PeopleSearchFilter) {
  peopleSearch(query: $query, name: $name, filter: $filter, first: 1) {
    totalCount
    facets {
      estimated exactUpTo matchCount
      skills { count skill { slug } } departments { value count } grades { value count }
    }
  }
}`;
export const AUDIT_EVENT_FIELDS = `id action actorMemberId actorName subjectMemberId subjectName query createdAt`;
export const PROFILE_VIEWERS = `query Viewers($first: Int, $after: String) {
  profileViewers(first: $first, after: $after) { totalCount edges { node { ${AUDIT_EVENT_FIELDS} } } }
}`;
export const AUDIT_LOG = `query AuditLog($first: Int, $after: String, $filter: AuditLogFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${AUDIT_EVENT_FIELDS} } }
  }
}`;
export const EXPORT_AUDIT_LOG = `query ExportAuditLog($filter: AuditLogFilter) { exportAuditLog(filter: $filter) }`;
export const RECORD_SKILL_DEMAND = `mutation RecordDemand($input: RecordSkillDemandInput!) {
  recordSkillDemand(input: $input) { id skillId minLevel people hours sourceKind sourceId period note }
}`;
export const SKILLS_GAP_REPORT = `query Gap($input: SkillsGapInput!) {
  skillsGapReport(input: $input) {
    skill { slug name } minLevel demandPeople demandHours supplyPeople supplyHoursPerMonth learners gap
  }
}`;
export const EXPORT_SKILLS_GAP_REPORT = `query GapCsv($input: SkillsGapInput!) { exportSkillsGapReport(input: $input) }`;

// ── Community ────────────────────────────────────────────────────────────────────────────────
export const POST_FIELDS = `
  id kind body bodyHtml linkUrl linkTitle hashtags edited editedAt commentCount reactionCount createdAt
  myReaction reactions { kind count }
  author { id user { displayName } }
  topics { id tag }
  group { id name privacy }
`;
const FEED_PAGE = `pageInfo { hasNextPage endCursor } edges { cursor node { ${POST_FIELDS} } }`;
export const FEED = `query Feed($first: Int, $after: String) { feed(first: $first, after: $after) { ${FEED_PAGE} } }`;
export const TOPIC_FEED = `query TopicFeed($tag: String!, $first: Int, $after: String) {
  topicFeed(tag: $tag, first: $first, after: $after) { ${FEED_PAGE} }
}`;
export const GROUP_FEED = `query GroupFeed($groupId: ID!, $first: Int) { groupFeed(groupId: $groupId, first: $first) { ${FEED_PAGE} } }`;
export const MEMBER_POSTS = `query MemberPosts($memberId: ID!) { memberPosts(memberId: $memberId) { ${FEED_PAGE} } }`;
export const POST = `query Post($id: ID!) { post(id: $id) { ${POST_FIELDS} } }`;
export const CREATE_POST = `mutation CreatePost($input: CreatePostInput!) { createPost(input: $input) { ${POST_FIELDS} } }`;
export const UPDATE_POST = `mutation UpdatePost($input: UpdatePostInput!) { updatePost(input: $input) { ${POST_FIELDS} } }`;
export const DELETE_POST = `mutation DeletePost($id: ID!) { deletePost(id: $id) }`;
export const REACT = `mutation React($postId: ID!, $kind: ReactionKind) { react(postId: $postId, kind: $kind) { id reactionCount myReaction reactions { kind count } } }`;
export const UNREACT = `mutation Unreact($postId: ID!) { unreact(postId: $postId) { id reactionCount myReaction } }`;
export const ADD_COMMENT = `mutation AddComment($input: AddCommentInput!) { addComment(input: $input) { id body bodyHtml parentCommentId author { id } } }`;
export const POST_COMMENTS = `query Comments($postId: ID!) {
  postComments(postId: $postId) { totalCount edges { node { id body author { id } replies { id body author { id } } } } }
}`;
export const TOPIC = `query Topic($tag: String!) {
  topic(tag: $tag) {
    id tag description postCount followerCount viewerFollows viewerIsManager
    managers { id } topContributors { posts member { id } } pinnedPosts { id }
  }
}`;
export const TOPICS = `query Topics($followed: Boolean, $first: Int) {
  topics(followed: $followed, first: $first) { totalCount edges { node { tag viewerFollows } } }
}`;
export const POPULAR_TOPICS = `query PopularTopics($first: Int) { popularTopics(first: $first) { tag postCount } }`;
export const UPDATE_TOPIC = `mutation UpdateTopic($input: UpdateTopicInput!) { updateTopic(input: $input) { id description } }`;
export const APPOINT_TOPIC_MANAGER = `mutation Appoint($topicId: ID!, $memberId: ID!) {
  appointTopicManager(topicId: $topicId, memberId: $memberId) { id managers { id } }
}`;
export const PIN_POST = `mutation Pin($topicId: ID!, $postId: ID!) { pinPost(topicId: $topicId, postId: $postId) { id pinnedPosts { id } } }`;
export const CREATE_GROUP = `mutation CreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id name privacy memberCount } }`;
export const GROUP = `query Group($id: ID!) { group(id: $id) { id name privacy memberCount viewerMembership { status role } } }`;
export const JOIN_GROUP = `mutation Join($groupId: ID!) { joinGroup(groupId: $groupId) { id status role } }`;
export const APPROVE_GROUP_MEMBER = `mutation Approve($groupId: ID!, $memberId: ID!) {
  approveGroupMember(groupId: $groupId, memberId: $memberId) { id status }
}`;
export const GROUP_MEMBERS = `query GroupMembers($groupId: ID!, $status: GroupMemberStatus) {
  groupMembers(groupId: $groupId, status: $status) { totalCount edges { node { status role member { id } } } }
}`;
export const FOLLOW = `mutation Follow($targetType: FollowTargetType!, $targetId: ID!) { follow(targetType: $targetType, targetId: $targetId) }`;
export const UNFOLLOW = `mutation Unfollow($targetType: FollowTargetType!, $targetId: ID!) { unfollow(targetType: $targetType, targetId: $targetId) }`;
export const IS_FOLLOWING = `query IsFollowing($targetType: FollowTargetType!, $targetId: ID!) { isFollowing(targetType: $targetType, targetId: $targetId) }`;
export const MY_COMMUNITY_SETTINGS = `query { myCommunitySettings { digestFrequency followEveryone } }`;
export const UPDATE_MY_COMMUNITY_SETTINGS = `mutation Settings($input: UpdateCommunitySettingsInput!) {
  updateMyCommunitySettings(input: $input) { digestFrequency followEveryone }
}`;
export const SET_FOLLOW_EVERYONE_BY_DEFAULT = `mutation FollowAll($enabled: Boolean!) { setFollowEveryoneByDefault(enabled: $enabled) }`;
export const COMMUNITY_HEALTH = `query Health($months: Int) {
  communityHealth(months: $months) {
    weeklyActiveMembers monthlyActiveMembers posters readers members newMembers selfSufficiency selfSufficiencyNote
    topics { tag posts replies }
    weeklyTrend { week activeMembers posters }
    trend { month activeMembers posters readers posts replies newMembers }
  }
}`;
export const NEW_POST_AVAILABLE = `subscription NewPosts($topicId: ID, $groupId: ID) {
  newPostAvailable(topicId: $topicId, groupId: $groupId) { postId authorId groupId createdAt }
}`;

// ── Ambassador programme and comms tasks ───────────────────────────────────────────────────
export const CALL_FIELDS = `id title pitch status opensAt closesAt publishedAt skillsSought { id slug name } createdBy { id }`;
export const CREATE_CALL = `mutation CreateCall($input: CreateAmbassadorCallInput!) { createAmbassadorCall(input: $input) { ${CALL_FIELDS} } }`;
export const UPDATE_CALL = `mutation UpdateCall($input: UpdateAmbassadorCallInput!) { updateAmbassadorCall(input: $input) { ${CALL_FIELDS} } }`;
export const OPEN_CALL = `mutation OpenCall($id: ID!) { openAmbassadorCall(id: $id) { ${CALL_FIELDS} } }`;
export const CLOSE_CALL = `mutation CloseCall($id: ID!) { closeAmbassadorCall(id: $id) { ${CALL_FIELDS} } }`;
export const CALLS = `query Calls($status: AmbassadorCallStatus, $first: Int, $after: String) {
  ambassadorCalls(status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${CALL_FIELDS} } }
  }
}`;
export const CALL = `query Call($id: ID!) { ambassadorCall(id: $id) { ${CALL_FIELDS} } }`;
export const SIGN_UP_FIELDS = `id callId memberId motivation ideas availability availableHoursPerMonth status statusChangedAt activatedAt createdAt`;
export const SIGN_UP_AS_AMBASSADOR = `mutation SignUpAsAmbassador($input: AmbassadorSignUpInput!) { signUpAsAmbassador(input: $input) { ${SIGN_UP_FIELDS} } }`;
export const WITHDRAW_SIGN_UP = `mutation WithdrawSignUp($id: ID!) { withdrawSignUp(id: $id) { ${SIGN_UP_FIELDS} } }`;
export const MOVE_SIGN_UP = `mutation MoveSignUp($input: MoveSignUpInput!) { moveSignUp(input: $input) { ${SIGN_UP_FIELDS} } }`;
export const ADD_INTAKE_NOTE = `mutation AddIntakeNote($input: AddIntakeNoteInput!) { addIntakeNote(input: $input) { id signUpId authorMemberId body createdAt } }`;
export const INTAKE_NOTES = `query IntakeNotes($signUpId: ID!) { intakeNotes(signUpId: $signUpId) { id body authorMemberId } }`;
export const SIGN_UP_WITH_NOTES = `query SignUpWithNotes($id: ID!) { signUp(id: $id) { id status intakeNotes { id body } } }`;
export const SIGN_UPS = `query SignUps($callId: ID, $statuses: [SignUpStatus!], $first: Int) {
  signUps(callId: $callId, statuses: $statuses, first: $first) {
    totalCount edges { node { ${SIGN_UP_FIELDS} member { id user { displayName } } call { id title } } }
  }
}`;
export const MY_SIGN_UPS = `query MySignUps { mySignUps { totalCount edges { node { ${SIGN_UP_FIELDS} call { id title } } } } }`;
export const AMBASSADOR_POOL = `query Pool($callId: ID) {
  ambassadorPool(callId: $callId) {
    totalCount
    edges { node { id memberId status member { id user { displayName } }
      profileSummary { headline availableHoursPerMonth skills { level skill { slug } } wantsToDevelop { slug } } } }
  }
}`;
export const IDEAS_BOARD = `query Ideas($callId: ID) {
  ideasBoard(callId: $callId) { totalCount edges { node { id ideas status member { id } call { title } } } }
}`;
export const TASK_FIELDS = `
  id title kind description effortHours seats seatsTaken seatsFree startsAt dueAt remote location takeUpDirectly status
  openedAt filledAt closedAt requiredSkills { skillId minLevel weight skill { slug } } createdBy { id }
`;
export const CREATE_TASK = `mutation CreateTask($input: CreateCommsTaskInput!) { createCommsTask(input: $input) { ${TASK_FIELDS} } }`;
export const UPDATE_TASK = `mutation UpdateTask($input: UpdateCommsTaskInput!) { updateCommsTask(input: $input) { ${TASK_FIELDS} } }`;
export const OPEN_TASK = `mutation OpenTask($id: ID!) { openCommsTask(id: $id) { ${TASK_FIELDS} } }`;
export const COMPLETE_TASK = `mutation CompleteTask($id: ID!) { completeCommsTask(id: $id) { ${TASK_FIELDS} } }`;
export const CANCEL_TASK = `mutation CancelTask($input: CancelCommsTaskInput!) { cancelCommsTask(input: $input) { ${TASK_FIELDS} } }`;
export const TASK = `query Task($id: ID!) { commsTask(id: $id) { ${TASK_FIELDS} } }`;
export const TASKS = `query Tasks($filter: CommsTaskFilter, $first: Int, $after: String) {
  commsTasks(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title kind status seats seatsTaken remote } }
  }
}`;
export const ASSIGNMENT_FIELDS = `
  id taskId memberId status score explanation offerMessage offeredAt waitlistedAt acceptedAt declinedAt declineReason
  withdrawnAt withdrawnBy withdrawReason completedAt workDone feedback impact hoursContributed endorsedAt
  endorsedSkills { slug }
`;
export const OFFER_TASK = `mutation OfferTask($input: OfferTaskInput!) { offerTask(input: $input) { ${ASSIGNMENT_FIELDS} } }`;
export const EXPRESS_INTEREST = `mutation Interest($taskId: ID!) { expressInterestInTask(taskId: $taskId) { ${ASSIGNMENT_FIELDS} } }`;
export const TAKE_UP_TASK = `mutation TakeUp($taskId: ID!) { takeUpTask(taskId: $taskId) { ${ASSIGNMENT_FIELDS} } }`;
export const ACCEPT_ASSIGNMENT = `mutation AcceptAssignment($id: ID!) { acceptAssignment(id: $id) { id status acceptedAt } }`;
export const DECLINE_ASSIGNMENT = `mutation DeclineAssignment($input: DecideAssignmentInput!) { declineAssignment(input: $input) { ${ASSIGNMENT_FIELDS} } }`;
export const WITHDRAW_ASSIGNMENT = `mutation WithdrawAssignment($input: DecideAssignmentInput!) { withdrawAssignment(input: $input) { ${ASSIGNMENT_FIELDS} } }`;
export const COMPLETE_ASSIGNMENT = `mutation CompleteAssignment($input: CompleteAssignmentInput!) { completeAssignment(input: $input) { ${ASSIGNMENT_FIELDS} } }`;
export const MARK_ASSIGNMENT_DONE = `mutation MarkAssignmentDone($input: MarkAssignmentDoneInput!) { markAssignmentDone(input: $input) { ${ASSIGNMENT_FIELDS} } }`;
export const MY_ASSIGNMENTS = `query MyAssignments($statuses: [AssignmentStatus!]) {
  myAssignments(statuses: $statuses) { totalCount edges { node { ${ASSIGNMENT_FIELDS} task { id title status } } } }
}`;
export const TASK_ASSIGNMENTS = `query TaskAssignments($taskId: ID!, $statuses: [AssignmentStatus!], $first: Int) {
  taskAssignments(taskId: $taskId, statuses: $statuses, first: $first) {
    totalCount edges { node { id memberId status member { id } } }
  }
}`;
export const TASK_WAITLIST = `query Waitlist($taskId: ID!) { taskWaitlist(taskId: $taskId) { id memberId status waitlistedAt } }`;
export const PROGRAMME_DASHBOARD = `query Dashboard($months: Int) {
  programmeDashboard(months: $months) {
    ambassadorsByStatus { status count } openTasks filledTasks doneTasks medianHoursToFill acceptanceRate
    hoursContributed completedAssignments
    perMonth { month signUps newAmbassadors tasksOpened tasksFilled medianHoursToFill offers accepted declined
      acceptanceRate completed hoursContributed }
  }
}`;

// ── Sessions, tenancy and GraphQL hygiene ───────────────────────────────────────────────────
export const PENDING_INVITATIONS = `query { pendingInvitations { id email roles } }`;
/** A shallow `me`: fits under a small GRAPHQL_MAX_DEPTH. */
export const WHO_AM_I = `query { me { organisation { id name } } }`;

// ── Sharing campaigns ───────────────────────────────────────────────────────────────────────
export const CAMPAIGN_FIELDS = `id name aims startsOn endsOn cadence targetPerPeriod audience participantMemberIds channels`;
export const CREATE_CAMPAIGN = `mutation CreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`;
export const CAMPAIGN = `query Campaign($id: ID!) { campaign(id: $id) { ${CAMPAIGN_FIELDS} } }`;
export const CAMPAIGNS = `query Campaigns($first: Int) { campaigns(first: $first) { edges { node { id name } } } }`;
export const SHARE_FIELDS = `id campaignId membershipId channel form url title sharedOn likes comments reshares views`;
export const LOG_SHARE = `mutation LogShare($input: LogShareInput!) { logCampaignShare(input: $input) { ${SHARE_FIELDS} } }`;
export const UPDATE_SHARE_INTERACTIONS = `mutation Interactions($input: UpdateShareInteractionsInput!) {
  updateCampaignShareInteractions(input: $input) { ${SHARE_FIELDS} } }`;
export const CAMPAIGN_SHARES = `query Shares($campaignId: ID!) { campaignShares(campaignId: $campaignId) { ${SHARE_FIELDS} } }`;
export const METRICS_FIELDS = `from to participants shares participantsMeetingTarget participationRate
  sharesByForm { key count } sharesByChannel { key count } interactions interactionsPerShare
  followerGrowth { channel start end growth } posts replies reactions`;
export const CAMPAIGN_REPORT = `query Report($campaignId: ID!) { campaignReport(campaignId: $campaignId) {
  campaign { id name }
  periods { index current { ${METRICS_FIELDS} } baseline { ${METRICS_FIELDS} } }
  overall { index current { ${METRICS_FIELDS} } baseline { ${METRICS_FIELDS} } } } }`;
export const EXPORT_CAMPAIGN_REPORT = `query ReportCsv($campaignId: ID!) { exportCampaignReport(campaignId: $campaignId) }`;
export const CAMPAIGN_NON_SHARERS = `query NonSharers($campaignId: ID!, $on: String) {
  campaignNonSharers(campaignId: $campaignId, on: $on) { from to memberIds } }`;
export const RECORD_FOLLOWER_SNAPSHOTS = `mutation Followers($input: RecordFollowerSnapshotsInput!) {
  recordFollowerSnapshots(input: $input) { id channel takenOn followers } }`;
export const IMPORT_FOLLOWER_SNAPSHOTS = `mutation ImportFollowers($csv: String!) { importFollowerSnapshots(csv: $csv) { id channel takenOn followers } }`;
export const FOLLOWER_SNAPSHOTS = `query { followerSnapshots { channel takenOn followers } }`;

// ---- matching ----
export const MATCH_PARTS = `parts { skill development interest availability experience presence fairnessPenalty }`;
export const MY_MATCHED_TASKS = `query MyMatches($first: Int) {
  myMatchedTasks(first: $first) { task { id title kind } score explanation computedAt ${MATCH_PARTS} } }`;
export const CANDIDATES_FOR_TASK = `query Candidates($taskId: ID!, $first: Int) {
  candidatesForTask(taskId: $taskId, first: $first) { memberId score explanation computedAt ${MATCH_PARTS} } }`;
export const MY_NEAR_MISSES = `query NearMisses($first: Int) {
  myNearMisses(first: $first) { inPool tasks { task { id title } obstacles { reason message } } }
}`;
export const TASK_CANDIDATE_POOL = `query Pool($taskId: ID!) {
  taskCandidatePool(taskId: $taskId) { candidates volunteers excluded { reason count } widen }
}`;
export const TAKE_UP_MATCHED_TASK = `mutation TakeUp($taskId: ID!) { takeUpMatchedTask(taskId: $taskId) { id status score explanation } }`;
export const MATCH_PLAN_FIELDS = `id status method total upperBound createdAt computedAt offeredAt
  lines { taskId memberId score explanation outcome assignmentId error }
  tasks { taskId total picks { memberId score } }`;
export const PROPOSE_ASSIGNMENTS = `mutation { proposeAssignments { ${MATCH_PLAN_FIELDS} } }`;
export const MATCH_PLAN = `query MatchPlan($id: ID!) { matchPlan(id: $id) { ${MATCH_PLAN_FIELDS} } }`;
export const OFFER_PLAN = `mutation OfferPlan($input: OfferPlanInput!) { offerPlan(input: $input) { ${MATCH_PLAN_FIELDS} } }`;
export const SURVEY_FIELDS = `id campaignId title anonymous closedAt questions { id kind prompt options }`;
export const CREATE_SURVEY = `mutation CreateSurvey($input: CreateSurveyInput!) { createSurvey(input: $input) { ${SURVEY_FIELDS} } }`;
export const CLOSE_SURVEY = `mutation CloseSurvey($id: ID!) { closeSurvey(id: $id) { ${SURVEY_FIELDS} } }`;
export const CAMPAIGN_SURVEYS = `query Surveys($campaignId: ID!) { campaignSurveys(campaignId: $campaignId) { ${SURVEY_FIELDS} } }`;
export const SUBMIT_SURVEY_RESPONSE = `mutation Submit($input: SurveyResponseInput!) {
  submitSurveyResponse(input: $input) { id answers { questionId text choices scale } } }`;
export const UPDATE_SURVEY_RESPONSE = `mutation UpdateResponse($input: SurveyResponseInput!) {
  updateSurveyResponse(input: $input) { id answers { questionId text choices scale } } }`;
export const MY_SURVEY_RESPONSE = `query Mine($surveyId: ID!) { mySurveyResponse(surveyId: $surveyId) { id answers { questionId text choices scale } } }`;
export const SURVEY_RESULTS = `query Results($surveyId: ID!) { surveyResults(surveyId: $surveyId) {
  responses questions { questionId kind prompt answered distribution { key count } average texts } } }`;
export const EXPORT_SURVEY_RESULTS = `query ResultsCsv($surveyId: ID!) { exportSurveyResults(surveyId: $surveyId) }`;
export const CREATE_BUDDY_ROUND = `mutation Round($campaignId: ID!) { createBuddyRound(campaignId: $campaignId) { id round memberIds } }`;
export const BUDDY_PAIRS = `query Pairs($campaignId: ID!) { buddyPairs(campaignId: $campaignId) { id round memberIds } }`;
export const POST_BUDDY_MESSAGE = `mutation BuddyMessage($pairId: ID!, $body: String!) {
  postBuddyMessage(pairId: $pairId, body: $body) { id authorMembershipId body } }`;
export const BUDDY_MESSAGES = `query BuddyMessages($pairId: ID!) { buddyMessages(pairId: $pairId) { id authorMembershipId body } }`;
export const CURATE_CAMPAIGN_DIGEST = `mutation Curate($input: CurateDigestInput!) {
  curateCampaignDigest(input: $input) { id periodIndex highlightShareIds note publishedAt postId body } }`;
export const CAMPAIGN_DIGESTS = `query Digests($campaignId: ID!) { campaignDigests(campaignId: $campaignId) {
  id periodIndex highlightShareIds note publishedAt postId body failedAttempts lastError lastFailedAt } }`;
export const SET_CAMPAIGN_REMINDERS = `mutation Reminders($campaignId: ID!, $enabled: Boolean!) {
  setCampaignReminders(campaignId: $campaignId, enabled: $enabled) }`;
export const MY_CAMPAIGN_PROGRESS = `query Progress($campaignId: ID!) {
  myCampaignProgress(campaignId: $campaignId) { participating periodIndex from to shares target } }`;
export const PUBLISH_CAMPAIGN_DIGEST = `mutation Publish($campaignId: ID!, $periodIndex: Int!) {
  publishCampaignDigest(campaignId: $campaignId, periodIndex: $periodIndex) { id periodIndex note publishedAt postId body } }`;
export const REMIND_CAMPAIGN_NON_SHARERS = `mutation Remind($campaignId: ID!) { remindCampaignNonSharers(campaignId: $campaignId) }`;

// ---- workshops ----
export const WORKSHOP_TASK_FIELDS = `id title kind status seats seatsTaken startsAt location onlineLink
  attendeeCapacity attendeesRegistered attendeePlacesLeft`;
export const WORKSHOP_REGISTRATION_FIELDS = `id taskId memberId status registeredAt waitlistedAt cancelledAt waitlistPosition`;
export const REGISTER_FOR_WORKSHOP = `mutation Register($taskId: ID!) {
  registerForWorkshop(taskId: $taskId) { ${WORKSHOP_REGISTRATION_FIELDS} } }`;
export const CANCEL_WORKSHOP_REGISTRATION = `mutation CancelRegistration($taskId: ID!) {
  cancelWorkshopRegistration(taskId: $taskId) { ${WORKSHOP_REGISTRATION_FIELDS} } }`;
export const WORKSHOP = `query Workshop($id: ID!) {
  commsTask(id: $id) { ${WORKSHOP_TASK_FIELDS} myWorkshopRegistration { ${WORKSHOP_REGISTRATION_FIELDS} } } }`;
export const WORKSHOP_ATTENDANCE = `query Attendance($taskId: ID!) {
  workshopAttendance(taskId: $taskId) {
    task { id attendeesRegistered }
    registered { ${WORKSHOP_REGISTRATION_FIELDS} member { id department user { displayName } } }
    waitlist { ${WORKSHOP_REGISTRATION_FIELDS} member { id department user { displayName } } }
  } }`;
export const MY_WORKSHOP_SUGGESTIONS = `query WorkshopSuggestions($first: Int) {
  myWorkshopSuggestions(first: $first) { task { id title } score reasons explanation } }`;
export const CANDIDATES_WITH_MEMBERS = `query CandidatesWithMembers($taskId: ID!, $first: Int) {
  candidatesForTask(taskId: $taskId, first: $first) { memberId score explanation member { id department user { displayName } } } }`;
