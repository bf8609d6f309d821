import { graphql } from '../../gql';

export const RiskSubjectSummaryFieldsFragment = graphql(`
  fragment RiskSubjectSummaryFields on RiskSubject {
    id
    institutionId
    institutionName
    subjectType
    siteType
    personType
    status
    site {
      name
      address
    }
    location
    recordedAt
    lastFollowedUpAt
    referral {
      townshipReferredAt
      policeReferredAt
    }
  }
`);

export const RiskSubjectsQuery = graphql(`
  query RiskSubjects($filter: RiskSubjectFilter, $first: Int, $after: String) {
    riskSubjects(filter: $filter, first: $first, after: $after) {
      totalCount
      viewerCanRecord
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...RiskSubjectSummaryFields
        }
      }
    }
  }
`);

export const RiskSubjectFieldsFragment = graphql(`
  fragment RiskSubjectFields on RiskSubject {
    ...RiskSubjectSummaryFields
    recordedByName
    site {
      name
      address
      description
    }
    person {
      name
      idNumber
      address
      description
    }
    referral {
      townshipOffice
      townshipReferredAt
      policeStation
      policeReferredAt
      missingRecipients
    }
    closingReason
    closingNote
    closedAt
    followUps {
      id
      followedUpAt
      outcome
      note
      recordedByName
      recordedAt
      photos {
        id
        url
        thumbnailUrl
        width
        height
      }
    }
    viewerCan {
      recordFollowUp
      close
      readPersonalData
      needsReferral
      closingReasons
    }
  }
`);

export const RiskSubjectQuery = graphql(`
  query RiskSubject($id: ID!) {
    riskSubject(id: $id) {
      ...RiskSubjectFields
    }
  }
`);

export const RecordRiskSubjectMutation = graphql(`
  mutation RecordRiskSubject($input: RecordRiskSubjectInput!) {
    recordRiskSubject(input: $input) {
      __typename
      ... on RiskSubject {
        ...RiskSubjectFields
      }
      ... on ValidationError {
        field
      }
      ... on ErrorResult {
        code
      }
      ... on RiskSubjectStateError {
        reason
      }
    }
  }
`);

export const RecordRiskFollowUpMutation = graphql(`
  mutation RecordRiskFollowUp($input: RecordRiskFollowUpInput!) {
    recordRiskFollowUp(input: $input) {
      __typename
      ... on RiskSubject {
        ...RiskSubjectFields
      }
      ... on ValidationError {
        field
      }
      ... on ErrorResult {
        code
      }
      ... on RiskSubjectStateError {
        reason
      }
    }
  }
`);

export const CloseRiskSubjectMutation = graphql(`
  mutation CloseRiskSubject($input: CloseRiskSubjectInput!) {
    closeRiskSubject(input: $input) {
      __typename
      ... on RiskSubject {
        ...RiskSubjectFields
      }
      ... on ValidationError {
        field
      }
      ... on ErrorResult {
        code
      }
      ... on RiskSubjectStateError {
        reason
      }
    }
  }
`);
