import { AuditEventEntity } from '../audit/audit-event.entity';
import { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { SignInThrottleEntity } from './sign-in-throttle.entity';

const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    __typename
    ... on AccountLockedError { lockedUntil }
  }
}`;

// Behind a trusted proxy (this test's own loopback peer), so each browser can come from its own address.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ trustedProxies: ['127.0.0.1'], lockoutAddressThreshold: 10 });
});
afterAll(() => app.close());

let nextAddress = 1;
/** A new browser (no cookies) at its own client address, or at the given one. */
function browser(address = `198.51.100.${nextAddress++}`): GraphQLTestClient {
  const client = app.client();
  client.headers['x-forwarded-for'] = address;
  return client;
}

async function signIn(client: GraphQLTestClient, username: string, password: string): Promise<string> {
  const response = await client.request(SIGN_IN, { input: { username, password } });
  return (response.body.data?.signIn as { __typename: string }).__typename;
}

const records = (username: string) =>
  app.owner
    .getRepository(SignInThrottleEntity)
    .find({ where: { scope: 'RECORD', usernameKey: username }, order: { windowStart: 'ASC' } });
const auditRows = (username: string) =>
  app.owner.getRepository(AuditEventEntity).find({ where: { action: 'signIn', targetId: username } });

describe('device cookies (OWASP): strangers cannot lock a known browser out', () => {
  it('a browser that signed in before as head.kg still signs in while strangers have locked the name', async () => {
    const heads = browser();
    expect(await signIn(heads, 'head.kg', 'XiaoHu@2026')).toBe('Viewer');
    expect([...heads.cookies.keys()]).toEqual([expect.stringMatching(/^xiaohu_device_[0-9a-f]{16}$/)]);

    for (let attempt = 1; attempt <= 6; attempt++) await signIn(browser(), 'head.kg', `guess-${attempt}`);
    expect(await signIn(browser(), 'head.kg', 'XiaoHu@2026')).toBe('AccountLockedError');

    expect(await signIn(heads, 'head.kg', 'XiaoHu@2026')).toBe('Viewer');
  });

  it('a trusted browser’s own failures lock that browser only, not the name for others', async () => {
    const own = browser();
    expect(await signIn(own, 'preschool', 'XiaoHu@2026')).toBe('Viewer');
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await signIn(own, 'preschool', `typo-${attempt}`)).toBe('InvalidCredentialsError');
    }
    expect(await signIn(own, 'preschool', 'typo-6')).toBe('AccountLockedError');
    expect(await signIn(own, 'preschool', 'XiaoHu@2026')).toBe('AccountLockedError');
    expect(await signIn(browser(), 'preschool', 'XiaoHu@2026')).toBe('Viewer');
  });

  it('a device cookie counts only for the username it was issued for, and a forged one not at all', async () => {
    const client = browser();
    expect(await signIn(client, 'vocational', 'XiaoHu@2026')).toBe('Viewer');
    const [[name, value]] = [...client.cookies];
    for (let attempt = 1; attempt <= 6; attempt++) await signIn(browser(), 'policy', `guess-${attempt}`);
    // The cookie for vocational does not make the browser trusted for policy.
    expect(await signIn(client, 'policy', 'XiaoHu@2026')).toBe('AccountLockedError');

    for (let attempt = 1; attempt <= 6; attempt++) await signIn(browser(), 'vocational', `guess-${attempt}`);
    const forged = browser();
    forged.cookies.set(name, value.replace(/\.[0-9a-f]{4}/, '.0000'));
    expect(await signIn(forged, 'vocational', 'XiaoHu@2026')).toBe('AccountLockedError');
    expect(await signIn(client, 'vocational', 'XiaoHu@2026')).toBe('Viewer');
  });
});

describe('client address throttle', () => {
  it('limits guessing across usernames from one address, and only there', async () => {
    const address = '203.0.113.50';
    for (let attempt = 1; attempt <= 9; attempt++) {
      expect(await signIn(browser(address), `spray.${attempt}`, 'Password1')).toBe('InvalidCredentialsError');
    }
    expect(await signIn(browser(address), 'spray.10', 'Password1')).toBe('AccountLockedError');
    // Every further name from that address is refused without a guess, a real account's too.
    expect(await signIn(browser(address), 'inspect', 'XiaoHu@2026')).toBe('AccountLockedError');
    expect(await signIn(browser('203.0.113.51'), 'inspect', 'XiaoHu@2026')).toBe('Viewer');
  });

  it('a trusted browser behind a locked address (one school, one NAT) still signs in', async () => {
    const address = '203.0.113.60';
    const teacher = browser(address);
    expect(await signIn(teacher, 'teacher', 'XiaoHu@2026')).toBe('Viewer');
    for (let attempt = 1; attempt <= 10; attempt++) await signIn(browser(address), `nat.${attempt}`, 'x');
    expect(await signIn(browser(address), 'teacher', 'XiaoHu@2026')).toBe('AccountLockedError');
    expect(await signIn(teacher, 'teacher', 'XiaoHu@2026')).toBe('Viewer');
  });
});

describe('records of refusals', () => {
  it('aggregates refusals per username, address and window into one row with a count and one audit row', async () => {
    const address = '192.0.2.10';
    for (let attempt = 1; attempt <= 4; attempt++) await signIn(browser(address), 'ghost.one', 'wrong');
    expect(
      (await records('ghost.one')).map((row) => [row.clientAddress, row.failedCount, row.lastOutcome]),
    ).toEqual([[address, 4, 'INVALID_CREDENTIALS']]);
    expect(await auditRows('ghost.one')).toHaveLength(1);

    app.clock.advanceMinutes(31);
    await signIn(browser(address), 'ghost.one', 'wrong');
    expect((await records('ghost.one')).map((row) => row.failedCount)).toEqual([4, 1]);
    expect(await auditRows('ghost.one')).toHaveLength(2);
  });

  it('refusals while a name is locked add to one row for that name, whatever the address', async () => {
    for (let attempt = 1; attempt <= 6; attempt++) await signIn(browser('192.0.2.20'), 'ghost.two', 'x');
    const before = (await auditRows('ghost.two')).length;
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await signIn(browser(), 'ghost.two', 'x')).toBe('AccountLockedError');
    }
    const locked = (await records('ghost.two')).filter((row) => row.clientAddress === '*');
    expect(locked.map((row) => [row.failedCount, row.lastOutcome])).toEqual([[5, 'ACCOUNT_LOCKED']]);
    expect(await auditRows('ghost.two')).toHaveLength(before + 1);
  });

  it('expired counters and records are removed by later sign-in attempts', async () => {
    await signIn(browser('192.0.2.30'), 'ghost.three', 'wrong');
    const count = () => app.owner.getRepository(SignInThrottleEntity).countBy({ subject: 'ghost.three' });
    expect(await count()).toBe(1);
    expect(await records('ghost.three')).toHaveLength(1);

    app.clock.advanceMinutes(31);
    await signIn(browser(), 'someone.else', 'wrong');
    expect(await count()).toBe(0);
    expect(await records('ghost.three')).toHaveLength(1);

    app.clock.advanceMinutes(30 * 24 * 60);
    await signIn(browser(), 'someone.else', 'wrong');
    expect(await records('ghost.three')).toHaveLength(0);
  });
});
