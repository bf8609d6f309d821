import { graphql } from '../../gql';

export const StaffRowFieldsFragment = graphql(`
  fragment StaffRowFields on StaffMember {
    id
    name
    idNumberMasked
    role
    employmentType
    post
    status
    institution {
      id
      name
    }
  }
`);

export const VettingDecisionFieldsFragment = graphql(`
  fragment VettingDecisionFields on VettingDecision {
    status
    ruleIds
    required {
      check
      recordedBy
      ruleId
      clause
      viewerCanRecord
    }
    missing {
      check
      recordedBy
      ruleId
      clause
      viewerCanRecord
    }
    blocking {
      code
      check
      ruleId
      clause
    }
  }
`);

export const MisconductCaseFieldsFragment = graphql(`
  fragment MisconductCaseFields on MisconductCase {
    id
    staffId
    staffName
    institutionId
    incidentId
    status
    facts
    investigation
    factsVerified
    severity
    involvesCrime
    outcomes
    openedAt
    proposedAt
    decidedAt
    viewerCan {
      canDecide
    }
  }
`);

// Fragments are not nested inside one another: the API limits query depth to 8 and counts every spread.
export const StaffMemberFieldsFragment = graphql(`
  fragment StaffMemberFields on StaffMember {
    id
    name
    idNumberMasked
    role
    employmentType
    post
    status
    idNumber
    phone
    hasStudentAccess
    startedAt
    activatedAt
    createdAt
    institution {
      id
      name
      kind
    }
    vetting {
      status
      ruleIds
      required {
        check
        recordedBy
        ruleId
        clause
        viewerCanRecord
      }
      missing {
        check
        recordedBy
        ruleId
        clause
        viewerCanRecord
      }
      blocking {
        code
        check
        ruleId
        clause
      }
      checksWithFindings
    }
    checks {
      id
      check
      outcome
      checkedAt
      checkedBy
      system
      referenceNumber
      recordedBy
      recordedAt
      findings
    }
    qualifications {
      id
      kind
      number
      issuedAt
      isRevoked
      revokedAt
      revokedRuleId
    }
    interviews {
      id
      interviewedAt
      interviewer
      notes
    }
    dueDates {
      recheck {
        lastAt
        dueAt
        isOverdue
        ruleId
        clause
        supervisedBy
      }
      reminderInterview {
        lastAt
        dueAt
        isOverdue
        ruleId
        clause
        supervisedBy
      }
    }
    misconductCases {
      id
      staffId
      staffName
      institutionId
      incidentId
      status
      facts
      investigation
      factsVerified
      severity
      involvesCrime
      outcomes
      openedAt
      proposedAt
      decidedAt
      viewerCan {
        canDecide
      }
    }
    viewerCan {
      canActivate
      canRecordQualification
      canRecordInterview
      canOpenMisconductCase
      canReadIdNumber
      recordableChecks
    }
  }
`);

export const StaffListQuery = graphql(`
  query StaffList($filter: StaffFilter, $first: Int, $after: String) {
    staff(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...StaffRowFields
        }
      }
    }
  }
`);

export const StaffMemberQuery = graphql(`
  query StaffMember($id: ID!) {
    staffMember(id: $id) {
      ...StaffMemberFields
    }
  }
`);

export const DueChecksQuery = graphql(`
  query DueChecks($filter: DueCheckFilter, $first: Int, $after: String) {
    dueChecks(filter: $filter, first: $first, after: $after) {
      totalCount
      overdueCount
      pageInfo {
        hasNextPage
        endCursor
      }
      items {
        kind
        staffId
        staffName
        idNumberMasked
        role
        institutionId
        institutionName
        lastAt
        dueAt
        isOverdue
        ruleId
        supervisedBy
      }
    }
  }
`);

export const AllowedMisconductOutcomesQuery = graphql(`
  query AllowedMisconductOutcomes(
    $staffId: ID!
    $factsVerified: Boolean!
    $severity: MisconductSeverity!
    $involvesCrime: Boolean!
  ) {
    staffMember(id: $staffId) {
      id
      misconductCases {
        id
        allowedOutcomes(factsVerified: $factsVerified, severity: $severity, involvesCrime: $involvesCrime) {
          isInvestigationNeeded
          options {
            outcome
            isMandatory
            ruleId
            clause
          }
        }
      }
    }
  }
`);

export const AddStaffCandidateMutation = graphql(`
  mutation AddStaffCandidate($input: AddStaffCandidateInput!) {
    addStaffCandidate(input: $input) {
      __typename
      ... on StaffForbiddenError {
        code
        message
        ruleId
      }
      ... on StaffMember {
        ...StaffMemberFields
      }
      ... on ValidationError {
        code
        message
        field
        textProblem
        limit
      }
      ... on DuplicateStaffError {
        code
        message
      }
    }
  }
`);

export const RecordVettingCheckMutation = graphql(`
  mutation RecordVettingCheck($input: RecordVettingCheckInput!) {
    recordVettingCheck(input: $input) {
      __typename
      ... on StaffMember {
        ...StaffMemberFields
      }
      ... on ValidationError {
        code
        message
        field
        textProblem
        limit
      }
      ... on StaffNotFoundError {
        code
        message
      }
      ... on NotResponsibleError {
        code
        message
        recordedBy
        ruleId
      }
      ... on InvalidStaffStateError {
        code
        message
        staffStatus: status
      }
    }
  }
`);

export const ActivateStaffMutation = graphql(`
  mutation ActivateStaff($staffId: ID!) {
    activateStaff(staffId: $staffId) {
      __typename
      ... on StaffForbiddenError {
        code
        message
        ruleId
      }
      ... on StaffMember {
        ...StaffMemberFields
      }
      ... on StaffNotFoundError {
        code
        message
      }
      ... on VettingNotClearError {
        code
        message
        decision {
          status
          ruleIds
          required {
            check
            recordedBy
            ruleId
            clause
            viewerCanRecord
          }
          missing {
            check
            recordedBy
            ruleId
            clause
            viewerCanRecord
          }
          blocking {
            code
            check
            ruleId
            clause
          }
        }
      }
      ... on InvalidStaffStateError {
        code
        message
        staffStatus: status
      }
    }
  }
`);

export const RecordQualificationMutation = graphql(`
  mutation RecordQualification($input: RecordQualificationInput!) {
    recordQualification(input: $input) {
      __typename
      ... on StaffForbiddenError {
        code
        message
        ruleId
      }
      ... on StaffMember {
        ...StaffMemberFields
      }
      ... on ValidationError {
        code
        message
        field
        textProblem
        limit
      }
      ... on StaffNotFoundError {
        code
        message
      }
    }
  }
`);

export const RecordInterviewMutation = graphql(`
  mutation RecordInterview($input: RecordInterviewInput!) {
    recordInterview(input: $input) {
      __typename
      ... on StaffForbiddenError {
        code
        message
        ruleId
      }
      ... on StaffMember {
        ...StaffMemberFields
      }
      ... on ValidationError {
        code
        message
        field
        textProblem
        limit
      }
      ... on StaffNotFoundError {
        code
        message
      }
      ... on InvalidStaffStateError {
        code
        message
        staffStatus: status
      }
    }
  }
`);

export const OpenMisconductCaseMutation = graphql(`
  mutation OpenMisconductCase($input: OpenMisconductCaseInput!) {
    openMisconductCase(input: $input) {
      __typename
      ... on StaffForbiddenError {
        code
        message
        ruleId
      }
      ... on MisconductCase {
        ...MisconductCaseFields
      }
      ... on ValidationError {
        code
        message
        field
        textProblem
        limit
      }
      ... on StaffNotFoundError {
        code
        message
      }
    }
  }
`);

export const DecideMisconductMutation = graphql(`
  mutation DecideMisconduct($input: DecideMisconductInput!) {
    decideMisconduct(input: $input) {
      __typename
      ... on StaffForbiddenError {
        code
        message
        ruleId
      }
      ... on MisconductCase {
        ...MisconductCaseFields
      }
      ... on ValidationError {
        code
        message
        field
        textProblem
        limit
      }
      ... on MisconductCaseNotFoundError {
        code
        message
      }
      ... on OutcomeNotAllowedError {
        code
        message
        allowed {
          isInvestigationNeeded
          options {
            outcome
            isMandatory
            ruleId
            clause
          }
        }
      }
      ... on InvalidStaffStateError {
        code
        message
        staffStatus: status
      }
    }
  }
`);

export const MisconductCasesQuery = graphql(`
  query MisconductCases($filter: MisconductCaseFilter, $first: Int, $offset: Int) {
    misconductCases(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        id
        staffId
        staffName
        institutionId
        institutionName
        openedAt
        status
        outcomes
        decidedAt
      }
    }
  }
`);

export const MisconductNavQuery = graphql(`
  query MisconductNav {
    me {
      id
      canListMisconduct
    }
  }
`);
