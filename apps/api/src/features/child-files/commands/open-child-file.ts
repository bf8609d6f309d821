import type { RequestContext } from '../../../context';
import { toAccessActor } from '../../../shared/auth/actor';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { SchoolClassEntity } from '../../classes/school-class.entity';
import { InstitutionEntity } from '../../institutions/institution.entity';
import { isUuid } from '../../places/place-register';
import { ChildFileEntity } from '../child-file.entity';
import { accessInClass } from '../child-file-view';
import type { OpenChildFileInput } from '../child-files.inputs';
import { ChildFileForbiddenError, ChildFileNotFoundError } from '../child-files.results';
import { checkCategories, checkCounsellors, viewAfterChange } from './child-file-command.support';

/**
 * PRV-8: the head or the class's head teacher opens a file for a child of one of the institution's open
 * classes; categories from the district's list, counsellors from the register. Identities and both files
 * are encrypted at rest; the audit row names the class and categories, never the child.
 */
export async function openChildFile(context: RequestContext, input: OpenChildFileInput) {
  const childName = boundedText(input.childName, 'childName', 'childName', true);
  const studentNumber = boundedText(input.studentNumber, 'studentNumber', 'studentNumber', false);
  const personalFile = boundedText(input.personalFile, 'personalFile', 'childPersonalFile', false);
  const growthFile = boundedText(input.growthFile, 'growthFile', 'childGrowthFile', false);
  const counsellors = input.counsellorStaffIds ?? [];
  return runCommand(context, {
    action: 'childFile.open',
    targetType: 'child_file',
    targetId: null,
    validate: () =>
      firstInvalid(childName, studentNumber, personalFile, growthFile) ??
      checkCategories(input.categories, context.policy),
    load: async (manager, actor) => {
      const schoolClass = isUuid(input.classId)
        ? await manager.getRepository(SchoolClassEntity).findOneBy({ id: input.classId })
        : null;
      // Only the classes of the actor's own institution are reachable.
      if (!schoolClass || schoolClass.institutionId !== actor.institutionId)
        return ChildFileNotFoundError.of();
      const institution = (await manager
        .getRepository(InstitutionEntity)
        .findOneBy({ id: schoolClass.institutionId }))!;
      return { schoolClass, institution };
    },
    authorize: ({ schoolClass, institution }, actor) => {
      const permit = accessInClass(institution, schoolClass.headTeacherStaffId, [], toAccessActor(actor)).can
        .openFile;
      return permit.allowed
        ? null
        : ChildFileForbiddenError.of(permit.ruleId, 'Only the head or the class’s head teacher opens a file');
    },
    execute: async (manager, { schoolClass, institution }, actor) => {
      if (schoolClass.closedAt !== null)
        return {
          result: ValidationError.of('classId', 'The class is closed'),
          details: { field: 'classId' },
        };
      const invalid = await checkCounsellors(manager, institution.id, counsellors);
      if (invalid) return { result: invalid, details: { field: invalid.field } };
      const inserted = await manager.getRepository(ChildFileEntity).insert({
        institutionId: institution.id,
        classId: schoolClass.id,
        childName: childName as string,
        studentNumber: studentNumber as string | null,
        categories: input.categories,
        counsellorStaffIds: counsellors,
        personalFile: personalFile as string | null,
        growthFile: growthFile as string | null,
        openedAt: context.clock.now(),
        openedByAccountId: actor.accountId,
        closedAt: null,
        closedByAccountId: null,
        closingReason: null,
      });
      const id = inserted.identifiers[0].id as string;
      return {
        result: await viewAfterChange(manager, context, actor, id),
        targetId: id,
        details: {
          institutionId: institution.id,
          classId: schoolClass.id,
          categories: input.categories,
          counsellors: counsellors.length,
          hasPersonalFile: personalFile !== null,
          hasGrowthFile: growthFile !== null,
          ruleId: 'PRV-8',
        },
      };
    },
  });
}
