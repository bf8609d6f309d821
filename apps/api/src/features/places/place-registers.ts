import {
  blindSpotSelfInspectionDueAt,
  monitoredPlacesAccess,
  placeRegisterGaps,
  readsMonitoredPlaces,
  type DistrictPolicy,
  type InstitutionKind,
  type MonitoredPlaceKind,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import { toAccessActor, type SignedInActor } from '../../shared/auth/actor';
import { badUserInputError } from '../../shared/graphql/errors';
import { kindsOfSection, STREET_MAX_LENGTH } from '../incidents/case-filter-conditions';
import { startOfDay } from './place-register';
import type { PlaceRegisterFilter } from './places.inputs';
import type { PlaceRegisterSummary } from './places.type';

/**
 * PRV-2: the place registers of the institutions the viewer reads (monitoredPlacesAccess decides, one
 * institution at a time), with the dashboard's filters, by name; counts and gaps from the domain
 * (placeRegisterGaps, blindSpotSelfInspectionDueAt). Three statements whatever the number of institutions.
 */
export async function listPlaceRegisters(
  manager: EntityManager,
  actor: SignedInActor,
  filter: PlaceRegisterFilter | null | undefined,
  now: Date,
  policy: DistrictPolicy,
): Promise<PlaceRegisterSummary[]> {
  if (filter?.street !== null && filter?.street !== undefined) {
    if (filter.street.trim() === '' || filter.street.length > STREET_MAX_LENGTH)
      throw badUserInputError(`street must be 1 to ${STREET_MAX_LENGTH} characters`);
  }
  const viewer = toAccessActor(actor);
  if (!readsMonitoredPlaces(viewer)) return [];
  const kinds = filter?.section ? kindsOfSection(filter.section, policy) : null;
  const institutions: { id: string; name: string; kind: InstitutionKind; street: string | null }[] =
    await manager.query(
      `SELECT id, name, kind, street FROM institution
        WHERE ($1::varchar[] IS NULL OR kind = ANY($1)) AND ($2::varchar IS NULL OR kind = $2)
          AND ($3::varchar IS NULL OR street = $3)
        ORDER BY name, id`,
      [kinds, filter?.institutionKind ?? null, filter?.street ?? null],
    );
  const readable = institutions.filter(
    (i) => monitoredPlacesAccess({ id: i.id, kind: i.kind }, viewer, policy).canView.allowed,
  );
  if (readable.length === 0) return [];
  const ids = readable.map((i) => i.id);
  const places: { id: string; institution_id: string; kind: MonitoredPlaceKind; is_monitored: boolean }[] =
    await manager.query(
      'SELECT id, institution_id, kind, is_monitored FROM monitored_place WHERE institution_id = ANY($1::uuid[])',
      [ids],
    );
  const lastRows: { institution_id: string; inspected_on: string }[] = await manager.query(
    `SELECT institution_id, to_char(max(inspected_on), 'YYYY-MM-DD') AS inspected_on
       FROM blind_spot_self_inspection WHERE institution_id = ANY($1::uuid[]) GROUP BY institution_id`,
    [ids],
  );
  const lastOf = new Map(lastRows.map((r) => [r.institution_id, r.inspected_on]));
  const summaries = readable.map((institution) => {
    const own = places
      .filter((p) => p.institution_id === institution.id)
      .map((p) => ({ id: p.id, kind: p.kind, isMonitored: p.is_monitored }));
    const lastOn = lastOf.get(institution.id) ?? null;
    const lastAt = lastOn ? startOfDay(lastOn, policy) : null;
    const dueAt = blindSpotSelfInspectionDueAt(lastAt, now, policy);
    const gaps = placeRegisterGaps(
      { institutionKind: institution.kind, lastBlindSpotSelfInspectionAt: lastAt, places: own },
      now,
      policy,
    );
    const rooms = own.filter((p) => p.kind === 'ONE_TO_ONE_ROOM');
    return {
      institutionId: institution.id,
      institutionName: institution.name,
      institutionKind: institution.kind,
      street: institution.street,
      placeCount: own.length,
      oneToOneRooms: rooms.length,
      unmonitoredOneToOneRooms: rooms.filter((p) => !p.isMonitored).length,
      lastBlindSpotSelfInspectionOn: lastOn,
      blindSpotSelfInspectionDueAt: dueAt,
      isBlindSpotSelfInspectionDue: dueAt <= now,
      gaps: [...new Set(gaps.map((g) => g.code))],
    };
  });
  return filter?.onlyWithGaps ? summaries.filter((s) => s.gaps.length > 0) : summaries;
}
