import { denial, typename } from '../../test-support/access-matrix-answers';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';

// Rows and probes of issue 4 for the shared role × operation matrix (shared/auth/access-matrix.integration.test.ts).
// They check the role gate; the case-level rows (reporter, head in conflict, SAFETY in and outside the group...)
// are in incidents-case-access.integration.test.ts.
type Outcome = 'ALLOW' | 'HIDDEN' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const A: Outcome = 'ALLOW';
const H: Outcome = 'HIDDEN';
const F: Outcome = 'FORBIDDEN';
const U: Outcome = 'UNAUTHENTICATED';

const ACTOR_KEYS = [
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
type ActorKey = (typeof ACTOR_KEYS)[number];
const INSTITUTION_STAFF: readonly ActorKey[] = ['teacher', 'head.primary', 'head.kg', 'staff'];
const HEADS: readonly ActorKey[] = ['head.primary', 'head.kg'];
const SECTIONS: readonly ActorKey[] = [
  'basic',
  'preschool',
  'vocational',
  'safety',
  'inspect',
  'personnel',
  'policy',
];

function row(
  allowed: readonly ActorKey[],
  outcome: Outcome,
  signedInDefault: Outcome = F,
): Record<string, readonly [Outcome, Outcome]> {
  return Object.fromEntries(
    ACTOR_KEYS.map((key) => {
      const cell = key === 'anonymous' ? U : allowed.includes(key) ? outcome : signedInDefault;
      return [key, [cell, cell] as const];
    }),
  );
}

const VIEWERS: readonly ActorKey[] = [...INSTITUTION_STAFF, ...SECTIONS, 'leader'];
const EVERYONE: readonly ActorKey[] = ACTOR_KEYS.filter((k) => k !== 'anonymous');

export const INCIDENT_MATRIX_ROWS = {
  // A random id: the role gate passes, then the case is "not found" (HIDDEN).
  case: row(VIEWERS, H),
  cases: row(VIEWERS, A),
  recordDisclosure: row(INSTITUTION_STAFF, A),
  reportableStaff: row(INSTITUTION_STAFF, A),
  acknowledgeCase: row([...HEADS, ...SECTIONS], H),
  completeEmergencyStep: row([...HEADS, ...SECTIONS], H),
  recordPoliceReport: row(VIEWERS, H),
  recordExternalSource: row(SECTIONS, H),
  closeCase: row([...HEADS, ...SECTIONS], H),
  recordWelfareNote: row(VIEWERS, H),
  // PRV-10: whoever may close a case records its bullying steps (bullying-steps.integration.test.ts).
  recordBullyingStep: row([...HEADS, ...SECTIONS], H),
  myNotifications: row(EVERYONE, A),
  markNotificationRead: row(EVERYONE, H),
  mailOutbox: row(['admin'], A),
  reportingChannels: row(EVERYONE, A),
};

const MISSING = '00000000-0000-4000-8000-000000000000';

type Probe = (input: { client: () => Promise<GraphQLTestClient> }) => Promise<Outcome>;

const mutation =
  (field: string, call: string, variables: Record<string, unknown>): Probe =>
  async ({ client }) => {
    const response = await (
      await client()
    ).request(
      `mutation($input: ${call}) { ${field}(${call.startsWith('ID') ? 'caseId' : 'input'}: $input) { __typename } }`,
      variables,
    );
    return denial(response) ?? (typename(response, field) === 'CaseNotFoundError' ? H : A);
  };

export const INCIDENT_MATRIX_PROBES: Record<string, Probe> = {
  case: async ({ client }) => {
    const response = await (
      await client()
    ).request('query($id: ID!) { case(id: $id) { id } }', { id: MISSING });
    return denial(response) ?? (response.body.data?.case ? A : H);
  },
  cases: async ({ client }) =>
    denial(await (await client()).request('{ cases(first: 1) { totalCount } }')) ?? A,
  reportableStaff: async ({ client }) =>
    denial(await (await client()).request('{ reportableStaff(first: 5) { id name role } }')) ?? A,
  // An invalid record (no child name): passes the gate, answers ValidationError, creates nothing.
  recordDisclosure: mutation('recordDisclosure', 'RecordDisclosureInput!', {
    input: {
      channel: 'ORAL',
      category: 'OTHER',
      suspectType: 'UNKNOWN',
      childName: '',
      childClass: 'x',
      childStatement: 'x',
      isChildInDanger: false,
    },
  }),
  acknowledgeCase: mutation('acknowledgeCase', 'ID!', { input: MISSING }),
  completeEmergencyStep: mutation('completeEmergencyStep', 'CompleteEmergencyStepInput!', {
    input: { caseId: MISSING, step: 'PROTECT_SCENE' },
  }),
  recordPoliceReport: mutation('recordPoliceReport', 'RecordPoliceReportInput!', {
    input: { caseId: MISSING, reportedAt: '2026-03-02T01:00:00Z', policeStation: 'x', receiptNumber: 'x' },
  }),
  recordExternalSource: mutation('recordExternalSource', 'RecordExternalSourceInput!', {
    input: { caseId: MISSING, source: 'TIP', learnedAt: '2026-03-02T01:00:00Z' },
  }),
  closeCase: mutation('closeCase', 'CloseCaseInput!', { input: { caseId: MISSING, reason: 'RESOLVED' } }),
  recordWelfareNote: mutation('recordWelfareNote', 'RecordWelfareNoteInput!', {
    input: { caseId: MISSING, concernNote: 'x', isStudySuspended: false },
  }),
  recordBullyingStep: mutation('recordBullyingStep', 'RecordBullyingStepInput!', {
    input: { caseId: MISSING, step: 'INVESTIGATION', completedAt: '2026-01-01T00:00:00Z', note: 'x' },
  }),
  myNotifications: async ({ client }) =>
    denial(await (await client()).request('{ myNotifications(first: 1) { unreadCount } }')) ?? A,
  markNotificationRead: async ({ client }) => {
    const response = await (
      await client()
    ).request('mutation($id: ID!) { markNotificationRead(id: $id) { __typename } }', { id: MISSING });
    return denial(response) ?? (typename(response, 'markNotificationRead') === 'CaseNotFoundError' ? H : A);
  },
  mailOutbox: async ({ client }) =>
    denial(await (await client()).request('{ mailOutbox(first: 1) { edges { node { id } } } }')) ?? A,
  reportingChannels: async ({ client }) =>
    denial(await (await client()).request('{ reportingChannels { hotline } }')) ?? A,
};
