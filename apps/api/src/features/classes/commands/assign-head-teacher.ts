import type { RequestContext } from '../../../context';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { isOnRegister } from '../../care-records/care-institution';
import { CareStateError } from '../../care-records/care-records.results';
import { readClass } from '../classes-view';
import type { AssignHeadTeacherInput } from '../classes.inputs';
import { SchoolClassEntity } from '../school-class.entity';
import { authorizeClasses, loadClass } from './class-command';

/** PRV-8: the head names (or clears) a class's head teacher 班主任, from the staff register. */
export async function assignHeadTeacher(context: RequestContext, input: AssignHeadTeacherInput) {
  const headTeacher = input.headTeacherStaffId ?? null;
  return runCommand(context, {
    action: 'classes.assignHeadTeacher',
    targetType: 'school_class',
    targetId: input.classId,
    load: (manager, actor) => loadClass(manager, actor, input.classId, context.policy),
    authorize: ({ institution }) => authorizeClasses(institution),
    execute: async (manager, { institution, schoolClass }) => {
      if (schoolClass.closed_at) return { result: CareStateError.of('The class is closed') };
      if (headTeacher !== null && !(await isOnRegister(manager, institution.id, headTeacher))) {
        return {
          result: ValidationError.of(
            'headTeacherStaffId',
            'The head teacher must be on the institution’s staff register',
          ),
        };
      }
      await manager
        .getRepository(SchoolClassEntity)
        .update({ id: schoolClass.id }, { headTeacherStaffId: headTeacher });
      return {
        result: await readClass(manager, schoolClass.id),
        details: {
          institutionId: institution.id,
          previousStaffId: schoolClass.head_teacher_staff_id,
          staffId: headTeacher,
        },
      };
    },
  });
}
