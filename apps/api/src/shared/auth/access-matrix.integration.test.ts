import {
  INCIDENT_MATRIX_PROBES,
  INCIDENT_MATRIX_ROWS,
} from '../../features/incidents/incidents.access-matrix';
import { buildAppSchema } from '../../schema';
import { ASSESSMENT_MATRIX, ASSESSMENT_PROBES } from '../../features/assessment/assessment.access-matrix';
import {
  SURROUNDINGS_MATRIX,
  SURROUNDINGS_PROBES,
} from '../../features/surroundings/surroundings.access-matrix';
import { INSPECTION_MATRIX, INSPECTION_PROBES } from '../../features/inspections/inspections.access-matrix';
import { ACCOUNTS_MATRIX, ACCOUNTS_PROBES } from '../../features/accounts/accounts.access-matrix';
import { AUTH_MFA_MATRIX, AUTH_MFA_PROBES } from '../../features/auth/auth.access-matrix';
import { STAFF_MATRIX, STAFF_PROBES } from '../../features/staff/staff.access-matrix';
import { WORK_MATRIX, WORK_PROBES } from '../../features/work/work.access-matrix';
import { OVERSIGHT_MATRIX, OVERSIGHT_PROBES } from '../../features/oversight/oversight.access-matrix';
import { PLACES_MATRIX, PLACES_PROBES } from '../../features/places/places.access-matrix';
import { DORMS_MATRIX, DORMS_PROBES } from '../../features/dorms/dorms.access-matrix';
import {
  CARE_RECORDS_MATRIX,
  CARE_RECORDS_PROBES,
} from '../../features/care-records/care-records.access-matrix';
import { CHILD_FILES_MATRIX, CHILD_FILES_PROBES } from '../../features/child-files/child-files.access-matrix';
import { CARE_GAPS_MATRIX, CARE_GAPS_PROBES } from '../../features/care-gaps/care-gaps.access-matrix';
import { TRAINING_MATRIX, TRAINING_PROBES } from '../../features/training/training.access-matrix';
import { API_CLIENTS_MATRIX, API_CLIENTS_PROBES } from '../../features/api-clients/api-clients.access-matrix';
import { WEBHOOKS_MATRIX, WEBHOOKS_PROBES } from '../../features/webhooks/webhooks.access-matrix';
import { TIPS_MATRIX, TIPS_PROBES } from '../../features/tips/tips.access-matrix';
import { buildAccount, institutionIdByName } from '../../test-support/factories';
import { GraphQLTestClient, type GraphQLResponse } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';

// ACCESS MATRIX: every actor (one or more per role, and anonymous) × every Query and Mutation field
// of the built schema × the actor's own institution and another one. An operation without rows here,
// or without a probe, fails the test: each new operation must add its rows.

type Outcome = 'ALLOW' | 'HIDDEN' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const A: Outcome = 'ALLOW';
const H: Outcome = 'HIDDEN'; // answered as if it did not exist (null / not listed)
const F: Outcome = 'FORBIDDEN';
const U: Outcome = 'UNAUTHENTICATED';

const PRIMARY = '九龙坡区谢家湾小学';
const KINDERGARTEN = '九龙坡区机关幼儿园';
const TRAINING = '九龙坡区启明培训学校';
const SPECIAL = '九龙坡区特殊教育学校';

interface MatrixActor {
  role: 'ANONYMOUS' | 'TEACHER' | 'HEAD' | 'STAFF' | 'SECTION_MEMBER' | 'LEADER' | 'ADMIN';
  username?: string;
  /** Own institution: the actor's, or for a section one it supervises. Other: one outside it. */
  own: string;
  other: string;
}

const ACTORS: Record<string, MatrixActor> = {
  anonymous: { role: 'ANONYMOUS', own: PRIMARY, other: KINDERGARTEN },
  teacher: { role: 'TEACHER', username: 'teacher', own: PRIMARY, other: KINDERGARTEN },
  'head.primary': { role: 'HEAD', username: 'head.primary', own: PRIMARY, other: KINDERGARTEN },
  'head.kg': { role: 'HEAD', username: 'head.kg', own: KINDERGARTEN, other: PRIMARY },
  staff: { role: 'STAFF', username: 'matrix.staff', own: TRAINING, other: PRIMARY },
  basic: { role: 'SECTION_MEMBER', username: 'basic', own: SPECIAL, other: KINDERGARTEN },
  preschool: { role: 'SECTION_MEMBER', username: 'preschool', own: KINDERGARTEN, other: PRIMARY },
  vocational: { role: 'SECTION_MEMBER', username: 'vocational', own: TRAINING, other: SPECIAL },
  safety: { role: 'SECTION_MEMBER', username: 'safety', own: PRIMARY, other: KINDERGARTEN },
  inspect: { role: 'SECTION_MEMBER', username: 'inspect', own: TRAINING, other: SPECIAL },
  personnel: { role: 'SECTION_MEMBER', username: 'personnel', own: PRIMARY, other: TRAINING },
  policy: { role: 'SECTION_MEMBER', username: 'policy', own: KINDERGARTEN, other: SPECIAL },
  leader: { role: 'LEADER', username: 'leader', own: PRIMARY, other: KINDERGARTEN },
  admin: { role: 'ADMIN', username: 'admin', own: PRIMARY, other: KINDERGARTEN },
};

type Row = Record<string, readonly [own: Outcome, other: Outcome]>;

// Expected outcomes, written by hand from DOMAIN.md (ORG-1, ORG-3) and the contract.
const MATRIX: Record<string, Row> = {
  ...INCIDENT_MATRIX_ROWS,
  me: {
    anonymous: [A, A],
    teacher: [A, A],
    'head.primary': [A, A],
    'head.kg': [A, A],
    staff: [A, A],
    basic: [A, A],
    preschool: [A, A],
    vocational: [A, A],
    safety: [A, A],
    inspect: [A, A],
    personnel: [A, A],
    policy: [A, A],
    leader: [A, A],
    admin: [A, A],
  },
  signIn: {
    anonymous: [A, A],
    teacher: [A, A],
    'head.primary': [A, A],
    'head.kg': [A, A],
    staff: [A, A],
    basic: [A, A],
    preschool: [A, A],
    vocational: [A, A],
    safety: [A, A],
    inspect: [A, A],
    personnel: [A, A],
    policy: [A, A],
    leader: [A, A],
    admin: [A, A],
  },
  signOut: {
    anonymous: [U, U],
    teacher: [A, A],
    'head.primary': [A, A],
    'head.kg': [A, A],
    staff: [A, A],
    basic: [A, A],
    preschool: [A, A],
    vocational: [A, A],
    safety: [A, A],
    inspect: [A, A],
    personnel: [A, A],
    policy: [A, A],
    leader: [A, A],
    admin: [A, A],
  },
  institutions: {
    anonymous: [U, U],
    teacher: [A, H],
    'head.primary': [A, H],
    'head.kg': [A, H],
    staff: [A, H],
    basic: [A, H],
    preschool: [A, H],
    vocational: [A, H],
    safety: [A, A],
    inspect: [A, A],
    personnel: [A, A],
    policy: [A, A],
    leader: [A, A],
    admin: [A, A],
  },
  institution: {
    anonymous: [U, U],
    teacher: [A, H],
    'head.primary': [A, H],
    'head.kg': [A, H],
    staff: [A, H],
    basic: [A, H],
    preschool: [A, H],
    vocational: [A, H],
    safety: [A, A],
    inspect: [A, A],
    personnel: [A, A],
    policy: [A, A],
    leader: [A, A],
    admin: [A, A],
  },
  responsibilityMatrix: {
    anonymous: [U, U],
    teacher: [A, A],
    'head.primary': [A, A],
    'head.kg': [A, A],
    staff: [A, A],
    basic: [A, A],
    preschool: [A, A],
    vocational: [A, A],
    safety: [A, A],
    inspect: [A, A],
    personnel: [A, A],
    policy: [A, A],
    leader: [A, A],
    admin: [A, A],
  },
  auditEvents: {
    anonymous: [U, U],
    teacher: [F, F],
    'head.primary': [F, F],
    'head.kg': [F, F],
    staff: [F, F],
    basic: [F, F],
    preschool: [F, F],
    vocational: [F, F],
    safety: [F, F],
    inspect: [F, F],
    personnel: [F, F],
    policy: [F, F],
    leader: [A, A],
    admin: [A, A],
  },
  // Staff register and vetting (issue 5): rows in features/staff/staff.access-matrix.ts
  ...STAFF_MATRIX,
  ...WORK_MATRIX,
  ...OVERSIGHT_MATRIX,
  // Account administration (issue 2): rows in features/accounts/accounts.access-matrix.ts
  ...ACCOUNTS_MATRIX,
  ...AUTH_MFA_MATRIX,
  ...ASSESSMENT_MATRIX,
  ...SURROUNDINGS_MATRIX,
  ...PLACES_MATRIX,
  ...DORMS_MATRIX,
  ...CARE_RECORDS_MATRIX,
  ...CHILD_FILES_MATRIX,
  ...TRAINING_MATRIX,
  ...INSPECTION_MATRIX,
  ...CARE_GAPS_MATRIX,
  ...API_CLIENTS_MATRIX,
  ...WEBHOOKS_MATRIX,
  ...TIPS_MATRIX,
};

function denial(response: GraphQLResponse): Outcome | null {
  const code = GraphQLTestClient.errorCode(response);
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return code;
  if (code) throw new Error(`Unexpected error: ${response.text}`);
  return null;
}

interface ProbeInput {
  app: TestApp;
  client: () => Promise<GraphQLTestClient>;
  target: { id: string; name: string };
  attempt: number;
}
type Probe = (input: ProbeInput) => Promise<Outcome>;

// How to call each operation and read its answer as an outcome.
const PROBES: Record<string, Probe> = {
  ...INCIDENT_MATRIX_PROBES,
  me: async ({ client }) => {
    const response = await (await client()).request('{ me { id } }');
    return denial(response) ?? A;
  },
  signIn: async ({ client, attempt }) => {
    const response = await (
      await client()
    ).request('mutation($input: SignInInput!) { signIn(input: $input) { __typename } }', {
      input: { username: `matrix.nobody.${attempt}`, password: 'wrong' },
    });
    return denial(response) ?? A;
  },
  signOut: async ({ client }) => {
    const response = await (await client()).request('mutation { signOut }');
    return denial(response) ?? (response.body.data?.signOut === true ? A : H);
  },
  institutions: async ({ client, target }) => {
    const response = await (
      await client()
    ).request(
      'query($search: String) { institutions(filter: { search: $search }, first: 100) { edges { node { id } } } }',
      { search: target.name },
    );
    const edges = (response.body.data?.institutions as { edges: { node: { id: string } }[] } | undefined)
      ?.edges;
    return denial(response) ?? (edges?.some((edge) => edge.node.id === target.id) ? A : H);
  },
  institution: async ({ client, target }) => {
    const response = await (
      await client()
    ).request('query($id: ID!) { institution(id: $id) { id } }', {
      id: target.id,
    });
    return denial(response) ?? (response.body.data?.institution ? A : H);
  },
  responsibilityMatrix: async ({ client }) => {
    const response = await (await client()).request('{ responsibilityMatrix { duty } }');
    return denial(response) ?? A;
  },
  auditEvents: async ({ client }) => {
    const response = await (await client()).request('{ auditEvents(first: 1) { edges { node { id } } } }');
    return denial(response) ?? A;
  },
  ...STAFF_PROBES,
  ...OVERSIGHT_PROBES,
  ...ACCOUNTS_PROBES,
  ...AUTH_MFA_PROBES,
  ...WORK_PROBES,
  ...ASSESSMENT_PROBES,
  ...SURROUNDINGS_PROBES,
  ...PLACES_PROBES,
  ...DORMS_PROBES,
  ...CARE_RECORDS_PROBES,
  ...CHILD_FILES_PROBES,
  ...TRAINING_PROBES,
  ...INSPECTION_PROBES,
  ...CARE_GAPS_PROBES,
  ...API_CLIENTS_PROBES,
  ...WEBHOOKS_PROBES,
  ...TIPS_PROBES,
};

let app: TestApp;
let operations: string[];
let mutations: Set<string>;
beforeAll(async () => {
  app = await startTestApp();
  await buildAccount(app.owner, { username: 'matrix.staff', role: 'STAFF', institutionName: TRAINING });
  const schema = await buildAppSchema();
  operations = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    type ? Object.keys(type.getFields()) : [],
  );
  mutations = new Set(Object.keys(schema.getMutationType()?.getFields() ?? {}));
});
afterAll(() => app.close());

it('covers every role of the contract', () => {
  const roles = new Set(Object.values(ACTORS).map((actor) => actor.role));
  expect([...roles].sort()).toEqual([
    'ADMIN',
    'ANONYMOUS',
    'HEAD',
    'LEADER',
    'SECTION_MEMBER',
    'STAFF',
    'TEACHER',
  ]);
});

it('has a row for every actor and a probe for every Query and Mutation field of the schema', () => {
  const missing = operations.flatMap((operation) => [
    ...(PROBES[operation] ? [] : [`${operation}: no probe`]),
    ...Object.keys(ACTORS)
      .filter((actor) => !MATRIX[operation]?.[actor])
      .map((actor) => `${operation}: no row for ${actor}`),
  ]);
  expect(missing).toEqual([]);
  expect(Object.keys(MATRIX).sort()).toEqual([...operations].sort());
});

it('ORG-1, ORG-3: every role × operation × own/other institution answers as the matrix says', async () => {
  const sessions = new Map<string, GraphQLTestClient>();
  const clientFor = (actorKey: string, operation: string) => async () => {
    const actor = ACTORS[actorKey];
    if (!actor.username) return app.client();
    // signOut ends the session it is given: give it a fresh one.
    if (operation === 'signOut') return app.signedIn(actor.username);
    if (!sessions.has(actorKey)) sessions.set(actorKey, await app.signedIn(actor.username));
    return sessions.get(actorKey)!;
  };

  const unexpectedAllows: string[] = [];
  const unexpectedDenies: string[] = [];
  const wrongDenials: string[] = [];
  const unaudited: string[] = [];
  const auditRows = async () => Number((await app.owner.query('SELECT count(*) AS n FROM audit_event'))[0].n);
  let attempt = 0;
  let cells = 0;
  for (const operation of operations) {
    for (const [actorKey, actor] of Object.entries(ACTORS)) {
      const expected = MATRIX[operation][actorKey];
      for (const [index, targetName] of [actor.own, actor.other].entries()) {
        attempt += 1;
        cells += 1;
        const target = { id: await institutionIdByName(app.owner, targetName), name: targetName };
        const client = await clientFor(actorKey, operation)();
        const before = await auditRows();
        const actual = await PROBES[operation]({ app, client: async () => client, target, attempt });
        const want = expected[index];
        const cell = `${operation} × ${actorKey} × ${index === 0 ? 'own' : 'other'} (${targetName}): expected ${want}, got ${actual}`;
        // Every mutation that runs leaves exactly one audit row.
        if (mutations.has(operation) && actual === A && (await auditRows()) - before !== 1) {
          unaudited.push(cell);
        }
        if (actual === want) continue;
        if (actual === A) unexpectedAllows.push(cell);
        else if (want === A) unexpectedDenies.push(cell);
        else wrongDenials.push(cell);
      }
    }
  }
  expect({ unexpectedAllows, unexpectedDenies, wrongDenials, unaudited }).toEqual({
    unexpectedAllows: [],
    unexpectedDenies: [],
    wrongDenials: [],
    unaudited: [],
  });
  expect(cells).toBe(operations.length * Object.keys(ACTORS).length * 2);
  // Thousands of requests: on a loaded two-core machine this takes well over the default 30 s.
}, 480_000);
