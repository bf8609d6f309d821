// Rows and probes of the access matrix (shared/auth/access-matrix.integration.test.ts) for the tip line (REP-9).
import { denial, typename } from '../../test-support/access-matrix-answers';
import type { GraphQLResponse, GraphQLTestClient } from '../../test-support/graphql-test-client';
import type { TestApp } from '../../test-support/test-app';
import { TipEntity } from './tip.entity';
import { provenChallenge } from './tips.test-support';

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

const ACTORS = [
  'anonymous',
  'teacher',
  'head.primary',
  'head.kg',
  'staff',
  'basic',
  'preschool',
  'vocational',
  'safety',
  'inspect',
  'personnel',
  'policy',
  'leader',
  'admin',
] as const;

/** The public tip line: anyone, signed in or not. */
const PUBLIC: Row = Object.fromEntries(ACTORS.map((actor) => [actor, [A, A] as const]));

/**
 * The inbox: the role gate (VIEW_TIPS: committee members and leadership), then tipAccess: 安稳办 (the
 * letters-and-visits unit, REP-8) and leadership read every tip; other committee units none (missing).
 */
function staffRow(safety: Outcome, leader: Outcome): Row {
  const sections: readonly [Outcome, Outcome] = [H, H];
  return {
    anonymous: [U, U],
    teacher: [F, F],
    'head.primary': [F, F],
    'head.kg': [F, F],
    staff: [F, F],
    admin: [F, F],
    basic: sections,
    preschool: sections,
    vocational: sections,
    inspect: sections,
    personnel: sections,
    policy: sections,
    safety: [safety, safety],
    leader: [leader, leader],
  };
}

export const TIPS_MATRIX: Record<string, Row> = {
  tipSchools: PUBLIC,
  tipChallenge: PUBLIC,
  submitTip: PUBLIC,
  tipThread: PUBLIC,
  replyToTip: PUBLIC,
  tips: staffRow(A, A),
  tip: staffRow(A, A),
  // Leadership reads a tip but only 安稳办 handles it (REP-9).
  answerTip: staffRow(A, F),
  closeTip: staffRow(A, F),
  convertTipToCase: staffRow(A, F),
};

const fixtures = new WeakMap<TestApp, Map<string, Promise<string>>>();

/** One open tip naming each institution, inserted by the owner once per test app. */
function tipAt(app: TestApp, institutionId: string): Promise<string> {
  let byInstitution = fixtures.get(app);
  if (!byInstitution) {
    byInstitution = new Map();
    fixtures.set(app, byInstitution);
  }
  let tip = byInstitution.get(institutionId);
  if (!tip) {
    const now = new Date();
    // Through the entity, so the texts are encrypted as the API would store them.
    tip = app.owner
      .getRepository(TipEntity)
      .insert({
        code: `MX${institutionId.slice(0, 6).toUpperCase()}`,
        passphraseHash: 'not a hash: the matrix never reads the thread',
        category: 'BULLYING_VIOLENCE',
        isConfidential: false,
        institutionId,
        description: '矩阵',
        status: 'OPEN',
        submittedAt: now,
        lastMessageAt: now,
        lastAuthor: 'REPORTER',
      })
      .then((inserted) => (inserted.identifiers[0] as { id: string }).id);
    byInstitution.set(institutionId, tip);
  }
  return tip;
}

function judge(response: GraphQLResponse, field: string): Outcome {
  const denied = denial(response);
  if (denied) return denied;
  switch (typename(response, field)) {
    case 'Tip':
    case 'TipStateError':
    case 'ValidationError':
    case 'CaseForbiddenError':
    case 'ReportingTimeError':
      return A;
    case 'TipForbiddenError':
      return F;
    case 'TipNotFoundError':
      return H;
    default:
      throw new Error(`Unexpected answer: ${response.text}`);
  }
}

async function mutate(input: ProbeInput, field: string, inputType: string, values: Record<string, unknown>) {
  const tipId = await tipAt(input.app, input.target.id);
  const response = await (
    await input.client()
  ).request(`mutation($input: ${inputType}!) { ${field}(input: $input) { __typename } }`, {
    input: { tipId, ...values },
  });
  return judge(response, field);
}

async function onClosedTip(
  input: ProbeInput,
  field: string,
  inputType: string,
  values: Record<string, unknown>,
) {
  const tipId = await tipAt(input.app, input.target.id);
  await input.app.owner.query(`UPDATE tip SET status = 'CLOSED' WHERE id = $1`, [tipId]);
  const answer = await mutate(input, field, inputType, values);
  await input.app.owner.query(`UPDATE tip SET status = 'OPEN' WHERE id = $1`, [tipId]);
  return answer;
}

export const TIPS_PROBES: Record<string, (input: ProbeInput) => Promise<Outcome>> = {
  tipSchools: async ({ client }) => {
    const response = await (await client()).request('{ tipSchools { id } }');
    return denial(response) ?? A;
  },
  tipChallenge: async ({ client }) => {
    const response = await (await client()).request('{ tipChallenge { challenge } }');
    return denial(response) ?? A;
  },
  submitTip: async ({ client }) => {
    const signed = await client();
    const proof = await provenChallenge(signed);
    const response = await signed.request(
      'mutation($input: SubmitTipInput!) { submitTip(input: $input) { __typename } }',
      { input: { category: 'OTHER', schoolName: '矩阵小学', description: '矩阵', ...proof } },
    );
    return denial(response) ?? A;
  },
  tipThread: async ({ client }) => {
    const response = await (
      await client()
    ).request('{ tipThread(code: "2222-2222", passphrase: "2222") { __typename } }');
    return denial(response) ?? A;
  },
  replyToTip: async ({ client }) => {
    const response = await (
      await client()
    ).request(
      'mutation { replyToTip(input: { code: "2222-2222", passphrase: "x", body: "矩阵" }) { __typename } }',
    );
    return denial(response) ?? A;
  },
  tips: async ({ app, client, target }) => {
    const id = await tipAt(app, target.id);
    const response = await (await client()).request('{ tips(first: 100) { id } }');
    const denied = denial(response);
    if (denied) return denied;
    return (response.body.data?.tips as { id: string }[]).some((t) => t.id === id) ? A : H;
  },
  tip: async ({ app, client, target }) => {
    const id = await tipAt(app, target.id);
    const response = await (await client()).request('query($id: ID!) { tip(id: $id) { id } }', { id });
    return denial(response) ?? (response.body.data?.tip ? A : H);
  },
  // Answering and closing a closed tip are refused by the lifecycle, after the policy: nothing changes.
  answerTip: (input) => onClosedTip(input, 'answerTip', 'AnswerTipInput', { body: '矩阵' }),
  closeTip: (input) => onClosedTip(input, 'closeTip', 'CloseTipInput', {}),
  // Converting a closed tip is refused by the lifecycle after the policy, before the case's own command.
  convertTipToCase: (input) =>
    onClosedTip(input, 'convertTipToCase', 'ConvertTipToCaseInput', { suspectType: 'STAFF' }),
};
