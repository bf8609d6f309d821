import { applicableItems, type InstitutionKind } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { attachPhotos, savedWithPhotos } from '../../photos/photo-attachments';
import { HazardEntity } from '../hazard.entities';
import { scheduleHazardAlerts } from '../hazard-alerts';
import {
  inspectionAccessOf,
  isUuid,
  loadInspection,
  templateItems,
  toInspection,
} from '../inspection-queries';
import type { RecordInspectionItemInput } from '../inspections.inputs';
import { InspectionForbiddenError, InspectionStateError } from '../inspections.results';
import { assignmentRefusal, loadInspectionForChange } from './inspection-command.support';

/**
 * PRV-1: one item's result, recorded again until the inspection is submitted. A FAILED item creates its
 * hazard (a description; the owner and due date now or later, with the overdue alerts then); a failed
 * item stays failed (its hazard is on record), its description may be corrected.
 */
export async function recordInspectionItem(context: RequestContext, input: RecordInspectionItemInput) {
  const now = context.clock.now();
  const note = boundedText(input.note, 'note', 'inspectionItemNote', false);
  const isFailed = input.result === 'FAILED';
  const description = boundedText(
    input.hazardDescription,
    'hazardDescription',
    'hazardDescription',
    isFailed,
  );
  return runCommand(context, {
    action: 'inspection.recordItem',
    targetType: 'inspection',
    targetId: input.inspectionId,
    validate: () =>
      firstInvalid(note, description) ??
      (!isUuid(input.itemId)
        ? ValidationError.of('itemId', 'Not a valid id')
        : !isFailed && (input.ownerStaffId || input.dueAt)
          ? ValidationError.of('ownerStaffId', 'Only a failed item has an owner and a due date')
          : !isFailed && input.photoIds?.length
            ? ValidationError.of('photoIds', 'Only a failed item has photos')
            : null),
    load: (manager, actor) => loadInspectionForChange(manager, actor, input.inspectionId, context.policy),
    authorize: (loaded, actor) => {
      const access = inspectionAccessOf(loaded, actor, context.policy);
      if (access.can.recordItem.allowed) return null;
      return loaded.submittedAt
        ? InspectionStateError.of('The inspection is submitted')
        : InspectionForbiddenError.of(
            'The viewer does not record this inspection',
            access.can.recordItem.ruleId,
          );
    },
    execute: async (manager, loaded, actor) => {
      const items = applicableItems(
        await templateItems(manager, loaded.templateId),
        loaded.institutionKind as InstitutionKind,
      );
      if (!items.some((i) => i.id === input.itemId)) {
        return {
          result: ValidationError.of('itemId', 'Not an item of this inspection'),
          details: { field: 'itemId' },
        };
      }
      const [previous] = (await manager.query(
        'SELECT result FROM inspection_item_result WHERE inspection_id = $1 AND item_id = $2',
        [loaded.id, input.itemId],
      )) as { result: string }[];
      if (previous?.result === 'FAILED' && !isFailed) {
        return { result: InspectionStateError.of('A failed item is a hazard on record; it stays failed') };
      }
      const refusal = isFailed
        ? await assignmentRefusal(manager, loaded.institutionId, input.ownerStaffId, input.dueAt, now)
        : null;
      if (refusal) return { result: refusal, details: { field: refusal.field } };
      // The hazard a failed item creates (or already has) gets the photos; a refused photo undoes it all.
      const saved = await savedWithPhotos(
        manager,
        async () => {
          await manager.query(
            `INSERT INTO inspection_item_result (inspection_id, item_id, result, note, recorded_by_account_id, recorded_at)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (inspection_id, item_id) DO UPDATE SET result = EXCLUDED.result, note = EXCLUDED.note,
               recorded_by_account_id = EXCLUDED.recorded_by_account_id, recorded_at = EXCLUDED.recorded_at`,
            [loaded.id, input.itemId, input.result, note, actor.accountId, now],
          );
          let hazardId: string | null = null;
          if (isFailed) {
            const repo = manager.getRepository(HazardEntity);
            const existing = await repo.findOneBy({ inspectionId: loaded.id, itemId: input.itemId });
            if (existing) {
              hazardId = existing.id;
              await repo.update({ id: existing.id }, { description: description as string });
            } else {
              const { identifiers } = await repo.insert({
                institutionId: loaded.institutionId,
                inspectionId: loaded.id,
                itemId: input.itemId,
                description: description as string,
                foundAt: now,
                ownerStaffId: input.ownerStaffId ?? null,
                dueAt: input.dueAt ?? null,
                stage: 'AWAITING_RECTIFICATION',
                rectifiedAt: null,
              });
              hazardId = identifiers[0].id as string;
              if (input.dueAt) await scheduleHazardAlerts(manager, hazardId, input.dueAt, context.policy);
            }
          }
          return hazardId;
        },
        (id) =>
          id
            ? attachPhotos(
                manager,
                actor,
                { type: 'HAZARD', id, institutionId: loaded.institutionId },
                input.photoIds ?? [],
                now,
              )
            : Promise.resolve([]),
      );
      if (saved instanceof ValidationError) return { result: saved, details: { field: 'photoIds' } };
      const hazardId = saved;
      const view = await toInspection(
        manager,
        (await loadInspection(manager, loaded.id))!,
        actor,
        context.policy,
      );
      return {
        result: view,
        details: {
          itemId: input.itemId,
          result: input.result,
          hazardId,
          photos: input.photoIds?.length ?? 0,
        },
      };
    },
  });
}
