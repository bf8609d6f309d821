import { graphql } from '../../gql';

export const InspectionCampaignsQuery = graphql(`
  query InspectionCampaigns {
    inspectionCampaigns {
      canOpen
      items {
        id
        name
        startsAt
        endsAt
        institutionCount
        selfInspectionsSubmitted
        ownSelfInspectionId
        ownSelfInspectionSubmittedAt
        viewerCan {
          canStartSelfInspection
        }
      }
    }
  }
`);

export const InspectionTemplatesQuery = graphql(`
  query InspectionTemplates {
    inspectionTemplates {
      id
      nameZh
      nameEn
    }
  }
`);

export const InspectionCampaignQuery = graphql(`
  query InspectionCampaign($id: ID!) {
    inspectionCampaign(id: $id) {
      id
      name
      startsAt
      endsAt
      templateNameZh
      templateNameEn
      institutionCount
      selfInspectionsSubmitted
      institutions {
        institutionId
        institutionName
        institutionKind
        selfInspectionId
        submittedAt
      }
    }
  }
`);

export const OpenInspectionCampaignMutation = graphql(`
  mutation OpenInspectionCampaign($input: OpenInspectionCampaignInput!) {
    openInspectionCampaign(input: $input) {
      __typename
      ... on InspectionCampaign {
        id
      }
      ... on ValidationError {
        field
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);

export const StartInspectionMutation = graphql(`
  mutation StartInspection($input: StartInspectionInput!) {
    startInspection(input: $input) {
      __typename
      ... on Inspection {
        id
      }
      ... on ValidationError {
        field
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);

export const InspectionFieldsFragment = graphql(`
  fragment InspectionFields on Inspection {
    id
    kind
    campaignName
    institutionId
    institutionName
    startedAt
    submittedAt
    viewerCan {
      canRecordItem
      canSubmit
    }
    items {
      item {
        id
        code
        group
        ruleId
        textZh
        textEn
      }
      result
      note
      hazardId
    }
  }
`);

export const InspectionQuery = graphql(`
  query Inspection($id: ID!) {
    inspection(id: $id) {
      ...InspectionFields
    }
  }
`);

export const RecordInspectionItemMutation = graphql(`
  mutation RecordInspectionItem($input: RecordInspectionItemInput!) {
    recordInspectionItem(input: $input) {
      __typename
      ... on Inspection {
        ...InspectionFields
      }
      ... on ValidationError {
        field
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);

export const SubmitInspectionMutation = graphql(`
  mutation SubmitInspection($input: SubmitInspectionInput!) {
    submitInspection(input: $input) {
      __typename
      ... on Inspection {
        ...InspectionFields
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);

export const HazardsQuery = graphql(`
  query Hazards($filter: HazardFilter, $first: Int, $offset: Int) {
    hazards(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        id
        institutionName
        description
        foundAt
        dueAt
        ownerName
        status
        stage
        item {
          id
          textZh
          textEn
        }
        photos {
          id
          thumbnailUrl
        }
      }
    }
  }
`);

export const HazardFieldsFragment = graphql(`
  fragment HazardFields on Hazard {
    id
    institutionId
    institutionName
    inspectionId
    inspectionKind
    description
    foundAt
    ownerStaffId
    ownerName
    dueAt
    status
    missing
    stage
    rectifiedAt
    item {
      id
      code
      ruleId
      textZh
      textEn
    }
    rectifications {
      id
      note
      recordedAt
      recordedByName
      verification
      verifiedAt
      sendBackReason
      photos {
        id
        url
        thumbnailUrl
        width
        height
      }
    }
    photos {
      id
      url
      thumbnailUrl
      width
      height
    }
    viewerCan {
      canAssign
      canRecordRectification
      canVerify
    }
  }
`);

export const HazardQuery = graphql(`
  query Hazard($id: ID!) {
    hazard(id: $id) {
      ...HazardFields
    }
  }
`);

export const AssignHazardMutation = graphql(`
  mutation AssignHazard($input: AssignHazardInput!) {
    assignHazard(input: $input) {
      __typename
      ... on Hazard {
        ...HazardFields
      }
      ... on ValidationError {
        field
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);

export const RecordRectificationMutation = graphql(`
  mutation RecordRectification($input: RecordRectificationInput!) {
    recordRectification(input: $input) {
      __typename
      ... on Hazard {
        ...HazardFields
      }
      ... on ValidationError {
        field
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);

export const VerifyRectificationMutation = graphql(`
  mutation VerifyRectification($input: VerifyRectificationInput!) {
    verifyRectification(input: $input) {
      __typename
      ... on Hazard {
        ...HazardFields
      }
      ... on ValidationError {
        field
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);

export const HazardOwnersQuery = graphql(`
  query HazardOwners($institutionId: ID!) {
    staff(filter: { institutionId: $institutionId, status: ACTIVE }, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
