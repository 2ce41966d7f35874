import { graphql } from '../../gql';

export const AdminErasureRequestsQuery = graphql(`
  query AdminErasureRequests {
    erasureRequests {
      id
      status
      notBefore
      createdAt
      completedAt
      requestedByAdmin
      erasedRecords
      anonymisedRecords
      member {
        id
        user {
          id
          displayName
          email
        }
      }
    }
    organisationSettings {
      keepRepliedContentOnErasure
    }
  }
`);

export const AdminErasureCandidatesQuery = graphql(`
  query AdminErasureCandidates($search: String) {
    members(first: 20, filter: { search: $search }) {
      edges {
        node {
          id
          user {
            id
            displayName
            email
          }
        }
      }
    }
  }
`);

export const AdminEraseMemberMutation = graphql(`
  mutation AdminEraseMember($memberId: ID!) {
    eraseMember(memberId: $memberId) {
      id
      status
      notBefore
    }
  }
`);

export const AdminCancelErasureMutation = graphql(`
  mutation AdminCancelErasure($memberId: ID!) {
    cancelErasure(memberId: $memberId) {
      id
      status
    }
  }
`);

export const AdminKeepRepliedContentMutation = graphql(`
  mutation AdminKeepRepliedContent($enabled: Boolean!) {
    setKeepRepliedContentOnErasure(enabled: $enabled)
  }
`);
