import { denial, typename } from '../../test-support/access-matrix-answers';
// Rows and probes of the access matrix (shared/auth/access-matrix.integration.test.ts) for account administration.
import type { TestApp } from '../../test-support/test-app';
import { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { buildAccount, institutionIdByName } from '../../test-support/factories';
import { AccountEntity } from './account.entity';
import { hashSetPasswordToken } from './account-rules';

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

const EVERYONE: Row = Object.fromEntries(Object.keys(ADMIN_ONLY).map((actor) => [actor, [A, A]]));

export const ACCOUNTS_MATRIX: Record<string, Row> = {
  accounts: ADMIN_ONLY,
  accountSessions: ADMIN_ONLY,
  accountStaffChoices: ADMIN_ONLY,
  headAccountsTemplate: ADMIN_ONLY,
  setAccountDisabled: ADMIN_ONLY,
  createAccount: ADMIN_ONLY,
  resetAccountPassword: ADMIN_ONLY,
  endAccountSessions: ADMIN_ONLY,
  setAccountStaffMember: ADMIN_ONLY,
  importHeadAccounts: ADMIN_ONLY,
  // A set-password link is its own authority: anyone holding one, signed in or not.
  setPassword: EVERYONE,
};

async function request(input: ProbeInput, query: string, variables?: Record<string, unknown>) {
  return (await input.client()).request(query, variables);
}

export const ACCOUNTS_PROBES: Record<string, (input: ProbeInput) => Promise<Outcome>> = {
  accountSessions: async (input) => {
    const account = await input.app.owner
      .getRepository(AccountEntity)
      .findOneByOrFail({ username: 'teacher' });
    const response = await request(input, 'query($id: ID!) { accountSessions(accountId: $id) { id } }', {
      id: account.id,
    });
    return denial(response) ?? A;
  },
  accountStaffChoices: async (input) => {
    const response = await request(
      input,
      'query($id: ID!) { accountStaffChoices(institutionId: $id) { id name } }',
      { id: input.target.id },
    );
    return denial(response) ?? A;
  },
  headAccountsTemplate: async (input) => denial(await request(input, '{ headAccountsTemplate }')) ?? A,
  createAccount: async (input) => {
    const response = await request(
      input,
      'mutation($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }',
      {
        input: {
          username: `matrix.created.${input.attempt}`,
          displayName: '矩阵测试',
          role: 'TEACHER',
          institutionId: input.target.id,
        },
      },
    );
    return denial(response) ?? (typename(response, 'createAccount') === 'SetPasswordLinkIssued' ? A : F);
  },
  resetAccountPassword: async (input) => {
    const account = await buildAccount(input.app.owner, { username: `matrix.reset.${input.attempt}` });
    const response = await request(
      input,
      'mutation($input: AccountIdInput!) { resetAccountPassword(input: $input) { __typename } }',
      { input: { accountId: account.id } },
    );
    return (
      denial(response) ?? (typename(response, 'resetAccountPassword') === 'SetPasswordLinkIssued' ? A : F)
    );
  },
  endAccountSessions: async (input) => {
    const account = await buildAccount(input.app.owner, { username: `matrix.sessions.${input.attempt}` });
    const response = await request(
      input,
      'mutation($input: EndAccountSessionsInput!) { endAccountSessions(input: $input) { __typename } }',
      { input: { accountId: account.id } },
    );
    return denial(response) ?? (typename(response, 'endAccountSessions') === 'AccountSessionsEnded' ? A : F);
  },
  setAccountStaffMember: async (input) => {
    const account = await buildAccount(input.app.owner, {
      username: `matrix.link.${input.attempt}`,
      institutionId: await institutionIdByName(input.app.owner, input.target.name),
    });
    const response = await request(
      input,
      'mutation($input: SetAccountStaffMemberInput!) { setAccountStaffMember(input: $input) { __typename } }',
      { input: { accountId: account.id, staffMemberId: null } },
    );
    return denial(response) ?? (typename(response, 'setAccountStaffMember') === 'Account' ? A : F);
  },
  // An empty file: refused as data (and audited) when allowed, so nothing is created by the probe.
  importHeadAccounts: async (input) => {
    const response = await request(
      input,
      'mutation($input: ImportHeadAccountsInput!) { importHeadAccounts(input: $input) { __typename } }',
      { input: { fileBase64: '' } },
    );
    return denial(response) ?? (typename(response, 'importHeadAccounts') === 'ValidationError' ? A : F);
  },
  setPassword: async (input) => {
    const token = `matrix-token-${String(input.attempt).padStart(30, '0')}`;
    await buildAccount(input.app.owner, {
      username: `matrix.password.${input.attempt}`,
      setPasswordTokenHash: hashSetPasswordToken(token),
      setPasswordExpiresAt: new Date(input.app.clock.now().getTime() + 3_600_000),
    });
    const response = await request(
      input,
      'mutation($input: SetPasswordInput!) { setPassword(input: $input) { __typename } }',
      { input: { token, password: 'Matrix-Password-2026' } },
    );
    return denial(response) ?? (typename(response, 'setPassword') === 'PasswordSet' ? A : F);
  },
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
