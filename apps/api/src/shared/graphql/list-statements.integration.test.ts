import { startTestApp, type TestApp } from '../../test-support/test-app';

/**
 * Issue 15, N+1 guard: a list costs the same number of SQL statements whatever its page size. The cases,
 * staff and dueChecks lists have their own tests beside them (with each of their filters); this one holds
 * every other list of the schema to the same rule, on more than 50 rows each.
 */
let app: TestApp;
let safetyAccountId: string;

beforeAll(async () => {
  app = await startTestApp();
  const [{ id }] = await app.owner.query<{ id: string }[]>(
    `SELECT id FROM account WHERE username = 'safety'`,
  );
  safetyAccountId = id;
  const [{ id: institutionId }] = await app.owner.query<{ id: string }[]>(
    `SELECT id FROM institution ORDER BY name LIMIT 1`,
  );
  await app.owner.query(
    `INSERT INTO institution (name, kind, address)
     SELECT '九龙坡区测试小学' || g, 'PRIMARY', '九龙坡区杨家坪街道测试路 ' || g || ' 号' FROM generate_series(1, 30) g`,
  );
  await app.owner.query(
    `INSERT INTO account (username, display_name, role, institution_id)
     SELECT 'list.teacher' || g, '测试教师' || g, 'TEACHER', $1 FROM generate_series(1, 60) g`,
    [institutionId],
  );
  await app.owner.query(
    `INSERT INTO notification (account_id, kind, title, body, created_at)
     SELECT $1, 'DISCLOSURE_RECEIVED', '新的学生报告', '请及时处理', now() - g * interval '1 minute' FROM generate_series(1, 60) g`,
    [safetyAccountId],
  );
  await app.owner.query(
    `INSERT INTO mail_outbox (account_id, kind, to_address, subject, body, created_at)
     SELECT $1, 'DISCLOSURE_RECEIVED', 'safety@example.org', '新的学生报告', '请及时处理', now() - g * interval '1 minute'
     FROM generate_series(1, 60) g`,
    [safetyAccountId],
  );
});
afterAll(() => app.close());

async function statementsPerRequest(username: string, query: string, field: string) {
  const client = await app.signedIn(username);
  const counts: number[] = [];
  for (const first of [10, 50]) {
    const before = app.statementCount();
    const response = await client.request(query, { first });
    counts.push(app.statementCount() - before);
    expect(response.body.errors).toBeUndefined();
    const page = response.body.data?.[field] as { edges: unknown[] };
    // The list really has a full page at each size, so a per-row statement would show.
    expect(page.edges).toHaveLength(first);
  }
  return counts;
}

describe('issue 15: lists cost the same number of statements at page size 10 and 50', () => {
  it('institutions, with their duties and supervising section', async () => {
    const [ten, fifty] = await statementsPerRequest(
      'leader',
      `query($first: Int) { institutions(first: $first) { totalCount
        edges { node { id name kind supervisingSection duties { duty responsibilities { unit } } } } } }`,
      'institutions',
    );
    expect(fifty).toBe(ten);
  });

  it('myNotifications, with the unread count', async () => {
    const [ten, fifty] = await statementsPerRequest(
      'safety',
      `query($first: Int) { myNotifications(first: $first) { unreadCount
        edges { node { id title kind createdAt readAt } } } }`,
      'myNotifications',
    );
    expect(fifty).toBe(ten);
  });

  it('accounts, with their institutions', async () => {
    const [ten, fifty] = await statementsPerRequest(
      'admin',
      `query($first: Int) { accounts(first: $first) { totalCount
        edges { node { id username displayName role institutionName } } } }`,
      'accounts',
    );
    expect(fifty).toBe(ten);
  });

  it('mailOutbox', async () => {
    const [ten, fifty] = await statementsPerRequest(
      'admin',
      `query($first: Int) { mailOutbox(first: $first) { edges { node { id kind recipientUsername } } } }`,
      'mailOutbox',
    );
    expect(fifty).toBe(ten);
  });

  it('auditEvents, with who acted', async () => {
    const client = await app.signedIn('leader');
    // Sixty audited reads (of ids that do not exist) give the trail more than a page of rows.
    for (let index = 0; index < 60; index++) {
      await client.request(`query($id: ID!) { case(id: $id) { id } }`, {
        id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      });
    }
    const [ten, fifty] = await statementsPerRequest(
      'leader',
      `query($first: Int) { auditEvents(first: $first) {
        edges { node { id action outcome occurredAt actorUsername } } } }`,
      'auditEvents',
    );
    expect(fifty).toBe(ten);
  });
});
