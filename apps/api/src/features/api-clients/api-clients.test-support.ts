import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { GraphQLResponse } from '../../test-support/graphql-test-client';
import { AccountEntity } from '../accounts/account.entity';
import { API_CLIENT_USERNAME_PREFIX } from '../accounts/account-rules';
import type { Role } from '../accounts/role';
import { CaseOfficerEntity } from '../incidents/case-officer.entity';
import { ApiClientEntity } from './api-client.entities';

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

/** A client's scope, as createApiClient takes it (rows as that command writes them). */
export interface TestClientScope {
  name?: string;
  role?: Role;
  unitCode?: string | null;
  institutionId?: string | null;
  isDesignatedCaseOfficer?: boolean;
  revokedAt?: Date | null;
}

/**
 * A registered client written as the database owner, for tests without an administrator's session
 * (a server in a child process, rows arranged before the test). Answers the client's id.
 */
export async function insertApiClient(owner: DataSource, scope: TestClientScope = {}): Promise<string> {
  const name = scope.name ?? '测试客户端';
  const role = scope.role ?? 'SECTION_MEMBER';
  const { identifiers } = await owner.getRepository(AccountEntity).insert({
    username: `${API_CLIENT_USERNAME_PREFIX}${randomBytes(8).toString('hex')}`,
    displayName: name,
    email: null,
    role,
    unitCode: scope.unitCode === undefined ? (role === 'SECTION_MEMBER' ? 'SAFETY' : null) : scope.unitCode,
    institutionId: scope.institutionId ?? null,
    passwordHash: null,
    staffMemberId: null,
    isDisabled: false,
  });
  const accountId = identifiers[0].id as string;
  if (scope.isDesignatedCaseOfficer)
    await owner.getRepository(CaseOfficerEntity).insert({ accountId, designatedAt: new Date() });
  const client = await owner.getRepository(ApiClientEntity).insert({
    name,
    description: null,
    accountId,
    canWrite: false,
    rateLimitPerMinute: 60,
    createdAt: new Date(),
    createdByAccountId: null,
    revokedAt: scope.revokedAt ?? null,
    lastUsedAt: null,
    rateWindowStartedAt: null,
    rateWindowCalls: 0,
  });
  return client.identifiers[0].id as string;
}
