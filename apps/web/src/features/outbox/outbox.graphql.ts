import { graphql } from '../../gql';

export const MailOutboxQuery = graphql(`
  query MailOutbox($first: Int, $after: String) {
    mailOutbox(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          recipientUsername
          recipientDisplayName
          to
          kind
          status
          createdAt
          sentAt
          lastFailedAt
          failedAttempts
        }
      }
    }
  }
`);
