import { PLAN_LESSON_TOPICS } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { institutionOfRecord, loadCareInstitution, parseDay } from '../care-institution';
import type { RecordTeachingPlanInput } from '../care-records.inputs';
import { CareForbiddenError, CareNotFoundError, CareStateError } from '../care-records.results';
import { PLAN_SELECT, toPlanEntry } from '../care-records-view';
import { TeachingPlanEntryEntity } from '../teaching-plan-entry.entity';

const MAX_LESSONS = 60;

/** PRV-7: the head records mental-health or puberty lessons of a class in the term's teaching plan. */
export async function recordTeachingPlan(context: RequestContext, input: RecordTeachingPlanInput) {
  const now = context.clock.now();
  const policy = context.policy;
  const plannedAt = parseDay(input.plannedOn, 'plannedOn', now, policy);
  const validate = () =>
    (plannedAt instanceof ValidationError ? plannedAt : null) ??
    (PLAN_LESSON_TOPICS.includes(input.topic) ? null : ValidationError.of('topic', 'Unknown topic')) ??
    (!Number.isInteger(input.lessons) || input.lessons < 1 || input.lessons > MAX_LESSONS
      ? ValidationError.of('lessons', `lessons must be between 1 and ${MAX_LESSONS}`)
      : null);
  return runCommand(context, {
    action: 'careRecords.recordTeachingPlan',
    targetType: 'teaching_plan_entry',
    targetId: null,
    validate,
    load: async (manager, actor) => {
      const institutionId = await institutionOfRecord(manager, 'school_class', input.classId);
      const institution = await loadCareInstitution(manager, actor, institutionId, policy);
      return institution ?? CareNotFoundError.of();
    },
    authorize: (institution) => {
      const permit = institution.access.can.recordTeachingPlan;
      return permit.allowed ? null : CareForbiddenError.of(permit.ruleId);
    },
    execute: async (manager, institution, actor) => {
      const [schoolClass]: { closed_at: Date | null }[] = await manager.query(
        'SELECT closed_at FROM school_class WHERE id = $1',
        [input.classId],
      );
      if (schoolClass.closed_at) return { result: CareStateError.of('The class is closed') };
      const inserted = await manager.getRepository(TeachingPlanEntryEntity).insert({
        institutionId: institution.id,
        classId: input.classId,
        topic: input.topic,
        lessons: input.lessons,
        plannedAt: plannedAt as Date,
        recordedByAccountId: actor.accountId,
        recordedAt: now,
      });
      const id = inserted.identifiers[0].id as string;
      const [row] = await manager.query(`${PLAN_SELECT} WHERE e.id = $1`, [id]);
      return {
        result: toPlanEntry(row),
        targetId: id,
        details: { institutionId: institution.id, classId: input.classId, topic: input.topic },
      };
    },
  });
}
