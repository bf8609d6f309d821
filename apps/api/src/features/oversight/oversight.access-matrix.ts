import { denial } from '../../test-support/access-matrix-answers';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';

// Rows and probes of issue 10 for the shared role × operation matrix (shared/auth/access-matrix.integration.test.ts).
// oversightAccess / institutionRecordAccess (ORG-1, ORG-3): the committee sees the dashboard over its
// scope; a head sees her own institution's card; teachers, other staff and the administrator see no figures.
type Outcome = 'ALLOW' | 'HIDDEN' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const A: Outcome = 'ALLOW';
const H: Outcome = 'HIDDEN';
const F: Outcome = 'FORBIDDEN';
const U: Outcome = 'UNAUTHENTICATED';
type Row = Record<string, readonly [own: Outcome, other: Outcome]>;
type Probe = (input: {
  client: () => Promise<GraphQLTestClient>;
  target: { id: string; name: string };
}) => Promise<Outcome>;

export const OVERSIGHT_MATRIX: Record<string, Row> = {
  oversight: {
    anonymous: [U, U],
    teacher: [F, F],
    'head.primary': [F, F],
    'head.kg': [F, F],
    staff: [F, F],
    basic: [A, A],
    preschool: [A, A],
    vocational: [A, A],
    safety: [A, A],
    inspect: [A, A],
    personnel: [A, A],
    policy: [A, A],
    leader: [A, A],
    admin: [F, F],
  },
  institutionRecord: {
    anonymous: [U, U],
    teacher: [F, F],
    'head.primary': [A, H],
    'head.kg': [A, H],
    staff: [F, F],
    basic: [A, H],
    preschool: [A, H],
    vocational: [A, H],
    safety: [A, A],
    inspect: [A, A],
    personnel: [A, A],
    policy: [A, A],
    leader: [A, A],
    admin: [F, F],
  },
  // VET-11 (misconductCountFilter): the list behind OPEN_MISCONDUCT, for whoever handles or oversees some
  // misconduct case; refused to anyone else. Its rows are the figure's (never a case about the viewer).
  misconductCases: {
    anonymous: [U, U],
    teacher: [F, F],
    'head.primary': [A, A],
    'head.kg': [A, A],
    staff: [F, F],
    basic: [A, A],
    preschool: [A, A],
    vocational: [A, A],
    safety: [F, F],
    inspect: [F, F],
    personnel: [A, A],
    policy: [F, F],
    leader: [A, A],
    admin: [F, F],
  },
};

export const OVERSIGHT_PROBES: Record<string, Probe> = {
  oversight: async ({ client }) =>
    denial(await (await client()).request('{ oversight { indicators { id value } } }')) ?? A,
  institutionRecord: async ({ client, target }) => {
    const response = await (
      await client()
    ).request('query($id: ID!) { institutionRecord(id: $id) { institution { id } } }', { id: target.id });
    return denial(response) ?? (response.body.data?.institutionRecord ? A : H);
  },
  misconductCases: async ({ client, target }) =>
    denial(
      await (
        await client()
      ).request('query($id: ID) { misconductCases(filter: { institutionId: $id }) { totalCount } }', {
        id: target.id,
      }),
    ) ?? A,
};
