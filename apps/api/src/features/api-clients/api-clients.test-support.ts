import type { GraphQLResponse } from '../../test-support/graphql-test-client';

export const CREATE_API_CLIENT = `mutation($input: CreateApiClientInput!) {
  createApiClient(input: $input) {
    __typename
    ... on ApiClientTokenIssued { token expiresAt client { id name status canWrite } }
    ... on ValidationError { field message }
    ... on ApiClientForbiddenError { ruleId }
  }
}`;

export const ROTATE_API_CLIENT_TOKEN = `mutation($input: RotateApiClientTokenInput!) {
  rotateApiClientToken(input: $input) {
    __typename
    ... on ApiClientTokenIssued { token expiresAt client { id tokens { prefix state supersededUntil } } }
  }
}`;

export const REVOKE_API_CLIENT = `mutation($input: RevokeApiClientInput!) {
  revokeApiClient(input: $input) { __typename ... on ApiClient { id status viewerCan { rotate revoke } } }
}`;

export const API_CLIENTS = `{ apiClients { id name status lastUsedAt rateLimitPerMinute
  usage { day calls refused } tokens { prefix state } viewerCan { rotate revoke } } }`;

/** A call as an integrator makes it: a bearer token, no cookie. */
export async function callWithToken(
  baseUrl: string,
  token: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body = {};
  try {
    body = JSON.parse(text) as object;
  } catch {
    // not JSON: tests assert on `text`
  }
  return { status: response.status, text, body, setCookies: response.headers.getSetCookie() };
}
