import { graphql } from '../../gql';

export const CampaignFieldsFragment = graphql(`
  fragment CampaignFields on Campaign {
    id
    name
    aims
    startsOn
    endsOn
    cadence
    targetPerPeriod
    audience
    participantMemberIds
    participantGroupIds
    channels
    hashtag
    createdAt
  }
`);

export const CampaignShareFieldsFragment = graphql(`
  fragment CampaignShareFields on CampaignShare {
    id
    campaignId
    membershipId
    channel
    form
    url
    title
    sharedOn
    likes
    comments
    reshares
    views
    baseline
    member {
      id
      department
      user {
        id
        displayName
      }
    }
  }
`);

export const CampaignMetricsFieldsFragment = graphql(`
  fragment CampaignMetricsFields on CampaignMetrics {
    from
    to
    participants
    shares
    participantsMeetingTarget
    participationRate
    interactions
    interactionsPerShare
    posts
    replies
    reactions
    sharesByForm {
      key
      count
    }
    sharesByChannel {
      key
      count
    }
    followerGrowth {
      channel
      start
      end
      growth
    }
  }
`);

export const SurveyFieldsFragment = graphql(`
  fragment SurveyFields on Survey {
    id
    campaignId
    title
    anonymous
    closedAt
    createdAt
    questions {
      id
      kind
      prompt
      options
    }
  }
`);

export const CampaignListQuery = graphql(`
  query CampaignList($first: Int, $after: String) {
    campaigns(first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...CampaignFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CampaignOverviewQuery = graphql(`
  query CampaignOverview($id: ID!) {
    campaign(id: $id) {
      ...CampaignFields
    }
    myCampaignProgress(campaignId: $id) {
      participating
      periodIndex
      from
      to
      shares
      target
    }
    campaignSurveys(campaignId: $id) {
      ...SurveyFields
    }
  }
`);

export const MyCampaignSharesQuery = graphql(`
  query CampaignMyShares($campaignId: ID!) {
    campaignShares(campaignId: $campaignId) {
      ...CampaignShareFields
    }
  }
`);

export const CampaignMembersQuery = graphql(`
  query CampaignMembers($search: String, $after: String) {
    members(first: 100, after: $after, filter: { search: $search }) {
      totalCount
      edges {
        node {
          id
          user {
            id
            displayName
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const CreateCampaignMutation = graphql(`
  mutation CampaignCreate($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      ...CampaignFields
    }
  }
`);

export const LogShareMutation = graphql(`
  mutation CampaignLogShare($input: LogShareInput!) {
    logCampaignShare(input: $input) {
      ...CampaignShareFields
    }
  }
`);

export const UpdateShareInteractionsMutation = graphql(`
  mutation CampaignUpdateInteractions($input: UpdateShareInteractionsInput!) {
    updateCampaignShareInteractions(input: $input) {
      ...CampaignShareFields
    }
  }
`);

export const CampaignPeriodFieldsFragment = graphql(`
  fragment CampaignPeriodFields on PeriodComparison {
    index
    current {
      ...CampaignMetricsFields
    }
    baseline {
      ...CampaignMetricsFields
    }
  }
`);

export const CampaignDashboardQuery = graphql(`
  query CampaignDashboard($campaignId: ID!) {
    campaignReport(campaignId: $campaignId) {
      campaign {
        ...CampaignFields
      }
      periods {
        ...CampaignPeriodFields
      }
      overall {
        ...CampaignPeriodFields
      }
      buddyRounds {
        round
        pairs
        met
        completionRate
      }
    }
  }
`);

export const CampaignNonSharersQuery = graphql(`
  query CampaignNonSharers($campaignId: ID!) {
    campaignNonSharers(campaignId: $campaignId) {
      from
      to
      memberIds
      members {
        id
        department
        user {
          id
          displayName
        }
      }
    }
  }
`);

export const RemindNonSharersMutation = graphql(`
  mutation CampaignRemindNonSharers($campaignId: ID!) {
    remindCampaignNonSharers(campaignId: $campaignId)
  }
`);

export const ExportCampaignReportQuery = graphql(`
  query CampaignExportReport($campaignId: ID!) {
    exportCampaignReport(campaignId: $campaignId)
  }
`);

export const CampaignDigestFieldsFragment = graphql(`
  fragment CampaignDigestFields on CampaignDigest {
    id
    campaignId
    periodIndex
    note
    highlightShareIds
    publishedAt
    postId
    body
    failedAttempts
    lastError
    unpublishedAt
  }
`);

export const CampaignDigestsQuery = graphql(`
  query CampaignDigestScreen($campaignId: ID!) {
    campaign(id: $campaignId) {
      ...CampaignFields
    }
    campaignDigests(campaignId: $campaignId) {
      ...CampaignDigestFields
    }
    campaignShares(campaignId: $campaignId) {
      ...CampaignShareFields
    }
  }
`);

export const CurateDigestMutation = graphql(`
  mutation CampaignCurateDigest($input: CurateDigestInput!) {
    curateCampaignDigest(input: $input) {
      ...CampaignDigestFields
    }
  }
`);

export const PublishDigestMutation = graphql(`
  mutation CampaignPublishDigest($campaignId: ID!, $periodIndex: Int!) {
    publishCampaignDigest(campaignId: $campaignId, periodIndex: $periodIndex) {
      ...CampaignDigestFields
    }
  }
`);

export const CreateSurveyMutation = graphql(`
  mutation CampaignCreateSurvey($input: CreateSurveyInput!) {
    createSurvey(input: $input) {
      ...SurveyFields
    }
  }
`);

export const CloseSurveyMutation = graphql(`
  mutation CampaignCloseSurvey($id: ID!) {
    closeSurvey(id: $id) {
      ...SurveyFields
    }
  }
`);

export const SurveyResponseFieldsFragment = graphql(`
  fragment SurveyResponseFields on SurveyResponse {
    id
    answers {
      questionId
      text
      choices
      scale
    }
  }
`);

export const SurveyQuery = graphql(`
  query CampaignSurvey($id: ID!) {
    survey(id: $id) {
      ...SurveyFields
    }
    mySurveyResponse(surveyId: $id) {
      ...SurveyResponseFields
    }
  }
`);

export const SubmitSurveyMutation = graphql(`
  mutation CampaignSubmitSurvey($input: SurveyResponseInput!) {
    submitSurveyResponse(input: $input) {
      ...SurveyResponseFields
    }
  }
`);

export const UpdateSurveyResponseMutation = graphql(`
  mutation CampaignUpdateSurveyResponse($input: SurveyResponseInput!) {
    updateSurveyResponse(input: $input) {
      ...SurveyResponseFields
    }
  }
`);

export const SurveyResultsQuery = graphql(`
  query CampaignSurveyResults($surveyId: ID!) {
    surveyResults(surveyId: $surveyId) {
      responses
      withheldBelow
      survey {
        ...SurveyFields
      }
      questions {
        questionId
        kind
        prompt
        answered
        average
        distribution {
          key
          count
        }
        texts
      }
    }
  }
`);

export const ExportSurveyResultsQuery = graphql(`
  query CampaignExportSurveyResults($surveyId: ID!) {
    exportSurveyResults(surveyId: $surveyId)
  }
`);

export const FollowerSnapshotsQuery = graphql(`
  query CampaignFollowerSnapshots {
    followerSnapshots {
      id
      channel
      takenOn
      followers
    }
  }
`);

export const RecordFollowerSnapshotsMutation = graphql(`
  mutation CampaignRecordFollowers($input: RecordFollowerSnapshotsInput!) {
    recordFollowerSnapshots(input: $input) {
      id
      channel
      takenOn
      followers
    }
  }
`);

export const BuddyPairFieldsFragment = graphql(`
  fragment BuddyPairFields on BuddyPair {
    id
    round
    memberIds
    metAt
    createdAt
    members {
      id
      department
      user {
        id
        displayName
      }
    }
  }
`);

export const BuddyRoundFieldsFragment = graphql(`
  fragment BuddyRoundFields on BuddyRound {
    id
    round
    questions
    completion {
      round
      pairs
      met
      completionRate
    }
  }
`);

export const BuddyPairsQuery = graphql(`
  query CampaignBuddyPairs($campaignId: ID!) {
    buddyPairs(campaignId: $campaignId) {
      ...BuddyPairFields
    }
    buddyRounds(campaignId: $campaignId) {
      ...BuddyRoundFields
    }
  }
`);

export const CreateBuddyRoundMutation = graphql(`
  mutation CampaignCreateBuddyRound($campaignId: ID!) {
    createBuddyRound(campaignId: $campaignId) {
      ...BuddyPairFields
    }
  }
`);

export const SetBuddyGuideMutation = graphql(`
  mutation CampaignSetBuddyGuide($campaignId: ID!, $round: Int!, $questions: [String!]!) {
    setBuddyInterviewGuide(campaignId: $campaignId, round: $round, questions: $questions) {
      ...BuddyRoundFields
    }
  }
`);

export const RecordBuddyMeetingMutation = graphql(`
  mutation CampaignRecordBuddyMeeting($pairId: ID!) {
    recordBuddyMeeting(pairId: $pairId) {
      ...BuddyPairFields
    }
  }
`);

export const SetCampaignHashtagMutation = graphql(`
  mutation CampaignSetHashtag($campaignId: ID!, $hashtag: String) {
    setCampaignHashtag(campaignId: $campaignId, hashtag: $hashtag) {
      ...CampaignFields
    }
  }
`);

export const ImportBaselineSharesMutation = graphql(`
  mutation CampaignImportBaseline($campaignId: ID!, $csv: String!) {
    importBaselineShares(campaignId: $campaignId, csv: $csv) {
      imported
      refused
      rows {
        line
        shareId
        field
        error
      }
    }
  }
`);

export const UnpublishDigestMutation = graphql(`
  mutation CampaignUnpublishDigest($campaignId: ID!, $periodIndex: Int!) {
    unpublishCampaignDigest(campaignId: $campaignId, periodIndex: $periodIndex) {
      ...CampaignDigestFields
    }
  }
`);
