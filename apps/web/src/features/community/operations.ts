import { graphql } from '../../gql';

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
      id
      user {
        id
        displayName
      }
    }
    reactionCount
    myReaction
    commentCount
  }
`);

export const CommunityFeedQuery = graphql(`
  query CommunityFeed($after: String, $first: Int) {
    feed(after: $after, first: $first) {
      edges {
        cursor
        node {
          ...CommunityPost
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
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
        id
        user {
          id
          displayName
        }
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
      edges {
        cursor
        node {
          ...CommunityPost
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
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
          id
          user {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const CommunityReactMutation = graphql(`
  mutation CommunityReact($postId: ID!) {
    react(postId: $postId, kind: LIKE) {
      id
      reactionCount
      myReaction
    }
  }
`);

export const CommunityUnreactMutation = graphql(`
  mutation CommunityUnreact($postId: ID!) {
    unreact(postId: $postId) {
      id
      reactionCount
      myReaction
    }
  }
`);

export const CommunityCommentsQuery = graphql(`
  query CommunityComments($postId: ID!, $after: String) {
    postComments(postId: $postId, after: $after, first: 50) {
      edges {
        node {
          id
          bodyHtml
          createdAt
          author {
            id
            user {
              id
              displayName
            }
          }
          replies {
            id
            bodyHtml
            createdAt
            author {
              id
              user {
                id
                displayName
              }
            }
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
