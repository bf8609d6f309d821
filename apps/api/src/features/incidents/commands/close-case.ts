import { canTransition, type BreachCode } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { boundedText } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import type { CloseCaseInput } from '../case.inputs';
import { TransitionRefusedError } from '../incident-errors.type';
import { recordRefusedAttempt } from '../incident-alerts';
import { IncidentEntity } from '../incident.entity';
import { loadCaseForChange, recordEvent, refuseUnless, viewCase } from './case-command.support';
import { storeReportingOf } from '../stored-reporting';
import { raiseCaseEvent } from '../../webhooks/record-webhook-events';

/** REP-4: closing follows canTransition; a refused attempt that is itself a breach is recorded. */
export async function closeCase(context: RequestContext, input: CloseCaseInput) {
  const now = context.clock.now();
  const note = boundedText(input.note, 'note', 'closingNote', false);
  return runCommand(context, {
    action: 'incident.close',
    targetType: 'incident',
    targetId: input.caseId,
    // Over-long notes are refused, never cut (the case stays open).
    validate: () => (note instanceof ValidationError ? note : null),
    load: (manager, actor) => loadCaseForChange(context, manager, actor, input.caseId),
    authorize: (loaded) =>
      refuseUnless(loaded, 'close', 'Only the head or a designated SAFETY member closes an open case'),
    execute: async (manager, { incident }, actor) => {
      const decision = canTransition(
        incident.state,
        'CLOSED',
        { category: incident.category, suspectType: incident.suspectType, closingReason: input.reason },
        context.policy,
      );
      if (!decision.allowed) {
        let recorded: BreachCode | null = null;
        if (decision.breachToRecord) {
          recorded = decision.breachToRecord;
          await recordRefusedAttempt(manager, incident, decision.breachToRecord, now, context.policy);
          await storeReportingOf(manager, incident.id, now, context.policy);
        }
        await recordEvent(manager, {
          incidentId: incident.id,
          kind: 'CLOSE_REFUSED',
          at: now,
          recordedAt: now,
          actorAccountId: actor.accountId,
          detail: decision.code,
        });
        return {
          result: TransitionRefusedError.of(decision.code, decision.ruleId, decision.message, recorded),
          details: { reason: input.reason, breachRecorded: recorded },
          auditOutcome: decision.code,
        };
      }
      await manager.getRepository(IncidentEntity).update(
        { id: incident.id },
        {
          state: 'CLOSED',
          closedAt: now,
          closingReason: input.reason,
          closingNote: note as string | null,
          closedByAccountId: actor.accountId,
        },
      );
      await recordEvent(manager, {
        incidentId: incident.id,
        kind: 'CLOSED',
        at: now,
        recordedAt: now,
        actorAccountId: actor.accountId,
        detail: input.reason,
      });
      await storeReportingOf(manager, incident.id, now, context.policy);
      await raiseCaseEvent(manager, 'case.closed', incident, now, context.policy);
      return {
        result: await viewCase(context, manager, incident.id, actor, false),
        details: { reason: input.reason },
      };
    },
  });
}
