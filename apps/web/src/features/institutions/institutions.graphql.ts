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
