import { graphql } from '../../gql';

export const BullyingStepsFields = graphql(`
  fragment BullyingStepsFields on BullyingSteps {
    caseId
    nextStep
    viewerCan {
      recordStep
    }
    steps {
      step
      status
      dueAt
      completedAt
      isLate
      note
      recordedBy
    }
  }
`);

export const CaseBullyingStepsQuery = graphql(`
  query CaseBullyingSteps($id: ID!) {
    case(id: $id) {
      id
      bullyingSteps {
        ...BullyingStepsFields
      }
    }
  }
`);

export const RecordBullyingStepMutation = graphql(`
  mutation RecordBullyingStep($input: RecordBullyingStepInput!) {
    recordBullyingStep(input: $input) {
      __typename
      ... on BullyingSteps {
        ...BullyingStepsFields
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
