import { graphql } from '../../gql';

export const CareRecordsFieldsFragment = graphql(`
  fragment CareRecordsFields on CareRecords {
    institutionId
    institutionName
    legalVicePrincipal {
      status
      isGap
      isWarning
      endsAt
      appointmentId
      appointments {
        id
        name
        unit
        organisation
        phone
        termStart
        termEnd
      }
    }
    courses {
      intakeId
      intakeName
      enrolledAt
      status
      deadline
      deliveredAt
      undeliveredClassNames
      deliveries {
        id
        deliveredAt
        classNames
        teacherName
        note
      }
    }
    classes {
      id
      name
      intakeId
    }
    teachingPlan {
      termStart
      termEnd
      minLessonsPerClass
      classes {
        classId
        className
        lessons
        isShort
      }
      entries {
        id
        className
        topic
        lessons
        plannedAt
      }
    }
    counselling {
      hasCounsellingRoom
      roomLocation
      hotline
      isProvided
      recordedAt
    }
    bullyingDocuments {
      id
      kind
      title
      adoptedAt
      fileName
      byteSize
    }
    hasBullyingDocuments
    viewerCan {
      recordLegalVicePrincipal
      recordCourseDelivery
      recordTeachingPlan
      recordCounselling
      recordBullyingDocument
      manageClasses
    }
    staffChoices {
      id
      name
      post
    }
  }
`);

export const CareRecordsQuery = graphql(`
  query CareRecords($institutionId: ID!) {
    careRecords(institutionId: $institutionId) {
      ...CareRecordsFields
    }
  }
`);

export const RecordLegalVicePrincipalMutation = graphql(`
  mutation RecordLegalVicePrincipal($input: RecordLegalVicePrincipalInput!) {
    recordLegalVicePrincipal(input: $input) {
      __typename
      ... on LegalVicePrincipal {
        id
      }
      ... on ValidationError {
        field
      }
    }
  }
`);

export const RecordCourseDeliveryMutation = graphql(`
  mutation RecordCourseDelivery($input: RecordCourseDeliveryInput!) {
    recordCourseDelivery(input: $input) {
      __typename
      ... on CourseDelivery {
        id
      }
      ... on ValidationError {
        field
      }
    }
  }
`);

export const RecordTeachingPlanMutation = graphql(`
  mutation RecordTeachingPlan($input: RecordTeachingPlanInput!) {
    recordTeachingPlan(input: $input) {
      __typename
      ... on TeachingPlanEntry {
        id
      }
      ... on ValidationError {
        field
      }
    }
  }
`);

export const RecordCounsellingMutation = graphql(`
  mutation RecordCounselling($input: RecordCounsellingInput!) {
    recordCounselling(input: $input) {
      __typename
      ... on Counselling {
        isProvided
      }
      ... on ValidationError {
        field
      }
    }
  }
`);
