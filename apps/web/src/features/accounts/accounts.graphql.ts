import { graphql } from '../../gql';

export const AccountsQuery = graphql(`
  query Accounts($filter: AccountFilter, $first: Int, $after: String) {
    accounts(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          username
          displayName
          role
          unit
          institutionName
          isDisabled
        }
      }
    }
  }
`);

export const SetAccountDisabledMutation = graphql(`
  mutation SetAccountDisabled($input: SetAccountDisabledInput!) {
    setAccountDisabled(input: $input) {
      __typename
      ... on Account {
        id
        isDisabled
      }
      ... on ErrorResult {
        code
        message
      }
      ... on ValidationError {
        field
      }
    }
  }
`);
