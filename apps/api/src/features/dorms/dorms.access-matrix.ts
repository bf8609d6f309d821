// Rows and probes of the access matrix (shared/auth/access-matrix.integration.test.ts) for dorm entries.
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

const SECTIONS = ['basic', 'preschool', 'vocational', 'safety', 'inspect', 'personnel', 'policy'] as const;
const BOARDING = '九龙坡区谢家湾小学';

/** Everyone but the door's keepers: the role gate (RECORD_DORM_ENTRIES: heads and staff) refuses. */
function door(headPrimary: readonly [Outcome, Outcome], others: readonly [Outcome, Outcome]): Row {
  return {
    anonymous: [U, U],
    teacher: [F, F],
    admin: [F, F],
    leader: [F, F],
    ...Object.fromEntries(SECTIONS.map((s) => [s, [F, F] as const])),
    'head.primary': headPrimary,
    'head.kg': others,
    staff: others,
  };
}

// 谢家湾小学 boards; 机关幼儿园 and the training institution do not. The matrix's STAFF account has no
// staff record, so it keeps no door (PRV-4: only dormitory staff do).
export const DORMS_MATRIX: Record<string, Row> = {
  // The head, 安稳办 and leadership read (dormEntriesScope); other sections' role reaches an empty list.
  dormEntries: {
    anonymous: [U, U],
    teacher: [F, F],
    staff: [F, F],
    admin: [F, F],
    'head.primary': [A, H],
    'head.kg': [A, H],
    ...Object.fromEntries(SECTIONS.map((s) => [s, [H, H] as const])),
    safety: [A, A],
    leader: [A, A],
  },
  // No institution argument: own and other answer alike.
  dormDoor: door([A, A], [H, H]),
  dormDoorPeople: door([A, A], [H, H]),
  // ALLOW includes a refused attempt (recorded and audited) and an exit already recorded.
  recordDormEntry: door([A, H], [F, H]),
  recordDormExit: door([A, H], [F, H]),
};

let fixture: Promise<Map<string, { entryId: string; staffId: string }>> | null = null;

/** One open entry at every institution and a boarding 谢家湾小学, arranged by the owner once per app. */
function entriesOf(app: TestApp) {
  fixture ??= (async () => {
    await app.owner.query('UPDATE institution SET is_boarding = (name = $1)', [BOARDING]);
    const rows: { id: string; institution_id: string; staff_member_id: string }[] = await app.owner.query(
      `INSERT INTO dorm_entry (institution_id, staff_member_id, purpose, decision, entered_at, is_night,
                               recorded_by_account_id)
       SELECT i.id, (SELECT m.id FROM staff_member m WHERE m.institution_id = i.id ORDER BY m.id LIMIT 1),
              'OTHER', 'ALLOWED', now(), false, (SELECT id FROM account WHERE username = 'admin')
         FROM institution i
        WHERE EXISTS (SELECT 1 FROM staff_member m WHERE m.institution_id = i.id)
       RETURNING id, institution_id, staff_member_id`,
    );
    return new Map(rows.map((r) => [r.institution_id, { entryId: r.id, staffId: r.staff_member_id }]));
  })();
  return fixture;
}

function judge(response: Parameters<typeof denial>[0], field: string): Outcome {
  const denied = denial(response);
  if (denied) return denied;
  switch (typename(response, field)) {
    case 'DormEntry':
    case 'DormEntryRefusedError':
    case 'DormStateError':
      return A;
    case 'DormForbiddenError':
      return F;
    case 'DormNotFoundError':
      return H;
    default:
      throw new Error(`Unexpected answer: ${response.text}`);
  }
}

export const DORMS_PROBES: Record<string, (input: ProbeInput) => Promise<Outcome>> = {
  dormEntries: async ({ app, client, target }) => {
    await entriesOf(app);
    const response = await (
      await client()
    ).request('query($id: ID) { dormEntries(filter: { institutionId: $id }) { totalCount } }', {
      id: target.id,
    });
    const list = response.body.data?.dormEntries as { totalCount: number } | undefined;
    return denial(response) ?? (list && list.totalCount > 0 ? A : H);
  },
  dormDoor: async ({ app, client }) => {
    await entriesOf(app);
    const response = await (await client()).request('{ dormDoor { canRecordEntry } }');
    const found = response.body.data?.dormDoor as { canRecordEntry: boolean } | null | undefined;
    return denial(response) ?? (found?.canRecordEntry ? A : H);
  },
  dormDoorPeople: async ({ app, client }) => {
    await entriesOf(app);
    const response = await (await client()).request('{ dormDoorPeople(search: "") { id } }');
    const people = response.body.data?.dormDoorPeople as unknown[] | undefined;
    return denial(response) ?? (people && people.length > 0 ? A : H);
  },
  recordDormEntry: async ({ app, client, target }) => {
    const entries = await entriesOf(app);
    const response = await (
      await client()
    ).request('mutation($input: RecordDormEntryInput!) { recordDormEntry(input: $input) { __typename } }', {
      input: { staffMemberId: entries.get(target.id)!.staffId, purpose: 'DORM_CHECK' },
    });
    return judge(response, 'recordDormEntry');
  },
  recordDormExit: async ({ app, client, target }) => {
    const entries = await entriesOf(app);
    const response = await (
      await client()
    ).request('mutation($input: RecordDormExitInput!) { recordDormExit(input: $input) { __typename } }', {
      input: { entryId: entries.get(target.id)!.entryId },
    });
    return judge(response, 'recordDormExit');
  },
};
