import { misconductOutcomes, type MisconductFacts } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import type { SignedInActor } from '../../shared/auth/actor';
import { forbiddenError } from '../../shared/graphql/errors';
import { ValidationError } from '../../shared/graphql/error-result';
import { InstitutionEntity } from '../institutions/institution.entity';
import { MisconductCaseEntity } from './misconduct-case.entity';
import { MisconductCase, type MisconductOptions } from './misconduct-case.type';
import { QualificationEntity } from './qualification.entity';
import {
  InvalidStaffStateError,
  MisconductCaseNotFoundError,
  OutcomeNotAllowedError,
  StaffNotFoundError,
} from './staff.results';
import type { DecideMisconductInput, OpenMisconductCaseInput } from './staff.inputs';
import { StaffMemberEntity } from './staff-member.entity';
import { findStaffInScope, signedIn, UUID } from './staff-scope';
import { banInDistrict, requiredText, revokeTeacherQualifications } from './staff.service';
import { misconductUnits } from './vetting-facts';

/** The domain's options, shaped for the API. */
export function toOptions(facts: MisconductFacts): MisconductOptions {
  const decision = misconductOutcomes(facts);
  return {
    isInvestigationNeeded: decision.status === 'INVESTIGATE_FIRST',
    options: decision.options.map((o) => ({
      outcome: o.outcome,
      isMandatory: o.isMandatory,
      ruleId: o.ruleId,
      clause: o.clause,
    })),
  };
}

export function toMisconductCase(entity: MisconductCaseEntity, staffName: string): MisconductCase {
  return Object.assign(new MisconductCase(), {
    id: entity.id,
    staffId: entity.staffId,
    staffName,
    institutionId: entity.institutionId,
    incidentId: entity.incidentId,
    status: entity.status,
    facts: entity.facts,
    investigation: entity.investigation,
    factsVerified: entity.factsVerified,
    severity: entity.severity,
    involvesCrime: entity.involvesCrime,
    outcomes: entity.outcomes,
    openedAt: entity.openedAt,
    proposedAt: entity.proposedAt,
    decidedAt: entity.decidedAt,
  });
}

/** The head of the institution, or a unit the matrix names for teacher ethics (ORG-2). */
async function mayHandle(
  manager: EntityManager,
  actor: SignedInActor,
  staff: StaffMemberEntity,
  context: RequestContext,
) {
  if (actor.role === 'HEAD') return actor.institutionId === staff.institutionId;
  if (actor.role !== 'SECTION_MEMBER' || !actor.unitCode) return false;
  const institution = await manager
    .getRepository(InstitutionEntity)
    .findOneByOrFail({ id: staff.institutionId });
  return misconductUnits(institution.kind, context.policy).includes(actor.unitCode);
}

async function holdsTeacherQualification(manager: EntityManager, staffId: string): Promise<boolean> {
  return manager
    .getRepository(QualificationEntity)
    .createQueryBuilder('q')
    .where('q.staff_id = :staffId AND q.revoked_at IS NULL', { staffId })
    .andWhere("q.kind IN ('TEACHER_QUALIFICATION', 'KINDERGARTEN_TEACHER_QUALIFICATION')")
    .getExists();
}

/** Opens a case against a staff member (VET-11), directly or from a reported incident. */
export async function openMisconductCase(
  context: RequestContext,
  input: OpenMisconductCaseInput,
): Promise<MisconductCase | ValidationError | StaffNotFoundError> {
  const actor = signedIn(context);
  const facts = requiredText(input.facts, 'facts', 5000);
  if (facts instanceof ValidationError) return facts;
  const incidentId = input.incidentId?.trim() || null;
  if (incidentId && incidentId.length > 64) return ValidationError.of('incidentId', 'incidentId is too long');
  return context.dataSource.transaction(async (manager) => {
    const staff = await findStaffInScope(manager, actor, context.policy, input.staffId);
    if (!staff) return StaffNotFoundError.of();
    if (!(await mayHandle(manager, actor, staff, context))) throw forbiddenError();
    const now = context.clock.now();
    const entity = await manager.getRepository(MisconductCaseEntity).save(
      manager.getRepository(MisconductCaseEntity).create({
        staffId: staff.id,
        institutionId: staff.institutionId,
        incidentId,
        status: 'OPEN',
        facts,
        investigation: null,
        factsVerified: false,
        severity: null,
        involvesCrime: false,
        outcomes: [],
        openedAt: now,
        openedByAccountId: actor.accountId,
        proposedAt: null,
        decidedAt: null,
        decidedByAccountId: null,
      }),
    );
    await recordAudit(manager, actor, now, {
      action: 'staff.openMisconductCase',
      targetType: 'misconductCase',
      targetId: entity.id,
      outcome: 'OK',
      details: { staffId: staff.id, incidentId },
    });
    return toMisconductCase(entity, staff.name);
  });
}

/**
 * Decides a case with outcomes misconductOutcomes allows (every mandatory one included), and applies them:
 * revocation (VET-6), expulsion and a crime both ban the person district-wide (VET-7) and dismiss them.
 */
export async function decideMisconduct(
  context: RequestContext,
  input: DecideMisconductInput,
): Promise<
  | MisconductCase
  | ValidationError
  | MisconductCaseNotFoundError
  | OutcomeNotAllowedError
  | InvalidStaffStateError
> {
  const actor = signedIn(context);
  const now = context.clock.now();
  const investigation = requiredText(input.investigation, 'investigation', 5000);
  if (investigation instanceof ValidationError) return investigation;
  if (input.proposedAt.getTime() > input.decidedAt.getTime()) {
    return ValidationError.of('decidedAt', 'Discipline cannot be decided before it was proposed');
  }
  if (input.decidedAt.getTime() > now.getTime())
    return ValidationError.of('decidedAt', 'decidedAt is in the future');
  if (!UUID.test(input.caseId)) return MisconductCaseNotFoundError.of();
  return context.dataSource.transaction(async (manager) => {
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
    if (!(await mayHandle(manager, actor, staff, context))) throw forbiddenError();
    if (entity.status !== 'OPEN')
      return InvalidStaffStateError.of('The case is already decided', staff.status);
    if (entity.openedAt.getTime() > input.proposedAt.getTime()) {
      return ValidationError.of('proposedAt', 'Discipline cannot be proposed before the case was opened');
    }
    const allowed = toOptions({
      factsVerified: input.factsVerified,
      severity: input.severity,
      involvesCrime: input.involvesCrime,
      holdsTeacherQualification: await holdsTeacherQualification(manager, staff.id),
    });
    const chosen = [...new Set(input.outcomes)];
    const allowedOutcomes = allowed.options.map((o) => o.outcome);
    const missingMandatory = allowed.options.filter((o) => o.isMandatory && !chosen.includes(o.outcome));
    const refusal = allowed.isInvestigationNeeded
      ? 'Investigate and verify the facts first (VET-11)'
      : chosen.length === 0
        ? 'Choose at least one outcome'
        : chosen.some((o) => !allowedOutcomes.includes(o))
          ? 'An outcome is not allowed for these facts'
          : missingMandatory.length > 0
            ? `Mandatory: ${missingMandatory.map((o) => o.outcome).join(', ')}`
            : null;
    if (refusal) return OutcomeNotAllowedError.of(refusal, allowed);

    Object.assign(entity, {
      status: 'DECIDED',
      investigation,
      factsVerified: input.factsVerified,
      severity: input.severity,
      involvesCrime: input.involvesCrime,
      outcomes: chosen,
      proposedAt: input.proposedAt,
      decidedAt: input.decidedAt,
      decidedByAccountId: actor.accountId,
    });
    await manager.getRepository(MisconductCaseEntity).save(entity);
    if (chosen.includes('REVOKE_TEACHER_QUALIFICATION')) {
      await revokeTeacherQualifications(manager, staff.id, now, 'VET-11');
    }
    const isExpelled = chosen.includes('EXPEL_FROM_EDUCATION_SECTOR');
    if (input.involvesCrime) {
      // VET-6: a crime loses the qualification; VET-7: dismissed and never employed again in the sector.
      await revokeTeacherQualifications(manager, staff.id, now, 'VET-6');
      await banInDistrict(manager, staff, 'CRIMINAL_PUNISHMENT', now);
    } else if (isExpelled) {
      await banInDistrict(manager, staff, 'EXPELLED', now);
    }
    if (input.involvesCrime || isExpelled) {
      await manager.getRepository(StaffMemberEntity).update({ id: staff.id }, { status: 'DISMISSED' });
    }
    await recordAudit(manager, actor, now, {
      action: 'staff.decideMisconduct',
      targetType: 'misconductCase',
      targetId: entity.id,
      outcome: 'OK',
      details: {
        staffId: staff.id,
        outcomes: chosen,
        severity: input.severity,
        involvesCrime: input.involvesCrime,
      },
    });
    return toMisconductCase(entity, staff.name);
  });
}
