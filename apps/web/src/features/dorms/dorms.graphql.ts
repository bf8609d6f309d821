import { graphql } from '../../gql';

export const DormEntryFieldsFragment = graphql(`
  fragment DormEntryFields on DormEntry {
    id
    institutionId
    institutionName
    staffMemberId
    staffName
    staffRole
    purpose
    purposeNote
    decision
    refusal
    isRegistrationRequired
    enteredAt
    exitedAt
    isNight
    recordedByName
    canRecordExit
  }
`);

export const DormDoorQuery = graphql(`
  query DormDoor {
    dormDoor {
      institutionId
      institutionName
      isBoarding
      canRecordEntry
      nightStartMinute
      nightEndMinute
      inside {
        ...DormEntryFields
      }
    }
  }
`);

export const DormDoorPeopleQuery = graphql(`
  query DormDoorPeople($search: String!) {
    dormDoorPeople(search: $search) {
      id
      name
      role
      post
    }
  }
`);

export const DormEntriesQuery = graphql(`
  query DormEntries($filter: DormEntryFilter, $first: Int, $after: String) {
    dormEntries(filter: $filter, first: $first, after: $after) {
      totalCount
      items {
        ...DormEntryFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RecordDormEntryMutation = graphql(`
  mutation RecordDormEntry($input: RecordDormEntryInput!) {
    recordDormEntry(input: $input) {
      __typename
      ... on DormEntry {
        ...DormEntryFields
      }
      ... on DormEntryRefusedError {
        reason
        attempt {
          ...DormEntryFields
        }
      }
      ... on ValidationError {
        field
      }
      ... on DormForbiddenError {
        ruleId
      }
    }
  }
`);

export const RecordDormExitMutation = graphql(`
  mutation RecordDormExit($input: RecordDormExitInput!) {
    recordDormExit(input: $input) {
      __typename
      ... on DormEntry {
        ...DormEntryFields
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
