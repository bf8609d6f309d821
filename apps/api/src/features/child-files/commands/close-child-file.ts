import type { RequestContext } from '../../../context';
import { toAccessActor } from '../../../shared/auth/actor';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ChildFileEntity } from '../child-file.entity';
import { accessToFile } from '../child-file-view';
import type { CloseChildFileInput } from '../child-files.inputs';
import { loadFileForChange, refuseChange, viewAfterChange } from './child-file-command.support';

/** PRV-8: the head closes a file when the child no longer needs watching; it is kept, read-only. */
export async function closeChildFile(context: RequestContext, input: CloseChildFileInput) {
  const reason = boundedText(input.reason, 'reason', 'childFileClosingReason', true);
  return runCommand(context, {
    action: 'childFile.close',
    targetType: 'child_file',
    targetId: input.fileId,
    validate: () => firstInvalid(reason),
    load: (manager, actor) => loadFileForChange(manager, actor, input.fileId),
    authorize: (loaded, actor) =>
      refuseChange(
        loaded,
        accessToFile(loaded, toAccessActor(actor)).can.closeFile,
        'Only the head closes a file',
      ),
    execute: async (manager, { file }, actor) => {
      await manager.getRepository(ChildFileEntity).update(
        { id: file.id },
        {
          closedAt: context.clock.now(),
          closedByAccountId: actor.accountId,
          closingReason: reason as string,
        },
      );
      return {
        result: await viewAfterChange(manager, context, actor, file.id),
        details: { institutionId: file.institutionId, ruleId: 'PRV-8' },
      };
    },
  });
}
