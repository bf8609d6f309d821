import type { RequestContext } from '../../../context';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { loadCareInstitution, parseDay } from '../../care-records/care-institution';
import { CareNotFoundError } from '../../care-records/care-records.results';
import { toIntake } from '../classes-view';
import type { RecordIntakeInput } from '../classes.inputs';
import { IntakeEntity } from '../intake.entity';
import { authorizeClasses } from './class-command';

/** PRV-6: the head records a new intake 年级/届 with its enrolment day. */
export async function recordIntake(context: RequestContext, input: RecordIntakeInput) {
  const now = context.clock.now();
  const name = boundedText(input.name, 'name', 'intakeName', true);
  const enrolledAt = parseDay(input.enrolledOn, 'enrolledOn', now, context.policy);
  return runCommand(context, {
    action: 'classes.recordIntake',
    targetType: 'intake',
    targetId: null,
    validate: () => firstInvalid(name, enrolledAt instanceof ValidationError ? enrolledAt : null),
    load: async (manager, actor) =>
      (await loadCareInstitution(manager, actor, input.institutionId, context.policy)) ??
      CareNotFoundError.of(),
    authorize: authorizeClasses,
    execute: async (manager, institution, actor) => {
      const repository = manager.getRepository(IntakeEntity);
      if (await repository.existsBy({ institutionId: institution.id, name: name as string })) {
        return { result: ValidationError.of('name', 'An intake of this name exists at the institution') };
      }
      const inserted = await repository.insert({
        institutionId: institution.id,
        name: name as string,
        enrolledAt: enrolledAt as Date,
        recordedByAccountId: actor.accountId,
        recordedAt: now,
      });
      const id = inserted.identifiers[0].id as string;
      return {
        result: toIntake({ id, name: name as string, enrolled_at: enrolledAt as Date }, []),
        targetId: id,
        details: { institutionId: institution.id },
      };
    },
  });
}
