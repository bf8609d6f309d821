import { graphql } from '../../gql';

export const ResponsibilityMatrixQuery = graphql(`
  query ResponsibilityMatrix {
    responsibilityMatrix {
      duty
      kind
      responsibilities {
        unit
        ruleId
        clause
      }
    }
  }
`);
