import { institutionIdByName } from '../../test-support/factories';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { buildStaffMember } from '../staff/staff.factories';

// Issue 4: the reporter picks the suspect from the own institution's staff register (REP-11 when it is the head).
const PRIMARY = '九龙坡区谢家湾小学';
const KINDERGARTEN = '九龙坡区机关幼儿园';
const T0 = new Date('2026-03-02T02:00:00.000Z');

const buildDisclosure = (overrides: Record<string, unknown> = {}) => ({
  receivedAt: new Date(T0.getTime() - 5 * 60_000).toISOString(),
  channel: 'ORAL',
  category: 'ABUSE',
  suspectType: 'STAFF',
  childName: '钱小川',
  childClass: '三年级二班',
  childStatement: '老师打了我',
  isChildInDanger: false,
  ...overrides,
});

const RECORD = `mutation($input: RecordDisclosureInput!) {
  recordDisclosure(input: $input) { __typename ... on Case { id } ... on ValidationError { code field } }
}`;

let app: TestApp;
let teacher: GraphQLTestClient;
let head: GraphQLTestClient;
let headStaffId: string;
let colleagueId: string;
let otherSchoolStaffId: string;

async function record(overrides: Record<string, unknown>) {
  const response = await teacher.request(RECORD, { input: buildDisclosure(overrides) });
  return response.body.data?.recordDisclosure as { __typename: string; id?: string; field?: string };
}

async function headSees(caseId: string): Promise<boolean> {
  const one = await head.request('query($id: ID!) { case(id: $id) { id } }', { id: caseId });
  const list = await head.request('{ cases(first: 100) { edges { node { id } } } }');
  const edges = (list.body.data?.cases as { edges: { node: { id: string } }[] }).edges;
  const inList = edges.some((e) => e.node.id === caseId);
  if (Boolean(one.body.data?.case) !== inList) throw new Error('case and cases disagree');
  return inList;
}

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(T0);
  const primaryId = await institutionIdByName(app.owner, PRIMARY);
  const kindergartenId = await institutionIdByName(app.owner, KINDERGARTEN);
  const active = { status: 'ACTIVE' as const, activatedAt: T0 };
  headStaffId = (
    await buildStaffMember(app.owner, primaryId, { ...active, name: '选人校长', role: 'SCHOOL_HEAD' })
  ).id;
  colleagueId = (
    await buildStaffMember(app.owner, primaryId, { ...active, name: '选人教师', role: 'TEACHER' })
  ).id;
  await buildStaffMember(app.owner, primaryId, { name: '选人候选' }); // CANDIDATE: not yet on staff
  otherSchoolStaffId = (await buildStaffMember(app.owner, kindergartenId, { ...active, name: '选人园外' }))
    .id;
  teacher = await app.signedIn('teacher');
  head = await app.signedIn('head.primary');
});
afterAll(async () => {
  await app.close();
});

describe('reportableStaff', () => {
  it('lists the active staff of the viewer’s own institution only, names and roles', async () => {
    const response = await teacher.request('{ reportableStaff(search: "选人", first: 50) { id name role } }');
    expect(response.body.errors).toBeUndefined();
    const staff = response.body.data?.reportableStaff as { id: string; name: string; role: string }[];
    expect(staff).toHaveLength(2);
    expect(staff).toEqual(
      expect.arrayContaining([
        { id: headStaffId, name: '选人校长', role: 'SCHOOL_HEAD' },
        { id: colleagueId, name: '选人教师', role: 'TEACHER' },
      ]),
    );
  });

  it('narrows by part of the name', async () => {
    const response = await teacher.request('{ reportableStaff(search: "教师") { name } }');
    const names = (response.body.data?.reportableStaff as { name: string }[]).map((s) => s.name);
    expect(names).toContain('选人教师');
    expect(names).not.toContain('选人校长');
  });

  it('never offers an ID number', async () => {
    const response = await teacher.request('{ reportableStaff { idNumberMasked } }');
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('recordDisclosure with a suspect picked from the staff register', () => {
  it('REP-11: a suspect picked as the head’s staff record hides the case from the head', async () => {
    const recorded = await record({ suspectStaffId: headStaffId });
    expect(recorded.__typename).toBe('Case');
    expect(await headSees(recorded.id!)).toBe(false);
    const own = await teacher.request('query($id: ID!) { case(id: $id) { id } }', { id: recorded.id });
    expect(own.body.data?.case).toEqual({ id: recorded.id });
  });

  it('REP-11: a colleague picked as the suspect leaves the case with the head', async () => {
    const recorded = await record({ suspectStaffId: colleagueId });
    expect(recorded.__typename).toBe('Case');
    expect(await headSees(recorded.id!)).toBe(true);
  });

  it('refuses a suspect from another institution and records nothing', async () => {
    const before = await teacher.request('{ cases(first: 1) { totalCount } }');
    const recorded = await record({ suspectStaffId: otherSchoolStaffId });
    expect(recorded).toEqual({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      field: 'suspectStaffId',
    });
    const after = await teacher.request('{ cases(first: 1) { totalCount } }');
    expect(after.body.data?.cases).toEqual(before.body.data?.cases);
  });

  it('refuses a staff record as suspect when the suspect type is not STAFF', async () => {
    const recorded = await record({ suspectStaffId: colleagueId, suspectType: 'STUDENT' });
    expect(recorded).toMatchObject({ __typename: 'ValidationError', field: 'suspectStaffId' });
  });
});
