import { assessReporting, canTransition } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { runCommand } from '../../../shared/commands/run-command';
import { IncidentExternalSourceEntity } from '../incident-external-source.entity';
import { TransitionRefusedError } from '../incident-errors.type';
import { IncidentEntity } from '../incident.entity';
import { toTimeline } from '../incident-facts';
import { loadCaseForChange, recordEvent, refuseUnless, viewCase } from './case-command.support';
import { storeReportingOf } from '../stored-reporting';

/** REP-2: the head acknowledges (REPORTED → HEAD_NOTIFIED). */
export async function acknowledgeCase(context: RequestContext, caseId: string) {
  const now = context.clock.now();
  return runCommand(context, {
    action: 'incident.acknowledge',
    targetType: 'incident',
    targetId: caseId,
    load: (manager, actor) => loadCaseForChange(context, manager, actor, caseId),
    authorize: (loaded) => refuseUnless(loaded, 'acknowledge', 'Only the head acknowledges a case, once'),
    execute: async (manager, { incident }, actor) => {
      if (incident.state === 'REPORTED') {
        const decision = canTransition(
          'REPORTED',
          'HEAD_NOTIFIED',
          { category: incident.category, suspectType: incident.suspectType },
          context.policy,
        );
        if (!decision.allowed) {
          return {
            result: TransitionRefusedError.of(decision.code, decision.ruleId, decision.message, null),
          };
        }
        incident.state = 'HEAD_NOTIFIED';
      }
      const sources = await manager
        .getRepository(IncidentExternalSourceEntity)
        .findBy({ incidentId: incident.id });
      const assessment = assessReporting(
        { ...toTimeline(incident, sources, undefined), headNotifiedAt: now },
        now,
        context.policy,
      );
      const isLate = assessment.ok ? assessment.value.isHeadNotificationLate : false;
      await manager
        .getRepository(IncidentEntity)
        .update(
          { id: incident.id },
          { state: incident.state, acknowledgedAt: now, acknowledgedByAccountId: actor.accountId },
        );
      await recordEvent(manager, {
        incidentId: incident.id,
        kind: 'HEAD_ACKNOWLEDGED',
        at: now,
        recordedAt: now,
        actorAccountId: actor.accountId,
        deadline: 'HEAD_NOTIFICATION',
        deadlineOutcome: isLate ? 'MISSED' : 'MET',
      });
      await storeReportingOf(manager, incident.id, now, context.policy);
      return { result: await viewCase(context, manager, incident.id, actor, false), details: { isLate } };
    },
  });
}
