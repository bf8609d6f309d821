import { startTestApp, type TestApp } from '../../test-support/test-app';
import {
  ASSESSMENT,
  buildLateCase,
  OPEN_PERIOD,
  PERIOD,
  RECORD_FINDING,
  REVIEW_VETO,
  SUBMIT_STATEMENT,
} from './assessment.test-support';

// ACC-5's statement window: closed after vetoStatementDays; opened when the veto is first on record.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type View = Record<string, any>;
const T0 = new Date('2026-03-02T02:00:00.000Z');
const SCHOOL = '九龙坡区谢家湾小学';

let app: TestApp;
let caseId: string;
let school: string;

const field = (response: { body: { data?: Record<string, unknown> | null } }, name: string) =>
  response.body.data?.[name] as View;
const finding = (overrides: Record<string, unknown>) => ({
  source: 'INSPECT',
  text: '推诿隐瞒，造成不良影响。',
  points: -10,
  caseId,
  failures: [],
  impacts: ['BAD_INFLUENCE'],
  sanctionGrounds: [],
  ...overrides,
});

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(T0);
  caseId = await buildLateCase(app);
  school = (await app.owner.query('SELECT id FROM institution WHERE name = $1', [SCHOOL]))[0].id;
});
afterAll(() => app.close());

describe('the statement window (ACC-5)', () => {
  it('ACC-5: after the window closes the head is refused and a leader may decide without a statement', async () => {
    const inspect = await app.signedIn('inspect');
    const opened = field(
      await inspect.request(OPEN_PERIOD, {
        input: {
          name: '专项督查',
          startsAt: '2026-01-01T00:00:00Z',
          endsAt: '2026-07-01T00:00:00Z',
          institutionIds: [school],
        },
      }),
      'openAssessmentPeriod',
    );
    expect(opened.institutionCount).toBe(1);
    const row = field(await inspect.request(PERIOD, { id: opened.id }), 'assessmentPeriod').rows[0];
    const vetoed = field(
      await inspect.request(RECORD_FINDING, {
        input: finding({ assessmentId: row.id }),
      }),
      'recordAssessmentFinding',
    );
    expect(vetoed.vetoStatus).toBe('AWAITING_REVIEW');
    app.clock.advanceMinutes(7 * 24 * 60);
    const head = await app.signedIn('head.primary');
    const leader = await app.signedIn('leader');
    const late = field(
      await head.request(SUBMIT_STATEMENT, { input: { assessmentId: row.id, text: '逾期申辩' } }),
      'submitVetoStatement',
    );
    expect(late).toMatchObject({ __typename: 'AssessmentStateError', ruleId: 'ACC-5' });
    const rejected = field(
      await leader.request(REVIEW_VETO, {
        input: { assessmentId: row.id, decision: 'REJECT', reason: '影响有限，不予否决。' },
      }),
      'reviewVeto',
    );
    expect(rejected).toMatchObject({
      vetoStatus: 'REJECTED',
      isEligibleForAwards: true,
      verdict: { isVetoed: true },
    });
  });
});

describe('a veto made by a breach stored after the finding (ACC-4, ACC-5)', () => {
  it('ACC-5: the window opens when the veto is first on record, not before; the leader waits for it', async () => {
    let rowId = '';
    await buildLateCase(app, async (newCaseId) => {
      const opened = field(
        await (
          await app.signedIn('inspect')
        ).request(OPEN_PERIOD, {
          input: {
            name: '迟报专项',
            startsAt: '2026-01-01T00:00:00Z',
            endsAt: '2026-12-01T00:00:00Z',
            institutionIds: [school],
          },
        }),
        'openAssessmentPeriod',
      );
      rowId = field(
        await (await app.signedIn('inspect')).request(PERIOD, { id: opened.id }),
        'assessmentPeriod',
      ).rows[0].id;
      // An impact on a case that has no failure yet: no veto, no window.
      const noVeto = field(
        await (
          await app.signedIn('inspect')
        ).request(RECORD_FINDING, {
          input: finding({ assessmentId: rowId, caseId: newCaseId }),
        }),
        'recordAssessmentFinding',
      );
      expect(noVeto).toMatchObject({ vetoStatus: 'NONE', vetoComputedAt: null, statementDueAt: null });
    });
    // The late police report stores 迟报 (REP-4): with the impact already found, the veto is computed.
    const head = await app.signedIn('head.primary');
    const seen = field(await head.request(ASSESSMENT, { id: rowId }), 'assessment');
    expect(seen).toMatchObject({
      vetoStatus: 'AWAITING_REVIEW',
      vetoComputedAt: app.clock.now().toISOString(),
      viewerCan: { canSubmitStatement: true },
    });
    const leader = await app.signedIn('leader');
    const early = field(
      await leader.request(REVIEW_VETO, {
        input: { assessmentId: rowId, decision: 'CONFIRM', reason: '迟报' },
      }),
      'reviewVeto',
    );
    expect(early).toMatchObject({ __typename: 'AssessmentStateError', ruleId: 'ACC-5' });
  });
});
