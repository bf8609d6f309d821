// Rows and probes of the access matrix (shared/auth/access-matrix.integration.test.ts) for account administration.
import type { TestApp } from '../../test-support/test-app';
import { GraphQLTestClient, type GraphQLResponse } from '../../test-support/graphql-test-client';
import { AccountEntity } from './account.entity';

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

// MANAGE_ACCOUNTS: the administrator only; the leader reads the audit but does not manage accounts.
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

export const ACCOUNTS_MATRIX: Record<string, Row> = {
  accounts: ADMIN_ONLY,
  setAccountDisabled: ADMIN_ONLY,
};

function denial(response: GraphQLResponse): Outcome | null {
  const code = GraphQLTestClient.errorCode(response);
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return code;
  if (code) throw new Error(`Unexpected error: ${response.text}`);
  return null;
}

export const ACCOUNTS_PROBES: Record<string, (input: ProbeInput) => Promise<Outcome>> = {
  accounts: async ({ client }) => {
    const response = await (await client()).request('{ accounts(first: 1) { edges { node { id } } } }');
    return denial(response) ?? A;
  },
  // Re-enables an enabled account: harmless for the other cells, yet a real, audited write.
  setAccountDisabled: async ({ app, client }) => {
    const account = await app.owner.getRepository(AccountEntity).findOneByOrFail({ username: 'teacher' });
    const response = await (
      await client()
    ).request(
      'mutation($input: SetAccountDisabledInput!) { setAccountDisabled(input: $input) { __typename } }',
      { input: { accountId: account.id, isDisabled: false } },
    );
    const typename = (response.body.data?.setAccountDisabled as { __typename?: string } | undefined)
      ?.__typename;
    return denial(response) ?? (typename === 'Account' ? A : F);
  },
};
