import { graphql } from '../../gql';

export const InstitutionsQuery = graphql(`
  query Institutions($filter: InstitutionFilter, $first: Int, $after: String) {
    institutions(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          kind
          address
          headName
          supervisingSection
        }
      }
    }
  }
`);

export const InstitutionQuery = graphql(`
  query Institution($id: ID!) {
    institution(id: $id) {
      id
      name
      kind
      address
      headName
      supervisingSection
      supervisingSectionIsDistrictDefault
      isApplyingToOpen
      duties {
        duty
        responsibilities {
          unit
          ruleId
          clause
        }
      }
    }
  }
`);

export const SetOpeningApplicationMutation = graphql(`
  mutation SetOpeningApplication($input: SetOpeningApplicationInput!) {
    setOpeningApplication(input: $input) {
      __typename
      ... on Institution {
        id
        isApplyingToOpen
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
