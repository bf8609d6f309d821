// Rows and probes of the access matrix (shared/auth/access-matrix.integration.test.ts) for staff training.
import { denial, typename } from '../../test-support/access-matrix-answers';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
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

/** The role gate (VIEW_TRAINING: heads, section members, leadership) refuses the others. */
function gated(rest: Row): Row {
  return { anonymous: [U, U], teacher: [F, F], staff: [F, F], admin: [F, F], ...rest };
}
const all = (o: readonly [Outcome, Outcome]) => ({
  'head.primary': o,
  'head.kg': o,
  basic: o,
  preschool: o,
  vocational: o,
  safety: o,
  inspect: o,
  personnel: o,
  policy: o,
  leader: o,
});

export const TRAINING_MATRIX: Record<string, Row> = {
  trainingViewer: gated(all([A, A])),
  // Every organiser reads its own sessions (the fixture gives each institution and unit one); no target.
  trainingSessions: gated(all([A, A])),
  // trainingSessionAccess: the organising head and leadership read an institution's session.
  trainingSession: gated({ ...all([H, H]), 'head.primary': [A, H], 'head.kg': [A, H], leader: [A, A] }),
  // Only the organiser ticks: the register is empty for everybody else.
  trainingSessionRegister: gated({ ...all([H, H]), 'head.primary': [A, H], 'head.kg': [A, H] }),
  // trainingCoverageAccess: the head, the institution's inspectors (安稳办, 督导室, its section), leadership.
  trainingCoverage: gated({
    ...all([H, H]),
    'head.primary': [A, H],
    'head.kg': [A, H],
    basic: [A, H],
    preschool: [A, H],
    vocational: [A, H],
    safety: [A, A],
    inspect: [A, A],
    leader: [A, A],
  }),
  // committeePreventionScope: counts for the inspecting units and leadership; empty for the others.
  trainingCoverageOverview: gated({
    ...all([A, A]),
    'head.primary': [H, H],
    'head.kg': [H, H],
    personnel: [H, H],
    policy: [H, H],
  }),
  // recordsTrainingSessions: heads and the recording units; 督导室 and leadership only read.
  recordTrainingSession: gated({ ...all([A, A]), inspect: [F, F], leader: [F, F] }),
  // The organising head ticks; leadership reads the session but may not tick; others do not reach it.
  recordAttendance: gated({ ...all([H, H]), 'head.primary': [A, H], 'head.kg': [A, H], leader: [F, F] }),
};

let fixture: Promise<Map<string, { sessionId: string; staffId: string | null }>> | null = null;

/** One session at every institution and one of every unit, arranged by the owner once per app. */
function sessionsOf(app: TestApp) {
  fixture ??= (async () => {
    const admin = "(SELECT id FROM account WHERE username = 'admin')";
    await app.owner.query(
      `INSERT INTO training_session (organiser_unit, topic, held_at, trainer, recorded_by_account_id, recorded_at)
       SELECT code, 'LAW_AND_ETHICS', now() - interval '1 day', '矩阵讲师', ${admin}, now() FROM unit`,
    );
    const rows: { id: string; institution_id: string; staff_id: string | null }[] = await app.owner.query(
      `INSERT INTO training_session (organiser_institution_id, topic, held_at, trainer, recorded_by_account_id,
                                     recorded_at)
       SELECT i.id, 'LAW_AND_ETHICS', now() - interval '1 day', '矩阵讲师', ${admin}, now() FROM institution i
       RETURNING id, organiser_institution_id AS institution_id,
         (SELECT m.id FROM staff_member m WHERE m.institution_id = organiser_institution_id
             AND m.status = 'ACTIVE' ORDER BY m.id LIMIT 1) AS staff_id`,
    );
    return new Map(rows.map((r) => [r.institution_id, { sessionId: r.id, staffId: r.staff_id }]));
  })();
  return fixture;
}

const listed = (response: Parameters<typeof denial>[0], field: string): Outcome => {
  const denied = denial(response);
  if (denied) return denied;
  const value = response.body.data?.[field] as unknown[] | null | undefined;
  return value && value.length > 0 ? A : H;
};
const found = (response: Parameters<typeof denial>[0], field: string): Outcome =>
  denial(response) ?? (response.body.data?.[field] ? A : H);

function judge(response: Parameters<typeof denial>[0], field: string): Outcome {
  const denied = denial(response);
  if (denied) return denied;
  switch (typename(response, field)) {
    case 'TrainingSession':
    case 'ValidationError':
      return A;
    case 'TrainingForbiddenError':
      return F;
    case 'TrainingNotFoundError':
      return H;
    default:
      throw new Error(`Unexpected answer: ${response.text}`);
  }
}

export const TRAINING_PROBES: Record<string, (input: ProbeInput) => Promise<Outcome>> = {
  trainingViewer: async ({ client }) =>
    found(await (await client()).request('{ trainingViewer { canRecordSession } }'), 'trainingViewer'),
  trainingSessions: async ({ app, client }) => {
    await sessionsOf(app);
    return listed(await (await client()).request('{ trainingSessions { id } }'), 'trainingSessions');
  },
  trainingSession: async ({ app, client, target }) => {
    const id = (await sessionsOf(app)).get(target.id)!.sessionId;
    return found(
      await (await client()).request('query($id: ID!) { trainingSession(id: $id) { id } }', { id }),
      'trainingSession',
    );
  },
  trainingSessionRegister: async ({ app, client, target }) => {
    const id = (await sessionsOf(app)).get(target.id)!.sessionId;
    return listed(
      await (
        await client()
      ).request('query($id: ID!) { trainingSessionRegister(sessionId: $id) { staffId } }', { id }),
      'trainingSessionRegister',
    );
  },
  trainingCoverage: async ({ client, target }) =>
    found(
      await (
        await client()
      ).request('query($id: ID!) { trainingCoverage(institutionId: $id, topic: LAW_AND_ETHICS) { share } }', {
        id: target.id,
      }),
      'trainingCoverage',
    ),
  trainingCoverageOverview: async ({ client }) =>
    listed(
      await (await client()).request('{ trainingCoverageOverview(topic: LAW_AND_ETHICS) { institutionId } }'),
      'trainingCoverageOverview',
    ),
  recordTrainingSession: async ({ client }) =>
    judge(
      await (
        await client()
      ).request(
        'mutation($input: RecordTrainingSessionInput!) { recordTrainingSession(input: $input) { __typename } }',
        { input: { topic: 'STAFF_MENTAL_HEALTH', heldAt: '2026-01-05T02:00:00.000Z', trainer: '矩阵讲师' } },
      ),
      'recordTrainingSession',
    ),
  recordAttendance: async ({ app, client, target }) => {
    const { sessionId, staffId } = (await sessionsOf(app)).get(target.id)!;
    return judge(
      await (
        await client()
      ).request(
        'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { __typename } }',
        {
          input: { sessionId, staffIds: [staffId ?? '00000000-0000-4000-8000-000000000000'], present: true },
        },
      ),
      'recordAttendance',
    );
  },
};
