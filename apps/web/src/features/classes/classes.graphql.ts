import { graphql } from '../../gql';

export const IntakeRegisterQuery = graphql(`
  query IntakeRegister($institutionId: ID!) {
    intakes(institutionId: $institutionId) {
      institutionId
      institutionName
      viewerCan {
        manageClasses
      }
      staffChoices {
        id
        name
        post
      }
      intakes {
        id
        name
        enrolledAt
        classes {
          id
          name
          headTeacherStaffId
          headTeacherName
          closedAt
        }
      }
    }
  }
`);

export const RecordIntakeMutation = graphql(`
  mutation RecordIntake($input: RecordIntakeInput!) {
    recordIntake(input: $input) {
      __typename
      ... on Intake {
        id
      }
      ... on ValidationError {
        field
      }
    }
  }
`);

export const RecordClassMutation = graphql(`
  mutation RecordClass($input: RecordClassInput!) {
    recordClass(input: $input) {
      ...SchoolClassResultFields
    }
  }
`);

export const AssignHeadTeacherMutation = graphql(`
  mutation AssignHeadTeacher($input: AssignHeadTeacherInput!) {
    assignHeadTeacher(input: $input) {
      ...SchoolClassResultFields
    }
  }
`);

export const CloseClassMutation = graphql(`
  mutation CloseClass($input: CloseClassInput!) {
    closeClass(input: $input) {
      ...SchoolClassResultFields
    }
  }
`);

export const SchoolClassResultFieldsFragment = graphql(`
  fragment SchoolClassResultFields on SchoolClassResult {
    __typename
    ... on SchoolClass {
      id
    }
    ... on ValidationError {
      field
    }
  }
`);
