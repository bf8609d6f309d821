import { graphql } from '../../gql';

export const TrainingViewerQuery = graphql(`
  query TrainingViewer {
    trainingViewer {
      canRecordSession
      ownInstitutionId
      canViewOverview
    }
  }
`);

export const TrainingSessionsQuery = graphql(`
  query TrainingSessions($topic: TrainingTopic) {
    trainingSessions(topic: $topic) {
      id
      topic
      heldAt
      trainer
      organiserInstitutionName
      organiserUnit
      attendeeCount
    }
  }
`);

export const TrainingSessionQuery = graphql(`
  query TrainingSession($id: ID!) {
    trainingSession(id: $id) {
      id
      topic
      heldAt
      trainer
      materials
      organiserInstitutionId
      organiserInstitutionName
      organiserUnit
      attendeeCount
      viewerCan {
        editSession
        recordAttendance
      }
    }
  }
`);

export const TrainingSessionRegisterQuery = graphql(`
  query TrainingSessionRegister($sessionId: ID!, $institutionId: ID, $search: String) {
    trainingSessionRegister(sessionId: $sessionId, institutionId: $institutionId, search: $search) {
      staffId
      name
      role
      employmentType
      post
      isPresent
    }
  }
`);

export const TrainingCoverageQuery = graphql(`
  query TrainingCoverage($institutionId: ID!, $topic: TrainingTopic!) {
    trainingCoverage(institutionId: $institutionId, topic: $topic) {
      institutionId
      institutionName
      audienceCount
      coveredCount
      share
      ruleIds
      untrained {
        staffId
        name
        role
        post
      }
    }
  }
`);

export const TrainingCoverageOverviewQuery = graphql(`
  query TrainingCoverageOverview($topic: TrainingTopic!) {
    trainingCoverageOverview(topic: $topic) {
      institutionId
      institutionName
      audienceCount
      coveredCount
      share
    }
  }
`);

export const RecordTrainingSessionMutation = graphql(`
  mutation RecordTrainingSession($input: RecordTrainingSessionInput!) {
    recordTrainingSession(input: $input) {
      __typename
      ... on TrainingSession {
        id
      }
      ... on ValidationError {
        field
      }
      ... on TrainingForbiddenError {
        code
      }
    }
  }
`);

export const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      __typename
      ... on TrainingSession {
        id
        attendeeCount
      }
      ... on ValidationError {
        field
      }
      ... on TrainingForbiddenError {
        code
      }
      ... on TrainingNotFoundError {
        code
      }
    }
  }
`);
