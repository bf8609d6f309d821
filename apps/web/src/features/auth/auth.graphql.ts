import { graphql } from '../../gql';

export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    id
    username
    displayName
    role
    unit
    permissions
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

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
