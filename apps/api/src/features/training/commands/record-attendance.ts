import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../../context';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { isUuid } from '../../places/place-register';
import { accessOf, loadSessionRow, toSession, type SessionRow } from '../training-sessions';
import type { RecordAttendanceInput } from '../training.inputs';
import { TrainingForbiddenError, TrainingNotFoundError } from '../training.results';

export const MAX_ATTENDANCE_BATCH = 500;

/**
 * The staff who may be ticked at this session: serving staff (every employment type and role) of the
 * organising institution's register, or of any register for a committee unit's session. The ids that
 * are not, if any.
 */
export async function staffNotOnRegister(
  manager: EntityManager,
  session: Pick<SessionRow, 'organiser_institution_id'>,
  staffIds: string[],
): Promise<string[]> {
  const found: { id: string }[] = await manager.query(
    `SELECT id FROM staff_member
      WHERE id = ANY($1) AND status = 'ACTIVE' AND ($2::uuid IS NULL OR institution_id = $2)`,
    [staffIds, session.organiser_institution_id],
  );
  const known = new Set(found.map((r) => r.id));
  return staffIds.filter((id) => !known.has(id));
}

/** Ticks (or unticks) these staff at the session; how many rows changed. */
export async function applyAttendance(
  manager: EntityManager,
  sessionId: string,
  staffIds: string[],
  present: boolean,
  accountId: string,
  now: Date,
): Promise<number> {
  if (staffIds.length === 0) return 0;
  const changed: unknown[] = present
    ? await manager.query(
        `INSERT INTO training_attendance (session_id, staff_id, recorded_by_account_id, recorded_at)
         SELECT $1, unnest($2::uuid[]), $3, $4
         ON CONFLICT (session_id, staff_id) DO NOTHING RETURNING staff_id`,
        [sessionId, staffIds, accountId, now],
      )
    : (
        await manager.query(
          'DELETE FROM training_attendance WHERE session_id = $1 AND staff_id = ANY($2) RETURNING staff_id',
          [sessionId, staffIds],
        )
      )[0];
  return changed.length;
}

/** PRV-5: the organiser ticks (or unticks) staff from the register as present at a session. */
export async function recordAttendance(context: RequestContext, input: RecordAttendanceInput) {
  const now = context.clock.now();
  const staffIds = [...new Set(input.staffIds)];
  return runCommand(context, {
    action: 'training.recordAttendance',
    targetType: 'training_session',
    targetId: input.sessionId,
    validate: () =>
      staffIds.length === 0
        ? ValidationError.of('staffIds', 'Choose at least one staff member')
        : staffIds.length > MAX_ATTENDANCE_BATCH
          ? ValidationError.of('staffIds', `At most ${MAX_ATTENDANCE_BATCH} staff members at once`)
          : staffIds.every((id) => isUuid(id))
            ? null
            : ValidationError.of('staffIds', 'staffIds must be staff record ids'),
    load: async (manager, actor) => {
      const row = await loadSessionRow(manager, input.sessionId, true);
      if (!row) return TrainingNotFoundError.of();
      const access = accessOf(row, actor);
      return access.canView.allowed ? { row, access } : TrainingNotFoundError.of();
    },
    authorize: ({ access }) =>
      access.can.recordAttendance.allowed
        ? null
        : TrainingForbiddenError.of(access.can.recordAttendance.ruleId),
    execute: async (manager, { row }, actor) => {
      const missing = await staffNotOnRegister(manager, row, staffIds);
      if (missing.length > 0) {
        return {
          result: ValidationError.of(
            'staffIds',
            `${missing.length} of the chosen staff are not serving staff on the organiser’s register`,
          ),
          details: { field: 'staffIds', notOnRegister: missing.length },
        };
      }
      const changed = await applyAttendance(manager, row.id, staffIds, input.present, actor.accountId, now);
      const updated = (await loadSessionRow(manager, row.id))!;
      return {
        result: await toSession(manager, updated, accessOf(updated, actor)),
        details: { present: input.present, staff: staffIds.length, changed },
      };
    },
  });
}
