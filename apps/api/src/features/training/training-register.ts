import {
  schoolYearRange,
  trainingCoverage,
  type DistrictPolicy,
  type EmploymentType,
  type PeriodRange,
  type RegisterMember,
  type StaffRole,
  type TrainingCoverage as DomainCoverage,
  type TrainingTopic,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import { badUserInputError } from '../../shared/graphql/errors';

// The facts the domain's trainingCoverage runs over, read from the staff register, the classes and the
// attendance: one institution at a time (the head's page) or many at once (the district overview).

export interface RegisterRow extends RegisterMember {
  institutionId: string;
  name: string;
  post: string;
}

/**
 * The serving staff (ACTIVE) of these institutions, every employment type and role. A staff member who
 * heads an open class is a head teacher 班主任 for training (PRV-10), whatever the register's role says.
 */
export async function loadRegisters(
  manager: EntityManager,
  institutionIds: string[],
): Promise<RegisterRow[]> {
  if (institutionIds.length === 0) return [];
  const rows: {
    id: string;
    institution_id: string;
    name: string;
    post: string;
    role: StaffRole;
    employment_type: EmploymentType;
    heads_class: boolean;
  }[] = await manager.query(
    `SELECT m.id, m.institution_id, m.name, m.post, m.role, m.employment_type,
            EXISTS (SELECT 1 FROM school_class c
                     WHERE c.head_teacher_staff_id = m.id AND c.closed_at IS NULL) AS heads_class
       FROM staff_member m
      WHERE m.institution_id = ANY($1) AND m.status = 'ACTIVE'
      ORDER BY m.name, m.id`,
    [institutionIds],
  );
  return rows.map((r) => ({
    staffId: r.id,
    institutionId: r.institution_id,
    name: r.name,
    post: r.post,
    role: r.heads_class ? 'HEAD_TEACHER' : r.role,
    employmentType: r.employment_type,
  }));
}

/** The school year asked for (its start year, e.g. 2026 for 2026-2027), or the current one. */
export function schoolYearAt(now: Date, policy: DistrictPolicy, startYear: number | null | undefined) {
  if (startYear === null || startYear === undefined) return { at: now, range: schoolYearRange(now, policy) };
  if (!Number.isInteger(startYear) || startYear < 2000 || startYear > 2100)
    throw badUserInputError('schoolYear must be a year between 2000 and 2100');
  // Mid-month of the year's first month: inside the school year in every zone.
  const range = schoolYearRange(new Date(Date.UTC(startYear, policy.schoolYearStartMonth - 1, 15)), policy);
  if (range.start.getTime() > now.getTime()) throw badUserInputError('schoolYear has not started yet');
  // A past year is counted to its end; the current one up to now.
  const at = new Date(Math.min(now.getTime(), range.end.getTime() - 1));
  return { at, range };
}

/** Attendance of these staff at sessions of the topic held in the range (any organiser). */
export async function loadAttendance(
  manager: EntityManager,
  staffIds: string[],
  topic: TrainingTopic,
  range: PeriodRange,
) {
  if (staffIds.length === 0) return { sessions: [], attendance: [] };
  const rows: { session_id: string; held_at: Date; staff_id: string }[] = await manager.query(
    `SELECT s.id AS session_id, s.held_at, a.staff_id
       FROM training_attendance a JOIN training_session s ON s.id = a.session_id
      WHERE a.staff_id = ANY($1) AND s.topic = $2 AND s.held_at >= $3 AND s.held_at < $4`,
    [staffIds, topic, range.start, range.end],
  );
  const sessions = [...new Map(rows.map((r) => [r.session_id, r.held_at])).entries()].map(([id, heldAt]) => ({
    id,
    topic,
    heldAt,
  }));
  return { sessions, attendance: rows.map((r) => ({ sessionId: r.session_id, staffId: r.staff_id })) };
}

/** The domain's coverage of each institution's register, in one pass over the loaded facts. */
export async function coverageOf(
  manager: EntityManager,
  institutionIds: string[],
  topic: TrainingTopic,
  at: Date,
  range: PeriodRange,
  policy: DistrictPolicy,
): Promise<Map<string, { coverage: DomainCoverage; register: RegisterRow[] }>> {
  const register = await loadRegisters(manager, institutionIds);
  const { sessions, attendance } = await loadAttendance(
    manager,
    register.map((m) => m.staffId),
    topic,
    range,
  );
  const byInstitution = new Map<string, RegisterRow[]>(institutionIds.map((id) => [id, []]));
  for (const member of register) byInstitution.get(member.institutionId)?.push(member);
  const result = new Map<string, { coverage: DomainCoverage; register: RegisterRow[] }>();
  for (const institutionId of institutionIds) {
    const own = byInstitution.get(institutionId) ?? [];
    result.set(institutionId, {
      coverage: trainingCoverage(own, sessions, attendance, topic, at, policy),
      register: own,
    });
  }
  return result;
}
