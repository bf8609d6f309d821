import { graphql } from '../../gql';

export const AssessmentPeriodsQuery = graphql(`
  query AssessmentPeriods {
    assessmentPeriods {
      canOpenPeriod
      canExport
      items {
        id
        name
        startsAt
        endsAt
        institutionCount
        openedAt
      }
    }
  }
`);

export const AssessmentPeriodQuery = graphql(`
  query AssessmentPeriod($id: ID!) {
    assessmentPeriod(id: $id) {
      id
      name
      startsAt
      endsAt
      institutionCount
      rows {
        id
        institutionId
        institutionName
        institutionKind
        score
        vetoStatus
        isEligibleForAwards
      }
    }
    assessmentPeriods {
      canExport
    }
  }
`);

export const CaseRefFieldsFragment = graphql(`
  fragment CaseRefFields on AssessedCaseRef {
    caseId
    category
    receivedAt
  }
`);

export const VerdictFieldsFragment = graphql(`
  fragment VerdictFields on VetoVerdictView {
    isVetoed
    leadershipResponsible
    ruleIds
    grounds {
      case {
        ...CaseRefFields
      }
      failure
      impact
      ruleIds
      clause
    }
    excluded {
      case {
        ...CaseRefFields
      }
      reason
    }
  }
`);

export const AssessmentFieldsFragment = graphql(`
  fragment AssessmentFields on Assessment {
    id
    institutionId
    institutionName
    institutionKind
    score
    vetoStatus
    isEligibleForAwards
    outcomeRuleIds
    vetoComputedAt
    statementDueAt
    period {
      id
      name
      startsAt
      endsAt
    }
    verdict {
      ...VerdictFields
    }
    statement {
      text
      submittedByName
      submittedAt
    }
    review {
      decision
      reason
      reviewedByName
      reviewedAt
      verdict {
        ...VerdictFields
      }
    }
    findings {
      id
      source
      text
      points
      case {
        ...CaseRefFields
      }
      failures
      impacts
      sanctionGrounds
      recordedByName
      recordedAt
    }
    evidence {
      activeStaff
      overdueRechecks
      staffFoundNotClear
      overdueInterviews
      cases {
        case {
          ...CaseRefFields
        }
        breaches
        failures
        impacts
        isStaffSuspect
      }
      misconductCases {
        id
        status
        openedAt
        proposedAt
        decidedAt
        outcomes
      }
    }
    sanctionOptions {
      sanction
      ruleId
      clause
    }
    sanctions {
      id
      sanction
      decidedByName
      decidedAt
      interviewAt
      interviewAttendees
      interviewMinutes
      circularNumber
    }
    viewerCan {
      canRecordFinding
      canSubmitStatement
      canReviewVeto
      canRecordSanction
      canDownloadCircular
    }
  }
`);

export const AssessmentQuery = graphql(`
  query Assessment($id: ID!) {
    assessment(id: $id) {
      ...AssessmentFields
    }
  }
`);

export const OpenAssessmentPeriodMutation = graphql(`
  mutation OpenAssessmentPeriod($input: OpenAssessmentPeriodInput!) {
    openAssessmentPeriod(input: $input) {
      __typename
      ... on AssessmentPeriod {
        id
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

export const RecordAssessmentFindingMutation = graphql(`
  mutation RecordAssessmentFinding($input: RecordAssessmentFindingInput!) {
    recordAssessmentFinding(input: $input) {
      __typename
      ... on Assessment {
        ...AssessmentFields
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

export const SubmitVetoStatementMutation = graphql(`
  mutation SubmitVetoStatement($input: SubmitVetoStatementInput!) {
    submitVetoStatement(input: $input) {
      __typename
      ... on Assessment {
        ...AssessmentFields
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

export const ReviewVetoMutation = graphql(`
  mutation ReviewVeto($input: ReviewVetoInput!) {
    reviewVeto(input: $input) {
      __typename
      ... on Assessment {
        ...AssessmentFields
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

export const RecordSanctionMutation = graphql(`
  mutation RecordSanction($input: RecordSanctionInput!) {
    recordSanction(input: $input) {
      __typename
      ... on Assessment {
        ...AssessmentFields
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

/** Institutions to pick from when a period covers a list (ACC-1); the server searches by name. */
export const AssessmentInstitutionOptionsQuery = graphql(`
  query AssessmentInstitutionOptions($search: String) {
    institutions(filter: { search: $search }, first: 20) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
