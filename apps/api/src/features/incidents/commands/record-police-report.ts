import { assessReporting, canTransition, type IncidentState } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import type { RecordPoliceReportInput } from '../case.inputs';
import { ReportingTimeError, TransitionRefusedError } from '../incident-errors.type';
import { recordAssessedBreaches } from '../incident-alerts';
import { IncidentExternalSourceEntity } from '../incident-external-source.entity';
import { IncidentEntity } from '../incident.entity';
import { toTimeline } from '../incident-facts';
import { loadCaseForChange, recordEvent, refuseUnless, viewCase } from './case-command.support';
import { storeReportingOf } from '../stored-reporting';

/** REP-3: the police report; a late one records 迟报 at once (the deadline job then skips). */
export async function recordPoliceReport(context: RequestContext, input: RecordPoliceReportInput) {
  const now = context.clock.now();
  const station = boundedText(input.policeStation, 'policeStation', 'policeStation', true);
  const receipt = boundedText(input.receiptNumber, 'receiptNumber', 'receiptNumber', true);
  const officer = boundedText(input.officerName, 'officerName', 'officerName', false);
  return runCommand(context, {
    action: 'incident.recordPoliceReport',
    targetType: 'incident',
    targetId: input.caseId,
    validate: () => firstInvalid(station, receipt, officer),
    load: (manager, actor) => loadCaseForChange(context, manager, actor, input.caseId),
    authorize: (loaded) =>
      refuseUnless(loaded, 'recordPoliceReport', 'Not allowed to record the police report'),
    execute: async (manager, { incident }, actor) => {
      const decision = canTransition(
        incident.state,
        'POLICE_REPORTED',
        { category: incident.category, suspectType: incident.suspectType },
        context.policy,
      );
      if (!decision.allowed) {
        return { result: TransitionRefusedError.of(decision.code, decision.ruleId, decision.message, null) };
      }
      const sources = await manager
        .getRepository(IncidentExternalSourceEntity)
        .findBy({ incidentId: incident.id });
      const assessment = assessReporting(
        { ...toTimeline(incident, sources, undefined), policeReportedAt: input.reportedAt },
        now,
        context.policy,
      );
      if (!assessment.ok) {
        const { code, ruleId, message } = assessment.error;
        return { result: ReportingTimeError.of(code, ruleId, message, 'reportedAt') };
      }
      const isLate = input.reportedAt.getTime() > assessment.value.deadlines.policeReportDueAt.getTime();
      const changes = {
        state: 'POLICE_REPORTED' as IncidentState,
        policeReportedAt: input.reportedAt,
        policeStation: station as string,
        policeReceiptNumber: receipt as string,
        policeOfficerName: officer as string | null,
        policeRecordedByAccountId: actor.accountId,
        policeRecordedAt: now,
      };
      Object.assign(incident, changes);
      await manager.getRepository(IncidentEntity).update({ id: incident.id }, changes);
      await recordEvent(manager, {
        incidentId: incident.id,
        kind: 'POLICE_REPORTED',
        at: input.reportedAt,
        recordedAt: now,
        actorAccountId: actor.accountId,
        deadline: 'POLICE_REPORT',
        deadlineOutcome: isLate ? 'MISSED' : 'MET',
      });
      if (isLate) await recordAssessedBreaches(manager, incident, now, context.policy, ['LATE_REPORT']);
      await storeReportingOf(manager, incident.id, now, context.policy);
      return { result: await viewCase(context, manager, incident.id, actor, false), details: { isLate } };
    },
  });
}
