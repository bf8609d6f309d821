import type { RequestContext } from '../../../context';
import { runCommand } from '../../../shared/commands/run-command';
import { scheduleHazardAlerts } from '../hazard-alerts';
import { hazardView, loadHazardRow } from '../hazard-queries';
import type { AssignHazardInput } from '../inspections.inputs';
import { assignmentRefusal, hazardRefusal, loadHazardForChange } from './inspection-command.support';

/**
 * PRV-1: the head or an inspector gives a hazard its owner and due date. A new due date schedules its
 * overdue alerts in this transaction; jobs of a former due date find it changed and do nothing.
 */
export async function assignHazard(context: RequestContext, input: AssignHazardInput) {
  const now = context.clock.now();
  return runCommand(context, {
    action: 'hazard.assign',
    targetType: 'hazard',
    targetId: input.hazardId,
    load: (manager, actor) => loadHazardForChange(manager, actor, input.hazardId, context.policy),
    authorize: (row, actor) => hazardRefusal(row, actor, 'assign', context.policy),
    execute: async (manager, row, actor) => {
      const refusal = await assignmentRefusal(
        manager,
        row.institution_id,
        input.ownerStaffId,
        input.dueAt,
        now,
      );
      if (refusal) return { result: refusal, details: { field: refusal.field } };
      await manager.query('UPDATE hazard SET owner_staff_id = $2, due_at = $3 WHERE id = $1', [
        row.hazard_id,
        input.ownerStaffId,
        input.dueAt,
      ]);
      const isNewDueDate = row.due_at?.getTime() !== input.dueAt.getTime();
      if (isNewDueDate) await scheduleHazardAlerts(manager, row.hazard_id, input.dueAt, context.policy);
      const view = await hazardView(
        manager,
        (await loadHazardRow(manager, row.hazard_id))!,
        actor,
        now,
        context.policy,
      );
      return { result: view, details: { ownerStaffId: input.ownerStaffId, isNewDueDate } };
    },
  });
}
