import { assessReporting, DEFAULT_POLICY, type Breach } from '@xiaohu/domain';
import { In, type DataSource } from 'typeorm';
import { AccountEntity } from '../../features/accounts/account.entity';
import { IncidentEventEntity } from '../../features/incidents/incident-event.entity';
import { IncidentExternalSourceEntity } from '../../features/incidents/incident-external-source.entity';
import { IncidentBreachEntity } from '../../features/incidents/incident-breach.entity';
import { IncidentEntity } from '../../features/incidents/incident.entity';
import { accessOf, toTimeline } from '../../features/incidents/incident-facts';
import { InstitutionEntity } from '../../features/institutions/institution.entity';
import { refreshStoredReporting } from '../../features/incidents/stored-reporting';
import { reconcileStaffDueDates, refreshStaffDueDates } from '../../features/staff/staff-due-dates';
import { verifyAuditChain } from '../../shared/audit/audit-chain';
import { createDataSource } from '../../shared/db/data-source';
import { createTestDatabase } from '../../test-support/test-database';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import {
  DISTRICT_PASSWORD,
  DistrictAlreadySeededError,
  districtHeadUsername,
  seedDistrict,
  type DistrictSummary,
} from './district.seed';

// Issue 15: the district generator at a small scale. Same seed, same district; its breaches are the
// domain's; its accounts work; the audit chain still verifies.
jest.setTimeout(120_000);

const NOW = new Date('2026-06-01T04:00:00.000Z');
const SIZE = { institutions: 20, staff: 300, cases: 1_000 };
const log = () => undefined;

let app: TestApp;
let summary: DistrictSummary;

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  summary = await seedDistrict(app.owner, { seed: 7, size: SIZE, now: NOW, log, keepCases: true });
});
afterAll(() => app.close());

async function seededAgain(seed: number): Promise<{ owner: DataSource; summary: DistrictSummary }> {
  const database = await createTestDatabase();
  const owner = createDataSource(database.url, 'owner');
  await owner.initialize();
  return { owner, summary: await seedDistrict(owner, { seed, size: SIZE, now: NOW, log, keepCases: true }) };
}

const ids = async (owner: DataSource, table: string) =>
  ((await owner.query(`SELECT id::text FROM ${table} ORDER BY id`)) as { id: string }[]).map((r) => r.id);

it('makes the district asked for: institutions, staff, cases, accounts for every head', () => {
  expect(summary.rows).toMatchObject({
    institution: SIZE.institutions,
    staff_member: SIZE.staff,
    incident: SIZE.cases,
    account: 2 * SIZE.institutions,
  });
  for (const table of [
    'vetting_check',
    'reminder_interview',
    'incident_event',
    'incident_alert',
    'notification',
  ])
    expect(summary.rows[table]).toBeGreaterThan(0);
  expect(summary.cases).toHaveLength(SIZE.cases);
});

it('is deterministic: the same seed gives the same ids and counts, another seed another district', async () => {
  const same = await seededAgain(7);
  const other = await seededAgain(8);
  try {
    expect(same.summary.rows).toEqual(summary.rows);
    for (const table of ['institution', 'staff_member', 'incident', 'incident_event', 'notification'])
      expect(await ids(same.owner, table)).toEqual(await ids(app.owner, table));
    const names = 'SELECT name, kind, address FROM institution ORDER BY name';
    expect(await same.owner.query(names)).toEqual(await app.owner.query(names));

    const otherIncidents = new Set(await ids(other.owner, 'incident'));
    expect(summary.cases.filter((c) => otherIncidents.has(c.id))).toHaveLength(0);
    expect(await other.owner.query(names)).not.toEqual(await app.owner.query(names));
  } finally {
    await same.owner.destroy();
    await other.owner.destroy();
  }
});

it('refuses to run twice on one database, and leaves it as it was', async () => {
  const before = await app.owner.query('SELECT count(*)::int AS n FROM incident');
  await expect(seedDistrict(app.owner, { seed: 9, size: SIZE, now: NOW, log })).rejects.toThrow(
    DistrictAlreadySeededError,
  );
  expect(await app.owner.query('SELECT count(*)::int AS n FROM incident')).toEqual(before);
});

it("REP-2, REP-3, REP-4, REP-8: every case's stored breaches are the domain's assessment of its stored timeline", async () => {
  const incidents = await app.owner
    .getRepository(IncidentEntity)
    .findBy({ id: In(summary.cases.map((c) => c.id)) });
  const sources = await app.owner.getRepository(IncidentExternalSourceEntity).find();
  const refusals = await app.owner
    .getRepository(IncidentEventEntity)
    .findBy({ kind: 'CLOSE_REFUSED', detail: 'PRIVATE_SETTLEMENT_FORBIDDEN' });
  const stored = await app.owner.getRepository(IncidentBreachEntity).find();
  const key = (b: Pick<Breach, 'code' | 'hop' | 'occurredAt'> & { ruleIds: string }) =>
    `${b.code}|${b.hop}|${b.ruleIds}|${b.occurredAt.toISOString()}`;
  let withBreaches = 0;
  for (const incident of incidents) {
    // A refused settlement is not in the case's fields: the attempt's event gives its instant.
    const settlement = refusals.find((e) => e.incidentId === incident.id)?.at;
    const timeline = toTimeline(
      incident,
      sources.filter((s) => s.incidentId === incident.id),
      settlement,
    );
    const assessment = assessReporting(timeline, NOW, DEFAULT_POLICY);
    if (!assessment.ok) throw new Error(`${incident.id}: ${assessment.error.code}`);
    const expected = assessment.value.breaches.map((b) => key({ ...b, ruleIds: b.ruleIds.join(',') })).sort();
    const actual = stored
      .filter((b) => b.incidentId === incident.id)
      .map(key)
      .sort();
    expect({ id: incident.id, breaches: actual }).toEqual({ id: incident.id, breaches: expected });
    if (expected.length > 0) withBreaches += 1;
  }
  expect(incidents).toHaveLength(SIZE.cases);
  // Realistic: a minority of cases in breach, and some of each kind the generator makes.
  expect(withBreaches).toBeGreaterThan(0);
  expect(withBreaches).toBeLessThan(SIZE.cases / 4);
  // The app records OMISSION only for a refused close, which the generator never makes.
  expect(stored.filter((b) => b.code === 'OMISSION')).toEqual([]);
  expect(stored.some((b) => b.code === 'LATE_REPORT')).toBe(true);
});

it("a head's account signs in and sees its own institution's cases only, the child's identity readable", async () => {
  const head = await app.owner
    .getRepository(AccountEntity)
    .findOneByOrFail({ username: districtHeadUsername(0) });
  const institution = await app.owner
    .getRepository(InstitutionEntity)
    .findOneByOrFail({ id: head.institutionId! });
  const own = await app.owner.getRepository(IncidentEntity).findBy({ institutionId: institution.id });
  const actor = {
    accountId: head.id,
    role: head.role,
    institutionId: institution.id,
    unit: null,
    staffId: head.staffMemberId,
    isDesignatedCaseOfficer: false,
  };
  const visible = own.filter((i) => accessOf(i, institution.kind, actor, DEFAULT_POLICY).level !== 'NONE');
  expect(visible.length).toBeGreaterThan(0);

  const client = await app.signedIn(districtHeadUsername(0), DISTRICT_PASSWORD);
  const seen: { id: string; institutionId: string }[] = [];
  let after: string | null = null;
  for (;;) {
    const response = await client.request(
      `query($after: String) { cases(first: 100, after: $after) {
        edges { node { id institutionId } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    const page = response.body.data?.cases as {
      edges: { node: (typeof seen)[number] }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    if (!page) throw new Error(response.text);
    seen.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(seen.map((c) => c.id).sort()).toEqual(visible.map((i) => i.id).sort());
  expect(seen.every((c) => c.institutionId === institution.id)).toBe(true);
  // Encrypted with the app's own cipher: the API decrypts the child's identity and words.
  const disclosed = visible.find((i) => i.origin === 'SCHOOL')!;
  const opened = await client.request(
    'query($id: ID!) { case(id: $id) { child { name className } childStatement } }',
    { id: disclosed.id },
  );
  const view = opened.body.data?.case as {
    child: { name: string; className: string };
    childStatement: string;
  };
  expect(view.child.name).toMatch(/^\p{Script=Han}{2,3}$/u);
  expect(view.child.className.length).toBeGreaterThan(2);
  expect(view.childStatement.length).toBeGreaterThan(5);
});

it('every reference points at a row (foreign keys hold although the bulk insert skipped their triggers)', async () => {
  const constraints = (await app.owner.query(
    `SELECT c.conrelid::regclass::text AS child, a.attname AS "column", c.confrelid::regclass::text AS parent,
       p.attname AS "parentColumn"
     FROM pg_constraint c
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     JOIN pg_attribute p ON p.attrelid = c.confrelid AND p.attnum = c.confkey[1]
     WHERE c.contype = 'f' AND array_length(c.conkey, 1) = 1 AND c.connamespace = 'public'::regnamespace`,
  )) as { child: string; column: string; parent: string; parentColumn: string }[];
  expect(constraints.length).toBeGreaterThan(10);
  for (const { child, column, parent, parentColumn } of constraints) {
    const [{ n }] = (await app.owner.query(
      `SELECT count(*)::int AS n FROM ${child} c WHERE c."${column}" IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM ${parent} p WHERE p."${parentColumn}" = c."${column}")`,
    )) as { n: number }[];
    expect({ constraint: `${child}.${column} → ${parent}`, orphans: n }).toEqual({
      constraint: `${child}.${column} → ${parent}`,
      orphans: 0,
    });
  }
});

it('the audit chain still verifies, with one row for the seeding', async () => {
  const report = await verifyAuditChain((sql, params) => app.owner.query(sql, params));
  expect(report.broken).toBeNull();
  const rows = (await app.owner.query(`SELECT details FROM audit_event WHERE action = 'seed.district'`)) as {
    details: { seed: number };
  }[];
  expect(rows.map((r) => r.details.seed)).toEqual([7]);
});

it('stores what the app would store: each case reporting state, each name bigrams, each due date', async () => {
  const owner = app.owner.manager;
  // Recomputing through the app's own functions changes nothing: the generator wrote the same values.
  expect(await refreshStoredReporting(owner, { now: NOW, policy: DEFAULT_POLICY })).toBe(0);
  expect(await refreshStaffDueDates(owner, undefined, { now: NOW, policy: DEFAULT_POLICY })).toBe(0);
  const [bigrams] = (await app.owner.query(
    `SELECT count(*)::int AS wrong FROM staff_member WHERE name_bigrams IS DISTINCT FROM staff_name_bigrams(name)`,
  )) as { wrong: number }[];
  expect(bigrams.wrong).toBe(0);
  const [stored] = (await app.owner.query(
    `SELECT count(*) FILTER (WHERE reporting_status = 'IN_BREACH')::int AS breach,
       count(*) FILTER (WHERE recheck_due_at IS NOT NULL OR interview_due_at IS NOT NULL)::int AS due
     FROM incident FULL JOIN staff_member ON FALSE`,
  )) as { breach: number; due: number }[];
  expect(stored.breach).toBeGreaterThan(0);
  expect(stored.due).toBeGreaterThan(0);
  // The start-up reconciliation finds the settings the dates were computed under.
  expect(await reconcileStaffDueDates(owner, DEFAULT_POLICY, NOW)).toBeNull();
});
