import { graphql } from '../../gql';

export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    id
    username
    displayName
    role
    unit
    permissions
    home
    canExportCases
    canOpenDeveloperPage
    institution {
      id
      name
      kind
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on Viewer {
        ...ViewerFields
      }
      ... on MfaRequired {
        challenge
      }
      ... on MfaEnrolmentRequired {
        challenge
      }
      ... on InvalidCredentialsError {
        code
        message
      }
      ... on AccountLockedError {
        code
        message
        lockedUntil
      }
      ... on ValidationError {
        code
        message
        field
      }
    }
  }
`);

export const MfaEnrolmentFieldsFragment = graphql(`
  fragment MfaEnrolmentFields on MfaEnrolment {
    secret
    otpauthUri
    qrCodeSvg
  }
`);

export const VerifyMfaMutation = graphql(`
  mutation VerifyMfa($input: MfaCodeInput!) {
    verifyMfa(input: $input) {
      __typename
      ... on Viewer {
        ...ViewerFields
      }
      ... on AccountLockedError {
        lockedUntil
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);

export const BeginMfaEnrolmentMutation = graphql(`
  mutation BeginMfaEnrolment($challenge: String!) {
    beginMfaEnrolment(challenge: $challenge) {
      __typename
      ... on MfaEnrolment {
        ...MfaEnrolmentFields
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);

export const ConfirmMfaEnrolmentMutation = graphql(`
  mutation ConfirmMfaEnrolment($input: MfaCodeInput!) {
    confirmMfaEnrolment(input: $input) {
      __typename
      ... on MfaEnrolled {
        recoveryCodes
        viewer {
          ...ViewerFields
        }
      }
      ... on AccountLockedError {
        lockedUntil
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);

export const MyMfaQuery = graphql(`
  query MyMfa {
    me {
      id
      mfa {
        isEnabled
        isRequired
        recoveryCodesLeft
      }
    }
  }
`);

export const BeginMyMfaEnrolmentMutation = graphql(`
  mutation BeginMyMfaEnrolment {
    beginMyMfaEnrolment {
      __typename
      ... on MfaEnrolment {
        ...MfaEnrolmentFields
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);

export const ConfirmMyMfaEnrolmentMutation = graphql(`
  mutation ConfirmMyMfaEnrolment($code: String!) {
    confirmMyMfaEnrolment(code: $code) {
      __typename
      ... on MfaRecoveryCodes {
        recoveryCodes
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);

export const DisableMyMfaMutation = graphql(`
  mutation DisableMyMfa($code: String!) {
    disableMyMfa(code: $code) {
      __typename
      ... on ErrorResult {
        code
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
