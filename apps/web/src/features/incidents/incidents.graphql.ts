import { graphql } from '../../gql';

// graphql-armor's depth limit counts nested fragment spreads over again (a depth-6 selection through
// two nested spreads measured 10 of 8 allowed), so fragments hold fields only and operations spread them side by side.

/** What a list row shows: never the child's identity or words. List and detail share it, so the cache holds one shape. */
export const CaseSummaryFieldsFragment = graphql(`
  fragment CaseSummaryFields on Case {
    id
    institutionId
    institutionName
    category
    suspectType
    state
    isConfidential
    isChildInDanger
    receivedAt
    recordedAt
    acknowledgedAt
    closedAt
    closingReason
    reporting {
      status
      isPoliceReportRequired
      headNotificationDueAt
      policeReportDueAt
      isHeadNotificationLate
      assessedAt
    }
    breaches {
      code
      hop
      ruleIds
      occurredAt
      recordedAt
    }
    policeReport {
      reportedAt
      policeStation
      receiptNumber
      officerName
      recordedAt
      recordedBy {
        id
        displayName
      }
    }
  }
`);

/** What only the case page and the case mutations show, on top of the summary. */
export const CaseDetailFieldsFragment = graphql(`
  fragment CaseDetailFields on Case {
    suspectDescription
    isSuspectHead
    channel
    isHeadInConflict
    access
    reporter {
      id
      displayName
    }
    acknowledgedBy {
      id
      displayName
    }
    emergencyChecklist {
      step
      ruleId
      doneAt
      doneBy {
        id
        displayName
      }
    }
    externalSources {
      source
      learnedAt
      note
      recordedBy {
        id
        displayName
      }
    }
    timeline {
      kind
      at
      actor {
        id
        displayName
      }
      detail
      deadline
      dueAt
      deadlineOutcome
    }
    viewerCan {
      canAcknowledge
      canCompleteEmergencyStep
      canRecordPoliceReport
      canRecordExternalSource
      canClose
      canRecordWelfareNote
      canExportMandatoryReport
      closingReasons {
        reason
        isAllowed
        ruleId
        refusal
      }
    }
  }
`);

/**
 * REP-7: the child and the child's words, asked for by the case page only. Mutations never ask for them,
 * so a mutation's answer (which leaves them out) cannot blank them in the cache.
 */
export const CaseConfidentialFieldsFragment = graphql(`
  fragment CaseConfidentialFields on Case {
    child {
      name
      className
    }
    childStatement
  }
`);

/**
 * REP-10: psychological-concern notes, like the child asked for by the case page only (the API sends
 * null in lists and to SUMMARY access). recordWelfareNote answers with them, the other mutations do not.
 */
export const CaseWelfareFieldsFragment = graphql(`
  fragment CaseWelfareFields on Case {
    welfareNotes {
      id
      concernNote
      guardianToldAt
      isStudySuspended
      recordedAt
      recordedBy {
        id
        displayName
      }
    }
  }
`);

export const CasesQuery = graphql(`
  query Cases($filter: CaseFilter, $first: Int, $after: String, $orderBy: CaseOrder) {
    cases(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      isTotalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CaseSummaryFields
        }
      }
    }
  }
`);

export const CaseQuery = graphql(`
  query Case($id: ID!) {
    case(id: $id) {
      ...CaseSummaryFields
      ...CaseDetailFields
      ...CaseConfidentialFields
      ...CaseWelfareFields
      canStartUnannouncedInspection
    }
  }
`);

export const ReportingChannelsQuery = graphql(`
  query ReportingChannels {
    reportingChannels {
      mailbox
      hotline
    }
  }
`);

export const ReportableStaffQuery = graphql(`
  query ReportableStaff($search: String, $first: Int) {
    reportableStaff(search: $search, first: $first) {
      id
      name
      role
    }
  }
`);

export const RecordDisclosureMutation = graphql(`
  mutation RecordDisclosure($input: RecordDisclosureInput!) {
    recordDisclosure(input: $input) {
      __typename
      ... on Case {
        ...CaseSummaryFields
        ...CaseDetailFields
      }
      ... on ValidationError {
        code
        message
        field
        textProblem
        limit
      }
      ... on ReportingTimeError {
        code
        message
        problem
        ruleId
        field
      }
    }
  }
`);

export const AcknowledgeCaseMutation = graphql(`
  mutation AcknowledgeCase($caseId: ID!) {
    acknowledgeCase(caseId: $caseId) {
      __typename
      ... on Case {
        ...CaseSummaryFields
        ...CaseDetailFields
      }
      ... on CaseNotFoundError {
        code
        message
      }
      ... on CaseForbiddenError {
        code
        message
        forbiddenRuleId: ruleId
      }
      ... on TransitionRefusedError {
        code
        message
        refusal
        ruleId
        breachRecorded
      }
    }
  }
`);

export const CompleteEmergencyStepMutation = graphql(`
  mutation CompleteEmergencyStep($input: CompleteEmergencyStepInput!) {
    completeEmergencyStep(input: $input) {
      __typename
      ... on Case {
        ...CaseSummaryFields
        ...CaseDetailFields
      }
      ... on CaseNotFoundError {
        code
        message
      }
      ... on CaseForbiddenError {
        code
        message
        forbiddenRuleId: ruleId
      }
      ... on ValidationError {
        code
        message
        field
        textProblem
        limit
      }
      ... on ReportingTimeError {
        code
        message
        problem
        ruleId
        field
      }
    }
  }
`);

export const RecordPoliceReportMutation = graphql(`
  mutation RecordPoliceReport($input: RecordPoliceReportInput!) {
    recordPoliceReport(input: $input) {
      __typename
      ... on Case {
        ...CaseSummaryFields
        ...CaseDetailFields
      }
      ... on CaseNotFoundError {
        code
        message
      }
      ... on CaseForbiddenError {
        code
        message
        forbiddenRuleId: ruleId
      }
      ... on ValidationError {
        code
        message
        field
        textProblem
        limit
      }
      ... on ReportingTimeError {
        code
        message
        problem
        ruleId
        field
      }
      ... on TransitionRefusedError {
        code
        message
        refusal
        ruleId
        breachRecorded
      }
    }
  }
`);

export const RecordExternalSourceMutation = graphql(`
  mutation RecordExternalSource($input: RecordExternalSourceInput!) {
    recordExternalSource(input: $input) {
      __typename
      ... on Case {
        ...CaseSummaryFields
        ...CaseDetailFields
      }
      ... on CaseNotFoundError {
        code
        message
      }
      ... on CaseForbiddenError {
        code
        message
        forbiddenRuleId: ruleId
      }
      ... on ValidationError {
        code
        message
        field
        textProblem
        limit
      }
      ... on ReportingTimeError {
        code
        message
        problem
        ruleId
        field
      }
    }
  }
`);

export const CloseCaseMutation = graphql(`
  mutation CloseCase($input: CloseCaseInput!) {
    closeCase(input: $input) {
      __typename
      ... on Case {
        ...CaseSummaryFields
        ...CaseDetailFields
      }
      ... on CaseNotFoundError {
        code
        message
      }
      ... on CaseForbiddenError {
        code
        message
        forbiddenRuleId: ruleId
      }
      ... on TransitionRefusedError {
        code
        message
        refusal
        ruleId
        breachRecorded
      }
      ... on ValidationError {
        code
        message
        field
        textProblem
        limit
      }
    }
  }
`);

export const RecordWelfareNoteMutation = graphql(`
  mutation RecordWelfareNote($input: RecordWelfareNoteInput!) {
    recordWelfareNote(input: $input) {
      __typename
      ... on Case {
        ...CaseSummaryFields
        ...CaseDetailFields
        ...CaseWelfareFields
      }
      ... on CaseNotFoundError {
        code
        message
      }
      ... on CaseForbiddenError {
        code
        message
        forbiddenRuleId: ruleId
      }
      ... on ValidationError {
        code
        message
        field
        textProblem
        limit
      }
    }
  }
`);

export const NotificationItemFragment = graphql(`
  fragment NotificationItem on Notification {
    id
    kind
    caseId
    title
    body
    urgent
    createdAt
    readAt
    facts {
      institutionName
      category
      deadlineKind
      dueAt
      hazardItemZh
      hazardItemEn
      hazardId
      isChildInDanger
    }
  }
`);

export const SetMyLanguageMutation = graphql(`
  mutation SetMyLanguage($language: AccountLanguage!) {
    setMyLanguage(language: $language) {
      id
      language
    }
  }
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications($first: Int, $unreadOnly: Boolean) {
    myNotifications(first: $first, unreadOnly: $unreadOnly) {
      unreadCount
      urgentUnread {
        ...NotificationItem
      }
      edges {
        cursor
        node {
          ...NotificationItem
        }
      }
    }
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      __typename
      ... on Notification {
        id
        readAt
      }
      ... on CaseNotFoundError {
        code
        message
      }
    }
  }
`);

/** Institutions to pick from when 安稳办 records a case the school never reported (REP-4 瞒报). */
export const IncidentInstitutionOptionsQuery = graphql(`
  query IncidentInstitutionOptions($search: String) {
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
