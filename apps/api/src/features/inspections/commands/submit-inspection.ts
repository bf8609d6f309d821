import { applicableItems } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { runCommand } from '../../../shared/commands/run-command';
import { inspectionAccessOf, loadInspection, templateItems, toInspection } from '../inspection-queries';
import type { SubmitInspectionInput } from '../inspections.inputs';
import { InspectionForbiddenError, InspectionStateError } from '../inspections.results';
import { loadInspectionForChange } from './inspection-command.support';

/** PRV-1, ORG-3: submit an inspection once every item that applies has a result; it is read-only then. */
export async function submitInspection(context: RequestContext, input: SubmitInspectionInput) {
  return runCommand(context, {
    action: 'inspection.submit',
    targetType: 'inspection',
    targetId: input.inspectionId,
    load: (manager, actor) => loadInspectionForChange(manager, actor, input.inspectionId, context.policy),
    authorize: (loaded, actor) => {
      const access = inspectionAccessOf(loaded, actor, context.policy);
      if (access.can.submit.allowed) return null;
      return loaded.submittedAt
        ? InspectionStateError.of('The inspection is submitted')
        : InspectionForbiddenError.of('The viewer does not record this inspection', access.can.submit.ruleId);
    },
    execute: async (manager, loaded, actor) => {
      const items = applicableItems(await templateItems(manager, loaded.templateId), loaded.institutionKind);
      const [{ count }] = (await manager.query(
        'SELECT count(*)::int AS count FROM inspection_item_result WHERE inspection_id = $1 AND item_id = ANY($2::uuid[])',
        [loaded.id, items.map((i) => i.id)],
      )) as { count: number }[];
      if (count < items.length) {
        return {
          result: InspectionStateError.of(`${items.length - count} items have no result yet`),
          details: { missing: items.length - count },
        };
      }
      await manager.query(
        'UPDATE inspection SET submitted_at = $2, submitted_by_account_id = $3 WHERE id = $1',
        [loaded.id, context.clock.now(), actor.accountId],
      );
      const view = await toInspection(
        manager,
        (await loadInspection(manager, loaded.id))!,
        actor,
        context.policy,
      );
      return { result: view };
    },
  });
}
