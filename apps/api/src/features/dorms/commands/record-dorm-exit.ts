import type { RequestContext } from '../../../context';
import { runCommand } from '../../../shared/commands/run-command';
import { DormEntryEntity } from '../dorm-entry.entity';
import { loadDoorInstitution, loadEntryForExit, readEntry } from '../dorm-queries';
import type { RecordDormExitInput } from '../dorms.inputs';
import { DormForbiddenError, DormNotFoundError, DormStateError } from '../dorms.results';

/** PRV-4: the head or dormitory staff record that someone left the dormitory. */
export async function recordDormExit(context: RequestContext, input: RecordDormExitInput) {
  const now = context.clock.now();
  return runCommand(context, {
    action: 'dorm.recordExit',
    targetType: 'dorm_entry',
    targetId: input.entryId,
    load: async (manager, actor) => {
      const entry = await loadEntryForExit(manager, input.entryId);
      // The door register of another institution is not reachable (answered as missing).
      if (!entry || entry.institution_id !== actor.institutionId) return DormNotFoundError.of();
      const door = await loadDoorInstitution(manager, actor, entry.institution_id);
      return door ? { entry, door } : DormNotFoundError.of();
    },
    authorize: ({ door }) => {
      const permit = door.access.can.recordEntry;
      return permit.allowed ? null : DormForbiddenError.of(permit.ruleId);
    },
    execute: async (manager, { entry, door }, actor) => {
      if (entry.decision !== 'ALLOWED') return { result: DormStateError.of('A refused attempt has no exit') };
      if (entry.exited_at) return { result: DormStateError.of('The exit is already recorded') };
      await manager
        .getRepository(DormEntryEntity)
        .update({ id: entry.id }, { exitedAt: now, exitRecordedByAccountId: actor.accountId });
      return { result: await readEntry(manager, entry.id, door), details: { institutionId: door.id } };
    },
  });
}
