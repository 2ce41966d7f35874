import { graphql } from '../../gql';

// ── Skills (typeahead) ───────────────────────────────────────────────────────

export const CommsLookupSkillsQuery = graphql(`
  query CommsLookupSkills($name: String!) {
    lookupSkills(name: $name, first: 10) {
      id
      name
    }
  }
`);

// ── Members (names for ids) ──────────────────────────────────────────────────

export const CommsMemberQuery = graphql(`
  query CommsMember($id: ID!) {
    member(id: $id) {
      id
      user {
        id
        displayName
        email
      }
    }
  }
`);

// ── Calls ────────────────────────────────────────────────────────────────────

export const CommsCallsQuery = graphql(`
  query CommsCalls($status: AmbassadorCallStatus, $after: String) {
    ambassadorCalls(first: 50, status: $status, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          title
          status
          opensAt
          closesAt
          publishedAt
          createdAt
          skillsSought {
            id
            name
          }
        }
      }
    }
  }
`);

export const CommsCallDetailFields = graphql(`
  fragment CommsCallDetail on AmbassadorCall {
    id
    title
    pitch
    status
    opensAt
    closesAt
    publishedAt
    createdAt
    updatedAt
    link
    emailedAt
    emailedCount
    skillsSought {
      id
      name
    }
  }
`);

export const CommsCallQuery = graphql(`
  query CommsCall($id: ID!) {
    ambassadorCall(id: $id) {
      ...CommsCallDetail
    }
  }
`);

export const CreateCallMutation = graphql(`
  mutation CommsCreateCall($input: CreateAmbassadorCallInput!) {
    createAmbassadorCall(input: $input) {
      ...CommsCallDetail
    }
  }
`);

export const UpdateCallMutation = graphql(`
  mutation CommsUpdateCall($input: UpdateAmbassadorCallInput!) {
    updateAmbassadorCall(input: $input) {
      ...CommsCallDetail
    }
  }
`);

export const OpenCallMutation = graphql(`
  mutation CommsOpenCall($id: ID!, $emailMembers: Boolean!) {
    openAmbassadorCall(id: $id, emailMembers: $emailMembers) {
      id
      status
      publishedAt
      emailedAt
      emailedCount
    }
  }
`);

export const CloseCallMutation = graphql(`
  mutation CommsCloseCall($id: ID!) {
    closeAmbassadorCall(id: $id) {
      id
      status
    }
  }
`);

// ── Pipeline ─────────────────────────────────────────────────────────────────

export const PipelineQuery = graphql(`
  query CommsPipeline($callId: ID, $after: String) {
    signUps(first: 100, callId: $callId, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          status
          statusChangedAt
          createdAt
          call {
            id
            title
          }
          member {
            id
            user {
              id
              displayName
            }
          }
          intake {
            channels
            channelsOther
            hoursPerMonth
          }
        }
      }
    }
  }
`);

export const SignUpDetailQuery = graphql(`
  query CommsSignUpDetail($id: ID!) {
    signUp(id: $id) {
      id
      motivation
      availability
      availableHoursPerMonth
      call {
        id
        skillsSought {
          id
          name
        }
      }
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
      profileSummary {
        headline
        availableHoursPerMonth
        skills {
          level
          levelName
          skill {
            id
            name
          }
        }
      }
    }
  }
`);

export const IntakeNotesQuery = graphql(`
  query CommsIntakeNotes($signUpId: ID!) {
    intakeNotes(signUpId: $signUpId) {
      id
      body
      createdAt
      authorMemberId
      signUpId
    }
  }
`);

export const AddIntakeNoteMutation = graphql(`
  mutation CommsAddIntakeNote($input: AddIntakeNoteInput!) {
    addIntakeNote(input: $input) {
      id
      body
      createdAt
      authorMemberId
      signUpId
    }
  }
`);

export const MoveSignUpMutation = graphql(`
  mutation CommsMoveSignUp($input: MoveSignUpInput!) {
    moveSignUp(input: $input) {
      id
      status
      statusChangedAt
      activatedAt
    }
  }
`);

export const IdeasQuery = graphql(`
  query CommsIdeas($after: String) {
    ideasBoard(first: 50, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          ideas
          createdAt
          status
          call {
            id
            title
          }
          member {
            id
            user {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

// ── Tasks ────────────────────────────────────────────────────────────────────

export const CommsTasksQuery = graphql(`
  query CommsTasks($filter: CommsTaskFilter, $after: String) {
    commsTasks(first: 50, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          title
          kind
          status
          seats
          seatsTaken
          seatsFree
          effortHours
          dueAt
        }
      }
    }
  }
`);

export const CommsTaskDetailFields = graphql(`
  fragment CommsTaskDetail on CommsTask {
    id
    title
    description
    kind
    status
    effortHours
    seats
    seatsTaken
    seatsFree
    startsAt
    dueAt
    remote
    location
    takeUpDirectly
    onlineLink
    attendeeCapacity
    attendeesRegistered
    attendeePlacesLeft
    openedAt
    filledAt
    closedAt
    createdAt
    updatedAt
    requiredSkills {
      skillId
      minLevel
      weight
      skill {
        id
        name
      }
    }
  }
`);

export const CommsTaskQuery = graphql(`
  query CommsTask($id: ID!) {
    commsTask(id: $id) {
      ...CommsTaskDetail
    }
  }
`);

export const TaskPeopleQuery = graphql(`
  query CommsTaskPeople($taskId: ID!) {
    taskAssignments(taskId: $taskId, first: 100) {
      totalCount
      edges {
        node {
          id
          status
          offeredAt
          acceptedAt
          declinedAt
          declineReason
          completedAt
          memberId
          member {
            id
            user {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

export const WorkshopAttendanceQuery = graphql(`
  query CommsWorkshopAttendance($taskId: ID!) {
    workshopAttendance(taskId: $taskId) {
      registered {
        id
        registeredAt
        member {
          id
          department
          user {
            id
            displayName
          }
        }
      }
      waitlist {
        id
        waitlistedAt
        waitlistPosition
        member {
          id
          department
          user {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const CandidatesQuery = graphql(`
  query CommsCandidates($taskId: ID!) {
    candidatesForTask(taskId: $taskId, first: 10) {
      memberId
      member {
        id
        department
        user {
          id
          displayName
        }
      }
      score
      explanation
      computedAt
    }
  }
`);

export const TaskCandidatePoolQuery = graphql(`
  query CommsTaskCandidatePool($taskId: ID!) {
    taskCandidatePool(taskId: $taskId) {
      candidates
      volunteers
      excluded {
        reason
        count
      }
      widen
    }
  }
`);

export const CreateTaskMutation = graphql(`
  mutation CommsCreateTask($input: CreateCommsTaskInput!) {
    createCommsTask(input: $input) {
      id
      title
      status
    }
  }
`);

export const UpdateTaskMutation = graphql(`
  mutation CommsUpdateTask($input: UpdateCommsTaskInput!) {
    updateCommsTask(input: $input) {
      ...CommsTaskDetail
    }
  }
`);

export const OpenTaskMutation = graphql(`
  mutation CommsOpenTask($id: ID!) {
    openCommsTask(id: $id) {
      id
      status
      openedAt
    }
  }
`);

export const CompleteTaskMutation = graphql(`
  mutation CommsCompleteTask($id: ID!) {
    completeCommsTask(id: $id) {
      id
      status
      closedAt
    }
  }
`);

export const CancelTaskMutation = graphql(`
  mutation CommsCancelTask($input: CancelCommsTaskInput!) {
    cancelCommsTask(input: $input) {
      id
      status
      closedAt
    }
  }
`);

export const OfferTaskMutation = graphql(`
  mutation CommsOfferTask($input: OfferTaskInput!) {
    offerTask(input: $input) {
      id
      status
      memberId
      offeredAt
    }
  }
`);

export const CommsNotificationAddedSubscription = graphql(`
  subscription CommsNotificationAdded {
    notificationAdded {
      id
      kind
      data
    }
  }
`);

// ── Plan ─────────────────────────────────────────────────────────────────────

export const ProposeAssignmentsMutation = graphql(`
  mutation CommsProposeAssignments {
    proposeAssignments {
      id
      status
      createdAt
    }
  }
`);

export const MatchPlanQuery = graphql(`
  query CommsMatchPlan($id: ID!) {
    matchPlan(id: $id) {
      id
      status
      method
      total
      upperBound
      computedAt
      createdAt
      offeredAt
      lines {
        taskId
        memberId
        member {
          id
          department
          user {
            id
            displayName
          }
        }
        score
        explanation
        outcome
        error
        assignmentId
      }
    }
  }
`);

export const OfferPlanMutation = graphql(`
  mutation CommsOfferPlan($input: OfferPlanInput!) {
    offerPlan(input: $input) {
      id
      status
      offeredAt
      lines {
        taskId
        memberId
        member {
          id
          department
          user {
            id
            displayName
          }
        }
        score
        explanation
        outcome
        error
        assignmentId
      }
    }
  }
`);

export const PlanTasksQuery = graphql(`
  query CommsPlanTasks {
    commsTasks(first: 100, filter: { statuses: [OPEN] }) {
      edges {
        node {
          id
          title
          seatsFree
        }
      }
    }
  }
`);

// ── Dashboard ────────────────────────────────────────────────────────────────

export const DashboardQuery = graphql(`
  query CommsDashboard($months: Int) {
    programmeDashboard(months: $months) {
      acceptanceRate
      completedAssignments
      doneTasks
      filledTasks
      openTasks
      hoursContributed
      medianHoursToFill
      ambassadorsByStatus {
        status
        count
      }
      perMonth {
        month
        signUps
        newAmbassadors
        tasksOpened
        tasksFilled
        accepted
        completed
        hoursContributed
      }
    }
  }
`);

export const RecordIntakeMutation = graphql(`
  mutation CommsRecordIntake($input: RecordIntakeInput!) {
    recordIntake(input: $input) {
      id
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
`);
