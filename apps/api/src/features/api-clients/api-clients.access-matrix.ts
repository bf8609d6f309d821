// Rows and probes of the access matrix (shared/auth/access-matrix.integration.test.ts) for API clients.
import { denial, typename } from '../../test-support/access-matrix-answers';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import type { TestApp } from '../../test-support/test-app';

type Outcome = 'ALLOW' | 'HIDDEN' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const A: Outcome = 'ALLOW';
const F: Outcome = 'FORBIDDEN';
const U: Outcome = 'UNAUTHENTICATED';
type Row = Record<string, readonly [own: Outcome, other: Outcome]>;
interface ProbeInput {
  app: TestApp;
  client: () => Promise<GraphQLTestClient>;
  target: { id: string; name: string };
  attempt: number;
}

// MANAGE_API_CLIENTS (ORG-3): the administrator only; a client never manages clients.
const ADMIN_ONLY: Row = {
  anonymous: [U, U],
  teacher: [F, F],
  'head.primary': [F, F],
  'head.kg': [F, F],
  staff: [F, F],
  basic: [F, F],
  preschool: [F, F],
  vocational: [F, F],
  safety: [F, F],
  inspect: [F, F],
  personnel: [F, F],
  policy: [F, F],
  leader: [F, F],
  admin: [A, A],
};

export const API_CLIENTS_MATRIX: Record<string, Row> = {
  apiClients: ADMIN_ONLY,
  createApiClient: ADMIN_ONLY,
  rotateApiClientToken: ADMIN_ONLY,
  revokeApiClient: ADMIN_ONLY,
};

/** A live client of 督导室's scope, written as the schema's owner (each probe its own). */
async function arrangeClient(app: TestApp, attempt: number): Promise<string> {
  const [account] = (await app.owner.query(
    `INSERT INTO account (username, display_name, role, unit_code) VALUES ($1, $2, 'SECTION_MEMBER', 'INSPECT') RETURNING id`,
    [`client:matrix${attempt}`, `矩阵客户端 ${attempt}`],
  )) as { id: string }[];
  const [client] = (await app.owner.query(
    `INSERT INTO api_client (name, account_id, rate_limit_per_minute, created_at) VALUES ($1, $2, 60, $3) RETURNING id`,
    [`矩阵客户端 ${attempt}`, account.id, app.clock.now()],
  )) as { id: string }[];
  return client.id;
}

export const API_CLIENTS_PROBES: Record<string, (input: ProbeInput) => Promise<Outcome>> = {
  apiClients: async ({ client }) => denial(await (await client()).request('{ apiClients { id } }')) ?? A,
  createApiClient: async (input) => {
    const response = await (
      await input.client()
    ).request('mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { __typename } }', {
      input: { name: `矩阵创建 ${input.attempt}`, role: 'SECTION_MEMBER', unit: 'INSPECT' },
    });
    return denial(response) ?? (typename(response, 'createApiClient') === 'ApiClientTokenIssued' ? A : F);
  },
  rotateApiClientToken: async (input) => {
    const clientId = await arrangeClient(input.app, input.attempt);
    const response = await (
      await input.client()
    ).request(
      'mutation($input: RotateApiClientTokenInput!) { rotateApiClientToken(input: $input) { __typename } }',
      { input: { clientId } },
    );
    return (
      denial(response) ?? (typename(response, 'rotateApiClientToken') === 'ApiClientTokenIssued' ? A : F)
    );
  },
  revokeApiClient: async (input) => {
    const clientId = await arrangeClient(input.app, input.attempt);
    const response = await (
      await input.client()
    ).request('mutation($input: RevokeApiClientInput!) { revokeApiClient(input: $input) { __typename } }', {
      input: { clientId },
    });
    return denial(response) ?? (typename(response, 'revokeApiClient') === 'ApiClient' ? A : F);
  },
};
