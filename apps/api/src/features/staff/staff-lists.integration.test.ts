import { institutionIdByName } from '../../test-support/factories';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { refreshStaffDueDates } from './staff-due-dates';
import { buildStaffMember } from './staff.factories';

// Issue 15: the staff register's lists at district scale. Name search runs on an index (bigrams, or a
// prefix for one character) and answers exactly "the name contains the text"; no list grows its number
// of SQL statements with the page size.
const STAFF = `query($filter: StaffFilter, $first: Int) { staff(filter: $filter, first: $first) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id name idNumberMasked role employmentType post status institution { id name } } } } }`;
const STAFF_WITH_VETTING = `query($filter: StaffFilter, $first: Int) { staff(filter: $filter, first: $first) {
  totalCount edges { node { id name institution { id name kind } vetting { status } dueDates { recheck { dueAt } } } } } }`;
const DUE = `query($filter: DueCheckFilter, $first: Int) { dueChecks(filter: $filter, first: $first) {
  totalCount overdueCount items { kind staffId staffName institutionName dueAt isOverdue lastAt supervisedBy } } }`;
const NOW = new Date('2026-03-02T01:00:00.000Z');
const CHARS = '甲乙丙丁戊己庚辛壬癸';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  const kindergarten = await institutionIdByName(app.owner, '九龙坡区机关幼儿园');
  const primary = await institutionIdByName(app.owner, '九龙坡区谢家湾小学');
  const ids: string[] = [];
  for (const [n, institutionId] of [kindergarten, primary].flatMap((id) =>
    Array.from({ length: 60 }, (_, i) => [i, id] as const),
  )) {
    const staff = await buildStaffMember(app.owner, institutionId, {
      name: `王丽${CHARS[n % 10]}${CHARS[Math.floor(n / 10)]}`,
      role: 'TEACHER',
      status: 'ACTIVE',
      hasStudentAccess: true,
      startedAt: new Date(Date.UTC(2024, 0, 1 + n)),
      activatedAt: new Date(Date.UTC(2024, 0, 1 + n)),
    });
    ids.push(staff.id);
  }
  for (const name of ['欧阳丽华', '王欧', 'WangLihua', 'ANNA', '李%华', '张_三']) {
    await buildStaffMember(app.owner, kindergarten, { name });
  }
  await app.owner.query(
    `INSERT INTO reminder_interview (staff_id, interviewed_at, interviewer, notes, recorded_at)
     SELECT id, $2, '负责人', '', $2 FROM unnest($1::uuid[]) AS id`,
    [ids.filter((_, i) => i % 2 === 0), new Date('2025-10-01T00:00:00Z')],
  );
  await refreshStaffDueDates(app.owner.manager, ids, { now: NOW });
});
afterAll(() => app.close());

describe('issue 15: name search', () => {
  it.each([
    '丽华',
    '王丽',
    '王丽甲乙',
    'lihua',
    'LiHua',
    'wang',
    'an',
    '李%华',
    '%华',
    '张_三',
    '_三',
    '乙丙',
  ])(
    'a search for %j finds exactly the names in scope that contain it, whatever the case of Latin letters',
    async (search) => {
      const head = await app.signedIn('head.kg');
      const response = await head.request(STAFF, { filter: { search }, first: 100 });
      if (response.body.errors) throw new Error(response.text);
      const page = response.body.data?.staff as { totalCount: number; edges: { node: { name: string } }[] };
      const expected = (
        (await app.owner.query(
          `SELECT s.name FROM staff_member s JOIN institution i ON i.id = s.institution_id
           WHERE i.name = '九龙坡区机关幼儿园' AND strpos(lower(s.name), lower($1)) > 0 ORDER BY s.name, s.id`,
          [search],
        )) as { name: string }[]
      ).map((r) => r.name);
      expect(page.edges.map((e) => e.node.name)).toEqual(expected);
      expect(page.totalCount).toBe(expected.length);
    },
  );

  it('a one-character search finds the names that start with it (a surname), in either case', async () => {
    const head = await app.signedIn('head.kg');
    const names = async (search: string) =>
      (
        (await head.request(STAFF, { filter: { search }, first: 100 })).body.data?.staff as {
          edges: { node: { name: string } }[];
        }
      ).edges.map((e) => e.node.name);
    expect(await names('欧')).toEqual(['欧阳丽华']);
    expect(await names('a')).toEqual(['ANNA']);
    expect((await names('王')).length).toBe(61);
  });

  it('the search of names and of the last four ID digits uses an index, never a scan of the register', async () => {
    const plans: string[] = [];
    for (const [condition, parameter] of [
      ['s.name_bigrams @> staff_name_bigrams($1) AND lower(s.name) LIKE lower($2)', ['王丽', '%王丽%']],
      ["s.name LIKE $1 AND s.name <> ''", ['王%']],
      ['right(s.id_number_masked, 4) = $1', ['1234']],
    ] as const) {
      await app.owner.query('SET enable_seqscan = off');
      const rows = (await app.owner.query(`EXPLAIN SELECT s.id FROM staff_member s WHERE ${condition}`, [
        ...parameter,
      ])) as { 'QUERY PLAN': string }[];
      await app.owner.query('RESET enable_seqscan');
      plans.push(rows.map((r) => r['QUERY PLAN']).join('\n'));
    }
    expect(plans[0]).toContain('staff_member_name_bigrams_idx');
    for (const plan of plans) expect(plan).not.toContain('Seq Scan');
  });
});

describe('issue 15: statements per list request', () => {
  async function statements(username: string, query: string, variables: Record<string, unknown>) {
    const client = await app.signedIn(username);
    const run = async (first: number) => {
      const before = app.statementCount();
      const response = await client.request(query, { ...variables, first });
      if (response.body.errors) throw new Error(response.text);
      const data = response.body.data as Record<string, { edges?: unknown[]; items?: unknown[] }>;
      const list = Object.values(data)[0];
      return { statements: app.statementCount() - before, size: (list.edges ?? list.items ?? []).length };
    };
    await run(10); // the first request of a session may do more (e.g. touch it)
    return { small: await run(10), large: await run(50) };
  }

  it.each([
    ['leader', 'staff', STAFF, {}],
    ['basic', 'staff', STAFF, {}],
    ['head.kg', 'staff', STAFF, {}],
    ['preschool', 'staff with vetting and due dates', STAFF_WITH_VETTING, {}],
    ['preschool', 'staff searched by name', STAFF, { filter: { search: '王丽' } }],
    ['leader', 'staff searched by surname', STAFF, { filter: { search: '王' } }],
    ['leader', 'dueChecks', DUE, {}],
    ['basic', 'dueChecks', DUE, {}],
    ['head.kg', 'dueChecks overdue re-checks', DUE, { filter: { kind: 'RECHECK', isOverdue: true } }],
  ])(
    'lists: %s: %s issues the same number of statements at page size 10 and 50',
    async (username, _name, query, variables) => {
      const { small, large } = await statements(username, query, variables);
      expect({ small: small.size, large: large.size }).toEqual({ small: 10, large: 50 });
      expect(large.statements).toBe(small.statements);
    },
  );
});
