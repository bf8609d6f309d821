import { IsNull } from 'typeorm';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { AccountEntity } from '../accounts/account.entity';
import { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { hashSessionToken } from './session.service';
import { SessionEntity } from './session.entity';

const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    __typename
    ... on Viewer { username role unit permissions institution { name kind } }
    ... on ErrorResult { code message }
    ... on AccountLockedError { lockedUntil }
    ... on ValidationError { field }
  }
}`;
const ME = '{ me { username role } }';
const SIGN_OUT = 'mutation { signOut }';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function signIn(client: GraphQLTestClient, username: string, password: string) {
  const response = await client.request(SIGN_IN, { input: { username, password } });
  return { response, result: response.body.data?.signIn as Record<string, unknown> };
}

const auditOf = (action: string) =>
  app.owner.getRepository(AuditEventEntity).find({ where: { action }, order: { id: 'DESC' } });

describe('sign-in and sign-out', () => {
  it('signs in with the demo password, sets an httpOnly SameSite=Lax cookie and answers the viewer', async () => {
    const client = app.client();
    const { response, result } = await signIn(client, 'head.primary', 'XiaoHu@2026');

    expect(result).toEqual({
      __typename: 'Viewer',
      username: 'head.primary',
      role: 'HEAD',
      unit: null,
      permissions: [
        'VIEW_INSTITUTIONS',
        'VIEW_RESPONSIBILITY_MATRIX',
        // Staff register and vetting (issue 5)
        'VIEW_STAFF',
        'MANAGE_STAFF',
        'RECORD_VETTING_CHECK',
        'MANAGE_MISCONDUCT',
        'REPORT_INCIDENT',
        'VIEW_INCIDENTS',
        'MANAGE_INCIDENTS',
        // Her institution's assessment and its veto statement (issue 10, ORG-3, ACC-5)
        'VIEW_ASSESSMENTS',
        // The risks around her institution (issue 11, PRV-3)
        'VIEW_SURROUNDINGS',
        // Her place register (PRV-2), dorm entries and the dormitory door (PRV-4) (issue 11)
        'VIEW_MONITORED_PLACES',
        'VIEW_DORM_ENTRIES',
        'RECORD_DORM_ENTRIES',
        // Her self-inspections and her institution's hazards (issue 11, PRV-1, ORG-3)
        'VIEW_INSPECTIONS',
        'VIEW_HAZARDS',
        // Her care records and classes (issue 12, PRV-5 to PRV-8)
        'VIEW_CARE_RECORDS',
        // Her institution's watched children (issue 12, PRV-8)
        'VIEW_CHILD_FILES',
        // Her staff's training sessions and coverage (issue 12, PRV-5)
        'VIEW_TRAINING',
      ],
      institution: { name: '九龙坡区谢家湾小学', kind: 'PRIMARY' },
    });
    const cookie = response.setCookies.find((c) => c.startsWith('xiaohu_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await client.request(ME)).body.data).toEqual({ me: { username: 'head.primary', role: 'HEAD' } });
  });

  it('only the administrator holds MANAGE_ACCOUNTS; the leader reads the audit without it', async () => {
    const permissionsOf = async (username: string) => {
      const response = await (await app.signedIn(username)).request('{ me { permissions } }');
      return (response.body.data?.me as { permissions: string[] }).permissions;
    };
    const admin = { result: { permissions: await permissionsOf('admin') } };
    const leader = { result: { permissions: await permissionsOf('leader') } };
    expect(admin.result.permissions).toEqual([
      'VIEW_INSTITUTIONS',
      'VIEW_RESPONSIBILITY_MATRIX',
      'VIEW_AUDIT',
      'MANAGE_OPENING_APPLICATIONS',
      'VIEW_MAIL_OUTBOX',
      'MANAGE_ACCOUNTS',
      'MANAGE_API_CLIENTS',
      'MANAGE_WEBHOOKS',
    ]);
    expect(leader.result.permissions).toEqual(expect.arrayContaining(['VIEW_AUDIT']));
    expect(leader.result.permissions).not.toContain('MANAGE_ACCOUNTS');
    expect(leader.result.permissions).not.toContain('MANAGE_API_CLIENTS');
    expect(leader.result.permissions).not.toContain('MANAGE_WEBHOOKS');
  });

  it('stores only a hash of the session token', async () => {
    const client = await app.signedIn('teacher');
    const token = client.sessionToken!;
    const sessions = await app.owner.getRepository(SessionEntity).find();
    expect(sessions.some((s) => s.tokenHash === token)).toBe(false);
    expect(sessions.some((s) => s.tokenHash === hashSessionToken(token))).toBe(true);
  });

  it('accepts the username in any case and with surrounding spaces', async () => {
    const { result } = await signIn(app.client(), '  Basic ', 'XiaoHu@2026');
    expect(result).toMatchObject({ __typename: 'Viewer', username: 'basic', unit: 'BASIC' });
  });

  it('answers a wrong password and an unknown username identically', async () => {
    const wrongPassword = await signIn(app.client(), 'basic', 'not-the-password');
    const unknownUser = await signIn(app.client(), 'nobody.here', 'not-the-password');

    expect(wrongPassword.result).toEqual({
      __typename: 'InvalidCredentialsError',
      code: 'INVALID_CREDENTIALS',
      message: 'Invalid username or password',
    });
    expect(unknownUser.response.status).toBe(wrongPassword.response.status);
    expect(unknownUser.response.text).toBe(wrongPassword.response.text);
    expect(wrongPassword.response.setCookies).toEqual([]);
  });

  it('answers a ValidationError for an empty username', async () => {
    const { result } = await signIn(app.client(), '   ', 'x');
    expect(result).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      field: 'username',
    });
  });

  it('signs out: the session ends, the cookie is cleared and the old token no longer works', async () => {
    const client = await app.signedIn('policy');
    const token = client.sessionToken!;
    const response = await client.request(SIGN_OUT);

    expect(response.body.data).toEqual({ signOut: true });
    expect(client.sessionToken).toBeNull();
    const session = await app.owner
      .getRepository(SessionEntity)
      .findOneByOrFail({ tokenHash: hashSessionToken(token) });
    expect(session.endReason).toBe('SIGNED_OUT');

    const replay = app.client();
    replay.sessionToken = token;
    expect((await replay.request(ME)).body.data).toEqual({ me: null });
  });

  it('signing in as someone else in the same browser ends the earlier session on the server', async () => {
    const browser = await app.signedIn('teacher');
    const teacherToken = browser.sessionToken!;
    expect((await signIn(browser, 'head.primary', 'XiaoHu@2026')).result.__typename).toBe('Viewer');
    expect(browser.sessionToken).not.toBe(teacherToken);

    const earlier = await app.owner
      .getRepository(SessionEntity)
      .findOneByOrFail({ tokenHash: hashSessionToken(teacherToken) });
    expect(earlier.endReason).toBe('REPLACED');
    const replay = app.client();
    replay.sessionToken = teacherToken;
    expect((await replay.request(ME)).body.data).toEqual({ me: null });
    expect((await browser.request(ME)).body.data).toEqual({ me: { username: 'head.primary', role: 'HEAD' } });
  });

  it('signOut without a session answers UNAUTHENTICATED', async () => {
    const response = await app.client().request(SIGN_OUT);
    expect(GraphQLTestClient.errorCode(response)).toBe('UNAUTHENTICATED');
  });

  it('audits sign-in success, failure and sign-out, failures without an actor', async () => {
    const client = await app.signedIn('safety');
    await signIn(app.client(), 'safety', 'wrong');
    await client.request(SIGN_OUT);

    const [signOutRow] = await auditOf('signOut');
    expect(signOutRow).toMatchObject({ actorUsername: 'safety', outcome: 'OK', targetType: 'session' });
    const signIns = (await auditOf('signIn')).filter(
      (row) => row.targetId === 'safety' || row.actorUsername === 'safety',
    );
    expect(signIns.map((row) => [row.actorUsername, row.outcome])).toEqual(
      expect.arrayContaining([
        ['safety', 'OK'],
        [null, 'INVALID_CREDENTIALS'],
      ]),
    );
  });
});

describe('lockout', () => {
  it('locks after 6 failed attempts for 30 minutes, even with the right password, then lets in', async () => {
    const client = app.client();
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await signIn(client, 'inspect', `wrong-${attempt}`)).result.__typename).toBe(
        'InvalidCredentialsError',
      );
    }
    const sixth = await signIn(client, 'inspect', 'wrong-6');
    expect(sixth.result).toMatchObject({ __typename: 'AccountLockedError', code: 'ACCOUNT_LOCKED' });
    expect(new Date(sixth.result.lockedUntil as string).getTime()).toBe(
      app.clock.now().getTime() + 30 * 60_000,
    );

    app.clock.advanceMinutes(29);
    expect((await signIn(client, 'inspect', 'XiaoHu@2026')).result.__typename).toBe('AccountLockedError');

    app.clock.advanceMinutes(1);
    expect((await signIn(client, 'inspect', 'XiaoHu@2026')).result.__typename).toBe('Viewer');
  });

  it('locks an unknown username exactly like a real one, so the answer reveals nothing', async () => {
    const answers = async (username: string) => {
      const texts: string[] = [];
      for (let attempt = 1; attempt <= 7; attempt++) {
        texts.push((await signIn(app.client(), username, 'wrong')).response.text);
      }
      return texts;
    };
    expect(await answers('ghost.account')).toEqual(await answers('vocational'));
  });

  it('a success resets the failure count', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) await signIn(app.client(), 'head.kg', 'wrong');
    expect((await signIn(app.client(), 'head.kg', 'XiaoHu@2026')).result.__typename).toBe('Viewer');
    expect((await signIn(app.client(), 'head.kg', 'wrong')).result.__typename).toBe(
      'InvalidCredentialsError',
    );
  });
});

describe('session expiry', () => {
  it('finds the session in one statement and writes last_seen_at at most every 30 s', async () => {
    // The designated case officer: the designation is read in the same statement as the session.
    const client = await app.signedIn('safety');
    const statementsOf = async (query: string) => {
      const before = app.statementCount();
      const response = await client.request(query);
      expect(response.body.errors).toBeUndefined();
      return app.statementCount() - before;
    };
    expect(await statementsOf(ME)).toBe(1);
    expect(await statementsOf(ME)).toBe(1);
    app.clock.advanceMinutes(1);
    // Past the touch interval: the lookup and one update of last_seen_at, then one statement again.
    expect(await statementsOf(ME)).toBe(2);
    expect(await statementsOf(ME)).toBe(1);
    const session = await app.owner
      .getRepository(SessionEntity)
      .findOneByOrFail({ tokenHash: hashSessionToken(client.sessionToken!) });
    expect(session.lastSeenAt).toEqual(app.clock.now());
  });

  it('ends a session idle for 30 minutes', async () => {
    const client = await app.signedIn('preschool');
    app.clock.advanceMinutes(29);
    expect((await client.request(ME)).body.data).toEqual({
      me: { username: 'preschool', role: 'SECTION_MEMBER' },
    });

    app.clock.advanceMinutes(30);
    const expired = await client.request(ME);
    expect(expired.body.data).toEqual({ me: null });
    expect(client.sessionToken).toBeNull();
    expect(GraphQLTestClient.errorCode(await client.request('{ institutions { totalCount } }'))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('ends an active session after 12 hours whatever the activity', async () => {
    const client = await app.signedIn('basic');
    const token = client.sessionToken!;
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      app.clock.advanceMinutes(20);
      expect((await client.request(ME)).body.data).toEqual({
        me: { username: 'basic', role: 'SECTION_MEMBER' },
      });
    }
    app.clock.advanceMinutes(20);
    expect((await client.request(ME)).body.data).toEqual({ me: null });
    const session = await app.owner
      .getRepository(SessionEntity)
      .findOneByOrFail({ tokenHash: hashSessionToken(token) });
    expect(session.endReason).toBe('ABSOLUTE_TIMEOUT');
  });
});

describe('disabled account', () => {
  it('ends every session of a disabled account on its next request and refuses sign-in like a wrong password', async () => {
    const first = await app.signedIn('head.kg');
    const second = await app.signedIn('head.kg');
    const account = await app.owner.getRepository(AccountEntity).findOneByOrFail({ username: 'head.kg' });
    await app.owner.getRepository(AccountEntity).update({ id: account.id }, { isDisabled: true });

    expect((await first.request(ME)).body.data).toEqual({ me: null });
    const open = await app.owner
      .getRepository(SessionEntity)
      .countBy({ accountId: account.id, endedAt: IsNull() });
    expect(open).toBe(0);
    expect((await second.request(ME)).body.data).toEqual({ me: null });

    const disabled = await signIn(app.client(), 'head.kg', 'XiaoHu@2026');
    const unknown = await signIn(app.client(), 'nobody.else', 'XiaoHu@2026');
    expect(disabled.result.__typename).toBe('InvalidCredentialsError');
    expect(disabled.response.text).toBe(unknown.response.text);
  });
});
