import { graphql } from '../../gql';

export const OversightIndicatorFieldsFragment = graphql(`
  fragment OversightIndicatorFields on OversightIndicator {
    id
    ruleIds
    unit
    value
    rag
    isPeriodic
    drill {
      list
      state
      breach
      overdue
      dueKind
      hazardStatuses
    }
  }
`);

export const OversightQuery = graphql(`
  query Oversight($filter: OversightFilter, $table: OversightTablePage) {
    oversight(filter: $filter, table: $table) {
      period {
        kind
        start
        end
      }
      indicators {
        ...OversightIndicatorFields
      }
      trend {
        month
        category
        count
      }
      timeToPolice {
        fromMinutes
        toMinutes
        count
        isWithinDeadline
      }
      policeDeadlineMinutes
      breachesBySection {
        section
        breach
        count
      }
      coverageByKind {
        kind
        activeStaff
        currentStaff
        coverage
        rag
      }
      table {
        totalCount
        rows {
          institution {
            id
            name
            kind
            street
          }
          cells {
            id
            value
            rag
          }
        }
      }
    }
  }
`);

export const InstitutionRecordQuery = graphql(`
  query InstitutionRecord($id: ID!) {
    institutionRecord(id: $id) {
      institution {
        id
        name
        kind
        street
        address
      }
      period {
        kind
        start
        end
      }
      indicators {
        ...OversightIndicatorFields
      }
      months {
        month
        start
        end
        casesRecorded
        cells {
          id
          value
          rag
        }
      }
    }
  }
`);

export const OversightNavQuery = graphql(`
  query OversightNav {
    me {
      id
      canViewDashboard
    }
  }
`);
