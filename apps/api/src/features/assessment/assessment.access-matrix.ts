// Rows and probes of the access matrix (shared/auth/access-matrix.integration.test.ts) for the assessment.
import { denial, typename } from '../../test-support/access-matrix-answers';
import type { GraphQLResponse, GraphQLTestClient } from '../../test-support/graphql-test-client';
import type { TestApp } from '../../test-support/test-app';

type Outcome = 'ALLOW' | 'HIDDEN' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const A: Outcome = 'ALLOW';
const H: Outcome = 'HIDDEN';
const F: Outcome = 'FORBIDDEN';
const U: Outcome = 'UNAUTHENTICATED';
type Row = Record<string, readonly [own: Outcome, other: Outcome]>;
interface ProbeInput {
  app: TestApp;
  client: () => Promise<GraphQLTestClient>;
  target: { id: string; name: string };
  attempt: number;
}

const SECTIONS = ['basic', 'preschool', 'vocational', 'safety', 'personnel', 'policy'] as const;
/** The role gate first (VIEW_ASSESSMENTS), then the assessment policy (ACC-1, ACC-2, ACC-5, ORG-3). */
function row(
  heads: readonly [Outcome, Outcome],
  inspect: Outcome,
  leader: Outcome,
  sections: Outcome = H,
): Row {
  return {
    anonymous: [U, U],
    teacher: [F, F],
    staff: [F, F],
    admin: [F, F],
    'head.primary': heads,
    'head.kg': heads,
    ...Object.fromEntries(SECTIONS.map((s) => [s, [sections, sections] as const])),
    inspect: [inspect, inspect],
    leader: [leader, leader],
  };
}

// Reads: 督导室 and leadership every row; a head her own; other units none (answered as missing).
const READ = row([A, H], A, A);
export const ASSESSMENT_MATRIX: Record<string, Row> = {
  assessmentPeriods: READ,
  assessmentPeriod: READ,
  assessment: READ,
  openAssessmentPeriod: row([F, F], A, F, F),
  recordAssessmentFinding: row([F, H], A, F),
  // ALLOW where the policy lets this actor act and only the row's state refuses (no veto computed).
  submitVetoStatement: row([A, H], F, F),
  reviewVeto: row([F, H], F, A),
  recordSanction: row([F, H], F, A),
};

let fixture: Promise<{ periodId: string; rows: Map<string, string> }> | null = null;

/** One period with a row for every institution, arranged by the owner once per test app. */
function rowsOf(app: TestApp) {
  fixture ??= (async () => {
    const [{ id: periodId }] = await app.owner.query(
      `INSERT INTO assessment_period (name, starts_at, ends_at, opened_by_account_id, opened_at)
       SELECT '矩阵', now() - interval '1 day', now() + interval '1 day', id, now() FROM account
       WHERE username = 'inspect' RETURNING id`,
    );
    const rows: { id: string; institution_id: string }[] = await app.owner.query(
      'INSERT INTO assessment (period_id, institution_id) SELECT $1, id FROM institution RETURNING id, institution_id',
      [periodId],
    );
    return { periodId, rows: new Map(rows.map((r) => [r.institution_id, r.id])) };
  })();
  return fixture;
}

function judge(response: GraphQLResponse, field: string): Outcome {
  const denied = denial(response);
  if (denied) return denied;
  switch (typename(response, field)) {
    case 'Assessment':
    case 'AssessmentPeriod':
    case 'AssessmentStateError':
    case 'SanctionNotAllowedError':
      return A;
    case 'AssessmentForbiddenError':
      return F;
    case 'AssessmentNotFoundError':
      return H;
    default:
      throw new Error(`Unexpected answer: ${response.text}`);
  }
}

async function mutate(input: ProbeInput, field: string, inputType: string, values: Record<string, unknown>) {
  const { rows } = await rowsOf(input.app);
  const assessmentId = rows.get(input.target.id)!;
  const response = await (
    await input.client()
  ).request(`mutation($input: ${inputType}!) { ${field}(input: $input) { __typename } }`, {
    input: { assessmentId, ...values },
  });
  return judge(response, field);
}

export const ASSESSMENT_PROBES: Record<string, (input: ProbeInput) => Promise<Outcome>> = {
  assessmentPeriods: async ({ app, client, target }) => {
    const { periodId } = await rowsOf(app);
    const c = await client();
    const list = await c.request('{ assessmentPeriods { items { id } } }');
    const denied = denial(list);
    if (denied) return denied;
    const items = (list.body.data?.assessmentPeriods as { items: { id: string }[] }).items;
    if (!items.some((p) => p.id === periodId)) return H;
    const period = await c.request(
      'query($id: ID!) { assessmentPeriod(id: $id) { rows { institutionId } } }',
      {
        id: periodId,
      },
    );
    const rows = (period.body.data?.assessmentPeriod as { rows: { institutionId: string }[] }).rows;
    return rows.some((r) => r.institutionId === target.id) ? A : H;
  },
  assessmentPeriod: async ({ app, client, target }) => {
    const { periodId } = await rowsOf(app);
    const response = await (
      await client()
    ).request('query($id: ID!) { assessmentPeriod(id: $id) { rows { institutionId } } }', { id: periodId });
    const period = response.body.data?.assessmentPeriod as { rows: { institutionId: string }[] } | null;
    return denial(response) ?? (period?.rows.some((r) => r.institutionId === target.id) ? A : H);
  },
  assessment: async ({ app, client, target }) => {
    const { rows } = await rowsOf(app);
    const response = await (
      await client()
    ).request('query($id: ID!) { assessment(id: $id) { id } }', { id: rows.get(target.id) });
    return denial(response) ?? (response.body.data?.assessment ? A : H);
  },
  openAssessmentPeriod: async ({ client, target, attempt }) => {
    const response = await (
      await client()
    ).request(
      'mutation($input: OpenAssessmentPeriodInput!) { openAssessmentPeriod(input: $input) { __typename } }',
      { input: { name: `矩阵 ${attempt}`, institutionIds: [target.id] } },
    );
    return judge(response, 'openAssessmentPeriod');
  },
  recordAssessmentFinding: (input) =>
    mutate(input, 'recordAssessmentFinding', 'RecordAssessmentFindingInput', {
      source: 'INSPECT',
      text: '矩阵',
    }),
  submitVetoStatement: (input) =>
    mutate(input, 'submitVetoStatement', 'SubmitVetoStatementInput', { text: '矩阵' }),
  reviewVeto: (input) =>
    mutate(input, 'reviewVeto', 'ReviewVetoInput', { decision: 'CONFIRM', reason: '矩阵' }),
  recordSanction: (input) => mutate(input, 'recordSanction', 'RecordSanctionInput', { sanction: 'WARNING' }),
};
