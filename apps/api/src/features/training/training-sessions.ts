import {
  isLeadership,
  recordsTrainingSessions,
  trainingSessionAccess,
  type StaffRole,
  type TrainingOrganiser,
  type TrainingSessionAccess,
  type TrainingTopic,
  type UnitCode,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { toAccessActor, type SignedInActor } from '../../shared/auth/actor';
import { signedIn } from '../../shared/auth/signed-in';
import { badUserInputError } from '../../shared/graphql/errors';
import { isUuid } from '../places/place-register';
import { TrainingRegisterMember, TrainingSession } from './training.type';

export interface SessionRow {
  id: string;
  topic: TrainingTopic;
  held_at: Date;
  trainer: string;
  materials: string | null;
  organiser_institution_id: string | null;
  organiser_institution_name: string | null;
  organiser_unit: UnitCode | null;
  attendee_count: number;
  recorded_by_name: string;
  recorded_at: Date;
}

const SESSION_SELECT = `
  SELECT s.id, s.topic, s.held_at, s.trainer, s.materials, s.organiser_institution_id,
         i.name AS organiser_institution_name, s.organiser_unit, a.display_name AS recorded_by_name,
         s.recorded_at,
         (SELECT count(*)::int FROM training_attendance t WHERE t.session_id = s.id) AS attendee_count
    FROM training_session s
    LEFT JOIN institution i ON i.id = s.organiser_institution_id
    JOIN account a ON a.id = s.recorded_by_account_id`;

export function organiserOfRow(row: Pick<SessionRow, 'organiser_institution_id' | 'organiser_unit'>) {
  return row.organiser_institution_id
    ? ({ type: 'INSTITUTION', institutionId: row.organiser_institution_id } as const)
    : ({ type: 'UNIT', unit: row.organiser_unit as UnitCode } as const);
}

/** Who would organise a session the actor records: the head's institution, or the member's unit. */
export function organiserOfActor(actor: SignedInActor): TrainingOrganiser | null {
  const accessActor = toAccessActor(actor);
  if (!recordsTrainingSessions(accessActor)) return null;
  return actor.role === 'HEAD'
    ? { type: 'INSTITUTION', institutionId: actor.institutionId as string }
    : { type: 'UNIT', unit: actor.unitCode as UnitCode };
}

export async function loadSessionRow(
  manager: EntityManager,
  id: string,
  lock = false,
): Promise<SessionRow | null> {
  if (!isUuid(id)) return null;
  if (lock) await manager.query('SELECT id FROM training_session WHERE id = $1 FOR UPDATE', [id]);
  const [row]: SessionRow[] = await manager.query(`${SESSION_SELECT} WHERE s.id = $1`, [id]);
  return row ?? null;
}

export function accessOf(row: SessionRow, actor: SignedInActor): TrainingSessionAccess {
  return trainingSessionAccess(organiserOfRow(row), toAccessActor(actor));
}

/** One session as the API shows it: attendees by name only for those who tick attendance. */
export async function toSession(
  manager: EntityManager,
  row: SessionRow,
  access: TrainingSessionAccess,
): Promise<TrainingSession> {
  const ticks = access.can.recordAttendance.allowed;
  const attendees: { staff_id: string; name: string; institution_name: string; role: StaffRole }[] = ticks
    ? await manager.query(
        `SELECT m.id AS staff_id, m.name, i.name AS institution_name, m.role
           FROM training_attendance t JOIN staff_member m ON m.id = t.staff_id
           JOIN institution i ON i.id = m.institution_id
          WHERE t.session_id = $1 ORDER BY i.name, m.name, m.id`,
        [row.id],
      )
    : [];
  // A class instance: the mutations' result unions resolve their member by class.
  return Object.assign(new TrainingSession(), {
    id: row.id,
    topic: row.topic,
    heldAt: row.held_at,
    trainer: row.trainer,
    materials: row.materials,
    organiserInstitutionId: row.organiser_institution_id,
    organiserInstitutionName: row.organiser_institution_name,
    organiserUnit: row.organiser_unit,
    attendeeCount: row.attendee_count,
    attendees: attendees.map((a) => ({
      staffId: a.staff_id,
      name: a.name,
      institutionName: a.institution_name,
      role: a.role,
    })),
    recordedByName: row.recorded_by_name,
    recordedAt: row.recorded_at,
    viewerCan: { editSession: access.can.editSession.allowed, recordAttendance: ticks },
  });
}

/** PRV-5: the sessions the viewer reads (trainingSessionAccess), newest first, at most 200. */
export async function listTrainingSessions(
  context: RequestContext,
  topic: TrainingTopic | null | undefined,
): Promise<TrainingSession[]> {
  const actor = signedIn(context);
  const manager = context.dataSource.manager;
  const accessActor = toAccessActor(actor);
  const params: unknown[] = [];
  const conditions: string[] = [];
  // Narrowed in SQL to what trainingSessionAccess can allow; each row is still asked below.
  if (!isLeadership(accessActor)) {
    if (actor.role === 'HEAD' && actor.institutionId) {
      params.push(actor.institutionId);
      conditions.push(`s.organiser_institution_id = $${params.length}`);
    } else if (actor.role === 'SECTION_MEMBER' && actor.unitCode) {
      params.push(actor.unitCode);
      conditions.push(`s.organiser_unit = $${params.length}`);
    } else return [];
  }
  if (topic) {
    params.push(topic);
    conditions.push(`s.topic = $${params.length}`);
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const rows: SessionRow[] = await manager.query(
    `${SESSION_SELECT} ${where} ORDER BY s.held_at DESC, s.id DESC LIMIT 200`,
    params,
  );
  const visible = rows
    .map((row) => ({ row, access: trainingSessionAccess(organiserOfRow(row), accessActor) }))
    .filter(({ access }) => access.canView.allowed);
  return Promise.all(visible.map(({ row, access }) => toSession(manager, row, access)));
}

/** PRV-5: one session, or null when missing or not the viewer's to read. */
export async function readTrainingSession(
  context: RequestContext,
  id: string,
): Promise<TrainingSession | null> {
  const actor = signedIn(context);
  const manager = context.dataSource.manager;
  const row = await loadSessionRow(manager, id);
  if (!row) return null;
  const access = accessOf(row, actor);
  return access.canView.allowed ? toSession(manager, row, access) : null;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * PRV-5: the register to tick attendance from, with who is ticked: the organising institution's for
 * its head; any institution's (chosen) for a committee unit's session. Empty for anyone else.
 */
export async function sessionRegister(
  context: RequestContext,
  sessionId: string,
  institutionId: string | null | undefined,
  search: string | null | undefined,
): Promise<TrainingRegisterMember[]> {
  const actor = signedIn(context);
  const manager = context.dataSource.manager;
  const query = (search ?? '').trim();
  if (query.length > 60) throw badUserInputError('search is longer than 60 characters');
  const row = await loadSessionRow(manager, sessionId);
  if (!row || !accessOf(row, actor).can.recordAttendance.allowed) return [];
  const registerOf = row.organiser_institution_id ?? institutionId ?? null;
  if (!isUuid(registerOf)) return [];
  const rows: {
    id: string;
    name: string;
    role: TrainingRegisterMember['role'];
    employment_type: TrainingRegisterMember['employmentType'];
    post: string;
    is_present: boolean;
  }[] = await manager.query(
    `SELECT m.id, m.name, m.role, m.employment_type, m.post,
            EXISTS (SELECT 1 FROM training_attendance t WHERE t.session_id = $2 AND t.staff_id = m.id)
              AS is_present
       FROM staff_member m
      WHERE m.institution_id = $1 AND m.status = 'ACTIVE' AND lower(m.name) LIKE $3
      ORDER BY m.name, m.id LIMIT 500`,
    [registerOf, row.id, `%${escapeLike(query.toLowerCase())}%`],
  );
  return rows.map((r) => ({
    staffId: r.id,
    name: r.name,
    role: r.role,
    employmentType: r.employment_type,
    post: r.post,
    isPresent: r.is_present,
  }));
}
