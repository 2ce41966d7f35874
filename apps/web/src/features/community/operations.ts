import { graphql } from '../../gql';

export const CommunityMemberNameFragment = graphql(`
  fragment CommunityMemberName on Member {
    id
    user {
      id
      displayName
    }
  }
`);

export const CommunityReactionsFragment = graphql(`
  fragment CommunityReactions on Post {
    id
    reactionCount
    myReaction
    reactions {
      kind
      count
    }
  }
`);

export const CommunityPageInfoFragment = graphql(`
  fragment CommunityPageInfo on PageInfo {
    endCursor
    hasNextPage
  }
`);

export const CommunityPostFragment = graphql(`
  fragment CommunityPost on Post {
    id
    kind
    body
    bodyHtml
    createdAt
    edited
    hashtags
    linkUrl
    linkTitle
    authorMembershipId
    author {
      ...CommunityMemberName
    }
    group {
      id
      name
      privacy
    }
    ...CommunityReactions
    commentCount
  }
`);

export const CommunityPostPageFragment = graphql(`
  fragment CommunityPostPage on PostConnection {
    edges {
      cursor
      node {
        ...CommunityPost
      }
    }
    pageInfo {
      ...CommunityPageInfo
    }
  }
`);

export const CommunityFeedQuery = graphql(`
  query CommunityFeed($after: String, $first: Int) {
    feed(after: $after, first: $first) {
      ...CommunityPostPage
    }
  }
`);

export const CommunityTopicQuery = graphql(`
  query CommunityTopic($tag: String!) {
    topic(tag: $tag) {
      id
      tag
      description
      followerCount
      postCount
      viewerFollows
      viewerIsManager
      managers {
        ...CommunityMemberName
      }
      pinnedPosts {
        ...CommunityPost
      }
    }
  }
`);

export const CommunityTopicFeedQuery = graphql(`
  query CommunityTopicFeed($tag: String!, $after: String, $first: Int) {
    topicFeed(tag: $tag, after: $after, first: $first) {
      ...CommunityPostPage
    }
  }
`);

export const CommunityNewPostSubscription = graphql(`
  subscription CommunityNewPost($topicId: ID, $groupId: ID) {
    newPostAvailable(topicId: $topicId, groupId: $groupId) {
      postId
      authorId
      createdAt
    }
  }
`);

export const CommunityCreatePostMutation = graphql(`
  mutation CommunityCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      ...CommunityPost
      unresolvedMentions {
        text
        problem
        matches
      }
    }
  }
`);

export const CommunityMentionSuggestionsQuery = graphql(`
  query CommunityMentionSuggestions($prefix: String!, $groupId: ID) {
    mentionSuggestions(prefix: $prefix, groupId: $groupId) {
      mention
      member {
        ...CommunityMemberName
      }
    }
  }
`);

export const CommunityPreviewQuery = graphql(`
  query CommunityPreview($body: String!) {
    previewPostBody(body: $body)
  }
`);

export const CommunityTopicSuggestionsQuery = graphql(`
  query CommunityTopicSuggestions($prefix: String) {
    topics(prefix: $prefix, first: 8) {
      edges {
        node {
          id
          tag
        }
      }
    }
  }
`);

export const CommunityMemberSuggestionsQuery = graphql(`
  query CommunityMemberSuggestions($search: String) {
    members(filter: { search: $search }, first: 8) {
      edges {
        node {
          ...CommunityMemberName
        }
      }
    }
  }
`);

export const CommunityReactMutation = graphql(`
  mutation CommunityReact($postId: ID!, $kind: ReactionKind!) {
    react(postId: $postId, kind: $kind) {
      ...CommunityReactions
    }
  }
`);

export const CommunityUnreactMutation = graphql(`
  mutation CommunityUnreact($postId: ID!) {
    unreact(postId: $postId) {
      ...CommunityReactions
    }
  }
`);

export const CommunityCommentFragment = graphql(`
  fragment CommunityComment on Comment {
    id
    body
    bodyHtml
    createdAt
    edited
    authorMembershipId
    author {
      ...CommunityMemberName
    }
  }
`);

export const CommunityCommentsQuery = graphql(`
  query CommunityComments($postId: ID!, $after: String) {
    postComments(postId: $postId, after: $after, first: 50) {
      edges {
        node {
          ...CommunityComment
          replies {
            ...CommunityComment
          }
        }
      }
      pageInfo {
        ...CommunityPageInfo
      }
    }
  }
`);

export const CommunityAddCommentMutation = graphql(`
  mutation CommunityAddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      id
    }
  }
`);

export const CommunityPinMutation = graphql(`
  mutation CommunityPin($postId: ID!, $topicId: ID!) {
    pinPost(postId: $postId, topicId: $topicId) {
      id
      pinnedPosts {
        ...CommunityPost
      }
    }
  }
`);

export const CommunityUnpinMutation = graphql(`
  mutation CommunityUnpin($postId: ID!, $topicId: ID!) {
    unpinPost(postId: $postId, topicId: $topicId) {
      id
      pinnedPosts {
        ...CommunityPost
      }
    }
  }
`);

export const CommunityDeletePostMutation = graphql(`
  mutation CommunityDeletePost($id: ID!) {
    deletePost(id: $id)
  }
`);

export const CommunityFollowMutation = graphql(`
  mutation CommunityFollow($targetId: ID!, $targetType: FollowTargetType!) {
    follow(targetId: $targetId, targetType: $targetType)
  }
`);

export const CommunityUnfollowMutation = graphql(`
  mutation CommunityUnfollow($targetId: ID!, $targetType: FollowTargetType!) {
    unfollow(targetId: $targetId, targetType: $targetType)
  }
`);

export const CommunityTopicSummaryFragment = graphql(`
  fragment CommunityTopicSummary on Topic {
    id
    tag
    description
    postCount
    followerCount
    viewerFollows
  }
`);

export const CommunityTopicsQuery = graphql(`
  query CommunityTopics($prefix: String, $followed: Boolean, $after: String, $first: Int) {
    topics(prefix: $prefix, followed: $followed, after: $after, first: $first) {
      totalCount
      edges {
        cursor
        node {
          ...CommunityTopicSummary
        }
      }
      pageInfo {
        ...CommunityPageInfo
      }
    }
  }
`);

export const CommunityPopularTopicsQuery = graphql(`
  query CommunityPopularTopics {
    popularTopics(first: 6) {
      ...CommunityTopicSummary
    }
  }
`);

export const CommunityAppointTopicManagerMutation = graphql(`
  mutation CommunityAppointTopicManager($topicId: ID!, $memberId: ID!) {
    appointTopicManager(topicId: $topicId, memberId: $memberId) {
      id
      managers {
        ...CommunityMemberName
      }
    }
  }
`);

export const CommunityRemoveTopicManagerMutation = graphql(`
  mutation CommunityRemoveTopicManager($topicId: ID!, $memberId: ID!) {
    removeTopicManager(topicId: $topicId, memberId: $memberId) {
      id
      managers {
        ...CommunityMemberName
      }
    }
  }
`);

export const CommunityGroupSummaryFragment = graphql(`
  fragment CommunityGroupSummary on Group {
    id
    name
    description
    privacy
    memberCount
    viewerMembership {
      id
      status
      role
    }
  }
`);

export const CommunityGroupsQuery = graphql(`
  query CommunityGroups($after: String, $first: Int) {
    groups(after: $after, first: $first) {
      totalCount
      edges {
        cursor
        node {
          ...CommunityGroupSummary
        }
      }
      pageInfo {
        ...CommunityPageInfo
      }
    }
  }
`);

export const CommunityGroupQuery = graphql(`
  query CommunityGroup($id: ID!) {
    group(id: $id) {
      ...CommunityGroupSummary
      createdAt
    }
    isFollowing(targetType: GROUP, targetId: $id)
  }
`);

export const CommunityGroupFeedQuery = graphql(`
  query CommunityGroupFeed($groupId: ID!, $after: String, $first: Int) {
    groupFeed(groupId: $groupId, after: $after, first: $first) {
      ...CommunityPostPage
    }
  }
`);

export const CommunityGroupMembersQuery = graphql(`
  query CommunityGroupMembers($groupId: ID!, $status: GroupMemberStatus, $after: String) {
    groupMembers(groupId: $groupId, status: $status, after: $after, first: 100) {
      totalCount
      edges {
        node {
          id
          role
          status
          membershipId
          member {
            ...CommunityMemberName
          }
        }
      }
      pageInfo {
        ...CommunityPageInfo
      }
    }
  }
`);

export const CommunityCreateGroupMutation = graphql(`
  mutation CommunityCreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      ...CommunityGroupSummary
    }
  }
`);

export const CommunityJoinGroupMutation = graphql(`
  mutation CommunityJoinGroup($groupId: ID!) {
    joinGroup(groupId: $groupId) {
      id
      status
      role
    }
  }
`);

export const CommunityLeaveGroupMutation = graphql(`
  mutation CommunityLeaveGroup($groupId: ID!) {
    leaveGroup(groupId: $groupId)
  }
`);

export const CommunityApproveGroupMemberMutation = graphql(`
  mutation CommunityApproveGroupMember($groupId: ID!, $memberId: ID!) {
    approveGroupMember(groupId: $groupId, memberId: $memberId) {
      id
      status
    }
  }
`);

export const CommunityDeclineGroupMemberMutation = graphql(`
  mutation CommunityDeclineGroupMember($groupId: ID!, $memberId: ID!) {
    declineGroupMember(groupId: $groupId, memberId: $memberId)
  }
`);

export const CommunityPersonQuery = graphql(`
  query CommunityPerson($id: ID!) {
    member(id: $id) {
      id
      department
      location
      user {
        id
        displayName
      }
    }
  }
`);

export const CommunityIsFollowingQuery = graphql(`
  query CommunityIsFollowing($targetType: FollowTargetType!, $targetId: ID!) {
    isFollowing(targetType: $targetType, targetId: $targetId)
  }
`);

export const CommunityMemberPostsQuery = graphql(`
  query CommunityMemberPosts($memberId: ID!, $after: String, $first: Int) {
    memberPosts(memberId: $memberId, after: $after, first: $first) {
      ...CommunityPostPage
    }
  }
`);

export const CommunitySettingsQuery = graphql(`
  query CommunitySettings {
    myCommunitySettings {
      digestFrequency
      followEveryone
    }
  }
`);

export const CommunityUpdateSettingsMutation = graphql(`
  mutation CommunityUpdateSettings($input: UpdateCommunitySettingsInput!) {
    updateMyCommunitySettings(input: $input) {
      digestFrequency
      followEveryone
    }
  }
`);

export const CommunityHealthQuery = graphql(`
  query CommunityHealthReport($months: Int) {
    communityHealth(months: $months) {
      weeklyActiveMembers
      monthlyActiveMembers
      posters
      readers
      members
      newMembers
      selfSufficiency
      selfSufficiencyNote
      topics {
        tag
        posts
        replies
      }
      weeklyTrend {
        week
        activeMembers
        posters
      }
      trend {
        month
        activeMembers
        posters
        readers
        posts
        replies
        newMembers
      }
    }
  }
`);

export const CommunityUpdatePostMutation = graphql(`
  mutation CommunityUpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) {
      ...CommunityPost
    }
  }
`);

export const CommunitySetGroupRoleMutation = graphql(`
  mutation CommunitySetGroupRole($groupId: ID!, $memberId: ID!, $role: GroupRole!) {
    setGroupRole(groupId: $groupId, memberId: $memberId, role: $role) {
      id
      role
      status
    }
  }
`);

export const CommunityUpdateTopicMutation = graphql(`
  mutation CommunityUpdateTopic($input: UpdateTopicInput!) {
    updateTopic(input: $input) {
      id
      description
    }
  }
`);

export const CommunityUpdateCommentMutation = graphql(`
  mutation CommunityUpdateComment($input: UpdateCommentInput!) {
    updateComment(input: $input) {
      id
      body
      bodyHtml
      edited
    }
  }
`);

export const CommunityDeleteCommentMutation = graphql(`
  mutation CommunityDeleteComment($id: ID!) {
    deleteComment(id: $id)
  }
`);
