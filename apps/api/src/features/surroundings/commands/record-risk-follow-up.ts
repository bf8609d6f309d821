import { decideRiskTransition, type RiskReferral } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { attachPhotos, savedWithPhotos } from '../../photos/photo-attachments';
import { RiskFollowUpEntity } from '../risk-follow-up.entity';
import { RiskSubjectEntity } from '../risk-subject.entity';
import type { RecordRiskFollowUpInput } from '../surroundings.inputs';
import { loadReadableSubject, subjectView } from '../surroundings-queries.service';
import { RiskSubjectNotFoundError, RiskSubjectStateError } from '../surroundings.results';
import { domainSubjectOf } from '../surroundings-view';
import { checkedReferral, refuseUnless } from './risk-command.support';

/** PRV-3: a follow-up by the head or 安稳办; a subject not yet referred is referred by it first. */
export async function recordRiskFollowUp(context: RequestContext, input: RecordRiskFollowUpInput) {
  const now = context.clock.now();
  const note = boundedText(input.note, 'note', 'riskFollowUpNote', true);
  const { referral, invalid: invalidReferral } = checkedReferral(input.referral, now);
  return runCommand(context, {
    action: 'riskSubject.followUp',
    targetType: 'risk_subject',
    targetId: input.riskSubjectId,
    validate: () =>
      firstInvalid(note) ??
      invalidReferral ??
      (input.followedUpAt.getTime() > now.getTime()
        ? ValidationError.of('followedUpAt', 'followedUpAt is in the future')
        : null),
    load: async (manager, actor) =>
      (await loadReadableSubject(context, manager, actor, input.riskSubjectId, true)) ??
      RiskSubjectNotFoundError.of(),
    authorize: (loaded, actor) => refuseUnless(loaded, actor, 'recordFollowUp', context.policy),
    execute: async (manager, loaded, actor) => {
      const { entity } = loaded;
      const subject = domainSubjectOf(entity);
      let status = entity.status;
      const merged: RiskReferral = {
        townshipOffice: referral.townshipOffice ?? entity.townshipOffice,
        townshipReferredAt: referral.townshipReferredAt ?? entity.townshipReferredAt,
        policeStation: referral.policeStation ?? entity.policeStation,
        policeReferredAt: referral.policeReferredAt ?? entity.policeReferredAt,
      };
      if (status === 'OPEN') {
        const refer = decideRiskTransition(status, 'REFER', { subject, referral: merged });
        if (!refer.allowed) {
          return {
            result: RiskSubjectStateError.of(refer.code, refer.ruleId),
            details: { reason: refer.code },
          };
        }
        status = refer.to;
      }
      const followUp = decideRiskTransition(status, 'FOLLOW_UP', { subject });
      if (!followUp.allowed) {
        return {
          result: RiskSubjectStateError.of(followUp.code, followUp.ruleId),
          details: { reason: followUp.code },
        };
      }
      // The follow-up's photos; a refused photo undoes the follow-up (and its referral).
      const saved = await savedWithPhotos(
        manager,
        async () => {
          const { identifiers } = await manager.getRepository(RiskFollowUpEntity).insert({
            riskSubjectId: entity.id,
            followedUpAt: input.followedUpAt,
            outcome: input.outcome,
            note: note as string,
            recordedByAccountId: actor.accountId,
            recordedAt: now,
          });
          await manager
            .getRepository(RiskSubjectEntity)
            .update({ id: entity.id }, { ...merged, status: followUp.to });
          return identifiers[0].id as string;
        },
        (id) =>
          attachPhotos(
            manager,
            actor,
            { type: 'RISK_FOLLOW_UP', id, institutionId: entity.institutionId },
            input.photoIds ?? [],
            now,
          ),
      );
      if (saved instanceof ValidationError) return { result: saved, details: { field: 'photoIds' } };
      const view = await subjectView(context, manager, actor, entity.id);
      return {
        result: view,
        details: {
          outcome: input.outcome,
          from: entity.status,
          status: view.status,
          personalData: view.person !== null,
          photos: input.photoIds?.length ?? 0,
        },
      };
    },
  });
}
