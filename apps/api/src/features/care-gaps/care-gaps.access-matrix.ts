// Rows and probes of the prevention gaps (PRV-2, PRV-5 to PRV-10) for the shared role × operation matrix
// (shared/auth/access-matrix.integration.test.ts). Any signed-in person may ask; careRecordsAccess answers:
// the head her own institution's gaps, its inspectors (安稳办, 督导室, the supervising section) and
// leadership the counts; anyone else gets null (answered as missing).
import { denial } from '../../test-support/access-matrix-answers';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';

type Outcome = 'ALLOW' | 'HIDDEN' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const A: Outcome = 'ALLOW';
const H: Outcome = 'HIDDEN';
const U: Outcome = 'UNAUTHENTICATED';
type Row = Record<string, readonly [own: Outcome, other: Outcome]>;

export const CARE_GAPS_MATRIX: Record<string, Row> = {
  preventionGaps: {
    anonymous: [U, U],
    teacher: [H, H],
    'head.primary': [A, H],
    'head.kg': [A, H],
    staff: [H, H],
    // A supervising section counts the gaps of the kinds it supervises (its own institution here).
    basic: [A, H],
    preschool: [A, H],
    vocational: [A, H],
    safety: [A, A],
    inspect: [A, A],
    personnel: [H, H],
    policy: [H, H],
    leader: [A, A],
    admin: [H, H],
  },
  // Counts only, of the institutions the viewer counts: ALLOW when the target institution is listed.
  preventionGapOverview: {
    anonymous: [U, U],
    teacher: [H, H],
    'head.primary': [A, H],
    'head.kg': [A, H],
    staff: [H, H],
    basic: [A, H],
    preschool: [A, H],
    vocational: [A, H],
    safety: [A, A],
    inspect: [A, A],
    personnel: [H, H],
    policy: [H, H],
    leader: [A, A],
    admin: [H, H],
  },
};

type Probe = (input: {
  client: () => Promise<GraphQLTestClient>;
  target: { id: string; name: string };
}) => Promise<Outcome>;

export const CARE_GAPS_PROBES: Record<string, Probe> = {
  preventionGaps: async ({ client, target }) => {
    const response = await (
      await client()
    ).request('query($id: ID!) { preventionGaps(institutionId: $id) { total } }', { id: target.id });
    return denial(response) ?? (response.body.data?.preventionGaps ? A : H);
  },
  preventionGapOverview: async ({ client, target }) => {
    const response = await (await client()).request('{ preventionGapOverview { institutionId total } }');
    const rows = response.body.data?.preventionGapOverview as { institutionId: string }[] | undefined;
    return denial(response) ?? (rows?.some((row) => row.institutionId === target.id) ? A : H);
  },
};
