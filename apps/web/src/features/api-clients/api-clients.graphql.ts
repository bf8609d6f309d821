import { graphql } from '../../gql';

export const ApiClientFieldsFragment = graphql(`
  fragment ApiClientFields on ApiClient {
    id
    name
    description
    role
    unit
    institutionId
    institutionName
    isDesignatedCaseOfficer
    canWrite
    rateLimitPerMinute
    status
    createdAt
    revokedAt
    lastUsedAt
    tokens {
      id
      prefix
      expiresAt
      supersededUntil
      state
    }
    usage {
      day
      calls
      refused
    }
    viewerCan {
      rotate
      revoke
    }
  }
`);

export const ApiClientsQuery = graphql(`
  query ApiClients {
    apiClients {
      ...ApiClientFields
    }
  }
`);

export const CreateApiClientMutation = graphql(`
  mutation CreateApiClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      __typename
      ... on ApiClientTokenIssued {
        token
        expiresAt
        client {
          ...ApiClientFields
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

export const RotateApiClientTokenMutation = graphql(`
  mutation RotateApiClientToken($input: RotateApiClientTokenInput!) {
    rotateApiClientToken(input: $input) {
      __typename
      ... on ApiClientTokenIssued {
        token
        expiresAt
        client {
          ...ApiClientFields
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

export const RevokeApiClientMutation = graphql(`
  mutation RevokeApiClient($input: RevokeApiClientInput!) {
    revokeApiClient(input: $input) {
      __typename
      ... on ApiClient {
        ...ApiClientFields
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
