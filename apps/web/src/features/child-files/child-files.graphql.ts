import { graphql } from '../../gql';

export const ChildFileSummaryFieldsFragment = graphql(`
  fragment ChildFileSummaryFields on ChildFile {
    id
    institutionName
    className
    childName
    categories
    closedAt
    talkStatus {
      lastTalkAt
      dueAt
      isOverdue
    }
  }
`);

export const ChildFileFieldsFragment = graphql(`
  fragment ChildFileFields on ChildFile {
    ...ChildFileSummaryFields
    headTeacherName
    studentNumber
    personalFile
    growthFile
    openedAt
    closingReason
    counsellors {
      id
      name
      post
    }
    talks {
      id
      kind
      heldAt
      byStaffName
      note
    }
    cases {
      id
      category
      state
      receivedAt
    }
    hiddenCaseCount
    viewerCan {
      recordTalk
      updateFile
      closeFile
    }
  }
`);

export const ChildFilesQuery = graphql(`
  query ChildFiles($includeClosed: Boolean) {
    childFiles(includeClosed: $includeClosed) {
      showsChildren
      items {
        ...ChildFileSummaryFields
      }
    }
    childFileForm {
      classes {
        id
        name
        headTeacherName
      }
      categories
      staff {
        id
        name
        post
      }
    }
  }
`);

export const ChildFileCountsQuery = graphql(`
  query ChildFileCounts {
    childFileCounts {
      institutionId
      institutionName
      section
      category
      openCount
      overdueCount
    }
  }
`);

export const ChildFileQuery = graphql(`
  query ChildFile($id: ID!) {
    childFile(id: $id) {
      ...ChildFileFields
    }
  }
`);

export const OpenChildFileMutation = graphql(`
  mutation OpenChildFile($input: OpenChildFileInput!) {
    openChildFile(input: $input) {
      __typename
      ... on ChildFile {
        ...ChildFileFields
      }
      ... on ErrorResult {
        code
      }
      ... on ValidationError {
        field
      }
    }
  }
`);

export const RecordWelfareTalkMutation = graphql(`
  mutation RecordWelfareTalk($input: RecordWelfareTalkInput!) {
    recordWelfareTalk(input: $input) {
      __typename
      ... on ChildFile {
        ...ChildFileFields
      }
      ... on ErrorResult {
        code
      }
      ... on ValidationError {
        field
      }
    }
  }
`);

export const CloseChildFileMutation = graphql(`
  mutation CloseChildFile($input: CloseChildFileInput!) {
    closeChildFile(input: $input) {
      __typename
      ... on ChildFile {
        ...ChildFileFields
      }
      ... on ErrorResult {
        code
      }
      ... on ValidationError {
        field
      }
    }
  }
`);

export const LinkChildFileCaseMutation = graphql(`
  mutation LinkChildFileCase($input: LinkChildFileCaseInput!) {
    linkChildFileCase(input: $input) {
      __typename
      ... on ChildFile {
        ...ChildFileFields
      }
      ... on ErrorResult {
        code
      }
      ... on ValidationError {
        field
      }
    }
  }
`);

export const ChildFileFormQuery = graphql(`
  query ChildFileForm {
    childFileForm {
      categories
      staff {
        id
        name
        post
      }
    }
  }
`);

export const UpdateChildFileMutation = graphql(`
  mutation UpdateChildFile($input: UpdateChildFileInput!) {
    updateChildFile(input: $input) {
      __typename
      ... on ChildFile {
        ...ChildFileFields
      }
      ... on ErrorResult {
        code
      }
      ... on ValidationError {
        field
      }
    }
  }
`);
