import { graphql } from '../../gql';

export const PreventionGapItemFields = graphql(`
  fragment PreventionGapItemFields on PreventionGapItem {
    code
    ruleId
    clause
    subjectKind
    label
    isSubjectHidden
    responsibleStaffName
    fixPath
    fixTargetId
  }
`);

export const PreventionGapsQuery = graphql(`
  query PreventionGaps($institutionId: ID!) {
    preventionGaps(institutionId: $institutionId) {
      institutionId
      institutionName
      total
      viewerCanViewSubjects
      counts {
        code
        ruleId
        count
      }
      gaps {
        ...PreventionGapItemFields
      }
    }
  }
`);

export const PreventionGapOverviewQuery = graphql(`
  query PreventionGapOverview {
    preventionGapOverview {
      institutionId
      institutionName
      total
      counts {
        code
        ruleId
        count
      }
    }
  }
`);
