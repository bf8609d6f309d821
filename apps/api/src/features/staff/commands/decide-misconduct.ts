import { decideMisconductCase } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { boundedText } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { MisconductCaseEntity } from '../misconduct-case.entity';
import { holdsTeacherQualification, toMisconductCase, toOptions } from '../misconduct.service';
import { StaffMemberEntity } from '../staff-member.entity';
import {
  InvalidStaffStateError,
  MisconductCaseNotFoundError,
  OutcomeNotAllowedError,
  StaffForbiddenError,
} from '../staff.results';
import { banInDistrict, revokeTeacherQualifications } from '../staff.service';
import { refreshStaffDueDates } from '../staff-due-dates';
import { findStaffInScope, UUID } from '../staff-scope';
import { misconductAccessOf } from '../staff-policy';
import { loadVettingFacts } from '../vetting-facts';

const REFUSAL_TEXT = {
  INVESTIGATE_FIRST: 'Investigate and verify the facts first (VET-11)',
  NO_OUTCOME: 'Choose at least one outcome',
  OUTCOME_NOT_ALLOWED: 'An outcome is not allowed for these facts',
  MANDATORY_OUTCOME_MISSING: 'A mandatory outcome is missing',
} as const;

/**
 * VET-11: decides a case with outcomes the ladder allows (every mandatory one included), and applies
 * what the domain says they do: revocation (VET-6), a district-wide ban (VET-7), dismissal.
 */
export async function decideMisconduct(
  context: RequestContext,
  input: import('../staff.inputs').DecideMisconductInput,
) {
  const now = context.clock.now();
  const investigation = boundedText(input.investigation, 'investigation', 'misconductInvestigation', true);
  return runCommand(context, {
    action: 'staff.decideMisconduct',
    targetType: 'misconductCase',
    targetId: input.caseId,
    validate: () => {
      if (investigation instanceof ValidationError) return investigation;
      if (input.proposedAt.getTime() > input.decidedAt.getTime()) {
        return ValidationError.of('decidedAt', 'Discipline cannot be decided before it was proposed');
      }
      return input.decidedAt.getTime() > now.getTime()
        ? ValidationError.of('decidedAt', 'decidedAt is in the future')
        : null;
    },
    load: async (manager, actor) => {
      if (!UUID.test(input.caseId)) return MisconductCaseNotFoundError.of();
      const entity = await manager
        .getRepository(MisconductCaseEntity)
        .createQueryBuilder('c')
        .where('c.id = :id', { id: input.caseId })
        .setLock('pessimistic_write')
        .getOne();
      const staff = entity
        ? await findStaffInScope(manager, actor, context.policy, entity.staffId, true)
        : null;
      if (!entity || !staff) return MisconductCaseNotFoundError.of();
      const facts = (await loadVettingFacts(manager, [staff], now)).get(staff.id)!;
      const access = misconductAccessOf(entity, staff, facts, actor, context.policy);
      // VET-11: a case the viewer may not read (its subject, above all) answers as missing.
      if (!access.canView.allowed) return MisconductCaseNotFoundError.of();
      return { entity, staff, access };
    },
    authorize: ({ entity, staff, access }) => {
      if (entity.status !== 'OPEN')
        return InvalidStaffStateError.of('The case is already decided', staff.status);
      return access.can.decide.allowed
        ? null
        : StaffForbiddenError.of('Only the handlers of this case decide it', access.can.decide.ruleId);
    },
    execute: async (manager, { entity, staff }, actor) => {
      if (entity.openedAt.getTime() > input.proposedAt.getTime()) {
        return {
          result: ValidationError.of(
            'proposedAt',
            'Discipline cannot be proposed before the case was opened',
          ),
        };
      }
      const facts = {
        factsVerified: input.factsVerified,
        severity: input.severity,
        involvesCrime: input.involvesCrime,
        holdsTeacherQualification: await holdsTeacherQualification(manager, staff.id),
      };
      const decided = decideMisconductCase(facts, input.outcomes);
      if (!decided.ok) {
        const missing = decided.missing.length > 0 ? `: ${decided.missing.join(', ')}` : '';
        return {
          result: OutcomeNotAllowedError.of(`${REFUSAL_TEXT[decided.refusal]}${missing}`, toOptions(facts)),
          auditOutcome: decided.refusal,
        };
      }
      Object.assign(entity, {
        status: 'DECIDED',
        investigation,
        factsVerified: input.factsVerified,
        severity: input.severity,
        involvesCrime: input.involvesCrime,
        outcomes: decided.outcomes,
        proposedAt: input.proposedAt,
        decidedAt: input.decidedAt,
        decidedByAccountId: actor.accountId,
      });
      await manager.getRepository(MisconductCaseEntity).save(entity);
      const { consequences } = decided;
      for (const ruleId of consequences.revokeQualificationUnder) {
        await revokeTeacherQualifications(manager, staff.id, now, ruleId);
      }
      if (consequences.districtBan) await banInDistrict(manager, staff, consequences.districtBan, now);
      if (consequences.isDismissed) {
        await manager.getRepository(StaffMemberEntity).update({ id: staff.id }, { status: 'DISMISSED' });
        await refreshStaffDueDates(manager, [staff.id], { now, policy: context.policy });
      }
      return {
        result: toMisconductCase(entity, staff.name, { canDecide: false }),
        details: {
          staffId: staff.id,
          outcomes: decided.outcomes,
          severity: input.severity,
          involvesCrime: input.involvesCrime,
        },
      };
    },
  });
}
