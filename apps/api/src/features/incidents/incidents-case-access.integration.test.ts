import { startTestApp, type TestApp } from '../../test-support/test-app';
import type { GraphQLResponse, GraphQLTestClient } from '../../test-support/graphql-test-client';

// Case-level access (REP-7 need-to-know, REP-8 SAFETY inbox, REP-11 head in conflict): every actor ×
// operation on a real case, against the expected outcome. The role gate alone is in the shared matrix.
type Outcome = 'FULL' | 'SUMMARY' | 'HIDDEN' | 'FORBIDDEN' | 'ALLOW';

const ACTORS = {
  reporter: 'teacher',
  head: 'head.primary',
  otherSchoolHead: 'head.kg',
  basicMember: 'basic',
  safetyInGroup: 'safety', // designated case officer
  safetyOutsideGroup: 'safety2',
  inspectMember: 'inspect',
  personnelMember: 'personnel',
  policyMember: 'policy',
  leadership: 'leader',
} as const;
type Actor = keyof typeof ACTORS;

const OPERATIONS = [
  'case',
  'childIdentity',
  'welfareNotes',
  'cases',
  'myNotifications',
  'acknowledgeCase',
  'completeEmergencyStep',
  'recordPoliceReport',
  'recordExternalSource',
  'closeCase',
  'recordWelfareNote',
] as const;
type Operation = (typeof OPERATIONS)[number];
type Table = Record<Actor, Record<Operation, Outcome>>;

const F = 'FULL';
const S = 'SUMMARY';
const H = 'HIDDEN';
const X = 'FORBIDDEN';
const A = 'ALLOW';

// Columns in OPERATIONS order: case, child, welfare notes, cases, notifications, ack, step, police, external, close, welfare note.
const table = (rows: Record<Actor, readonly Outcome[]>): Table =>
  Object.fromEntries(
    Object.entries(rows).map(([actor, cells]) => [
      actor,
      Object.fromEntries(OPERATIONS.map((op, i) => [op, cells[i]])),
    ]),
  ) as Table;

// A molestation case by a staff member: confidential by default (REP-7): even its existence is
// need-to-know, so SAFETY outside the group, sections and the inspectorate do not see it at all.
const ORDINARY_ROWS = {
  reporter: /*           */ [F, A, A, F, H, X, X, A, X, X, A],
  head: /*               */ [F, A, A, F, A, A, A, A, X, A, A],
  otherSchoolHead: /*    */ [H, H, H, H, H, H, H, H, X, H, H],
  basicMember: /*        */ [H, H, H, H, H, H, H, H, H, H, H],
  safetyInGroup: /*      */ [F, A, A, F, A, X, A, A, A, A, A],
  safetyOutsideGroup: /* */ [H, H, H, H, H, H, H, H, H, H, H],
  inspectMember: /*      */ [H, H, H, H, H, H, H, H, H, H, H],
  personnelMember: /*    */ [H, H, H, H, H, H, H, H, H, H, H],
  policyMember: /*       */ [H, H, H, H, H, H, H, H, H, H, H],
  leadership: /*         */ [F, A, A, F, H, X, X, X, X, X, X],
} as const;
const ORDINARY: Table = table(ORDINARY_ROWS);

// The same, with the head as the suspect (REP-11): the head sees nothing and is told nothing; SAFETY acts.
const HEAD_IS_SUSPECT: Table = table({
  ...ORDINARY_ROWS,
  head: /*               */ [H, H, H, H, H, H, H, H, X, H, H],
});

// Abuse or bullying (not confidential by category): the case exists for the sections in scope, but the
// child, the statement and the welfare notes stay with the need-to-know group (REP-7 default).
const NOT_SEXUAL: Table = table({
  reporter: /*           */ [F, A, A, F, H, X, X, A, X, X, A],
  head: /*               */ [F, A, A, F, A, A, A, A, X, A, A],
  otherSchoolHead: /*    */ [H, H, H, H, H, H, H, H, X, H, H],
  basicMember: /*        */ [S, H, H, S, H, X, X, X, X, X, X],
  safetyInGroup: /*      */ [F, A, A, F, A, X, A, A, A, A, A],
  safetyOutsideGroup: /* */ [S, H, H, S, A, X, X, X, A, X, X],
  inspectMember: /*      */ [S, H, H, S, H, X, X, X, X, X, X],
  personnelMember: /*    */ [S, H, H, S, H, X, X, X, X, X, X],
  policyMember: /*       */ [S, H, H, S, H, X, X, X, X, X, X],
  leadership: /*         */ [F, A, A, F, H, X, X, X, X, X, X],
});

const T0 = new Date('2026-03-02T02:00:00.000Z');
// Received 35 minutes ago: the police reminder (30 minutes before the 60-minute deadline) fires on recording.
const RECEIVED_AT = new Date(T0.getTime() - 35 * 60_000);

const buildDisclosure = (overrides: Record<string, unknown> = {}) => ({
  receivedAt: RECEIVED_AT.toISOString(),
  channel: 'ORAL',
  category: 'MOLESTATION',
  suspectType: 'STAFF',
  suspectDescription: '某教师',
  childName: '赵小雨',
  childClass: '四年级一班',
  childStatement: '老师碰了我',
  isChildInDanger: false,
  ...overrides,
});

let app: TestApp;
const clients = new Map<Actor, GraphQLTestClient>();
const as = (actor: Actor) => clients.get(actor)!;
const tally = {
  cells: 0,
  unexpectedAllows: [] as string[],
  unexpectedDenies: [] as string[],
  otherMismatches: [] as string[],
};

async function recordCase(overrides: Record<string, unknown>): Promise<string> {
  const response = await as('reporter').request(
    `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { __typename ... on Case { id } } }`,
    { input: buildDisclosure(overrides) },
  );
  const recorded = response.body.data?.recordDisclosure as { __typename: string; id: string } | undefined;
  if (recorded?.__typename !== 'Case') throw new Error(response.text);
  return recorded.id;
}

function mutationOutcome(response: GraphQLResponse, field: string): Outcome | string {
  const code = response.body.errors?.[0]?.extensions?.code;
  if (code === 'FORBIDDEN') return X;
  if (code) return `ERROR ${code}`;
  const typename = (response.body.data?.[field] as { __typename: string }).__typename;
  if (typename === 'Case') return A;
  if (typename === 'CaseNotFoundError') return H;
  if (typename === 'CaseForbiddenError') return X;
  return typename; // a workflow refusal or a validation error: the probe itself is wrong
}

type CaseRead =
  { access: string; child: unknown; childStatement: unknown; suspectDescription: unknown } | null | undefined;
function readOutcome(view: CaseRead, withChild: boolean): Outcome | string {
  if (!view) return H;
  const hidesChild = view.child === null && view.childStatement === null;
  if (view.access === 'SUMMARY')
    return hidesChild && view.suspectDescription === null ? S : 'SUMMARY LEAKING';
  if (view.access === 'FULL')
    return withChild ? (view.child ? F : 'FULL WITHOUT CHILD') : hidesChild ? F : 'LIST LEAKING';
  return `ACCESS ${view.access}`;
}

const WELFARE_NOTE = '情绪低落，夜间失眠';
const READ_FIELDS = 'id access child { name className } childStatement suspectDescription';

/** Operations that only read: all on the one case recorded for the table. */
async function readProbe(operation: Operation, actor: Actor, caseId: string): Promise<Outcome | string> {
  const client = as(actor);
  if (operation === 'case' || operation === 'childIdentity' || operation === 'welfareNotes') {
    const response = await client.request(
      `query($id: ID!) { case(id: $id) { ${READ_FIELDS} welfareNotes { concernNote } } }`,
      { id: caseId },
    );
    if (response.body.errors) return `ERROR ${response.body.errors[0].extensions?.code}`;
    const view = response.body.data?.case as CaseRead;
    if (operation === 'case') return readOutcome(view, true);
    if (operation === 'welfareNotes') {
      const notes = (view as { welfareNotes?: { concernNote: string }[] | null } | null)?.welfareNotes;
      return notes?.some((n) => n.concernNote === WELFARE_NOTE) ? A : H;
    }
    return (view?.child as { name?: string } | null)?.name === '赵小雨' ? A : H;
  }
  if (operation === 'cases') {
    const nodes = await everyNode(client, 'cases', READ_FIELDS);
    if (typeof nodes === 'string') return nodes;
    return readOutcome(nodes.find((n) => n.id === caseId) as CaseRead, false);
  }
  // myNotifications: was this actor told about the case (REP-2/REP-3/REP-11 alerts)? Never the child's name.
  const all = await everyNode(client, 'myNotifications', 'caseId title body');
  if (typeof all === 'string') return all;
  const nodes = (all as { caseId: string; title: string; body: string }[]).filter((n) => n.caseId === caseId);
  if (nodes.some((n) => `${n.title}${n.body}`.includes('赵小雨'))) return 'NOTIFICATION NAMES THE CHILD';
  return nodes.length > 0 ? A : H;
}

/** Every node of a connection, page by page (the test clock stands still, so order alone cannot find one). */
async function everyNode(
  client: GraphQLTestClient,
  field: 'cases' | 'myNotifications',
  fields: string,
): Promise<Record<string, unknown>[] | string> {
  const nodes: Record<string, unknown>[] = [];
  let after: string | null = null;
  for (;;) {
    const response = await client.request(
      `query($after: String) { ${field}(first: 100, after: $after) { edges { node { ${fields} } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    if (response.body.errors) return `ERROR ${response.body.errors[0].extensions?.code}`;
    const page = response.body.data?.[field] as {
      edges: { node: Record<string, unknown> }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

/** Operations that change the case: each cell on a fresh case, so one actor's success cannot hide another's. */
async function mutationProbe(
  operation: Operation,
  actor: Actor,
  overrides: Record<string, unknown>,
): Promise<Outcome | string> {
  const caseId = await recordCase(overrides);
  const client = as(actor);
  const T = `__typename`;
  switch (operation) {
    case 'acknowledgeCase':
      return mutationOutcome(
        await client.request(`mutation($id: ID!) { acknowledgeCase(caseId: $id) { ${T} } }`, { id: caseId }),
        operation,
      );
    case 'completeEmergencyStep':
      return mutationOutcome(
        await client.request(
          `mutation($input: CompleteEmergencyStepInput!) { completeEmergencyStep(input: $input) { ${T} } }`,
          {
            input: { caseId, step: 'PROTECT_SCENE' },
          },
        ),
        operation,
      );
    case 'recordPoliceReport':
      return mutationOutcome(await recordPolice(client, caseId), operation);
    case 'recordExternalSource':
      return mutationOutcome(
        await client.request(
          `mutation($input: RecordExternalSourceInput!) { recordExternalSource(input: $input) { ${T} } }`,
          {
            input: { caseId, source: 'TIP', learnedAt: new Date(T0.getTime() - 5 * 60_000).toISOString() },
          },
        ),
        operation,
      );
    case 'recordWelfareNote':
      return mutationOutcome(
        await client.request(
          `mutation($input: RecordWelfareNoteInput!) { recordWelfareNote(input: $input) { ${T} } }`,
          {
            input: {
              caseId,
              concernNote: '需要心理疏导',
              guardianToldAt: T0.toISOString(),
              isStudySuspended: false,
            },
          },
        ),
        operation,
      );
    default: {
      // Closing needs the police report first (REP-4); the reporter records it, so only access decides.
      const police = mutationOutcome(await recordPolice(as('reporter'), caseId), 'recordPoliceReport');
      if (police !== A) throw new Error(`Could not arrange the police report: ${police}`);
      return mutationOutcome(
        await client.request(`mutation($input: CloseCaseInput!) { closeCase(input: $input) { ${T} } }`, {
          input: { caseId, reason: 'RESOLVED' },
        }),
        operation,
      );
    }
  }
}

function recordPolice(client: GraphQLTestClient, caseId: string) {
  return client.request(
    `mutation($input: RecordPoliceReportInput!) { recordPoliceReport(input: $input) { __typename } }`,
    {
      input: {
        caseId,
        reportedAt: new Date(T0.getTime() - 10 * 60_000).toISOString(),
        policeStation: '九龙坡区公安分局杨家坪派出所',
        receiptNumber: 'JLP-2026-0001',
      },
    },
  );
}

function check(title: string, expected: Record<Actor, Outcome>, actual: Record<Actor, Outcome | string>) {
  for (const actor of Object.keys(ACTORS) as Actor[]) {
    tally.cells += 1;
    const want = expected[actor];
    const got = actual[actor];
    if (got === want) continue;
    const line = `${title} / ${actor}: expected ${want}, got ${got}`;
    const isDenied = (o: string) => o === H || o === X;
    if (isDenied(want) && !isDenied(got)) tally.unexpectedAllows.push(line);
    else if (!isDenied(want) && isDenied(got)) tally.unexpectedDenies.push(line);
    else tally.otherMismatches.push(line);
  }
  expect(actual).toEqual(expected);
}

const READS: readonly Operation[] = ['case', 'childIdentity', 'welfareNotes', 'cases', 'myNotifications'];
const CHANGES: readonly Operation[] = [
  'acknowledgeCase',
  'completeEmergencyStep',
  'recordPoliceReport',
  'recordExternalSource',
  'closeCase',
  'recordWelfareNote',
];

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(T0);
  for (const [actor, username] of Object.entries(ACTORS))
    clients.set(actor as Actor, await app.signedIn(username));
});
afterAll(async () => {
  await app.close();
});

describe.each([
  { title: 'REP-7, REP-8: an ordinary confidential case', overrides: {}, expected: ORDINARY },
  {
    title: 'REP-11, REP-7, REP-8: a confidential case whose suspect is the head',
    overrides: { isSuspectHead: true },
    expected: HEAD_IS_SUSPECT,
  },
  { title: 'REP-7: an abuse case by a staff member', overrides: { category: 'ABUSE' }, expected: NOT_SEXUAL },
  {
    title: 'REP-7: a bullying case between pupils',
    overrides: { category: 'BULLYING_VIOLENCE', suspectType: 'STUDENT', suspectDescription: null },
    expected: {
      ...NOT_SEXUAL,
      // No staff suspect: no emergency checklist (REP-6) for anyone.
      ...Object.fromEntries(
        Object.entries(NOT_SEXUAL).map(([actor, row]) => [
          actor,
          {
            ...row,
            completeEmergencyStep: row.completeEmergencyStep === A ? X : row.completeEmergencyStep,
          },
        ]),
      ),
    } as Table,
  },
])('$title', ({ title, overrides, expected }) => {
  let caseId: string;
  beforeAll(async () => {
    caseId = await recordCase(overrides);
    // A REP-10 note by the reporter, for the welfareNotes column.
    const noted = await as('reporter').request(
      `mutation($input: RecordWelfareNoteInput!) { recordWelfareNote(input: $input) { __typename } }`,
      {
        input: {
          caseId,
          concernNote: WELFARE_NOTE,
          guardianToldAt: T0.toISOString(),
          isStudySuspended: true,
        },
      },
    );
    expect(noted.body.data?.recordWelfareNote).toEqual({ __typename: 'Case' });
  });

  it.each(READS)(`${title}: %s`, async (operation) => {
    const actual = {} as Record<Actor, Outcome | string>;
    for (const actor of Object.keys(ACTORS) as Actor[])
      actual[actor] = await readProbe(operation, actor, caseId);
    check(
      `${title}: ${operation}`,
      Object.fromEntries(Object.keys(ACTORS).map((a) => [a, expected[a as Actor][operation]])) as Record<
        Actor,
        Outcome
      >,
      actual,
    );
  });

  it.each(CHANGES)(`${title}: %s`, async (operation) => {
    const actual = {} as Record<Actor, Outcome | string>;
    for (const actor of Object.keys(ACTORS) as Actor[])
      actual[actor] = await mutationProbe(operation, actor, overrides);
    check(
      `${title}: ${operation}`,
      Object.fromEntries(Object.keys(ACTORS).map((a) => [a, expected[a as Actor][operation]])) as Record<
        Actor,
        Outcome
      >,
      actual,
    );
  });
});

describe('the whole case-level matrix', () => {
  it('REP-7, REP-8, REP-11: 0 unexpected allows and 0 unexpected denies over every actor × operation', () => {
    expect(tally.cells).toBe(4 * OPERATIONS.length * Object.keys(ACTORS).length);
    expect({
      unexpectedAllows: tally.unexpectedAllows,
      unexpectedDenies: tally.unexpectedDenies,
      other: tally.otherMismatches,
    }).toEqual({
      unexpectedAllows: [],
      unexpectedDenies: [],
      other: [],
    });
  });
});
