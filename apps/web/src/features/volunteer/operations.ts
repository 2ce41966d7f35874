import { graphql } from '../../gql';

export const TaskSummaryFields = graphql(`
  fragment VolunteerTaskSummary on CommsTask {
    id
    title
    description
    kind
    status
    effortHours
    seats
    seatsFree
    remote
    location
    takeUpDirectly
    startsAt
    dueAt
    requiredSkills {
      skillId
      minLevel
      skill {
        id
        name
      }
    }
  }
`);

export const ForYouQuery = graphql(`
  query VolunteerForYou($first: Int!) {
    myMatchedTasks(first: $first) {
      score
      explanation
      computedAt
      task {
        ...VolunteerTaskSummary
      }
    }
    myProfile {
      id
      skills {
        level
        skill {
          id
        }
      }
      completeness {
        score
        missing
      }
    }
  }
`);

export const NearMissesQuery = graphql(`
  query VolunteerNearMisses($first: Int!) {
    myNearMisses(first: $first) {
      inPool
      tasks {
        task {
          id
          title
        }
        obstacles {
          reason
          message
        }
      }
    }
  }
`);

export const TakeUpTaskMutation = graphql(`
  mutation VolunteerTakeUpTask($taskId: ID!) {
    takeUpMatchedTask(taskId: $taskId) {
      id
      status
    }
  }
`);

export const OpenCallsQuery = graphql(`
  query VolunteerOpenCalls {
    ambassadorCalls(first: 50) {
      edges {
        node {
          id
          title
          pitch
          status
          opensAt
          closesAt
          publishedAt
          skillsSought {
            id
            name
          }
        }
      }
    }
    mySignUps(first: 100) {
      edges {
        node {
          id
          callId
          status
          statusChangedAt
          createdAt
        }
      }
    }
  }
`);

export const SignUpForCallMutation = graphql(`
  mutation VolunteerSignUpForCall($input: AmbassadorSignUpInput!) {
    signUpAsAmbassador(input: $input) {
      id
      callId
      status
      statusChangedAt
      createdAt
    }
  }
`);

export const AssignmentFields = graphql(`
  fragment VolunteerAssignment on Assignment {
    id
    status
    explanation
    offerMessage
    offeredAt
    acceptedAt
    declinedAt
    declineReason
    completedAt
    workDone
    impact
    feedback
    endorsedAt
    hoursContributed
    endorsedSkills {
      id
      name
    }
    task {
      ...VolunteerTaskSummary
    }
  }
`);

export const MyOffersQuery = graphql(`
  query VolunteerMyOffers {
    myAssignments(first: 50, statuses: [OFFERED]) {
      edges {
        node {
          ...VolunteerAssignment
        }
      }
    }
  }
`);

export const MyTasksQuery = graphql(`
  query VolunteerMyTasks {
    myAssignments(first: 50, statuses: [ACCEPTED, COMPLETED, INTERESTED, WAITLISTED]) {
      edges {
        node {
          ...VolunteerAssignment
        }
      }
    }
  }
`);

export const AcceptOfferMutation = graphql(`
  mutation VolunteerAcceptOffer($id: ID!) {
    acceptAssignment(id: $id) {
      id
      status
      acceptedAt
    }
  }
`);

export const DeclineOfferMutation = graphql(`
  mutation VolunteerDeclineOffer($input: DecideAssignmentInput!) {
    declineAssignment(input: $input) {
      id
      status
      declinedAt
      declineReason
    }
  }
`);

export const MarkDoneMutation = graphql(`
  mutation VolunteerMarkDone($input: MarkAssignmentDoneInput!) {
    markAssignmentDone(input: $input) {
      id
      status
      completedAt
      workDone
      impact
      hoursContributed
    }
  }
`);

export const ProfileFields = graphql(`
  fragment VolunteerProfile on Profile {
    id
    displayName
    headline
    bio
    cvText
    availableHoursPerMonth
    interests
    links {
      kind
      url
    }
    skills {
      level
      levelName
      years
      skill {
        id
        name
        category
      }
    }
    wantsToDevelop {
      id
      name
    }
    visibility
    interestsTargetingConsent
    completeness {
      score
      missing
    }
    updatedAt
  }
`);

export const MyProfileQuery = graphql(`
  query VolunteerMyProfile {
    myProfile {
      ...VolunteerProfile
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation VolunteerUpdateProfile($input: UpdateProfileInput!) {
    updateMyProfile(input: $input) {
      ...VolunteerProfile
    }
  }
`);

export const UpdatePrivacyMutation = graphql(`
  mutation VolunteerUpdatePrivacy($input: UpdateProfilePrivacyInput!) {
    updateMyProfilePrivacy(input: $input) {
      ...VolunteerProfile
    }
  }
`);

export const LookupSkillsQuery = graphql(`
  query VolunteerLookupSkills($name: String!) {
    lookupSkills(name: $name, first: 8) {
      id
      name
      category
    }
  }
`);

export const NotificationFields = graphql(`
  fragment VolunteerNotification on Notification {
    id
    kind
    title
    body
    count
    data
    createdAt
    readAt
  }
`);

export const MyNotificationsQuery = graphql(`
  query VolunteerMyNotifications($after: String) {
    myNotifications(first: 30, after: $after) {
      edges {
        node {
          ...VolunteerNotification
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const UnreadCountQuery = graphql(`
  query VolunteerUnreadCount {
    unreadNotificationCount
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription VolunteerNotificationAdded {
    notificationAdded {
      ...VolunteerNotification
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation VolunteerMarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const SkillSuggestionsQuery = graphql(`
  query VolunteerSkillSuggestions {
    mySkillSuggestions {
      id
      sentence
      source
      status
      skill {
        id
        name
      }
    }
  }
`);

export const AcceptSkillSuggestionMutation = graphql(`
  mutation VolunteerAcceptSkillSuggestion($input: AcceptSkillSuggestionInput!) {
    acceptSkillSuggestion(input: $input) {
      ...VolunteerProfile
    }
  }
`);

export const DismissSkillSuggestionMutation = graphql(`
  mutation VolunteerDismissSkillSuggestion($input: DismissSkillSuggestionInput!) {
    dismissSkillSuggestion(input: $input) {
      id
      status
    }
  }
`);

export const ProfileReminderSettingsQuery = graphql(`
  query VolunteerProfileReminderSettings {
    myProfileReminderSettings {
      completionReminders
    }
  }
`);

export const UpdateProfileReminderSettingsMutation = graphql(`
  mutation VolunteerUpdateProfileReminderSettings($input: UpdateProfileReminderSettingsInput!) {
    updateMyProfileReminderSettings(input: $input) {
      completionReminders
    }
  }
`);

export const WorkshopsQuery = graphql(`
  query VolunteerWorkshops {
    commsTasks(first: 50, filter: { kinds: [WORKSHOP], statuses: [OPEN, FILLED] }) {
      edges {
        node {
          id
          title
          description
          startsAt
          dueAt
          remote
          location
          onlineLink
          attendeeCapacity
          attendeesRegistered
          attendeePlacesLeft
          myWorkshopRegistration {
            id
            status
            waitlistPosition
          }
        }
      }
    }
    myWorkshopSuggestions(first: 5) {
      task {
        id
      }
      explanation
    }
  }
`);

export const RegisterForWorkshopMutation = graphql(`
  mutation VolunteerRegisterForWorkshop($taskId: ID!) {
    registerForWorkshop(taskId: $taskId) {
      id
      taskId
      status
      waitlistPosition
    }
  }
`);

export const CancelWorkshopRegistrationMutation = graphql(`
  mutation VolunteerCancelWorkshopRegistration($taskId: ID!) {
    cancelWorkshopRegistration(taskId: $taskId) {
      id
      taskId
      status
    }
  }
`);

export const VolunteerCallQuery = graphql(`
  query VolunteerCall($id: ID!) {
    ambassadorCall(id: $id) {
      id
      title
      pitch
      status
      opensAt
      closesAt
      publishedAt
      link
      skillsSought {
        id
        name
      }
    }
    mySignUps(callId: $id, first: 1) {
      edges {
        node {
          id
          callId
          status
          statusChangedAt
          createdAt
          intake {
            channels
            channelsOther
            wantsToDo
            hoursPerMonth
            recordedAt
            copiedToProfileAt
            confidence {
              level
              skill {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export const CopyIntakeMutation = graphql(`
  mutation VolunteerCopyIntake($input: CopyIntakeToProfileInput!) {
    copyIntakeToProfile(input: $input) {
      id
      intake {
        copiedToProfileAt
      }
    }
  }
`);

export const NotificationSettingsQuery = graphql(`
  query VolunteerNotificationSettings {
    myNotificationSettings {
      emailAmbassadorCalls
    }
  }
`);

export const UpdateNotificationSettingsMutation = graphql(`
  mutation VolunteerUpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      emailAmbassadorCalls
    }
  }
`);
