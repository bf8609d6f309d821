import {
  dormAccess,
  dormEntriesScope,
  type DormAccess,
  type DormRefusal,
  type InstitutionKind,
  type StaffRole,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { toAccessActor, type SignedInActor } from '../../shared/auth/actor';
import { signedIn } from '../../shared/auth/signed-in';
import { decodeCursor, encodeCursor, pageSize } from '../../shared/graphql/connection';
import { badUserInputError } from '../../shared/graphql/errors';
import { isUuid } from '../places/place-register';
import type { DormDecision, DormPurpose } from './dorm-entry.entity';
import type { DormEntryFilter } from './dorms.inputs';
import { DormEntry, type DormDoor, type DormDoorPerson, type DormEntryConnection } from './dorms.type';

export interface DoorInstitution {
  id: string;
  name: string;
  kind: InstitutionKind;
  isBoarding: boolean;
  access: DormAccess;
}

/** The institution of a dormitory door and what the actor may do there; null when missing. */
export async function loadDoorInstitution(
  manager: EntityManager,
  actor: SignedInActor,
  institutionId: string | null,
): Promise<DoorInstitution | null> {
  if (!isUuid(institutionId)) return null;
  const [row]: { id: string; name: string; kind: InstitutionKind; is_boarding: boolean }[] =
    await manager.query('SELECT id, name, kind, is_boarding FROM institution WHERE id = $1', [institutionId]);
  if (!row) return null;
  const facts = { institution: { id: row.id, kind: row.kind }, isBoarding: row.is_boarding };
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    isBoarding: row.is_boarding,
    access: dormAccess(facts, toAccessActor(actor), actor.staffRole ?? null),
  };
}

interface EntryRow {
  id: string;
  institution_id: string;
  institution_name: string;
  staff_member_id: string;
  staff_name: string;
  staff_role: StaffRole;
  purpose: DormPurpose;
  purpose_note: string | null;
  decision: DormDecision;
  refusal: DormRefusal | null;
  is_registration_required: boolean;
  entered_at: Date;
  exited_at: Date | null;
  is_night: boolean;
  recorded_by_name: string;
}

const ENTRY_SELECT = `
  SELECT e.id, e.institution_id, i.name AS institution_name, e.staff_member_id, m.name AS staff_name,
         m.role AS staff_role, e.purpose, e.purpose_note, e.decision, e.refusal, e.is_registration_required,
         e.entered_at, e.exited_at, e.is_night, a.display_name AS recorded_by_name
    FROM dorm_entry e
    JOIN institution i ON i.id = e.institution_id
    JOIN staff_member m ON m.id = e.staff_member_id
    JOIN account a ON a.id = e.recorded_by_account_id`;

function toEntry(row: EntryRow, keepsDoorOf: (institutionId: string) => boolean): DormEntry {
  // A class instance: the mutations' result unions resolve their member by class.
  return Object.assign(new DormEntry(), {
    id: row.id,
    institutionId: row.institution_id,
    institutionName: row.institution_name,
    staffMemberId: row.staff_member_id,
    staffName: row.staff_name,
    staffRole: row.staff_role,
    purpose: row.purpose,
    purposeNote: row.purpose_note,
    decision: row.decision,
    refusal: row.refusal,
    isRegistrationRequired: row.is_registration_required,
    enteredAt: row.entered_at,
    exitedAt: row.exited_at,
    isNight: row.is_night,
    recordedByName: row.recorded_by_name,
    canRecordExit: row.decision === 'ALLOWED' && row.exited_at === null && keepsDoorOf(row.institution_id),
  });
}

/** One entry as the API shows it, read in the caller's transaction. */
export async function readEntry(
  manager: EntityManager,
  id: string,
  door: DoorInstitution,
): Promise<DormEntry> {
  const [row]: EntryRow[] = await manager.query(`${ENTRY_SELECT} WHERE e.id = $1`, [id]);
  return toEntry(row, (institutionId) => institutionId === door.id && door.access.can.recordEntry.allowed);
}

/** The row of an entry, for the exit command. */
export async function loadEntryForExit(
  manager: EntityManager,
  id: string,
): Promise<{ id: string; institution_id: string; decision: DormDecision; exited_at: Date | null } | null> {
  if (!isUuid(id)) return null;
  const [row] = await manager.query(
    'SELECT id, institution_id, decision, exited_at FROM dorm_entry WHERE id = $1 FOR UPDATE',
    [id],
  );
  return row ?? null;
}

/** The actor's own door (heads and dormitory staff keep their institution's), when it keeps one. */
async function ownDoor(manager: EntityManager, actor: SignedInActor): Promise<DoorInstitution | null> {
  const door = await loadDoorInstitution(manager, actor, actor.institutionId);
  return door?.access.can.recordEntry.allowed ? door : null;
}

/** PRV-4: dorm entries and refused attempts the viewer reads (dormEntriesScope), newest first. */
export async function listDormEntries(
  context: RequestContext,
  filter: DormEntryFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<DormEntryConnection> {
  const actor = signedIn(context);
  const size = pageSize(first, 20);
  const scope = dormEntriesScope(toAccessActor(actor));
  const empty = { items: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };
  if (!scope) return empty;
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  if (scope.type === 'INSTITUTION') add((n) => `e.institution_id = ${n}`, scope.institutionId);
  if (filter?.institutionId) {
    if (!isUuid(filter.institutionId)) return empty;
    add((n) => `e.institution_id = ${n}`, filter.institutionId);
  }
  if (filter?.from) add((n) => `e.entered_at >= ${n}`, filter.from);
  if (filter?.to) add((n) => `e.entered_at < ${n}`, filter.to);
  if (filter?.refusedOnly) conditions.push(`e.decision = 'REFUSED'`);
  if (filter?.nightOnly) conditions.push('e.is_night');
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const manager = context.dataSource.manager;
  const [{ n }]: { n: string }[] = await manager.query(
    `SELECT count(*) AS n FROM dorm_entry e ${where}`,
    params,
  );
  const pageParams = [...params];
  const pageConditions = [...conditions];
  if (after) {
    const [enteredAt, id] = decodeCursor(after, ['instant', 'uuid']);
    pageParams.push(enteredAt, id);
    pageConditions.push(`(e.entered_at, e.id) < ($${pageParams.length - 1}, $${pageParams.length})`);
  }
  pageParams.push(size + 1);
  const pageWhere = pageConditions.length > 0 ? `WHERE ${pageConditions.join(' AND ')}` : '';
  const rows: EntryRow[] = await manager.query(
    `${ENTRY_SELECT} ${pageWhere} ORDER BY e.entered_at DESC, e.id DESC LIMIT $${pageParams.length}`,
    pageParams,
  );
  const door = await ownDoor(manager, actor);
  const page = rows.slice(0, size);
  const last = page.at(-1);
  return {
    items: page.map((row) => toEntry(row, (institutionId) => institutionId === door?.id)),
    totalCount: Number(n),
    pageInfo: {
      hasNextPage: rows.length > size,
      endCursor: last ? encodeCursor([last.entered_at.toISOString(), last.id]) : null,
    },
  };
}

/** PRV-4: the viewer's own dormitory door with the people inside now; null for anyone else. */
export async function readDormDoor(context: RequestContext): Promise<DormDoor | null> {
  const actor = signedIn(context);
  const manager = context.dataSource.manager;
  const door = await loadDoorInstitution(manager, actor, actor.institutionId);
  if (!door) return null;
  const canRecordEntry = door.access.can.recordEntry.allowed;
  const rows: EntryRow[] = canRecordEntry
    ? await manager.query(
        `${ENTRY_SELECT} WHERE e.institution_id = $1 AND e.decision = 'ALLOWED' AND e.exited_at IS NULL
          ORDER BY e.entered_at, e.id LIMIT 100`,
        [door.id],
      )
    : [];
  return {
    institutionId: door.id,
    institutionName: door.name,
    isBoarding: door.isBoarding,
    canRecordEntry,
    nightStartMinute: context.policy.dormNightStartMinute,
    nightEndMinute: context.policy.dormNightEndMinute,
    inside: rows.map((row) => toEntry(row, () => true)),
  };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** PRV-4: people of the door's register whose name contains the search (at most 20), for the door page. */
export async function searchDoorPeople(context: RequestContext, search: string): Promise<DormDoorPerson[]> {
  const actor = signedIn(context);
  const manager = context.dataSource.manager;
  const door = await ownDoor(manager, actor);
  if (!door) return [];
  const query = search.trim();
  if (query.length > 60) throw badUserInputError('search is longer than 60 characters');
  return manager.query(
    `SELECT id, name, role, post FROM staff_member
      WHERE institution_id = $1 AND status <> 'DISMISSED' AND lower(name) LIKE $2
      ORDER BY name, id LIMIT 20`,
    [door.id, `%${escapeLike(query.toLowerCase())}%`],
  );
}
