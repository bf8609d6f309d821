import { graphql } from '../../gql';

export const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          occurredAt
          actorUsername
          actorName
          action
          targetType
          targetId
          targetName
          outcome
        }
      }
    }
  }
`);

export const AuditActorsQuery = graphql(`
  query AuditActors($search: String, $first: Int) {
    auditActors(search: $search, first: $first) {
      id
      displayName
      username
    }
  }
`);
