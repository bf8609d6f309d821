import type { RequestContext } from '../../../context';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { institutionOfRecord, isOnRegister, loadCareInstitution } from '../../care-records/care-institution';
import { CareNotFoundError } from '../../care-records/care-records.results';
import { readClass } from '../classes-view';
import type { RecordClassInput } from '../classes.inputs';
import { SchoolClassEntity } from '../school-class.entity';
import { authorizeClasses } from './class-command';

/** PRV-6: the head records a class of an intake, with its head teacher 班主任 from the staff register. */
export async function recordClass(context: RequestContext, input: RecordClassInput) {
  const now = context.clock.now();
  const name = boundedText(input.name, 'name', 'className', true);
  return runCommand(context, {
    action: 'classes.recordClass',
    targetType: 'school_class',
    targetId: null,
    validate: () => firstInvalid(name),
    load: async (manager, actor) => {
      const institutionId = await institutionOfRecord(manager, 'intake', input.intakeId);
      return (
        (await loadCareInstitution(manager, actor, institutionId, context.policy)) ?? CareNotFoundError.of()
      );
    },
    authorize: authorizeClasses,
    execute: async (manager, institution, actor) => {
      const repository = manager.getRepository(SchoolClassEntity);
      if (await repository.existsBy({ institutionId: institution.id, name: name as string })) {
        return { result: ValidationError.of('name', 'A class of this name exists at the institution') };
      }
      const headTeacher = input.headTeacherStaffId ?? null;
      if (headTeacher !== null && !(await isOnRegister(manager, institution.id, headTeacher))) {
        return {
          result: ValidationError.of(
            'headTeacherStaffId',
            'The head teacher must be on the institution’s staff register',
          ),
        };
      }
      const inserted = await repository.insert({
        institutionId: institution.id,
        intakeId: input.intakeId,
        name: name as string,
        headTeacherStaffId: headTeacher,
        closedAt: null,
        recordedByAccountId: actor.accountId,
        recordedAt: now,
      });
      const id = inserted.identifiers[0].id as string;
      return {
        result: await readClass(manager, id),
        targetId: id,
        details: {
          institutionId: institution.id,
          intakeId: input.intakeId,
          hasHeadTeacher: headTeacher !== null,
        },
      };
    },
  });
}
