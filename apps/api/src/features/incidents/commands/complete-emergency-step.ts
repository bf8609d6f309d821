import { emergencyChecklist } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import type { CompleteEmergencyStepInput } from '../case.inputs';
import { ReportingTimeError } from '../incident-errors.type';
import { loadCaseForChange, recordEvent, refuseUnless, viewCase } from './case-command.support';
import { storeReportingOf } from '../stored-reporting';

/** REP-6: tick one emergency step, with time and person; ticking it again changes nothing. */
export async function completeEmergencyStep(context: RequestContext, input: CompleteEmergencyStepInput) {
  const now = context.clock.now();
  const doneAt = input.doneAt ?? now;
  return runCommand(context, {
    action: 'incident.completeEmergencyStep',
    targetType: 'incident',
    targetId: input.caseId,
    validate: () =>
      doneAt.getTime() > now.getTime()
        ? ReportingTimeError.of('EVENT_IN_FUTURE', 'REP-6', 'A step cannot be done in the future', 'doneAt')
        : null,
    load: (manager, actor) => loadCaseForChange(context, manager, actor, input.caseId),
    authorize: (loaded) =>
      refuseUnless(
        loaded,
        'completeEmergencyStep',
        'Only the head or a designated SAFETY member works the checklist of an open staff case',
      ),
    execute: async (manager, { incident }, actor) => {
      if (!emergencyChecklist(incident.suspectType, {}).some((item) => item.step === input.step)) {
        return {
          result: ValidationError.of(
            'step',
            'The emergency checklist applies to staff suspects only (REP-6)',
          ),
        };
      }
      const inserted = (await manager.query(
        `INSERT INTO incident_emergency_step (incident_id, step, done_at, done_by_account_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING step`,
        [incident.id, input.step, doneAt, actor.accountId],
      )) as unknown[];
      if (inserted.length > 0) {
        await recordEvent(manager, {
          incidentId: incident.id,
          kind: 'EMERGENCY_STEP_DONE',
          at: doneAt,
          recordedAt: now,
          actorAccountId: actor.accountId,
          detail: input.step,
        });
        await storeReportingOf(manager, incident.id, now, context.policy);
      }
      return {
        result: await viewCase(context, manager, incident.id, actor, false),
        details: { step: input.step, isNew: inserted.length > 0 },
      };
    },
  });
}
