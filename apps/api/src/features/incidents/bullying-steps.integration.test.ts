import { isEncrypted } from '../../shared/crypto/data-cipher';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { institutionIdByName } from '../../test-support/factories';
import { startTestApp, type TestApp } from '../../test-support/test-app';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type View = Record<string, any>;
const T0 = new Date('2026-03-02T01:00:00.000Z');
const DAY = 24 * 3_600_000;
const NOTE = '与双方学生及家长分别谈话，调取走廊监控核实经过';
const RECORD = `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { __typename ... on Case { id } } }`;
const STEPS = `query($id: ID!) { case(id: $id) { id bullyingSteps {
  caseId nextStep viewerCan { recordStep } steps { step status dueAt completedAt isLate note recordedBy } } } }`;
const RECORD_STEP = `mutation($input: RecordBullyingStepInput!) { recordBullyingStep(input: $input) {
  __typename
  ... on BullyingSteps { nextStep steps { step status isLate note } }
  ... on ValidationError { field message }
  ... on CaseForbiddenError { message ruleId }
} }`;
const GAPS = `query($id: ID!) { preventionGaps(institutionId: $id) { gaps { code subjectKind fixPath fixTargetId } } }`;

let app: TestApp;
let head: GraphQLTestClient;
let teacher: GraphQLTestClient;
let schoolId: string;
let bullyingCase: string;
let abuseCase: string;

async function report(category: string): Promise<string> {
  const response = await teacher.request(RECORD, {
    input: {
      channel: 'ORAL',
      category,
      suspectType: 'STUDENT',
      childName: '欺凌测试学生',
      childClass: '三年级(1)班',
      childStatement: '课间被同学推搡',
      isChildInDanger: false,
    },
  });
  return (response.body.data?.recordDisclosure as View).id as string;
}
const stepsOf = async (client: GraphQLTestClient, id = bullyingCase): Promise<View | null> =>
  ((await client.request(STEPS, { id })).body.data?.case as View | null)?.bullyingSteps ?? null;
const recordStep = async (
  client: GraphQLTestClient,
  step: string,
  completedAt: Date,
  caseId = bullyingCase,
) =>
  (
    await client.request(RECORD_STEP, {
      input: { caseId, step, completedAt: completedAt.toISOString(), note: NOTE },
    })
  ).body.data?.recordBullyingStep as View;
const audits = async (): Promise<{ outcome: string; details: View | null }[]> =>
  app.owner.query(
    `SELECT outcome, details FROM audit_event WHERE action = 'incident.recordBullyingStep' ORDER BY id`,
  );

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(T0);
  schoolId = await institutionIdByName(app.owner, '九龙坡区谢家湾小学');
  [head, teacher] = await Promise.all(['head.primary', 'teacher'].map((u) => app.signedIn(u)));
  bullyingCase = await report('BULLYING_VIOLENCE');
  abuseCase = await report('ABUSE');
});
afterAll(() => app.close());

describe('bullying reports handled through their steps (PRV-10)', () => {
  it('PRV-10: a new bullying case has its four steps due by the district’s time limits, the first one next', async () => {
    const steps = (await stepsOf(head))!;
    expect(steps.nextStep).toBe('INVESTIGATION');
    expect(steps.viewerCan.recordStep).toBe(true);
    expect(steps.steps.map((s: View) => [s.step, s.status])).toEqual([
      ['INVESTIGATION', 'DUE'],
      ['FINDING', 'DUE'],
      ['MEASURES', 'DUE'],
      ['FOLLOW_UP_TALKS', 'DUE'],
    ]);
    expect(new Date(steps.steps[0].dueAt).getTime()).toBeGreaterThan(T0.getTime() + 9 * DAY);
  });

  it('PRV-10: steps are recorded in order: a later step first is refused with a clear message and audited', async () => {
    const refused = await recordStep(head, 'FINDING', T0);
    expect(refused).toEqual({
      __typename: 'ValidationError',
      field: 'step',
      message: 'The earlier steps come first (PRV-10)',
    });
    expect((await audits()).at(-1)).toMatchObject({ outcome: 'STEP_OUT_OF_ORDER' });
    const future = await recordStep(head, 'INVESTIGATION', new Date(T0.getTime() + DAY));
    expect(future).toMatchObject({ __typename: 'ValidationError', field: 'completedAt' });
    const empty = (
      await head.request(RECORD_STEP, {
        input: { caseId: bullyingCase, step: 'INVESTIGATION', completedAt: T0.toISOString(), note: '  ' },
      })
    ).body.data?.recordBullyingStep as View;
    expect(empty).toMatchObject({ __typename: 'ValidationError', field: 'note' });
    expect((await stepsOf(head))!.nextStep).toBe('INVESTIGATION');
  });

  it('PRV-10: the head records the investigation; the note is encrypted at rest and the audit holds no note', async () => {
    const done = await recordStep(head, 'INVESTIGATION', T0);
    expect(done.__typename).toBe('BullyingSteps');
    expect(done.nextStep).toBe('FINDING');
    expect(done.steps[0]).toEqual({ step: 'INVESTIGATION', status: 'DONE', isLate: false, note: NOTE });
    const [row] = await app.owner.query('SELECT note FROM bullying_step WHERE case_id = $1', [bullyingCase]);
    expect(isEncrypted(row.note)).toBe(true);
    expect(row.note).not.toContain('监控');
    expect((await audits()).at(-1)).toEqual({
      outcome: 'OK',
      details: { step: 'INVESTIGATION', isLate: false },
    });
    expect(JSON.stringify(await audits())).not.toContain('监控');
    expect(await recordStep(head, 'INVESTIGATION', T0)).toMatchObject({ __typename: 'ValidationError' });
  });

  it('PRV-10, REP-7: the reporting teacher reads the steps but may not record them', async () => {
    const steps = (await stepsOf(teacher))!;
    expect(steps.viewerCan.recordStep).toBe(false);
    expect(steps.steps[0].note).toBe(NOTE);
    const response = await teacher.request(RECORD_STEP, {
      input: { caseId: bullyingCase, step: 'FINDING', completedAt: T0.toISOString(), note: NOTE },
    });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('PRV-10: a case of another category has no bullying steps and takes none', async () => {
    expect(await stepsOf(head, abuseCase)).toBeNull();
    expect(await recordStep(head, 'INVESTIGATION', T0, abuseCase)).toMatchObject({
      __typename: 'CaseForbiddenError',
      message: 'Only a bullying case has bullying steps',
    });
  });

  it('PRV-10: past its time limit a step is overdue and a prevention gap of the head’s, linking to the case; done late it is late', async () => {
    app.clock.set(new Date(T0.getTime() + 16 * DAY));
    head = await app.signedIn('head.primary'); // the earlier session has expired by now
    const steps = (await stepsOf(head))!;
    expect(steps.steps[1]).toMatchObject({ step: 'FINDING', status: 'OVERDUE' });
    const gaps = ((await head.request(GAPS, { id: schoolId })).body.data?.preventionGaps as View).gaps;
    expect(gaps.filter((g: View) => g.code === 'BULLYING_STEP_OVERDUE')).toEqual([
      { code: 'BULLYING_STEP_OVERDUE', subjectKind: 'CASE', fixPath: 'CASE', fixTargetId: bullyingCase },
    ]);
    const late = await recordStep(head, 'FINDING', app.clock.now());
    expect(late.steps[1]).toMatchObject({ status: 'DONE', isLate: true });
  });
});
