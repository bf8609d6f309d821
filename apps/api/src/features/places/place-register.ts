import {
  blindSpotSelfInspectionDueAt,
  fromZoned,
  monitoredPlacesAccess,
  placeRegisterGaps,
  type DistrictPolicy,
  type InstitutionKind,
  type MonitoredPlacesAccess,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import { toAccessActor, type SignedInActor } from '../../shared/auth/actor';
import { MonitoredPlaceEntity } from './monitored-place.entity';
import { MonitoredPlaceRegister } from './places.type';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids from the client may be junk: only a UUID reaches SQL. */
export const isUuid = (id: string | null | undefined): id is string =>
  typeof id === 'string' && UUID.test(id);

export interface PlaceInstitution {
  id: string;
  name: string;
  kind: InstitutionKind;
  access: MonitoredPlacesAccess;
}

/** The institution and what the actor may do with its register; null when missing or not readable. */
export async function loadPlaceInstitution(
  manager: EntityManager,
  actor: SignedInActor,
  institutionId: string,
  policy: DistrictPolicy,
): Promise<PlaceInstitution | null> {
  if (!isUuid(institutionId)) return null;
  const [row]: { id: string; name: string; kind: InstitutionKind }[] = await manager.query(
    'SELECT id, name, kind FROM institution WHERE id = $1',
    [institutionId],
  );
  if (!row) return null;
  const access = monitoredPlacesAccess({ id: row.id, kind: row.kind }, toAccessActor(actor), policy);
  return access.canView.allowed ? { ...row, access } : null;
}

/** The day 'YYYY-MM-DD' as the instant its morning starts in the district's zone. */
export function startOfDay(day: string, policy: DistrictPolicy): Date {
  const [year, month, date] = day.split('-').map(Number);
  return fromZoned({ year, month, day: date, hour: 0, minute: 0, second: 0 }, policy.timeZone);
}

const KIND_ORDER = `CASE p.kind WHEN 'ONE_TO_ONE_ROOM' THEN 0 ELSE 1 END`;

/** PRV-2: the register as the API shows it (two statements), its gaps from the domain. */
export async function readRegister(
  manager: EntityManager,
  institution: PlaceInstitution,
  now: Date,
  policy: DistrictPolicy,
): Promise<MonitoredPlaceRegister> {
  const places = await manager
    .getRepository(MonitoredPlaceEntity)
    .createQueryBuilder('p')
    .where('p.institution_id = :id', { id: institution.id })
    .orderBy(KIND_ORDER, 'ASC')
    .addOrderBy('p.kind', 'ASC')
    .addOrderBy('p.name', 'ASC')
    .addOrderBy('p.id', 'ASC')
    .getMany();
  const [last]: { inspected_on: string | null }[] = await manager.query(
    `SELECT to_char(max(inspected_on), 'YYYY-MM-DD') AS inspected_on
       FROM blind_spot_self_inspection WHERE institution_id = $1`,
    [institution.id],
  );
  const lastOn = last?.inspected_on ?? null;
  const lastAt = lastOn ? startOfDay(lastOn, policy) : null;
  const gaps = placeRegisterGaps(
    { institutionKind: institution.kind, lastBlindSpotSelfInspectionAt: lastAt, places },
    now,
    policy,
  );
  const gapPlaces = new Set(gaps.map((g) => g.subjectId));
  // A class instance: the mutations' result unions resolve their member by class.
  return Object.assign(new MonitoredPlaceRegister(), {
    institutionId: institution.id,
    institutionName: institution.name,
    institutionKind: institution.kind,
    places: places.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      roomType: p.roomType,
      isMonitored: p.isMonitored,
      cameraCount: p.cameraCount,
      note: p.note,
      isGap: gapPlaces.has(p.id),
      updatedAt: p.updatedAt,
    })),
    lastBlindSpotSelfInspectionOn: lastOn,
    blindSpotSelfInspectionDueAt: blindSpotSelfInspectionDueAt(lastAt, now, policy),
    gaps: gaps.map((g) => ({ code: g.code, ruleId: g.ruleId, placeId: g.subjectId ?? null })),
    viewerCan: {
      recordPlace: institution.access.can.recordPlace.allowed,
      recordBlindSpotSelfInspection: institution.access.can.recordBlindSpotSelfInspection.allowed,
    },
  });
}
