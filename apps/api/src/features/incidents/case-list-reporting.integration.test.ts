import {
  DEFAULT_POLICY,
  INCIDENT_CATEGORIES,
  SUSPECT_TYPES,
  type IncidentCategory,
  type SuspectType,
} from '@xiaohu/domain';
import fc from 'fast-check';
import type { EntityManager } from 'typeorm';
import { StoredCaseReporting1796000100000 } from '../../migrations/1796000100000-stored-case-reporting';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { IncidentBreachEntity } from './incident-breach.entity';
import { IncidentExternalSourceEntity } from './incident-external-source.entity';
import { IncidentEntity } from './incident.entity';
import { dataSourceFireAlerts } from './incidents.test-support';
import { refreshStoredReporting, REPORTING_STATUS_AT_SQL, storedReportingOf } from './stored-reporting';

// Issue 15: the cases list filters on the stored reporting columns (stored-reporting.ts). A varied
// fixture, written through the real commands at moving clock times, must give columns that read as
// the domain's assessment at now: before the deadline jobs have run (AWAITING past its deadline reads
// IN_BREACH) and after; the migration's SQL backfill and the batch refresh must agree too.

const T0 = new Date('2026-03-02T02:00:00.000Z');
const SEED = 20261215;
const CASES = 48;
const minutes = (n: number) => n * 60_000;

const RECORD = `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { __typename ... on Case { id } ... on ErrorResult { code message } } }`;
const ACK = `mutation($id: ID!) { acknowledgeCase(caseId: $id) { __typename } }`;
const POLICE = `mutation($input: RecordPoliceReportInput!) { recordPoliceReport(input: $input) { __typename } }`;
const CLOSE = `mutation($input: CloseCaseInput!) { closeCase(input: $input) { __typename } }`;
const EXTERNAL = `mutation($input: RecordExternalSourceInput!) { recordExternalSource(input: $input) { __typename ... on Case { id } ... on ErrorResult { code message } } }`;
const STEP = `mutation($input: CompleteEmergencyStepInput!) { completeEmergencyStep(input: $input) { __typename } }`;
const LIST = `query($filter: CaseFilter, $first: Int, $after: String) { cases(filter: $filter, first: $first, after: $after) {
  totalCount edges { node { id state institutionId reporting { status isPoliceReportRequired policeReportDueAt } breaches { code } } }
  pageInfo { hasNextPage endCursor } } }`;

interface Listed {
  id: string;
  state: string;
  institutionId: string;
  reporting: { status: string; isPoliceReportRequired: boolean; policeReportDueAt: string };
  breaches: { code: string }[];
}

let app: TestApp;
let safety: GraphQLTestClient;
let head: GraphQLTestClient;
let leader: GraphQLTestClient;
let basic: GraphQLTestClient;
let now: Date;
let primaryInstitutionId: string;
let awaitingId: string;

async function mutate(client: GraphQLTestClient, query: string, variables: Record<string, unknown>) {
  const response = await client.request(query, variables);
  if (response.body.errors) throw new Error(response.text);
  return Object.values(response.body.data ?? {})[0] as { __typename: string; id?: string };
}

async function walk(client: GraphQLTestClient, filter: Record<string, unknown> | null): Promise<Listed[]> {
  const nodes: Listed[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const response = await client.request(LIST, { filter, first: 50, after });
    if (response.body.errors) throw new Error(response.text);
    const page = response.body.data?.cases as {
      edges: { node: Listed }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return nodes;
}

const storedColumns = async (at: Date) =>
  (await app.owner.query(
    `SELECT incident.id, incident.reporting_status AS status, ${REPORTING_STATUS_AT_SQL} AS status_at,
       incident.police_report_due_at AS due, incident.has_breach AS has_breach FROM incident ORDER BY incident.id`,
    [at],
  )) as { id: string; status: string; status_at: string; due: Date | null; has_breach: boolean }[];

/** What the stored columns should hold at `at`, from the domain (stored-reporting.ts's storedReportingOf). */
async function expectedAt(manager: EntityManager, at: Date) {
  const incidents = await manager.getRepository(IncidentEntity).find();
  const sources = await manager.getRepository(IncidentExternalSourceEntity).find();
  const breaches = await manager.getRepository(IncidentBreachEntity).find();
  return new Map(
    incidents.map((i) => [
      i.id,
      storedReportingOf(
        i,
        sources.filter((s) => s.incidentId === i.id),
        breaches.filter((b) => b.incidentId === i.id),
        at,
        DEFAULT_POLICY,
      ),
    ]),
  );
}

beforeAll(async () => {
  // The fixture's clock runs for hours: sessions must outlive it.
  app = await startTestApp({ sessionIdleMinutes: 24 * 60, sessionAbsoluteHours: 48 });
  app.clock.set(T0);
  const teacher = await app.signedIn('teacher');
  head = await app.signedIn('head.primary');
  const headKg = await app.signedIn('head.kg');
  safety = await app.signedIn('safety');
  leader = await app.signedIn('leader');
  basic = await app.signedIn('basic');
  const [primary] = (await app.owner.query(
    `SELECT institution_id AS id FROM account WHERE username = 'head.primary'`,
  )) as { id: string }[];
  primaryInstitutionId = primary.id;

  const plan = fc.sample(
    fc.record({
      category: fc.constantFrom<IncidentCategory>(...INCIDENT_CATEGORIES),
      suspectType: fc.constantFrom<SuspectType>(...SUSPECT_TYPES),
      receivedMinutesAgo: fc.constantFrom(0, 5, 30),
      byHeadKg: fc.boolean(),
      acknowledge: fc.boolean(),
      police: fc.constantFrom('NONE', 'ON_TIME', 'LATE'),
      external: fc.boolean(),
      close: fc.constantFrom('NONE', 'RESOLVED', 'PRIVATE_SETTLEMENT'),
      step: fc.boolean(),
    }),
    { numRuns: CASES, seed: SEED },
  );
  let clock = T0.getTime();
  for (const [index, p] of plan.entries()) {
    clock += minutes(7);
    app.clock.set(new Date(clock));
    const recorded = await mutate(p.byHeadKg ? headKg : teacher, RECORD, {
      input: {
        receivedAt: new Date(clock - minutes(p.receivedMinutesAgo)).toISOString(),
        channel: 'ORAL',
        category: p.category,
        suspectType: p.suspectType,
        childName: '钱小川',
        childClass: '三年级二班',
        childStatement: '同学推了我',
        isChildInDanger: false,
      },
    });
    const id = recorded.id!;
    // A few later facts, each at its own time (the commands recompute the stored state).
    if (p.acknowledge && !p.byHeadKg) {
      app.clock.set(new Date(clock + minutes(2)));
      await mutate(head, ACK, { id });
    }
    if (p.step) {
      app.clock.set(new Date(clock + minutes(3)));
      await mutate(safety, STEP, { input: { caseId: id, step: 'PROTECT_SCENE' } });
    }
    if (p.external) {
      app.clock.set(new Date(clock + minutes(4)));
      await mutate(safety, EXTERNAL, {
        input: { caseId: id, source: 'PARENT', learnedAt: new Date(clock + minutes(1)).toISOString() },
      });
    }
    if (p.police !== 'NONE') {
      const reportedAt = clock + (p.police === 'LATE' ? minutes(90) : minutes(5));
      app.clock.set(new Date(reportedAt + minutes(1)));
      await mutate(safety, POLICE, {
        input: {
          caseId: id,
          reportedAt: new Date(reportedAt).toISOString(),
          policeStation: '杨家坪派出所',
          receiptNumber: `JJ-${index}`,
        },
      });
    }
    if (p.close !== 'NONE') {
      app.clock.set(new Date(Math.max(app.clock.now().getTime(), clock + minutes(6))));
      await mutate(safety, CLOSE, { input: { caseId: id, reason: p.close } });
    }
  }
  // Cases the district learns of from elsewhere (REP-8), and a few still well inside their deadline.
  for (const category of ['ABUSE', 'OTHER'] as const) {
    clock += minutes(7);
    app.clock.set(new Date(clock));
    await mutate(safety, EXTERNAL, {
      input: {
        institutionId: primaryInstitutionId,
        category,
        suspectType: 'STAFF',
        source: 'POLICE',
        learnedAt: new Date(clock - minutes(20)).toISOString(),
      },
    });
  }
  clock += minutes(150);
  for (let i = 0; i < 3; i++) {
    app.clock.set(new Date(clock + minutes(i)));
    const recorded = await mutate(teacher, RECORD, {
      input: {
        channel: 'WRITTEN',
        category: 'ABUSE',
        suspectType: 'STAFF',
        childName: '钱小川',
        childClass: '三年级二班',
        childStatement: '老师打我',
        isChildInDanger: false,
      },
    });
    awaitingId = recorded.id!;
  }
  now = new Date(clock + minutes(30));
  app.clock.set(now);
}, 240_000);
afterAll(() => app.close());

/** The list, walked per status and per breach flag, against the views of the unfiltered walk. */
async function expectFiltersToAgreeWithViews(client: GraphQLTestClient) {
  const all = await walk(client, null);
  for (const status of ['COMPLIANT', 'AWAITING_POLICE_REPORT', 'IN_BREACH']) {
    const listed = (await walk(client, { status })).map((n) => n.id).sort();
    expect({ status, ids: listed }).toEqual({
      status,
      ids: all
        .filter((n) => n.reporting.status === status)
        .map((n) => n.id)
        .sort(),
    });
  }
  for (const hasBreach of [true, false]) {
    const listed = (await walk(client, { hasBreach })).map((n) => n.id).sort();
    expect({ hasBreach, ids: listed }).toEqual({
      hasBreach,
      ids: all
        .filter((n) => n.breaches.length > 0 === hasBreach)
        .map((n) => n.id)
        .sort(),
    });
  }
  return all;
}

describe('stored reporting state (issue 15)', () => {
  it('REP-3: before the deadline jobs run, AWAITING past its deadline reads IN_BREACH: every status filter agrees with the views', async () => {
    const all = await expectFiltersToAgreeWithViews(safety);
    const [{ count }] = (await app.owner.query('SELECT count(*)::int AS count FROM incident')) as {
      count: number;
    }[];
    expect(all.length).toBe(count);
    const statuses = new Set(all.map((n) => n.reporting.status));
    expect([...statuses].sort()).toEqual(['AWAITING_POLICE_REPORT', 'COMPLIANT', 'IN_BREACH']);
    // Some cases are past their deadline with the job not yet run: the stored value still says AWAITING.
    const columns = await storedColumns(now);
    const pending = columns.filter(
      (c) => c.status === 'AWAITING_POLICE_REPORT' && c.status_at === 'IN_BREACH',
    );
    expect(pending.length).toBeGreaterThan(0);
    const views = new Map(all.map((n) => [n.id, n]));
    expect(columns.filter((c) => c.status_at !== views.get(c.id)!.reporting.status)).toEqual([]);
    for (const client of [head, leader, basic]) await expectFiltersToAgreeWithViews(client);
  });

  it('REP-2 to REP-4: once the deadline jobs have run, every stored column equals the domain’s assessment at now', async () => {
    const ids = (await app.owner.query('SELECT id FROM incident')) as { id: string }[];
    for (const { id } of ids) await dataSourceFireAlerts(app, id);
    const all = await expectFiltersToAgreeWithViews(safety);
    const views = new Map(all.map((n) => [n.id, n]));
    const differences = (await storedColumns(now)).flatMap((c) => {
      const view = views.get(c.id)!;
      const expected = {
        status: view.reporting.status,
        due: view.reporting.isPoliceReportRequired ? view.reporting.policeReportDueAt : null,
        hasBreach: view.breaches.length > 0,
      };
      const actual = { status: c.status, due: c.due?.toISOString() ?? null, hasBreach: c.has_breach };
      return JSON.stringify(actual) === JSON.stringify(expected) ? [] : [{ id: c.id, actual, expected }];
    });
    expect(differences).toEqual([]);
    expect((await storedColumns(now)).every((c) => c.status === c.status_at)).toBe(true);
  });

  it('REP-3: the police deadline job flips AWAITING to IN_BREACH once, and the filter and the view agree before and after', async () => {
    const statusOf = async () =>
      (await walk(safety, null)).find((n) => n.id === awaitingId)!.reporting.status;
    const inFilter = async (status: string) =>
      (await walk(safety, { status })).some((n) => n.id === awaitingId);
    expect(await statusOf()).toBe('AWAITING_POLICE_REPORT');
    expect(await inFilter('AWAITING_POLICE_REPORT')).toBe(true);
    const due = (await storedColumns(now)).find((c) => c.id === awaitingId)!.due!;
    // At the deadline itself the report is still on time (REP-3: 60:00 is not late).
    app.clock.set(due);
    expect(await statusOf()).toBe('AWAITING_POLICE_REPORT');
    expect(await inFilter('AWAITING_POLICE_REPORT')).toBe(true);
    // Past it, before the job: the view and the filter say IN_BREACH; the stored value still AWAITING.
    app.clock.set(new Date(due.getTime() + 1));
    expect(await statusOf()).toBe('IN_BREACH');
    expect(await inFilter('IN_BREACH')).toBe(true);
    expect(await inFilter('AWAITING_POLICE_REPORT')).toBe(false);
    const before = (await storedColumns(now)).find((c) => c.id === awaitingId)!;
    expect(before).toMatchObject({ status: 'AWAITING_POLICE_REPORT', has_breach: false });
    // The job runs (twice: once only takes effect).
    expect(await dataSourceFireAlerts(app, awaitingId)).toContain('SENT');
    expect(await dataSourceFireAlerts(app, awaitingId)).not.toContain('SENT');
    const after = (await storedColumns(now)).find((c) => c.id === awaitingId)!;
    expect(after).toMatchObject({ status: 'IN_BREACH', has_breach: true });
    expect(await statusOf()).toBe('IN_BREACH');
    expect(await inFilter('IN_BREACH')).toBe(true);
    expect((await walk(safety, { hasBreach: true })).some((n) => n.id === awaitingId)).toBe(true);
    app.clock.set(now);
  });

  it('refreshStoredReporting recomputes every case in batches of a fixed number of statements', async () => {
    const before = await storedColumns(now);
    await app.owner.query(
      `UPDATE incident SET reporting_status = 'COMPLIANT', police_report_due_at = NULL, has_breach = false`,
    );
    const statements = app.statementCount();
    const changed = await refreshStoredReporting(app.dataSource.manager, {
      now,
      policy: DEFAULT_POLICY,
      batchSize: 10,
    });
    const batches = Math.ceil(before.length / 10);
    // The ids, then per batch: begin, facts, sources, breaches, update, commit.
    expect(app.statementCount() - statements).toBeLessThanOrEqual(1 + batches * 6);
    expect(changed).toBeGreaterThan(0);
    expect(await storedColumns(now)).toEqual(before);
    // Again: nothing to change.
    expect(await refreshStoredReporting(app.dataSource.manager, { now, policy: DEFAULT_POLICY })).toBe(0);
  });

  it('the migration’s SQL backfill writes what the domain assesses at the migration’s instant', async () => {
    const runner = app.owner.createQueryRunner();
    await runner.startTransaction();
    try {
      const migration = new StoredCaseReporting1796000100000();
      await migration.down(runner);
      await migration.up(runner);
      const [{ at }] = (await runner.query('SELECT now() AS at')) as { at: Date }[];
      const expected = await expectedAt(runner.manager, at);
      const rows = (await runner.query(
        'SELECT id, reporting_status, police_report_due_at, has_breach FROM incident',
      )) as {
        id: string;
        reporting_status: string;
        police_report_due_at: Date | null;
        has_breach: boolean;
      }[];
      const differences = rows.flatMap((row) => {
        const want = expected.get(row.id)!;
        const got = {
          reportingStatus: row.reporting_status,
          policeReportDueAt: row.police_report_due_at,
          hasBreach: row.has_breach,
        };
        return JSON.stringify(got) === JSON.stringify(want) ? [] : [{ id: row.id, got, want }];
      });
      expect(rows.length).toBeGreaterThan(CASES);
      expect(differences).toEqual([]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

describe('statements per request (issue 15, N+1 guard)', () => {
  it('lists: cases issues the same number of statements at page size 10 and 50, with and without each filter', async () => {
    const filters: (Record<string, unknown> | null)[] = [
      null,
      { status: 'COMPLIANT' },
      { status: 'AWAITING_POLICE_REPORT' },
      { status: 'IN_BREACH' },
      { hasBreach: true },
      { hasBreach: false },
      { states: ['REPORTED', 'HEAD_NOTIFIED'] },
      { institutionId: primaryInstitutionId },
      { status: 'IN_BREACH', hasBreach: true, institutionId: primaryInstitutionId },
    ];
    const counts: Record<string, number[]> = {};
    const found: Record<string, number[]> = {};
    for (const [name, client] of [
      ['safety', safety],
      ['head.primary', head],
      ['basic', basic],
    ] as const) {
      // The session's first request at this clock refreshes its last-seen time (one more statement).
      await client.request(LIST, { filter: null, first: 1 });
      for (const filter of filters) {
        const key = `${name} ${JSON.stringify(filter)}`;
        for (const first of [10, 50]) {
          const before = app.statementCount();
          const response = await client.request(LIST, { filter, first });
          if (response.body.errors) throw new Error(response.text);
          (counts[key] ??= []).push(app.statementCount() - before);
          (found[key] ??= []).push((response.body.data?.cases as { edges: unknown[] }).edges.length);
        }
      }
    }
    console.log(`cases statements per request at first 10 / 50 (rows): ${JSON.stringify({ counts, found })}`);
    expect(Object.entries(counts).filter(([, [ten, fifty]]) => ten !== fifty)).toEqual([]);
    // The fixture fills a page of 10 at least for the unfiltered list of each actor.
    expect(found['safety null'][0]).toBe(10);
    expect(found['safety null'][1]).toBe(50);
  });
});
