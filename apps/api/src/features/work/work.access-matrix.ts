import { denial } from '../../test-support/access-matrix-answers';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';

// Rows and probes of issue 10's homes and audit filters for the shared role × operation matrix
// (shared/auth/access-matrix.integration.test.ts). myWork is every signed-in person's own list (its
// items come from the case and staff scopes: my-work.integration.test.ts); the audit person picker is
// for the audit trail's readers only, like the trail.
type Outcome = 'ALLOW' | 'HIDDEN' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const A: Outcome = 'ALLOW';
const F: Outcome = 'FORBIDDEN';
const U: Outcome = 'UNAUTHENTICATED';
type Row = Record<string, readonly [own: Outcome, other: Outcome]>;

const SIGNED_IN = [
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
const AUDIT_READERS: readonly string[] = ['leader', 'admin'];

const row = (allowed: (actor: string) => boolean): Row =>
  Object.fromEntries([
    ['anonymous', [U, U]],
    ...SIGNED_IN.map((actor) => [actor, allowed(actor) ? [A, A] : [F, F]]),
  ]) as Row;

export const WORK_MATRIX: Record<string, Row> = {
  myWork: row(() => true),
  auditActors: row((actor) => AUDIT_READERS.includes(actor)),
};

type Probe = (input: { client: () => Promise<GraphQLTestClient> }) => Promise<Outcome>;

export const WORK_PROBES: Record<string, Probe> = {
  myWork: async ({ client }) =>
    denial(await (await client()).request('{ myWork { home totalCount items { kind } } }')) ?? A,
  auditActors: async ({ client }) =>
    denial(await (await client()).request('{ auditActors(search: "a", first: 1) { id displayName } }')) ?? A,
};
