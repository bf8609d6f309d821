// Rows and probes of the access matrix (shared/auth/access-matrix.integration.test.ts) for the surroundings (PRV-3).
import { denial, typename } from '../../test-support/access-matrix-answers';
import type { GraphQLResponse, GraphQLTestClient } from '../../test-support/graphql-test-client';
import type { TestApp } from '../../test-support/test-app';
import { siteInput } from './surroundings.test-support';

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

/**
 * The role gate first (VIEW_SURROUNDINGS: heads, committee members, leadership), then riskSubjectAccess:
 * the head her own institution's, 安稳办, 督导室 and leadership every one, a supervising section its kinds
 * (basic: the special school, preschool: the kindergarten, vocational: the training institution), other
 * offices none (answered as missing).
 */
function row(cells: {
  head: readonly [Outcome, Outcome];
  sections: Outcome;
  safety: Outcome;
  inspect: Outcome;
  offices: Outcome;
  leader: Outcome;
}): Row {
  return {
    anonymous: [U, U],
    teacher: [F, F],
    staff: [F, F],
    admin: [F, F],
    'head.primary': cells.head,
    'head.kg': cells.head,
    basic: [cells.sections, H],
    preschool: [cells.sections, H],
    vocational: [cells.sections, H],
    safety: [cells.safety, cells.safety],
    inspect: [cells.inspect, cells.inspect],
    personnel: [cells.offices, cells.offices],
    policy: [cells.offices, cells.offices],
    leader: [cells.leader, cells.leader],
  };
}

const READ = row({ head: [A, H], sections: A, safety: A, inspect: A, offices: H, leader: A });
// Acting on a subject: only the head and 安稳办; whoever reads it and may not act is refused.
const ACT = row({ head: [A, H], sections: F, safety: A, inspect: F, offices: H, leader: F });
export const SURROUNDINGS_MATRIX: Record<string, Row> = {
  riskSubjects: READ,
  riskSubject: READ,
  // Recording is at an institution: one outside the actor's scope answers as missing (ORG-1).
  recordRiskSubject: row({ head: [A, H], sections: F, safety: A, inspect: F, offices: F, leader: F }),
  recordRiskFollowUp: ACT,
  // ALLOW where the policy lets this actor act and only the lifecycle refuses (no closing reason).
  closeRiskSubject: ACT,
};

const fixtures = new WeakMap<TestApp, Map<string, Promise<string>>>();

/** One referred risk person at each institution, arranged by the owner once per test app. */
function subjectAt(app: TestApp, institutionId: string): Promise<string> {
  let byInstitution = fixtures.get(app);
  if (!byInstitution) {
    byInstitution = new Map();
    fixtures.set(app, byInstitution);
  }
  let subject = byInstitution.get(institutionId);
  if (!subject) {
    subject = app.owner
      .query(
        `INSERT INTO risk_subject (institution_id, subject_type, person_type, status, township_office,
           township_referred_at, police_station, police_referred_at, recorded_by_account_id, recorded_at)
         SELECT $1, 'RISK_PERSON', 'DRUG_USER', 'REFERRED', '矩阵街道', now(), '矩阵派出所', now(), id, now()
         FROM account WHERE username = 'safety' RETURNING id`,
        [institutionId],
      )
      .then((rows: { id: string }[]) => rows[0].id);
    byInstitution.set(institutionId, subject);
  }
  return subject;
}

function judge(response: GraphQLResponse, field: string): Outcome {
  const denied = denial(response);
  if (denied) return denied;
  switch (typename(response, field)) {
    case 'RiskSubject':
    case 'RiskSubjectStateError':
      return A;
    case 'RiskSubjectForbiddenError':
      return F;
    case 'RiskSubjectNotFoundError':
      return H;
    default:
      throw new Error(`Unexpected answer: ${response.text}`);
  }
}

async function mutate(input: ProbeInput, field: string, inputType: string, values: Record<string, unknown>) {
  const riskSubjectId = await subjectAt(input.app, input.target.id);
  const response = await (
    await input.client()
  ).request(`mutation($input: ${inputType}!) { ${field}(input: $input) { __typename } }`, {
    input: { riskSubjectId, ...values },
  });
  return judge(response, field);
}

export const SURROUNDINGS_PROBES: Record<string, (input: ProbeInput) => Promise<Outcome>> = {
  riskSubjects: async ({ app, client, target }) => {
    const id = await subjectAt(app, target.id);
    const response = await (
      await client()
    ).request(
      'query($filter: RiskSubjectFilter) { riskSubjects(filter: $filter, first: 100) { edges { node { id } } } }',
      { filter: { institutionId: target.id } },
    );
    const denied = denial(response);
    if (denied) return denied;
    const edges = (response.body.data?.riskSubjects as { edges: { node: { id: string } }[] }).edges;
    return edges.some((edge) => edge.node.id === id) ? A : H;
  },
  riskSubject: async ({ app, client, target }) => {
    const id = await subjectAt(app, target.id);
    const response = await (
      await client()
    ).request('query($id: ID!) { riskSubject(id: $id) { id } }', { id });
    return denial(response) ?? (response.body.data?.riskSubject ? A : H);
  },
  recordRiskSubject: async ({ client, target, attempt }) => {
    const response = await (
      await client()
    ).request(
      'mutation($input: RecordRiskSubjectInput!) { recordRiskSubject(input: $input) { __typename } }',
      {
        input: siteInput(target.id, { siteName: `矩阵 ${attempt}` }),
      },
    );
    return judge(response, 'recordRiskSubject');
  },
  recordRiskFollowUp: (input) =>
    mutate(input, 'recordRiskFollowUp', 'RecordRiskFollowUpInput', {
      followedUpAt: new Date(input.app.clock.now().getTime() - 3_600_000).toISOString(),
      outcome: 'UNCHANGED',
      note: '矩阵',
    }),
  closeRiskSubject: (input) => mutate(input, 'closeRiskSubject', 'CloseRiskSubjectInput', {}),
};
