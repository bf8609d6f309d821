import type { RequestContext } from '../../../context';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { hazardView, loadHazardRow } from '../hazard-queries';
import type { VerifyRectificationInput } from '../inspections.inputs';
import { hazardRefusal, loadHazardForChange } from './inspection-command.support';

/**
 * PRV-1: an inspector verifies the pending rectification (the hazard is rectified as of when it was
 * recorded: RECTIFIED or RECTIFIED_LATE) or sends it back with a reason (to be rectified again).
 */
export async function verifyRectification(context: RequestContext, input: VerifyRectificationInput) {
  const now = context.clock.now();
  const isSendBack = input.decision === 'SEND_BACK';
  const reason = boundedText(input.reason, 'reason', 'sendBackReason', isSendBack);
  return runCommand(context, {
    action: 'hazard.verifyRectification',
    targetType: 'hazard',
    targetId: input.hazardId,
    validate: () => firstInvalid(reason),
    load: (manager, actor) => loadHazardForChange(manager, actor, input.hazardId, context.policy),
    authorize: (row, actor) => hazardRefusal(row, actor, 'verify', context.policy),
    execute: async (manager, row, actor) => {
      // The stage says a rectification is pending (hazardRefusal): exactly one row to decide on.
      const [rectification] = (await manager.query(
        `SELECT id, recorded_at FROM hazard_rectification WHERE hazard_id = $1 AND verification = 'PENDING'`,
        [row.hazard_id],
      )) as { id: string; recorded_at: Date }[];
      await manager.query(
        `UPDATE hazard_rectification SET verification = $2, verified_by_account_id = $3, verified_at = $4,
           send_back_reason = $5 WHERE id = $1`,
        [
          rectification.id,
          isSendBack ? 'SENT_BACK' : 'VERIFIED',
          actor.accountId,
          now,
          isSendBack ? reason : null,
        ],
      );
      await manager.query('UPDATE hazard SET stage = $2, rectified_at = $3 WHERE id = $1', [
        row.hazard_id,
        isSendBack ? 'AWAITING_RECTIFICATION' : 'CLOSED',
        isSendBack ? null : rectification.recorded_at,
      ]);
      const view = await hazardView(
        manager,
        (await loadHazardRow(manager, row.hazard_id))!,
        actor,
        now,
        context.policy,
      );
      return { result: view, details: { decision: input.decision, rectificationId: rectification.id } };
    },
  });
}
