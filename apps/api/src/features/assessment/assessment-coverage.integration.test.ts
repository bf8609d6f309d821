import { startTestApp, type TestApp } from '../../test-support/test-app';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { buildStaffMember } from '../staff/staff.factories';
import { ASSESSMENT, OPEN_PERIOD, PERIOD } from './assessment.test-support';

// ACC-1: what a period covers (a section, kinds or a list) and the refusals of a choice that covers
// nothing; VET-1, VET-9: serving staff found not CLEAR by a re-check, in the evidence.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type View = Record<string, any>;
const T0 = new Date('2026-03-02T02:00:00.000Z');
const SCHOOL = '九龙坡区谢家湾小学';
const KINDERGARTEN = '九龙坡区机关幼儿园';
const MISSING = '00000000-0000-4000-8000-000000000000';
const RECHECK = `mutation($input: RecordVettingCheckInput!) { recordVettingCheck(input: $input) {
  __typename ... on StaffMember { id status } ... on ErrorResult { code message } } }`;

let app: TestApp;
let inspect: GraphQLTestClient;
let school: string;

const open = async (input: Record<string, unknown>): Promise<View> =>
  (await inspect.request(OPEN_PERIOD, { input })).body.data?.openAssessmentPeriod as View;
const auditOutcomes = async (): Promise<string[]> =>
  (
    await app.owner.query(
      "SELECT outcome FROM audit_event WHERE action = 'assessment.openPeriod' ORDER BY id",
    )
  ).map((r: { outcome: string }) => r.outcome);

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(T0);
  inspect = await app.signedIn('inspect');
  school = (await app.owner.query('SELECT id FROM institution WHERE name = $1', [SCHOOL]))[0].id;
});
afterAll(() => app.close());

describe('what an assessment period covers (ACC-1)', () => {
  it('ACC-1, ORG-1: a section covers the kinds it supervises; kinds and a list narrow it', async () => {
    const preschool = await open({ name: '学前科考核', section: 'PRESCHOOL' });
    const [{ count }] = await app.owner.query(
      "SELECT count(*)::int AS count FROM institution WHERE kind = 'KINDERGARTEN'",
    );
    expect(preschool).toMatchObject({ __typename: 'AssessmentPeriod', coveredKinds: ['KINDERGARTEN'] });
    expect(preschool.institutionCount).toBe(count);
    const primary = await open({ name: '小学考核', kinds: ['PRIMARY'] });
    expect(primary).toMatchObject({ __typename: 'AssessmentPeriod', coveredKinds: ['PRIMARY'] });
    const listed = await open({ name: '抽查', institutionIds: [school, school] });
    expect(listed).toMatchObject({ __typename: 'AssessmentPeriod', institutionCount: 1, coveredKinds: [] });
  });

  it('ACC-1: a choice that covers nothing or leaves a listed institution out is refused, saying why, audited', async () => {
    expect(await open({ section: 'LEAD' })).toMatchObject({
      __typename: 'ValidationError',
      field: 'section',
      message: 'LEAD supervises no institution; one of BASIC, PRESCHOOL, VOCATIONAL',
    });
    expect(await open({ section: 'PRESCHOOL', kinds: ['PRIMARY'] })).toMatchObject({
      field: 'kinds',
      message: 'None of these kinds is supervised by PRESCHOOL (ORG-1)',
    });
    expect(await open({ institutionIds: [school, 'not-an-id'] })).toMatchObject({
      field: 'institutionIds',
      message: 'An institution id is not a valid id',
    });
    expect(await open({ institutionIds: [school, MISSING] })).toMatchObject({
      field: 'institutionIds',
      message: '1 of the 2 listed institutions do not exist',
    });
    expect(await open({ section: 'PRESCHOOL', institutionIds: [school] })).toMatchObject({
      field: 'institutionIds',
      message: '1 of the 1 listed institutions do not exist or outside the chosen section and kinds',
    });
    // A year out of range is refused as such, even one too far out to make a date.
    expect(await open({ schoolYear: -2147483648 })).toMatchObject({
      field: 'schoolYear',
      message: 'A school year is its starting year, 2000 to 2100',
    });
    expect(await auditOutcomes()).toEqual(['OK', 'OK', 'OK', ...Array(6).fill('VALIDATION_FAILED')]);
    const [{ count }] = await app.owner.query('SELECT count(*)::int AS count FROM assessment_period');
    expect(count).toBe(3);
  });
});

describe('vetting gaps in the evidence (VET-1, VET-9)', () => {
  it('VET-1, VET-9: a serving member found not CLEAR by a re-check in the period counts, though now blocked', async () => {
    const started = new Date('2024-09-01T00:00:00Z');
    const member = { status: 'ACTIVE' as const, startedAt: started, activatedAt: started };
    // In-service re-checks are a kindergarten's duty (ORG-2's IN_SERVICE_STAFF_CHECKS).
    const kindergarten = (
      await app.owner.query('SELECT id FROM institution WHERE name = $1', [KINDERGARTEN])
    )[0].id as string;
    const found = await buildStaffMember(app.owner, kindergarten, member);
    const cleared = await buildStaffMember(app.owner, kindergarten, member);
    const head = await app.signedIn('head.kg');
    const recheck = async (staffId: string, outcome: string, checkedAt: string) =>
      (
        await head.request(RECHECK, {
          input: {
            staffId,
            check: 'IN_SERVICE_RECHECK',
            outcome,
            checkedAt,
            checkedBy: '王查询',
            system: '严重违法犯罪案件教职员工信息库',
            referenceNumber: 'Q-1',
          },
        })
      ).body.data?.recordVettingCheck as View;
    expect(await recheck(cleared.id, 'CLEAR', '2026-02-01T02:00:00Z')).toMatchObject({ status: 'ACTIVE' });
    expect(await recheck(found.id, 'RECORD_FOUND', '2026-02-02T02:00:00Z')).toMatchObject({
      status: 'BLOCKED',
    });

    const evidenceOf = async (input: Record<string, unknown>) => {
      const opened = await open({ institutionIds: [kindergarten], ...input });
      const period = (await inspect.request(PERIOD, { id: opened.id })).body.data?.assessmentPeriod as View;
      const assessment = await inspect.request(ASSESSMENT, { id: period.rows[0].id });
      return (assessment.body.data?.assessment as View).evidence;
    };
    const thisYear = await evidenceOf({ name: '本学年' });
    expect(thisYear).toMatchObject({ staffFoundNotClear: 1 });
    expect(thisYear.activeStaff).toBeGreaterThanOrEqual(1);
    // A period that ended before the re-check does not count it.
    const lastYear = await evidenceOf({ name: '上学年', schoolYear: 2024 });
    expect(lastYear).toMatchObject({ staffFoundNotClear: 0 });
  });
});
