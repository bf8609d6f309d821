import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { checkArchive, inflateEntry } from '../staff/xlsx-archive';
import {
  ASSESSMENT,
  buildLateCase,
  OPEN_PERIOD,
  PERIOD,
  PERIODS,
  RECORD_FINDING,
  RECORD_SANCTION,
  REVIEW_VETO,
  SUBMIT_STATEMENT,
} from './assessment.test-support';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type View = Record<string, any>;
const T0 = new Date('2026-03-02T02:00:00.000Z'); // 10:00 in Chongqing, school year 2025-2026
const SCHOOL = '九龙坡区谢家湾小学';
const FINDING = '该校对体育教师体罚学生一事推诿隐瞒，迟报公安机关，造成不良影响。';

let app: TestApp;
let inspect: GraphQLTestClient;
let leader: GraphQLTestClient;
let head: GraphQLTestClient;
let caseId: string;
let periodId: string;
let assessmentId: string;

const field = (response: { body: { data?: Record<string, unknown> | null } }, name: string) =>
  response.body.data?.[name] as View;
const auditOutcomes = async (action: string): Promise<string[]> =>
  (await app.owner.query('SELECT outcome FROM audit_event WHERE action = $1 ORDER BY id', [action])).map(
    (r: { outcome: string }) => r.outcome,
  );
const finding = (overrides: Record<string, unknown> = {}) => ({
  assessmentId,
  source: 'INSPECT',
  text: FINDING,
  points: -20,
  caseId,
  failures: ['SHIRKED_OR_CONCEALED'],
  impacts: ['BAD_INFLUENCE'],
  sanctionGrounds: ['BAD_INFLUENCE'],
  ...overrides,
});
async function download(client: GraphQLTestClient, path: string): Promise<Response> {
  return fetch(`${app.baseUrl}${path}`, { headers: { cookie: `xiaohu_session=${client.sessionToken}` } });
}

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(T0);
  caseId = await buildLateCase(app);
  head = await app.signedIn('head.primary');
  inspect = await app.signedIn('inspect');
  leader = await app.signedIn('leader');
});
afterAll(() => app.close());

describe('assessment periods (ACC-1)', () => {
  it('ACC-1: 督导室 opens the current school year over every institution, with one audit row', async () => {
    const opened = field(await inspect.request(OPEN_PERIOD, { input: {} }), 'openAssessmentPeriod');
    expect(opened).toMatchObject({
      __typename: 'AssessmentPeriod',
      name: '2025-2026学年度学校保护工作考核',
      startsAt: '2025-08-31T16:00:00.000Z',
      endsAt: '2026-08-31T16:00:00.000Z',
    });
    const [{ count }] = await app.owner.query('SELECT count(*)::int AS count FROM institution');
    expect(opened.institutionCount).toBe(count);
    periodId = opened.id;
    const period = field(await inspect.request(PERIOD, { id: periodId }), 'assessmentPeriod');
    const row = period.rows.find((r: View) => r.institutionName === SCHOOL);
    expect(row).toMatchObject({ score: 100, vetoStatus: 'NONE', isEligibleForAwards: true });
    assessmentId = row.id;
    expect(await auditOutcomes('assessment.openPeriod')).toEqual(['OK']);
  });

  it('ACC-1: leadership and heads may not open a period; a period needs a start before its end', async () => {
    const refused = field(await leader.request(OPEN_PERIOD, { input: {} }), 'openAssessmentPeriod');
    expect(refused).toMatchObject({ __typename: 'AssessmentForbiddenError', ruleId: 'ACC-1' });
    const inverted = field(
      await inspect.request(OPEN_PERIOD, {
        input: { name: '倒置', startsAt: '2026-03-01T00:00:00Z', endsAt: '2026-02-01T00:00:00Z' },
      }),
      'openAssessmentPeriod',
    );
    expect(inverted).toMatchObject({ __typename: 'ValidationError', field: 'endsAt' });
    expect(await auditOutcomes('assessment.openPeriod')).toEqual(['OK', 'FORBIDDEN', 'VALIDATION_FAILED']);
  });

  it('ORG-3: a head reads her own institution’s row only; 安稳办 reads no assessment', async () => {
    const list = field(await head.request(PERIODS), 'assessmentPeriods');
    expect(list).toMatchObject({ canOpenPeriod: false, canExport: false, items: [{ institutionCount: 1 }] });
    const period = field(await head.request(PERIOD, { id: periodId }), 'assessmentPeriod');
    expect(period.rows.map((r: View) => r.institutionName)).toEqual([SCHOOL]);
    const safety = await app.signedIn('safety');
    expect(field(await safety.request(PERIODS), 'assessmentPeriods').items).toEqual([]);
    expect(field(await safety.request(ASSESSMENT, { id: assessmentId }), 'assessment')).toBeNull();
    const kg = await app.signedIn('head.kg');
    expect(field(await kg.request(ASSESSMENT, { id: assessmentId }), 'assessment')).toBeNull();
    // Reads by id are audited, refusals (answered as missing) included.
    expect(await auditOutcomes('assessment.read')).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    const teacher = await app.signedIn('teacher');
    expect((await teacher.request(PERIODS)).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

it('ACC-1: a period’s table takes as many statements for every institution as for one (SQL, no N+1)', async () => {
  const statementsOf = async (client: GraphQLTestClient) => {
    await client.request(PERIOD, { id: periodId }); // warm: the session's first use may write last_seen_at
    const before = app.statementCount();
    const period = field(await client.request(PERIOD, { id: periodId }), 'assessmentPeriod');
    return { rows: period.rows.length as number, statements: app.statementCount() - before };
  };
  const all = await statementsOf(inspect);
  const one = await statementsOf(head);
  expect(all.rows).toBeGreaterThan(30);
  expect(one.rows).toBe(1);
  expect(all.statements).toBe(one.statements);
});

describe('the computed veto (ACC-3..5)', () => {
  it('ACC-4: the stored 迟报 alone is evidence, not a veto: the case is excluded for want of an impact', async () => {
    const view = field(await inspect.request(ASSESSMENT, { id: assessmentId }), 'assessment');
    expect(view.evidence.cases).toEqual([
      { case: { caseId }, breaches: ['LATE_REPORT'], failures: [], impacts: [], isStaffSuspect: true },
    ]);
    expect(view.verdict).toMatchObject({
      isVetoed: false,
      grounds: [],
      excluded: [{ case: { caseId }, reason: 'NO_IMPACT' }],
    });
    expect(view.viewerCan).toMatchObject({ canRecordFinding: true, canReviewVeto: false });
  });

  it('ACC-3, ACC-5: a finding with a failure and an impact makes the veto, with every ground; the window opens', async () => {
    const after = field(
      await inspect.request(RECORD_FINDING, { input: finding() }),
      'recordAssessmentFinding',
    );
    expect(after).toMatchObject({
      __typename: 'Assessment',
      score: 80,
      vetoStatus: 'AWAITING_REVIEW',
      isEligibleForAwards: false,
      outcomeRuleIds: ['ACC-1', 'ACC-3'],
      vetoComputedAt: app.clock.now().toISOString(),
      statementDueAt: new Date(app.clock.now().getTime() + 7 * 86_400_000).toISOString(),
    });
    expect(after.verdict.grounds).toEqual([
      {
        case: { caseId, category: 'ABUSE' },
        failure: 'SHIRKED_OR_CONCEALED',
        impact: 'BAD_INFLUENCE',
        ruleIds: ['ACC-3'],
        clause: '五(三)',
      },
      {
        case: { caseId, category: 'ABUSE' },
        failure: 'LATE_REPORT',
        impact: 'BAD_INFLUENCE',
        ruleIds: ['ACC-4', 'ACC-3', 'REP-4'],
        clause: '五(三)',
      },
    ]);
    expect(after.verdict.leadershipResponsible).toBe(true);
    expect(after.sanctionOptions.map((o: View) => o.sanction)).toEqual(['WARNING', 'INTERVIEW', 'CIRCULAR']);
  });

  it('ACC-1: findings name a case of the institution only; failures need a case', async () => {
    const other = field(
      await inspect.request(RECORD_FINDING, {
        input: finding({ caseId: '00000000-0000-4000-8000-000000000000' }),
      }),
      'recordAssessmentFinding',
    );
    expect(other).toMatchObject({ __typename: 'ValidationError', field: 'caseId' });
    const noCase = field(
      await inspect.request(RECORD_FINDING, { input: finding({ caseId: null }) }),
      'recordAssessmentFinding',
    );
    expect(noCase).toMatchObject({ __typename: 'ValidationError', field: 'caseId' });
    const byLeader = field(
      await leader.request(RECORD_FINDING, { input: finding() }),
      'recordAssessmentFinding',
    );
    expect(byLeader).toMatchObject({ __typename: 'AssessmentForbiddenError', ruleId: 'ACC-1' });
  });

  it('ACC-5: the leader waits for the statement while the window is open', async () => {
    const early = field(
      await leader.request(REVIEW_VETO, { input: { assessmentId, decision: 'CONFIRM', reason: '证据确凿' } }),
      'reviewVeto',
    );
    expect(early).toMatchObject({ __typename: 'AssessmentStateError', ruleId: 'ACC-5' });
    expect(early.statementDueAt).not.toBeNull();
  });

  it('ACC-5: the head submits one statement for her institution; nobody else does', async () => {
    const kg = await app.signedIn('head.kg');
    const foreign = field(
      await kg.request(SUBMIT_STATEMENT, { input: { assessmentId, text: '申辩' } }),
      'submitVetoStatement',
    );
    expect(foreign).toMatchObject({ __typename: 'AssessmentNotFoundError' });
    const byInspect = field(
      await inspect.request(SUBMIT_STATEMENT, { input: { assessmentId, text: '申辩' } }),
      'submitVetoStatement',
    );
    expect(byInspect).toMatchObject({ __typename: 'AssessmentForbiddenError', ruleId: 'ACC-5' });
    const submitted = field(
      await head.request(SUBMIT_STATEMENT, { input: { assessmentId, text: '我校已整改，请求从轻处理。' } }),
      'submitVetoStatement',
    );
    expect(submitted).toMatchObject({
      statement: { text: '我校已整改，请求从轻处理。', submittedByName: expect.stringContaining('刘文静') },
      viewerCan: { canSubmitStatement: false },
    });
    const again = field(
      await head.request(SUBMIT_STATEMENT, { input: { assessmentId, text: '再次申辩' } }),
      'submitVetoStatement',
    );
    expect(again).toMatchObject({ __typename: 'AssessmentStateError', ruleId: 'ACC-5' });
  });

  it('ACC-5: a leader confirms with a written reason; both the verdict and the decision stay on record', async () => {
    const blank = field(
      await leader.request(REVIEW_VETO, { input: { assessmentId, decision: 'CONFIRM', reason: '  ' } }),
      'reviewVeto',
    );
    expect(blank).toMatchObject({ __typename: 'ValidationError', field: 'reason' });
    const byInspect = field(
      await inspect.request(REVIEW_VETO, { input: { assessmentId, decision: 'CONFIRM', reason: '确认' } }),
      'reviewVeto',
    );
    expect(byInspect).toMatchObject({ __typename: 'AssessmentForbiddenError' });
    const confirmed = field(
      await leader.request(REVIEW_VETO, {
        input: { assessmentId, decision: 'CONFIRM', reason: '迟报且推诿，影响恶劣。' },
      }),
      'reviewVeto',
    );
    expect(confirmed).toMatchObject({
      vetoStatus: 'CONFIRMED',
      isEligibleForAwards: false,
      review: { decision: 'CONFIRM', reason: '迟报且推诿，影响恶劣。', verdict: { isVetoed: true } },
      verdict: { isVetoed: true },
    });
    expect(confirmed.review.verdict.grounds).toHaveLength(2);
    const late = field(
      await inspect.request(RECORD_FINDING, { input: finding({ impacts: [] }) }),
      'recordAssessmentFinding',
    );
    expect(late).toMatchObject({ __typename: 'AssessmentStateError', ruleId: 'ACC-1' });
    expect(await auditOutcomes('assessment.reviewVeto')).toEqual([
      'INVALID_ASSESSMENT_STATE',
      'VALIDATION_FAILED',
      'FORBIDDEN',
      'OK',
    ]);
  });
});

describe('sanctions and the circular (ACC-2)', () => {
  let circularId: string;

  it('ACC-2: an interview needs its date, attendees and minutes; a circular gets its 文号', async () => {
    const bare = field(
      await leader.request(RECORD_SANCTION, { input: { assessmentId, sanction: 'INTERVIEW' } }),
      'recordSanction',
    );
    expect(bare).toMatchObject({ __typename: 'ValidationError', field: 'interviewAttendees' });
    const interview = field(
      await leader.request(RECORD_SANCTION, {
        input: {
          assessmentId,
          sanction: 'INTERVIEW',
          interviewAt: new Date(app.clock.now().getTime() - 3_600_000).toISOString(),
          interviewAttendees: '区教委副主任、督导室主任、刘文静',
          interviewMinutes: '约谈指出迟报问题，要求限期整改。',
        },
      }),
      'recordSanction',
    );
    expect(interview.sanctions).toEqual([
      expect.objectContaining({
        sanction: 'INTERVIEW',
        decidedByName: expect.any(String),
        circularNumber: null,
      }),
    ]);
    const circular = field(
      await leader.request(RECORD_SANCTION, { input: { assessmentId, sanction: 'CIRCULAR' } }),
      'recordSanction',
    );
    // Both decided at the same instant of the test clock: found by kind, not by position.
    const decided = circular.sanctions.find((s: View) => s.sanction === 'CIRCULAR');
    expect(decided).toMatchObject({ circularNumber: '九龙坡教督〔2026〕1号' });
    expect(circular.sanctions).toHaveLength(2);
    circularId = decided.id;
    const byHead = field(
      await head.request(RECORD_SANCTION, { input: { assessmentId, sanction: 'WARNING' } }),
      'recordSanction',
    );
    expect(byHead).toMatchObject({ __typename: 'AssessmentForbiddenError', ruleId: 'ACC-2' });
  });

  it('ACC-2: the circular downloads as a .docx in the committee’s layout, audited; the head may not', async () => {
    const response = await download(inspect, `/api/assessments/sanctions/${circularId}/circular`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('wordprocessingml');
    const bytes = Buffer.from(await response.arrayBuffer());
    const archive = checkArchive(bytes);
    if (!('entries' in archive)) throw new Error(archive.problem);
    const entry = archive.entries.find((e) => e.name === 'word/document.xml')!;
    const text = inflateEntry(bytes, entry)
      .toString('utf8')
      .replace(/<[^>]+>/g, '');
    for (const expected of [
      '重庆市九龙坡区教育委员会',
      '九龙坡教督〔2026〕1号',
      `关于${SCHOOL}学校保护工作问题的通报`,
      `一、${FINDING}`,
      '一票否决',
      '2026年3月2日',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('李小花');
    const refused = await download(head, `/api/assessments/sanctions/${circularId}/circular`);
    expect(refused.status).toBe(403);
    expect(await auditOutcomes('assessment.downloadCircular')).toEqual(['OK', 'FORBIDDEN']);
  });

  it('ACC-1, ACC-3: the table exports to Excel; a confirmed veto is ineligible whatever the score', async () => {
    const response = await download(leader, `/api/assessments/periods/${periodId}/export`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const values = workbook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(values[0].slice(1)).toEqual(['单位', '类别', '得分', '一票否决', '评优评先资格']);
    expect(values.find((r) => r[1] === SCHOOL)?.slice(1)).toEqual([
      SCHOOL,
      '小学',
      80,
      '一票否决（已确认）',
      '无',
    ]);
    // One audit row, written once every row is in the file (as the staff and case exports do).
    const written = await app.owner.query(
      "SELECT outcome, target_id, details FROM audit_event WHERE action = 'assessment.export'",
    );
    expect(written).toEqual([{ outcome: 'OK', target_id: periodId, details: { rows: values.length - 1 } }]);
    expect((await download(head, `/api/assessments/periods/${periodId}/export`)).status).toBe(403);
    expect(await auditOutcomes('assessment.export')).toEqual(['OK', 'FORBIDDEN']);
  });
});
