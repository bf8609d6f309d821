import { IsNull } from 'typeorm';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { SessionEntity } from '../auth/session.entity';
import { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { buildAccount } from '../../test-support/factories';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { AccountEntity } from './account.entity';

const ACCOUNTS = `query Accounts($search: String, $first: Int, $after: String) {
  accounts(filter: { search: $search }, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id username displayName role unit institutionName isDisabled } }
  }
}`;
const SET_DISABLED = `mutation SetDisabled($input: SetAccountDisabledInput!) {
  setAccountDisabled(input: $input) {
    __typename
    ... on Account { username isDisabled }
    ... on ErrorResult { code message }
    ... on ValidationError { field }
  }
}`;
const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { __typename } }`;
const ME = '{ me { username } }';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const accountId = async (username: string) =>
  (await app.owner.getRepository(AccountEntity).findOneByOrFail({ username })).id;

async function setDisabled(client: GraphQLTestClient, id: string, isDisabled: boolean) {
  const response = await client.request(SET_DISABLED, { input: { accountId: id, isDisabled } });
  return response.body.data?.setAccountDisabled as Record<string, unknown>;
}

describe('accounts', () => {
  it('lists accounts for the administrator without password or lockout internals', async () => {
    const admin = await app.signedIn('admin');
    const response = await admin.request(ACCOUNTS, { search: 'head.primary' });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.accounts).toMatchObject({
      totalCount: 1,
      edges: [
        {
          node: {
            username: 'head.primary',
            role: 'HEAD',
            unit: null,
            institutionName: '九龙坡区谢家湾小学',
            isDisabled: false,
          },
        },
      ],
    });
    const leak = await admin.request('{ accounts(first: 1) { edges { node { passwordHash } } } }');
    expect(GraphQLTestClient.errorCode(leak)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('pages by keyset in username order without gaps or repeats', async () => {
    for (let index = 0; index < 3; index++) await buildAccount(app.owner, { username: `paging.${index}` });
    const admin = await app.signedIn('admin');
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const response = await admin.request(ACCOUNTS, { search: 'paging.', first: 2, after });
      const connection = response.body.data?.accounts as {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { username: string } }[];
      };
      expect(connection.totalCount).toBe(3);
      seen.push(...connection.edges.map((edge) => edge.node.username));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(['paging.0', 'paging.1', 'paging.2']);
  });

  it('the leader reads the audit but may not list or manage accounts', async () => {
    const leader = await app.signedIn('leader');
    expect(GraphQLTestClient.errorCode(await leader.request(ACCOUNTS, {}))).toBe('FORBIDDEN');
    const response = await leader.request(SET_DISABLED, {
      input: { accountId: await accountId('teacher'), isDisabled: true },
    });
    expect(GraphQLTestClient.errorCode(response)).toBe('FORBIDDEN');
    const teacher = await app.owner.getRepository(AccountEntity).findOneByOrFail({ username: 'teacher' });
    expect(teacher.isDisabled).toBe(false);
  });
});

describe('setAccountDisabled', () => {
  it('disabling ends the teacher’s sessions at once, refuses sign-in like a wrong password, and re-enabling lets in again', async () => {
    const admin = await app.signedIn('admin');
    const teacher = await app.signedIn('teacher');
    const teacherId = await accountId('teacher');

    expect(await setDisabled(admin, teacherId, true)).toEqual({
      __typename: 'Account',
      username: 'teacher',
      isDisabled: true,
    });
    // Ended in the same transaction, before the teacher's next request.
    expect(
      await app.owner.getRepository(SessionEntity).countBy({ accountId: teacherId, endedAt: IsNull() }),
    ).toBe(0);
    expect(GraphQLTestClient.errorCode(await teacher.request('{ institutions { totalCount } }'))).toBe(
      'UNAUTHENTICATED',
    );

    const refused = await app
      .client()
      .request(SIGN_IN, { input: { username: 'teacher', password: 'XiaoHu@2026' } });
    const wrong = await app.client().request(SIGN_IN, { input: { username: 'basic', password: 'wrong' } });
    expect(refused.body.data?.signIn).toEqual({ __typename: 'InvalidCredentialsError' });
    expect(refused.text).toBe(wrong.text);

    const audit = await app.owner
      .getRepository(AuditEventEntity)
      .find({ where: { action: 'account.disable', targetId: teacherId } });
    expect(audit.map((row) => [row.actorUsername, row.outcome, row.targetType, row.details])).toEqual([
      ['admin', 'OK', 'account', { username: 'teacher' }],
    ]);

    expect(await setDisabled(admin, teacherId, false)).toMatchObject({ isDisabled: false });
    const again = await app.signedIn('teacher');
    expect((await again.request(ME)).body.data).toEqual({ me: { username: 'teacher' } });
    const enabledRows = await app.owner
      .getRepository(AuditEventEntity)
      .countBy({ targetId: teacherId, action: 'account.enable' });
    expect(enabledRows).toBe(1);
  });

  it('refuses an administrator disabling themself with a ValidationError', async () => {
    const admin = await app.signedIn('admin');
    expect(await setDisabled(admin, await accountId('admin'), true)).toEqual({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      message: 'An administrator cannot disable their own account',
      field: 'accountId',
    });
    expect((await admin.request(ME)).body.data).toEqual({ me: { username: 'admin' } });
  });

  it('answers AccountNotFoundError for an unknown or malformed id', async () => {
    const admin = await app.signedIn('admin');
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      expect(await setDisabled(admin, id, true)).toMatchObject({
        __typename: 'AccountNotFoundError',
        code: 'NOT_FOUND',
      });
    }
  });
});
