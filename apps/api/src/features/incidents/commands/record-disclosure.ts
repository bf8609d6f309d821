import { escalationPlan } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { AccountEntity } from '../../accounts/account.entity';
import { InstitutionEntity } from '../../institutions/institution.entity';
import { StaffMemberEntity } from '../../staff/staff-member.entity';
import type { RecordDisclosureInput } from '../case.inputs';
import { ReportingTimeError } from '../incident-errors.type';
import { recordAssessedBreaches, scheduleAlerts } from '../incident-alerts';
import { IncidentChildEntity } from '../incident-child.entity';
import { isHeadInConflictOf } from '../incident-conflict';
import { IncidentEntity } from '../incident.entity';
import { alertDependencies, headOf, recordEvent, UUID, viewCase } from './case-command.support';
import { storedReportingOf, storeReportingOf } from '../stored-reporting';
import { raiseCaseEvent } from '../../webhooks/record-webhook-events';

/** Issue 4: the teacher's record. Case, child, timeline, audit and escalation jobs in one transaction. */
export async function recordDisclosure(context: RequestContext, input: RecordDisclosureInput) {
  const childName = boundedText(input.childName, 'childName', 'childName', true);
  const childClass = boundedText(input.childClass, 'childClass', 'childClass', true);
  const statement = boundedText(input.childStatement, 'childStatement', 'childStatement', true);
  const suspectDescription = boundedText(
    input.suspectDescription,
    'suspectDescription',
    'suspectDescription',
    false,
  );
  const now = context.clock.now();
  const receivedAt = input.receivedAt ?? now;
  return runCommand(context, {
    action: 'incident.recordDisclosure',
    targetType: 'incident',
    targetId: null,
    // Never the input in the audit: it names the child.
    validate: () => {
      const invalid = firstInvalid(childName, childClass, statement, suspectDescription);
      if (invalid) return invalid;
      if (input.isSuspectHead && input.suspectType !== 'STAFF') {
        return ValidationError.of('isSuspectHead', 'The head as suspect needs suspectType STAFF');
      }
      if (input.suspectStaffId && !UUID.test(input.suspectStaffId))
        return ValidationError.of('suspectStaffId', 'Invalid id');
      if (input.suspectStaffId && input.suspectType !== 'STAFF') {
        return ValidationError.of(
          'suspectStaffId',
          'A suspect from the staff register needs suspectType STAFF',
        );
      }
      return null;
    },
    load: async (manager, actor) => {
      if (!actor.institutionId) return ValidationError.of(null, 'Only institution staff record disclosures');
      const institution = await manager
        .getRepository(InstitutionEntity)
        .findOneByOrFail({ id: actor.institutionId });
      const suspectStaff = input.suspectStaffId
        ? await manager
            .getRepository(StaffMemberEntity)
            .findOneBy({ id: input.suspectStaffId, institutionId: institution.id })
        : null;
      if (input.suspectStaffId && !suspectStaff) {
        return ValidationError.of('suspectStaffId', 'The suspect is not on the staff of this institution');
      }
      // REP-11: the suspect's own account, when the staff record is linked to one (accounts are people).
      const suspectAccount = suspectStaff
        ? await manager.getRepository(AccountEntity).findOneBy({ staffMemberId: suspectStaff.id })
        : null;
      return { institution, suspectStaff, suspectAccount, head: await headOf(manager, institution.id) };
    },
    // Any institution account records what a child told it (REPORT_INCIDENT guards the operation).
    authorize: () => null,
    execute: async (manager, { institution, suspectStaff, suspectAccount, head }, actor) => {
      // REP-11: picking the head's staff record is the same fact as ticking "the suspect is the head".
      const isSuspectHead =
        input.isSuspectHead ||
        suspectStaff?.role === 'SCHOOL_HEAD' ||
        (head !== null && suspectStaff !== null && head.staffMemberId === suspectStaff.id);
      const incident = manager.getRepository(IncidentEntity).create({
        institutionId: institution.id,
        origin: 'SCHOOL',
        reporterAccountId: actor.accountId,
        headAccountId: head?.id ?? null,
        category: input.category,
        suspectType: input.suspectType,
        suspectStaffId: input.suspectStaffId ?? null,
        suspectAccountId: isSuspectHead
          ? (head?.id ?? suspectAccount?.id ?? null)
          : (suspectAccount?.id ?? null),
        suspectDescription: suspectDescription as string | null,
        hasHeadDeclaredConflict: input.isHeadOtherwiseInConflict || (isSuspectHead && !head),
        channel: input.channel,
        receivedAt,
        recordedAt: now,
        isMarkedConfidential: false,
        isChildInDanger: input.isChildInDanger,
        state: 'REPORTED',
        reportedToDistrictAt: now,
      });
      const plan = escalationPlan(
        {
          receipts: [{ personId: actor.accountId, receivedAt }],
          recordedAt: now,
          institution: { id: institution.id, kind: institution.kind },
          category: incident.category,
          suspectType: incident.suspectType,
          isHeadInConflict: isHeadInConflictOf(incident, institution.kind),
        },
        context.policy,
      );
      if (!plan.ok) {
        return {
          result: ReportingTimeError.of(plan.error.code, plan.error.ruleId, plan.error.message, 'receivedAt'),
        };
      }
      // Inserted with its reporting at now, recomputed below once breaches and alerts are recorded.
      Object.assign(incident, storedReportingOf(incident, [], [], now, context.policy));
      await manager.getRepository(IncidentEntity).insert(incident);
      await manager.getRepository(IncidentChildEntity).insert({
        incidentId: incident.id,
        childName: childName as string,
        childClass: childClass as string,
        statement: statement as string,
      });
      // Issue 13: before the alerts that are due already (a late record), so integrators see it first.
      await raiseCaseEvent(manager, 'case.recorded', incident, now, context.policy);
      await recordEvent(manager, {
        incidentId: incident.id,
        kind: 'DISCLOSURE_RECORDED',
        at: receivedAt,
        recordedAt: now,
        actorAccountId: actor.accountId,
        detail: input.category,
      });
      // REP-1, REP-2: a record entered after the head-notification deadline is a late teacher → head hop.
      await recordAssessedBreaches(
        manager,
        incident,
        now,
        context.policy,
        ['LATE_REPORT'],
        'TEACHER_TO_HEAD',
      );
      await scheduleAlerts(manager, incident, plan.value, alertDependencies(context));
      await storeReportingOf(manager, incident.id, now, context.policy);
      return {
        result: await viewCase(context, manager, incident.id, actor, false),
        targetId: incident.id,
        details: { category: incident.category, suspectType: incident.suspectType },
      };
    },
  });
}
