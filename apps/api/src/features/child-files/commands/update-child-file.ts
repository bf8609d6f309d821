import type { RequestContext } from '../../../context';
import { toAccessActor } from '../../../shared/auth/actor';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ChildFileEntity } from '../child-file.entity';
import { accessToFile } from '../child-file-view';
import type { UpdateChildFileInput } from '../child-files.inputs';
import {
  checkCategories,
  checkCounsellors,
  loadFileForChange,
  refuseChange,
  viewAfterChange,
} from './child-file-command.support';

/** PRV-8: the child's carers change the categories, counsellors, student number and both files. */
export async function updateChildFile(context: RequestContext, input: UpdateChildFileInput) {
  const studentNumber = boundedText(input.studentNumber, 'studentNumber', 'studentNumber', false);
  const personalFile = boundedText(input.personalFile, 'personalFile', 'childPersonalFile', false);
  const growthFile = boundedText(input.growthFile, 'growthFile', 'childGrowthFile', false);
  return runCommand(context, {
    action: 'childFile.update',
    targetType: 'child_file',
    targetId: input.fileId,
    validate: () =>
      firstInvalid(studentNumber, personalFile, growthFile) ??
      checkCategories(input.categories, context.policy),
    load: (manager, actor) => loadFileForChange(manager, actor, input.fileId),
    authorize: (loaded, actor) =>
      refuseChange(
        loaded,
        accessToFile(loaded, toAccessActor(actor)).can.updateFile,
        'Only the child’s head teacher, counsellors and the head change the file',
      ),
    execute: async (manager, { file }, actor) => {
      const invalid = await checkCounsellors(manager, file.institutionId, input.counsellorStaffIds);
      if (invalid) return { result: invalid, details: { field: invalid.field } };
      await manager.getRepository(ChildFileEntity).update(
        { id: file.id },
        {
          studentNumber: studentNumber as string | null,
          categories: input.categories,
          counsellorStaffIds: input.counsellorStaffIds,
          personalFile: personalFile as string | null,
          growthFile: growthFile as string | null,
        },
      );
      return {
        result: await viewAfterChange(manager, context, actor, file.id),
        details: {
          institutionId: file.institutionId,
          categories: input.categories,
          counsellors: input.counsellorStaffIds.length,
          hasPersonalFile: personalFile !== null,
          hasGrowthFile: growthFile !== null,
          ruleId: 'PRV-8',
        },
      };
    },
  });
}
