import { graphql } from '../../gql';

export const AuditLogQuery = graphql(`
  query AdminAuditLog($filter: AuditLogFilter, $after: String) {
    auditLog(first: 50, filter: $filter, after: $after) {
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
          subjectMemberId
          subjectName
          query
          createdAt
        }
      }
    }
  }
`);

export const ExportAuditLogQuery = graphql(`
  query AdminExportAuditLog($filter: AuditLogFilter) {
    exportAuditLog(filter: $filter)
  }
`);

export const AuditActorsQuery = graphql(`
  query AdminAuditActors($search: String) {
    members(first: 20, filter: { search: $search }) {
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
