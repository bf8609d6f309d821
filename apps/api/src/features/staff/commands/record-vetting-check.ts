import { checkConsequences, mayRecordAs } from '@xiaohu/domain';
import { toAccessActor } from '../../../shared/auth/actor';
import type { RequestContext } from '../../../context';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import type { RecordVettingCheckInput } from '../staff.inputs';
import { InvalidStaffStateError, NotResponsibleError } from '../staff.results';
import { banInDistrict, revokeTeacherQualifications, settleStatus } from '../staff.service';
import { refreshStaffDueDates } from '../staff-due-dates';
import { toStaffMember } from '../staff-scope';
import { VettingCheckEntity } from '../vetting-check.entity';
import { CHECKS_WITH_FINDINGS, findingColumns, recordersOf, toDomainCheck } from '../vetting-facts';
import { loadStaffForChange } from './staff-command.support';

/** One check, recorded by the unit whose duty it is (requiredChecks / inServiceDueDates decide who). */
export async function recordVettingCheck(context: RequestContext, input: RecordVettingCheckInput) {
  const now = context.clock.now();
  const checkedBy = boundedText(input.checkedBy, 'checkedBy', 'checkedBy', true);
  const system = boundedText(input.system, 'system', 'checkSystem', true);
  const referenceNumber = boundedText(input.referenceNumber, 'referenceNumber', 'referenceNumber', true);
  const findings = [...new Set(input.findings ?? [])];
  return runCommand(context, {
    action: 'staff.recordVettingCheck',
    targetType: 'staff',
    targetId: input.staffId,
    validate: () => {
      const invalid = firstInvalid(checkedBy, system, referenceNumber);
      if (invalid) return invalid;
      if (input.checkedAt.getTime() > now.getTime())
        return ValidationError.of('checkedAt', 'A check cannot be dated in the future');
      if (findings.length > 0 && !CHECKS_WITH_FINDINGS.includes(input.check)) {
        return ValidationError.of('findings', 'Criminal findings cannot be recorded with this check');
      }
      return null;
    },
    load: (manager, actor) => loadStaffForChange(context, manager, actor, input.staffId),
    // The staff policy's recordableChecks: the unit whose duty it is, for a member in the right status.
    authorize: ({ staff, facts, access }) => {
      if (access.recordableChecks.includes(input.check)) return null;
      const recorders = recordersOf(input.check, staff, facts, now, context.policy);
      if (!recorders) return ValidationError.of('check', 'This check does not apply to this staff member');
      const expected = input.check === 'IN_SERVICE_RECHECK' ? 'ACTIVE' : 'CANDIDATE';
      if (staff.status !== expected) {
        return InvalidStaffStateError.of(`This check is recorded for ${expected} staff only`, staff.status);
      }
      return NotResponsibleError.of(recorders.recordedBy, recorders.ruleId);
    },
    execute: async (manager, { staff, facts }, actor) => {
      const recorders = recordersOf(input.check, staff, facts, now, context.policy)!;
      const recorder = recorders.recordedBy.find((r) =>
        mayRecordAs(toAccessActor(actor), r, staff.institutionId),
      )!;
      await manager.getRepository(VettingCheckEntity).insert({
        staffId: staff.id,
        check: input.check,
        outcome: input.outcome,
        checkedAt: input.checkedAt,
        checkedBy: checkedBy as string,
        system: system as string,
        referenceNumber: referenceNumber as string,
        recordedBy: recorder,
        recordedByAccountId: actor.accountId,
        recordedAt: now,
        ...findingColumns(findings),
      });
      // VET-1, VET-6, VET-7: a record in the database or a criminal punishment bans district-wide and may cost a qualification.
      const consequences = checkConsequences({
        check: toDomainCheck(input.check),
        outcome: input.outcome,
        findings,
      });
      if (consequences.districtBan) {
        await banInDistrict(manager, staff, consequences.districtBan.reason, now);
      }
      if (consequences.revokesTeacherQualification) {
        await revokeTeacherQualifications(
          manager,
          staff.id,
          now,
          consequences.revokesTeacherQualification.ruleId,
        );
      }
      const decision = await settleStatus(manager, staff, context);
      // A re-check moves the next one; a block ends both (VET-9, VET-10).
      await refreshStaffDueDates(manager, [staff.id], { now, policy: context.policy });
      return {
        result: toStaffMember(staff),
        details: { check: input.check, outcome: input.outcome, findings, vetting: decision.status },
      };
    },
  });
}
