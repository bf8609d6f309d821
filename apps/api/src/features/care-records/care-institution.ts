import {
  careRecordsAccess,
  toZoned,
  type CareRecordsAccess,
  type DistrictPolicy,
  type InstitutionKind,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import { toAccessActor, type SignedInActor } from '../../shared/auth/actor';
import { ValidationError } from '../../shared/graphql/error-result';
import { isUuid, startOfDay } from '../places/place-register';
import { StaffChoice } from './care-records.type';

export interface CareInstitution {
  id: string;
  name: string;
  kind: InstitutionKind;
  access: CareRecordsAccess;
}

/**
 * The institution and what the actor may do with its care records and classes (careRecordsAccess); null
 * when missing or not readable, so a reader outside it cannot tell the two apart.
 */
export async function loadCareInstitution(
  manager: EntityManager,
  actor: SignedInActor,
  institutionId: string | null | undefined,
  policy: DistrictPolicy,
): Promise<CareInstitution | null> {
  if (!isUuid(institutionId)) return null;
  const [row]: { id: string; name: string; kind: InstitutionKind }[] = await manager.query(
    'SELECT id, name, kind FROM institution WHERE id = $1',
    [institutionId],
  );
  if (!row) return null;
  const access = careRecordsAccess({ id: row.id, kind: row.kind }, toAccessActor(actor), policy);
  return access.canView.allowed ? { ...row, access } : null;
}

/** The institution of a record (intake, class) by the record's table and id; null when the id is junk. */
export async function institutionOfRecord(
  manager: EntityManager,
  table: 'intake' | 'school_class',
  id: string | null | undefined,
): Promise<string | null> {
  if (!isUuid(id)) return null;
  const [row]: { institution_id: string }[] = await manager.query(
    `SELECT institution_id FROM ${table} WHERE id = $1`,
    [id],
  );
  return row?.institution_id ?? null;
}

/**
 * The institution's staff register as the forms offer it (head teacher, course teacher): serving staff
 * and candidates, never a dismissed one. Only for those who record (names are the head's to see).
 */
export async function readStaffChoices(
  manager: EntityManager,
  institution: CareInstitution,
  isRecorder: boolean,
): Promise<StaffChoice[]> {
  if (!isRecorder) return [];
  return manager.query(
    `SELECT id, name, post, role FROM staff_member
      WHERE institution_id = $1 AND status IN ('ACTIVE', 'CANDIDATE')
      ORDER BY name, id LIMIT 500`,
    [institution.id],
  );
}

/** Is this staff member on the institution's register and not dismissed? */
export async function isOnRegister(
  manager: EntityManager,
  institutionId: string,
  staffId: string | null | undefined,
): Promise<boolean> {
  if (!isUuid(staffId)) return false;
  const [row] = await manager.query(
    `SELECT 1 FROM staff_member WHERE id = $1 AND institution_id = $2 AND status IN ('ACTIVE', 'CANDIDATE')`,
    [staffId, institutionId],
  );
  return Boolean(row);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** Today in the district's zone, 'YYYY-MM-DD'. */
export function todayOf(now: Date, policy: DistrictPolicy): string {
  const today = toZoned(now, policy.timeZone);
  return `${today.year}-${pad(today.month)}-${pad(today.day)}`;
}

/**
 * A calendar day 'YYYY-MM-DD' as the instant its morning starts in the district's zone (dates travel as
 * days), or a ValidationError naming the field; `notFuture` refuses a day after today.
 */
export function parseDay(
  value: string | null | undefined,
  field: string,
  now: Date,
  policy: DistrictPolicy,
  notFuture = false,
): Date | ValidationError {
  const day = value?.trim() ?? '';
  const parsed = DAY.test(day) ? new Date(`${day}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) {
    return ValidationError.of(field, `${field} must be a day YYYY-MM-DD`);
  }
  if (notFuture && day > todayOf(now, policy)) {
    return ValidationError.of(field, `${field} may not be in the future`);
  }
  return startOfDay(day, policy);
}
