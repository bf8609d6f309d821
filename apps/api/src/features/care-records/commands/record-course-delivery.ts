import type { RequestContext } from '../../../context';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { isUuid } from '../../places/place-register';
import { institutionOfRecord, isOnRegister, loadCareInstitution, parseDay } from '../care-institution';
import type { RecordCourseDeliveryInput } from '../care-records.inputs';
import { CareForbiddenError, CareNotFoundError } from '../care-records.results';
import { readDelivery } from '../care-records-view';
import { CourseDeliveryEntity } from '../course-delivery.entity';

const MAX_CLASSES = 50;

/** PRV-6: the head records that classes of an intake had the sexual-abuse-prevention course. */
export async function recordCourseDelivery(context: RequestContext, input: RecordCourseDeliveryInput) {
  const now = context.clock.now();
  const policy = context.policy;
  const note = boundedText(input.note, 'note', 'courseNote', false);
  const deliveredAt = parseDay(input.deliveredOn, 'deliveredOn', now, policy, true);
  const classIds = [...new Set(input.classIds)];
  const validate = () =>
    firstInvalid(note) ??
    (deliveredAt instanceof ValidationError ? deliveredAt : null) ??
    (classIds.length === 0 || classIds.length > MAX_CLASSES || !classIds.every(isUuid)
      ? ValidationError.of('classIds', `Choose 1 to ${MAX_CLASSES} classes of the intake`)
      : null);
  return runCommand(context, {
    action: 'careRecords.recordCourseDelivery',
    targetType: 'course_delivery',
    targetId: null,
    validate,
    load: async (manager, actor) => {
      const institutionId = await institutionOfRecord(manager, 'intake', input.intakeId);
      const institution = await loadCareInstitution(manager, actor, institutionId, policy);
      return institution ?? CareNotFoundError.of();
    },
    authorize: (institution) => {
      const permit = institution.access.can.recordCourseDelivery;
      return permit.allowed ? null : CareForbiddenError.of(permit.ruleId);
    },
    execute: async (manager, institution, actor) => {
      const [{ n }]: { n: string }[] = await manager.query(
        'SELECT count(*) AS n FROM school_class WHERE id = ANY($1) AND intake_id = $2',
        [classIds, input.intakeId],
      );
      if (Number(n) !== classIds.length) {
        return { result: ValidationError.of('classIds', 'Every class must belong to the intake') };
      }
      if (!(await isOnRegister(manager, institution.id, input.teacherStaffId))) {
        return {
          result: ValidationError.of(
            'teacherStaffId',
            'The teacher must be on the institution’s staff register',
          ),
        };
      }
      const inserted = await manager.getRepository(CourseDeliveryEntity).insert({
        institutionId: institution.id,
        intakeId: input.intakeId,
        deliveredAt: deliveredAt as Date,
        classIds,
        teacherStaffId: input.teacherStaffId,
        note: note as string | null,
        recordedByAccountId: actor.accountId,
        recordedAt: now,
      });
      const id = inserted.identifiers[0].id as string;
      return {
        result: await readDelivery(manager, id),
        targetId: id,
        details: { institutionId: institution.id, intakeId: input.intakeId, classes: classIds.length },
      };
    },
  });
}
