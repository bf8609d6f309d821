// Rows and probes of the access matrix (shared/auth/access-matrix.integration.test.ts) for the place register.
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

/**
 * The role gate first (VIEW_MONITORED_PLACES: heads, sections, leadership), then monitoredPlacesAccess
 * (PRV-2): the head her own; 安稳办, 督导室 and the supervising section (ORG-1); leadership. `reader` is
 * what a reader who may not record gets (FORBIDDEN for a change, ALLOW for a read).
 */
function row(head: readonly [Outcome, Outcome], reader: Outcome): Row {
  const R = reader;
  return {
    anonymous: [U, U],
    teacher: [F, F],
    staff: [F, F],
    admin: [F, F],
    'head.primary': head,
    'head.kg': head,
    basic: [R, H],
    preschool: [R, H],
    vocational: [R, H],
    safety: [R, R],
    inspect: [R, R],
    personnel: [H, H],
    policy: [H, H],
    leader: [R, R],
  };
}

export const PLACES_MATRIX: Record<string, Row> = {
  monitoredPlaces: row([A, H], A),
  // The district overview: the target institution is listed (ALLOW) or not (HIDDEN).
  placeRegisters: row([A, H], A),
  recordMonitoredPlace: row([A, H], F),
  recordBlindSpotSelfInspection: row([A, H], F),
};

function judge(response: Parameters<typeof denial>[0], field: string): Outcome {
  const denied = denial(response);
  if (denied) return denied;
  switch (typename(response, field)) {
    case 'MonitoredPlaceRegister':
      return A;
    case 'PlaceForbiddenError':
      return F;
    case 'PlaceNotFoundError':
      return H;
    default:
      throw new Error(`Unexpected answer: ${response.text}`);
  }
}

export const PLACES_PROBES: Record<string, (input: ProbeInput) => Promise<Outcome>> = {
  monitoredPlaces: async ({ client, target }) => {
    const response = await (
      await client()
    ).request('query($id: ID!) { monitoredPlaces(institutionId: $id) { institutionId } }', { id: target.id });
    return denial(response) ?? (response.body.data?.monitoredPlaces ? A : H);
  },
  placeRegisters: async ({ client, target }) => {
    const response = await (await client()).request('query { placeRegisters { institutionId } }');
    const listed = (response.body.data?.placeRegisters as { institutionId: string }[] | undefined) ?? [];
    return denial(response) ?? (listed.some((r) => r.institutionId === target.id) ? A : H);
  },
  recordMonitoredPlace: async ({ client, target, attempt }) => {
    const response = await (
      await client()
    ).request(
      'mutation($input: RecordMonitoredPlaceInput!) { recordMonitoredPlace(input: $input) { __typename } }',
      {
        input: {
          institutionId: target.id,
          name: `矩阵 ${attempt}`,
          kind: 'ONE_TO_ONE_ROOM',
          roomType: 'COUNSELLING',
          isMonitored: false,
          cameraCount: 0,
        },
      },
    );
    return judge(response, 'recordMonitoredPlace');
  },
  recordBlindSpotSelfInspection: async ({ client, target }) => {
    const response = await (
      await client()
    ).request(
      'mutation($input: RecordBlindSpotSelfInspectionInput!) { recordBlindSpotSelfInspection(input: $input) { __typename } }',
      { input: { institutionId: target.id, inspectedOn: '2020-01-01' } },
    );
    return judge(response, 'recordBlindSpotSelfInspection');
  },
};
