import { graphql } from '../../gql';

export const ProfileViewersQuery = graphql(`
  query PrivacyProfileViewers($after: String) {
    profileViewers(first: 20, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          action
          actorMemberId
          actorName
          query
          createdAt
        }
      }
    }
  }
`);
