import { graphql } from '../../gql';

export const AccountsQuery = graphql(`
  query Accounts($filter: AccountFilter, $first: Int, $after: String) {
    accounts(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          username
          displayName
          role
          unit
          institutionId
          institutionName
          email
          hasPassword
          setPasswordLinkExpiresAt
          staffMember {
            id
            name
            post
          }
          isDisabled
        }
      }
    }
  }
`);

export const SetAccountDisabledMutation = graphql(`
  mutation SetAccountDisabled($input: SetAccountDisabledInput!) {
    setAccountDisabled(input: $input) {
      __typename
      ... on Account {
        id
        isDisabled
      }
      ... on ErrorResult {
        code
        message
      }
      ... on ValidationError {
        field
      }
    }
  }
`);

export const AccountInstitutionChoicesQuery = graphql(`
  query AccountInstitutionChoices($search: String) {
    institutions(filter: { search: $search }, first: 50) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const AccountStaffChoicesQuery = graphql(`
  query AccountStaffChoices($institutionId: ID!, $search: String) {
    accountStaffChoices(institutionId: $institutionId, search: $search) {
      id
      name
      role
      post
      status
      linkedUsername
    }
  }
`);

export const CreateAccountMutation = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      __typename
      ... on SetPasswordLinkIssued {
        setPasswordPath
        expiresAt
        account {
          id
          username
          displayName
        }
      }
      ... on ValidationError {
        code
        message
        field
      }
    }
  }
`);

export const ResetAccountPasswordMutation = graphql(`
  mutation ResetAccountPassword($input: AccountIdInput!) {
    resetAccountPassword(input: $input) {
      __typename
      ... on SetPasswordLinkIssued {
        setPasswordPath
        expiresAt
        account {
          id
          username
          displayName
          hasPassword
          setPasswordLinkExpiresAt
        }
      }
      ... on ErrorResult {
        code
        message
      }
      ... on ValidationError {
        field
      }
    }
  }
`);

export const AccountSessionsQuery = graphql(`
  query AccountSessions($accountId: ID!) {
    accountSessions(accountId: $accountId) {
      id
      createdAt
      lastSeenAt
      isCurrent
    }
  }
`);

export const EndAccountSessionsMutation = graphql(`
  mutation EndAccountSessions($input: EndAccountSessionsInput!) {
    endAccountSessions(input: $input) {
      __typename
      ... on AccountSessionsEnded {
        endedCount
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const SetAccountStaffMemberMutation = graphql(`
  mutation SetAccountStaffMember($input: SetAccountStaffMemberInput!) {
    setAccountStaffMember(input: $input) {
      __typename
      ... on Account {
        id
        staffMember {
          id
          name
          post
        }
      }
      ... on ErrorResult {
        code
        message
      }
      ... on ValidationError {
        field
      }
    }
  }
`);

export const HeadAccountsTemplateQuery = graphql(`
  query HeadAccountsTemplate {
    headAccountsTemplate
  }
`);

export const ImportHeadAccountsMutation = graphql(`
  mutation ImportHeadAccounts($input: ImportHeadAccountsInput!) {
    importHeadAccounts(input: $input) {
      __typename
      ... on HeadAccountsImported {
        created {
          setPasswordPath
          expiresAt
          account {
            id
            username
            displayName
            institutionName
          }
        }
      }
      ... on ImportRejectedError {
        code
        message
        rowCount
        errors {
          row
          column
          code
          message
        }
      }
      ... on ValidationError {
        code
        message
        field
      }
    }
  }
`);

export const SetPasswordMutation = graphql(`
  mutation SetPassword($input: SetPasswordInput!) {
    setPassword(input: $input) {
      __typename
      ... on PasswordSet {
        username
      }
      ... on ErrorResult {
        code
        message
      }
      ... on ValidationError {
        field
      }
    }
  }
`);
