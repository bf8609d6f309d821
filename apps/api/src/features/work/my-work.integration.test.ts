import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';

// Issue 10: each role's home 工作台 and its to-do list, over a real database through the API.
const T0 = new Date('2026-03-02T02:00:00.000Z');
const CHILD = '赵小雨';

const WORK = `{ myWork { home totalCount
  items { kind ruleId caseId caseCategory staffId staffName dueAt isOverdue isChildInDanger openSteps }
  reportedCases { id category state reportingStatus policeReportDueAt } } }`;

interface Item {
  kind: string;
  ruleId: string;
  caseId: string | null;
  caseCategory: string | null;
  staffId: string | null;
  staffName: string | null;
  dueAt: string | null;
  isOverdue: boolean;
  isChildInDanger: boolean;
  openSteps: string[];
}
interface Work {
  home: string;
  totalCount: number;
  items: Item[];
  reportedCases: { id: string; category: string; state: string; reportingStatus: string }[];
}

let app: TestApp;
let teacher: GraphQLTestClient;
let head: GraphQLTestClient;

async function myWork(client: GraphQLTestClient): Promise<{ work: Work; text: string }> {
  const response = await client.request(WORK);
  if (!response.body.data) throw new Error(response.text);
  return { work: response.body.data.myWork as Work, text: response.text };
}

async function recordCase(client: GraphQLTestClient, minutesAgo: number, overrides: object = {}) {
  const response = await client.request(
    `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { __typename ... on Case { id } } }`,
    {
      input: {
        receivedAt: new Date(app.clock.now().getTime() - minutesAgo * 60_000).toISOString(),
        channel: 'ORAL',
        category: 'MOLESTATION',
        suspectType: 'STAFF',
        suspectDescription: '某教师',
        childName: CHILD,
        childClass: '四年级一班',
        childStatement: '老师碰了我',
        isChildInDanger: false,
        ...overrides,
      },
    },
  );
  const recorded = response.body.data?.recordDisclosure as { __typename: string; id: string } | undefined;
  if (recorded?.__typename !== 'Case') throw new Error(response.text);
  return recorded.id;
}

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(T0);
  teacher = await app.signedIn('teacher');
  head = await app.signedIn('head.primary');
});
afterAll(() => app.close());

describe('myWork and Viewer.home (issue 10)', () => {
  it('ORG-1, ORG-3: each role’s home comes from the domain’s oversightAccess', async () => {
    const homes: Record<string, string> = {};
    for (const username of ['teacher', 'head.primary', 'basic', 'leader']) {
      const response = await (await app.signedIn(username)).request('{ me { home } }');
      homes[username] = (response.body.data?.me as { home: string }).home;
    }
    expect(homes).toEqual({
      teacher: 'OWN_CASES',
      'head.primary': 'INSTITUTION_CARD',
      basic: 'DASHBOARD',
      leader: 'DASHBOARD',
    });
  });

  it('REP-2, REP-3: a head’s pending acknowledgement comes first, against the police deadline, soonest first', async () => {
    const later = await recordCase(teacher, 5, { category: 'ABUSE' });
    const sooner = await recordCase(teacher, 35);
    const { work, text } = await myWork(head);
    expect(work.home).toBe('INSTITUTION_CARD');
    expect(work.items[0]).toMatchObject({
      kind: 'ACKNOWLEDGE_CASE',
      ruleId: 'REP-2',
      caseId: sooner,
      caseCategory: 'MOLESTATION',
      dueAt: new Date(T0.getTime() + 25 * 60_000).toISOString(),
      isOverdue: false,
    });
    const caseItems = work.items.filter((item) => item.caseId !== null).map((i) => [i.kind, i.caseId]);
    expect(caseItems.slice(0, 4)).toEqual([
      ['ACKNOWLEDGE_CASE', sooner],
      ['REPORT_TO_POLICE', sooner],
      ['ACKNOWLEDGE_CASE', later],
      ['REPORT_TO_POLICE', later],
    ]);
    // Without a deadline, after those with one; between themselves by case id.
    expect(caseItems.slice(4)).toEqual([sooner, later].sort().map((id) => ['EMERGENCY_STEPS', id]));
    // Never the child's identity in a work item (REP-7).
    expect(text).not.toContain(CHILD);
  });

  it('REP-3: past the police deadline the item is overdue and stays first', async () => {
    app.clock.advanceMinutes(30);
    head = await app.signedIn('head.primary');
    const { work } = await myWork(head);
    expect(work.items[0]).toMatchObject({ kind: 'ACKNOWLEDGE_CASE', isOverdue: true });
    app.clock.set(T0);
    // The advance outlived the sessions' idle time: sign in again.
    teacher = await app.signedIn('teacher');
    head = await app.signedIn('head.primary');
  });

  it('REP-2: an acknowledged case no longer asks for its acknowledgement', async () => {
    const id = await recordCase(teacher, 1, { category: 'BULLYING_VIOLENCE', suspectType: 'STUDENT' });
    const response = await head.request(
      'mutation($id: ID!) { acknowledgeCase(caseId: $id) { __typename } }',
      { id },
    );
    expect(response.body.data?.acknowledgeCase).toEqual({ __typename: 'Case' });
    const { work } = await myWork(head);
    expect(work.items.filter((item) => item.caseId === id).map((item) => item.kind)).not.toContain(
      'ACKNOWLEDGE_CASE',
    );
  });

  it('REP-1: a teacher sees only the cases he reported, with their state, and no to-do items', async () => {
    const byHead = await recordCase(head, 2, { category: 'OTHER', suspectType: 'OUTSIDER' });
    const { work } = await myWork(teacher);
    expect(work.home).toBe('OWN_CASES');
    expect(work.items).toEqual([]);
    expect(work.reportedCases.length).toBeGreaterThanOrEqual(3);
    expect(work.reportedCases.map((c) => c.id)).not.toContain(byHead);
    expect(work.reportedCases.every((c) => c.state === 'REPORTED' || c.state === 'HEAD_NOTIFIED')).toBe(true);
    const { work: headWork } = await myWork(head);
    expect(headWork.reportedCases.map((c) => c.id)).toEqual([byHead]);
  });

  it('REP-11: a head who is the suspect never sees that case as a work item', async () => {
    const id = await recordCase(teacher, 50, { isSuspectHead: true });
    const { work } = await myWork(head);
    expect(work.items.map((item) => item.caseId)).not.toContain(id);
    // It would be the most urgent item of all (10 minutes left) had she been allowed to see it.
    expect(work.items[0]?.caseId).not.toBe(id);
  });

  it('VET-10: her staff’s due reminder interviews follow the case items, each with the name to open', async () => {
    const { work } = await myWork(head);
    const firstStaff = work.items.findIndex((item) => item.staffId !== null);
    expect(firstStaff).toBeGreaterThan(0);
    expect(work.items.slice(0, firstStaff).every((item) => item.caseId !== null)).toBe(true);
    expect(work.items.slice(firstStaff).every((item) => item.caseId === null)).toBe(true);
    expect(work.items[firstStaff]).toMatchObject({ kind: 'INTERVIEW_DUE', ruleId: 'VET-10' });
    expect(work.items[firstStaff]?.staffName).toEqual(expect.any(String));
    expect(work.totalCount).toBe(work.items.length);
  });

  it('REP-2: the list costs a fixed number of statements, however many cases and staff it holds', async () => {
    await myWork(head);
    const before = app.statementCount();
    await myWork(head);
    // Session check and touch, open cases, their emergency steps, due staff, reported cases.
    expect(app.statementCount() - before).toBeLessThanOrEqual(7);
  });

  it('ORG-1: the committee’s home is the dashboard, with no to-do list of cases', async () => {
    const { work } = await myWork(await app.signedIn('leader'));
    expect(work).toMatchObject({ home: 'DASHBOARD', items: [], reportedCases: [], totalCount: 0 });
  });
});
