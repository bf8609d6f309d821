import { TRAINING_TOPICS, trainingSessionAccess } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { toAccessActor } from '../../../shared/auth/actor';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { TrainingSessionEntity } from '../training-session.entity';
import { accessOf, loadSessionRow, organiserOfActor, toSession } from '../training-sessions';
import type { RecordTrainingSessionInput } from '../training.inputs';
import { TrainingForbiddenError } from '../training.results';

const EARLIEST = new Date('2000-01-01T00:00:00Z');

/**
 * PRV-5, PRV-9, PRV-10: a head records her institution's training session, a committee unit's member
 * the unit's (the organiser follows from the actor; trainingSessionAccess decides).
 */
export async function recordTrainingSession(context: RequestContext, input: RecordTrainingSessionInput) {
  const now = context.clock.now();
  const trainer = boundedText(input.trainer, 'trainer', 'trainingTrainer', true);
  const materials = boundedText(input.materials, 'materials', 'trainingMaterials', false);
  const heldAt = input.heldAt instanceof Date ? input.heldAt : new Date(Number.NaN);
  return runCommand(context, {
    action: 'training.recordSession',
    targetType: 'training_session',
    targetId: null,
    validate: () =>
      firstInvalid(trainer, materials) ??
      ((TRAINING_TOPICS as readonly string[]).includes(input.topic)
        ? null
        : ValidationError.of('topic', 'Unknown training topic')) ??
      (Number.isNaN(heldAt.getTime()) || heldAt < EARLIEST
        ? ValidationError.of('heldAt', 'heldAt is not a valid date')
        : heldAt > now
          ? ValidationError.of('heldAt', 'heldAt is in the future: record a session once it was held')
          : null),
    load: async (_manager, actor) => ({ organiser: organiserOfActor(actor) }),
    authorize: ({ organiser }, actor) => {
      if (!organiser) return TrainingForbiddenError.of('PRV-5');
      const permit = trainingSessionAccess(organiser, toAccessActor(actor)).can.editSession;
      return permit.allowed ? null : TrainingForbiddenError.of(permit.ruleId);
    },
    execute: async (manager, { organiser }, actor) => {
      const inserted = await manager.getRepository(TrainingSessionEntity).insert({
        organiserInstitutionId: organiser!.type === 'INSTITUTION' ? organiser!.institutionId : null,
        organiserUnit: organiser!.type === 'UNIT' ? organiser!.unit : null,
        topic: input.topic,
        heldAt,
        trainer: trainer as string,
        materials: materials as string | null,
        recordedByAccountId: actor.accountId,
        recordedAt: now,
      });
      const id = inserted.identifiers[0].id as string;
      const row = (await loadSessionRow(manager, id))!;
      return {
        result: await toSession(manager, row, accessOf(row, actor)),
        targetId: id,
        details: {
          topic: input.topic,
          organiser: organiser!.type,
          ...(organiser!.type === 'INSTITUTION'
            ? { institutionId: organiser!.institutionId }
            : { unit: organiser!.unit }),
        },
      };
    },
  });
}
