import type { RequestContext } from '../../../context';
import { toAccessActor } from '../../../shared/auth/actor';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { accessToFile } from '../child-file-view';
import type { RecordWelfareTalkInput } from '../child-files.inputs';
import { WelfareTalkEntity } from '../welfare-talk.entity';
import { loadFileForChange, refuseChange, viewAfterChange } from './child-file-command.support';

const KINDS = ['TALK', 'CLASS_MEETING'];

/**
 * PRV-8: the child's head teacher, a counsellor or the head records a talk 谈心 or class meeting held (not
 * in the future, not before the file was opened); the note is encrypted, the audit row has no text.
 */
export async function recordWelfareTalk(context: RequestContext, input: RecordWelfareTalkInput) {
  const note = boundedText(input.note, 'note', 'welfareTalkNote', true);
  const now = context.clock.now();
  const heldAt = input.heldAt instanceof Date ? input.heldAt : new Date(Number.NaN);
  return runCommand(context, {
    action: 'childFile.recordTalk',
    targetType: 'child_file',
    targetId: input.fileId,
    validate: () =>
      firstInvalid(note) ??
      (KINDS.includes(input.kind) ? null : ValidationError.of('kind', 'Unknown kind of talk')) ??
      (Number.isNaN(heldAt.getTime()) ? ValidationError.of('heldAt', 'heldAt is not a date') : null) ??
      (heldAt.getTime() > now.getTime()
        ? ValidationError.of('heldAt', 'The talk cannot be in the future')
        : null),
    load: (manager, actor) => loadFileForChange(manager, actor, input.fileId),
    authorize: (loaded, actor) =>
      refuseChange(
        loaded,
        accessToFile(loaded, toAccessActor(actor)).can.recordTalk,
        'Only the child’s head teacher, counsellors and the head record talks',
      ),
    execute: async (manager, { file }, actor) => {
      if (heldAt.getTime() < file.openedAt.getTime())
        return {
          result: ValidationError.of('heldAt', 'The talk cannot be before the file was opened'),
          details: { field: 'heldAt' },
        };
      const inserted = await manager.getRepository(WelfareTalkEntity).insert({
        childFileId: file.id,
        heldAt,
        kind: input.kind,
        byStaffId: actor.staffId,
        note: note as string,
        recordedByAccountId: actor.accountId,
        recordedAt: now,
      });
      return {
        result: await viewAfterChange(manager, context, actor, file.id),
        details: {
          institutionId: file.institutionId,
          talkId: inserted.identifiers[0].id as string,
          kind: input.kind,
          ruleId: 'PRV-8',
        },
      };
    },
  });
}
