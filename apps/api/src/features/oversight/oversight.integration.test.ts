import { BREACH_CODES, breachIndicatorId } from '@xiaohu/domain';
import { institutionIdByName } from '../../test-support/factories';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';

// The dashboard's figures are GROUP BYs over the rows the lists show: each is compared here with the
// count of the list it links to, for a section member (基教科) and for the leadership.

const T0 = new Date('2026-03-02T02:00:00.000Z'); // 10:00 in Shanghai, Monday 2 March 2026
const PRIMARY = '九龙坡区谢家湾小学';
const KINDERGARTEN = '九龙坡区机关幼儿园';
const OPEN_STATES = ['REPORTED', 'HEAD_NOTIFIED', 'POLICE_REPORTED'];

const RECORD = `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { __typename ... on Case { id } } }`;
const POLICE = `mutation($input: RecordPoliceReportInput!) { recordPoliceReport(input: $input) { __typename } }`;
const EXTERNAL = `mutation($input: RecordExternalSourceInput!) { recordExternalSource(input: $input) { __typename } }`;
const OVERSIGHT = `query($filter: OversightFilter, $table: OversightTablePage) { oversight(filter: $filter, table: $table) {
  period { kind start end }
  indicators { id value rag isPeriodic drill { list state breach overdue dueKind } }
  trend { month category count }
  timeToPolice { fromMinutes toMinutes count isWithinDeadline }
  breachesBySection { section breach count }
  coverageByKind { kind activeStaff currentStaff coverage }
  table { totalCount rows { institution { id name street } cells { id value rag } } } } }`;
const CASES = `query($filter: CaseFilter) { cases(filter: $filter, first: 1) { totalCount } }`;
const DUE = `query($filter: DueCheckFilter) { dueChecks(filter: $filter, first: 1) { overdueCount } }`;
const RECORD_CARD = `query($id: ID!) { institutionRecord(id: $id) {
  institution { name } indicators { id value } months { month casesRecorded cells { id value } } } }`;

type Indicator = { id: string; value: number | null; rag: string; isPeriodic: boolean };
type Dashboard = {
  indicators: Indicator[];
  trend: { month: string; category: string; count: number }[];
  timeToPolice: { fromMinutes: number; count: number; isWithinDeadline: boolean }[];
  breachesBySection: { section: string; breach: string; count: number }[];
  table: {
    totalCount: number;
    rows: { institution: { id: string; name: string; street: string | null }; cells: Indicator[] }[];
  };
};

let app: TestApp;
let primaryId: string;
let kindergartenId: string;
// The whole of March 2026 in Shanghai: every case below is recorded in it.
const MARCH = { period: 'CUSTOM', from: '2026-03-01', to: '2026-03-31' };

const disclosure = (minutesAgo: number, overrides: Record<string, unknown> = {}) => ({
  receivedAt: new Date(app.clock.now().getTime() - minutesAgo * 60_000).toISOString(),
  channel: 'ORAL',
  category: 'ABUSE',
  suspectType: 'STAFF',
  suspectDescription: '一位老师',
  childName: '钱小川',
  childClass: '三年级二班',
  childStatement: '有人打了我',
  isChildInDanger: false,
  ...overrides,
});

async function record(teacher: GraphQLTestClient, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await teacher.request(RECORD, { input: disclosure(5, overrides) });
  const id = (response.body.data?.recordDisclosure as { id?: string } | undefined)?.id;
  if (!id) throw new Error(response.text);
  return id;
}

async function policeReport(caseId: string): Promise<void> {
  // Signed in afresh: a session idles out after 30 minutes of the test clock.
  const head = await app.signedIn('head.primary');
  const response = await head.request(POLICE, {
    input: {
      caseId,
      reportedAt: app.clock.now().toISOString(),
      policeStation: '杨家坪派出所',
      receiptNumber: 'JJ-1',
    },
  });
  if ((response.body.data?.recordPoliceReport as { __typename?: string } | undefined)?.__typename !== 'Case')
    throw new Error(response.text);
}

async function dashboard(client: GraphQLTestClient, filter: Record<string, unknown> = MARCH, table = {}) {
  const response = await client.request(OVERSIGHT, { filter, table });
  if (!response.body.data?.oversight) throw new Error(response.text);
  return response.body.data.oversight as Dashboard;
}
const figure = (d: Dashboard, id: string) => d.indicators.find((i) => i.id === id)!;
async function count(client: GraphQLTestClient, filter: Record<string, unknown>): Promise<number> {
  const response = await client.request(CASES, { filter });
  return (response.body.data?.cases as { totalCount: number }).totalCount;
}

beforeAll(async () => {
  app = await startTestApp();
  primaryId = await institutionIdByName(app.owner, PRIMARY);
  kindergartenId = await institutionIdByName(app.owner, KINDERGARTEN);
  app.clock.set(T0);
  const teacher = await app.signedIn('teacher');
  // 1: reported to the police 20 minutes after the school knew (on time).
  const onTime = await record(teacher);
  app.clock.advanceMinutes(15);
  await policeReport(onTime);
  // 2: reported 95 minutes after (late: 迟报, REP-3, REP-4).
  const late = await record(await app.signedIn('teacher'));
  app.clock.advanceMinutes(90);
  await policeReport(late);
  // 3: never reported; its deadline passes below. 4: the head is in conflict (REP-11): hidden from her.
  await record(await app.signedIn('teacher'));
  await record(await app.signedIn('teacher'), {
    suspectType: 'STAFF',
    suspectDescription: '校长亲属',
    isHeadOtherwiseInConflict: true,
  });
  // 5: a kindergarten case the school never reported (瞒报), outside 基教科's scope.
  const safety = await app.signedIn('safety');
  const concealed = await safety.request(EXTERNAL, {
    input: {
      institutionId: kindergartenId,
      category: 'ABUSE',
      suspectType: 'OUTSIDER',
      source: 'PARENT',
      learnedAt: app.clock.now().toISOString(),
    },
  });
  expect(concealed.body.data?.recordExternalSource).toMatchObject({ __typename: 'Case' });
  app.clock.advanceMinutes(120);
}, 60_000);
afterAll(() => app.close());

describe('oversight (监管总览): figures equal the counts of the lists they link to', () => {
  it.each(['leader', 'basic'])(
    'ORG-1, REP-3, REP-4: %s sees open cases and breaches as its case list counts them',
    async (username) => {
      const client = await app.signedIn(username);
      const d = await dashboard(client);
      expect(figure(d, 'OPEN_CASES').value).toBe(await count(client, { states: OPEN_STATES }));
      expect(figure(d, 'BREACHES').value).toBe(await count(client, { hasBreach: true }));
      expect(figure(d, 'POLICE_DEADLINE_PASSED').value).toBe(
        await count(client, { policeDeadlinePassed: true }),
      );
      for (const code of BREACH_CODES) {
        expect(figure(d, breachIndicatorId(code)).value).toBe(await count(client, { breachCode: code }));
      }
      const primaryRow = d.table.rows.find((r) => r.institution.id === primaryId)!;
      expect(primaryRow.institution.street).toBe('谢家湾街道');
      expect(primaryRow.cells.find((c) => c.id === 'OPEN_CASES')!.value).toBe(
        await count(client, { states: OPEN_STATES, institutionId: primaryId }),
      );
      const due = await client.request(DUE, { filter: { kind: 'RECHECK', isOverdue: true } });
      expect(figure(d, 'OVERDUE_RECHECKS').value).toBe(
        (due.body.data?.dueChecks as { overdueCount: number }).overdueCount,
      );
      const interviews = await client.request(DUE, {
        filter: { kind: 'REMINDER_INTERVIEW', isOverdue: true },
      });
      expect(figure(d, 'OVERDUE_INTERVIEWS').value).toBe(
        (interviews.body.data?.dueChecks as { overdueCount: number }).overdueCount,
      );
    },
  );

  it('REP-3: the time to the police is the median, the 90th percentile and the share within 60 minutes', async () => {
    const d = await dashboard(await app.signedIn('basic'));
    // 20 and 95 minutes from first knowledge (5 minutes before recording).
    expect(figure(d, 'TIME_TO_POLICE_MEDIAN').value).toBeCloseTo(57.5);
    expect(figure(d, 'TIME_TO_POLICE_P90').value).toBeCloseTo(87.5);
    expect(figure(d, 'TIME_TO_POLICE_WITHIN_DEADLINE')).toMatchObject({ value: 50, rag: 'RED' });
    expect(d.timeToPolice.find((b) => b.fromMinutes === 15)).toMatchObject({
      count: 1,
      isWithinDeadline: true,
    });
    expect(d.timeToPolice.find((b) => b.fromMinutes === 90)).toMatchObject({
      count: 1,
      isWithinDeadline: false,
    });
  });

  it('REP-3: a case past its police deadline is counted red; 基教科 does not count the kindergarten’s case', async () => {
    const basic = await dashboard(await app.signedIn('basic'));
    const leader = await dashboard(await app.signedIn('leader'));
    expect(figure(basic, 'POLICE_DEADLINE_PASSED')).toMatchObject({ value: 2, rag: 'RED' });
    // The kindergarten's case names an outsider: no police report is required of the school (REP-1).
    expect(figure(leader, 'POLICE_DEADLINE_PASSED').value).toBe(2);
    expect(figure(basic, 'BREACH_CONCEALMENT').value).toBe(0);
    expect(figure(leader, 'BREACH_CONCEALMENT').value).toBe(1);
    expect(figure(leader, 'BREACH_LATE_REPORT').value).toBe(1);
    expect(leader.breachesBySection).toEqual(
      expect.arrayContaining([
        { section: 'BASIC', breach: 'LATE_REPORT', count: 1 },
        { section: 'PRESCHOOL', breach: 'CONCEALMENT', count: 1 },
      ]),
    );
    expect(basic.breachesBySection.map((b) => b.section)).toEqual(['BASIC']);
    expect(basic.table.rows.every((r) => !r.institution.name.includes('幼儿园'))).toBe(true);
    expect(basic.trend).toEqual([{ month: '2026-03', category: 'ABUSE', count: 4 }]);
  });

  it('ORG-1: the filters (kind, street, section) narrow figures and table alike', async () => {
    const leader = await app.signedIn('leader');
    const preschool = await dashboard(leader, { ...MARCH, section: 'PRESCHOOL' });
    expect(figure(preschool, 'OPEN_CASES').value).toBe(1);
    const street = await dashboard(leader, { ...MARCH, street: '谢家湾街道' });
    expect(street.table.rows.map((r) => r.institution.street)).toEqual(
      street.table.rows.map(() => '谢家湾街道'),
    );
    expect(figure(street, 'OPEN_CASES').value).toBe(4);
    const kind = await dashboard(leader, { ...MARCH, institutionKind: 'VOCATIONAL_SCHOOL' });
    expect(figure(kind, 'OPEN_CASES').value).toBe(0);
  });

  it('ACC-1: this month counts only cases recorded in it; the table sorts and pages in the database', async () => {
    app.clock.set(new Date('2026-04-02T02:00:00.000Z'));
    const leader = await app.signedIn('leader');
    const april = await dashboard(leader, { period: 'MONTH' });
    expect(figure(april, 'BREACHES').value).toBe(0);
    expect(figure(april, 'OPEN_CASES').value).toBeGreaterThan(0); // a reading now, whatever the period
    const first = await dashboard(leader, MARCH, { orderBy: 'POLICE_DEADLINE_PASSED', first: 2, offset: 0 });
    expect(first.table.rows).toHaveLength(2);
    expect(first.table.rows[0].institution.name).toBe(PRIMARY);
    const second = await dashboard(leader, MARCH, { orderBy: 'POLICE_DEADLINE_PASSED', first: 2, offset: 2 });
    expect(second.table.totalCount).toBe(first.table.totalCount);
    expect(second.table.rows.map((r) => r.institution.id)).not.toContain(primaryId);
    const refused = await leader.request(OVERSIGHT, {
      filter: { period: 'CUSTOM', from: '2026-04-02', to: '2026-04-01' },
    });
    expect(refused.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    app.clock.set(new Date(T0.getTime() + 4 * 3_600_000));
  });
});

describe('who sees the dashboard and the institution card', () => {
  it('ORG-1: teachers, the administrator and heads get no dashboard', async () => {
    for (const username of ['teacher', 'admin', 'head.primary']) {
      const response = await (await app.signedIn(username)).request(OVERSIGHT, {});
      expect(response.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('ORG-3, REP-11: a head sees her own card only, without the case she is in conflict over', async () => {
    const head = await app.signedIn('head.primary');
    const own = await head.request(RECORD_CARD, { id: primaryId });
    const card = own.body.data?.institutionRecord as {
      indicators: Indicator[];
      months: { month: string; casesRecorded: number }[];
    };
    expect(card.indicators.find((i) => i.id === 'OPEN_CASES')!.value).toBe(
      await count(head, { states: OPEN_STATES, institutionId: primaryId }),
    );
    expect(card.months).toHaveLength(12);
    expect(card.months.at(-1)).toMatchObject({ month: '2026-03', casesRecorded: 3 });
    expect((await head.request(RECORD_CARD, { id: kindergartenId })).body.data?.institutionRecord).toBeNull();
    const teacher = await (await app.signedIn('teacher')).request(RECORD_CARD, { id: primaryId });
    expect(teacher.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('ORG-1: a section sees the cards of its institutions only; each read of a card is audited', async () => {
    const basic = await app.signedIn('basic');
    const card = await basic.request(RECORD_CARD, { id: primaryId });
    expect(card.body.data?.institutionRecord).toMatchObject({ institution: { name: PRIMARY } });
    expect(
      (await basic.request(RECORD_CARD, { id: kindergartenId })).body.data?.institutionRecord,
    ).toBeNull();
    const audited: { outcome: string }[] = await app.owner.query(
      `SELECT outcome FROM audit_event WHERE action = 'institution.recordRead' AND target_id = $1 ORDER BY chain_seq`,
      [kindergartenId],
    );
    expect(audited.map((a) => a.outcome)).toContain('NOT_FOUND');
  });

  it('ORG-1: the viewer is told whether the dashboard is theirs to open', async () => {
    const me = async (username: string) =>
      (
        (await (await app.signedIn(username)).request('{ me { canViewDashboard } }')).body.data?.me as {
          canViewDashboard: boolean;
        }
      ).canViewDashboard;
    expect(await me('leader')).toBe(true);
    expect(await me('basic')).toBe(true);
    expect(await me('head.primary')).toBe(false);
    expect(await me('teacher')).toBe(false);
  });
});
