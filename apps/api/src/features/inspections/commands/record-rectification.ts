import type { RequestContext } from '../../../context';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { attachPhotos, savedWithPhotos } from '../../photos/photo-attachments';
import { HazardRectificationEntity } from '../hazard.entities';
import { hazardView, loadHazardRow } from '../hazard-queries';
import type { RecordRectificationInput } from '../inspections.inputs';
import { hazardRefusal, loadHazardForChange } from './inspection-command.support';

/** PRV-1: the owner or the head records what was done 整改; the hazard awaits the inspector's verification. */
export async function recordRectification(context: RequestContext, input: RecordRectificationInput) {
  const now = context.clock.now();
  const note = boundedText(input.note, 'note', 'rectificationNote', true);
  return runCommand(context, {
    action: 'hazard.recordRectification',
    targetType: 'hazard',
    targetId: input.hazardId,
    validate: () => firstInvalid(note),
    load: (manager, actor) => loadHazardForChange(manager, actor, input.hazardId, context.policy),
    authorize: (row, actor) => hazardRefusal(row, actor, 'recordRectification', context.policy),
    execute: async (manager, row, actor) => {
      // The rectification's photos (what was done); a refused photo undoes the rectification.
      const saved = await savedWithPhotos(
        manager,
        async () => {
          const { identifiers } = await manager.getRepository(HazardRectificationEntity).insert({
            hazardId: row.hazard_id,
            note: note as string,
            recordedByAccountId: actor.accountId,
            recordedAt: now,
            verification: 'PENDING',
            verifiedByAccountId: null,
            verifiedAt: null,
            sendBackReason: null,
          });
          await manager.query(`UPDATE hazard SET stage = 'AWAITING_VERIFICATION' WHERE id = $1`, [
            row.hazard_id,
          ]);
          return identifiers[0].id as string;
        },
        (id) =>
          attachPhotos(
            manager,
            actor,
            { type: 'RECTIFICATION', id, institutionId: row.institution_id },
            input.photoIds ?? [],
            now,
          ),
      );
      if (saved instanceof ValidationError) return { result: saved, details: { field: 'photoIds' } };
      const view = await hazardView(
        manager,
        (await loadHazardRow(manager, row.hazard_id))!,
        actor,
        now,
        context.policy,
      );
      return { result: view, details: { rectificationId: saved, photos: input.photoIds?.length ?? 0 } };
    },
  });
}
