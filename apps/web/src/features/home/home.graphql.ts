import { graphql } from '../../gql';

export const MyWorkQuery = graphql(`
  query MyWork {
    myWork {
      totalCount
      items {
        kind
        ruleId
        caseId
        caseCategory
        caseRecordedAt
        staffId
        staffName
        staffRole
        dueAt
        isOverdue
        isChildInDanger
        openSteps
      }
      careGaps {
        institutionId
        total
        canOpenList
        first {
          ...PreventionGapItemFields
        }
      }
      reportedCases {
        id
        category
        state
        reportingStatus
        recordedAt
        policeReportDueAt
        policeReportedAt
      }
    }
  }
`);
