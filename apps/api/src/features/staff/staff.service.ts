import { checkConsequences, isValidResidentId, maskResidentId } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import type { SignedInActor } from '../../shared/auth/actor';
import { ValidationError } from '../../shared/graphql/error-result';
import { DistrictBanEntity, type DistrictBanReason } from './district-ban.entity';
import { idNumberCipher } from './id-number';
import { QualificationEntity } from './qualification.entity';
import { ReminderInterviewEntity } from './reminder-interview.entity';
import {
  DuplicateStaffError,
  InvalidStaffStateError,
  NotResponsibleError,
  StaffNotFoundError,
  VettingNotClearError,
} from './staff.results';
import type {
  AddStaffCandidateInput,
  RecordInterviewInput,
  RecordQualificationInput,
  RecordVettingCheckInput,
} from './staff.inputs';
import { StaffMemberEntity } from './staff-member.entity';
import { findStaffInScope, signedIn, toStaffMember } from './staff-scope';
import type { StaffMember } from './staff.type';
import { VettingCheckEntity } from './vetting-check.entity';
import {
  actsAs,
  CHECKS_WITH_FINDINGS,
  decide,
  dueDatesOf,
  findingColumns,
  loadVettingFacts,
  recordersOf,
  toDomainCheck,
  toVettingDecision,
} from './vetting-facts';

const PHONE = /^(\+?86[- ]?)?(1\d{10}|0\d{2,3}-?\d{7,8})$/;

/** Trimmed text within 1..max characters, or a ValidationError naming the field. */
export function requiredText(
  value: string | null | undefined,
  field: string,
  max: number,
): string | ValidationError {
  const text = value?.trim() ?? '';
  if (text.length === 0) return ValidationError.of(field, `${field} is required`);
  if (text.length > max) return ValidationError.of(field, `${field} is longer than ${max} characters`);
  return text;
}

export function isPhone(value: string): boolean {
  return PHONE.test(value.replace(/\s+/g, ''));
}

const TEACHER_QUALIFICATION_KINDS = ['TEACHER_QUALIFICATION', 'KINDERGARTEN_TEACHER_QUALIFICATION'] as const;

/** VET-6: a teacher qualification is lost; the row stays with the rule it was revoked under. */
export async function revokeTeacherQualifications(
  manager: EntityManager,
  staffId: string,
  now: Date,
  ruleId: string,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(QualificationEntity)
    .set({ revokedAt: now, revokedRuleId: ruleId })
    .where({ staffId, kind: In([...TEACHER_QUALIFICATION_KINDS]) })
    .andWhere('revoked_at IS NULL')
    .execute();
}

/** VET-7, VET-8: the person's keyed hash joins the district-wide ban register. */
export async function banInDistrict(
  manager: EntityManager,
  staff: StaffMemberEntity,
  reason: DistrictBanReason,
  now: Date,
): Promise<void> {
  await manager.getRepository(DistrictBanEntity).insert({
    idNumberHash: staff.idNumberHash,
    reason,
    bannedUntil: null,
    sourceStaffId: staff.id,
    recordedAt: now,
  });
}

/** Re-decides after a change: any block makes the member BLOCKED for good. */
async function settleStatus(manager: EntityManager, staff: StaffMemberEntity, context: RequestContext) {
  const now = context.clock.now();
  const facts = (await loadVettingFacts(manager, [staff], now)).get(staff.id)!;
  const decision = decide(staff, facts, now, context.policy);
  if (decision.status === 'BLOCKED' && (staff.status === 'CANDIDATE' || staff.status === 'ACTIVE')) {
    staff.status = 'BLOCKED';
    await manager.getRepository(StaffMemberEntity).update({ id: staff.id }, { status: 'BLOCKED' });
  }
  return decision;
}

function audit(
  manager: EntityManager,
  actor: SignedInActor,
  context: RequestContext,
  action: string,
  staffId: string | null,
  outcome: string,
  details?: Record<string, unknown>,
) {
  return recordAudit(manager, actor, context.clock.now(), {
    action,
    targetType: 'staff',
    targetId: staffId,
    outcome,
    details: details ?? null,
  });
}

/** 教职工 → 新增: a candidate, not active; a district-ban hit makes it BLOCKED at once (VET-7). */
export async function addStaffCandidate(
  context: RequestContext,
  input: AddStaffCandidateInput,
): Promise<StaffMember | ValidationError | DuplicateStaffError> {
  const actor = signedIn(context);
  const name = requiredText(input.name, 'name', 60);
  if (name instanceof ValidationError) return name;
  const post = requiredText(input.post, 'post', 60);
  if (post instanceof ValidationError) return post;
  if (!isValidResidentId(input.idNumber ?? ''))
    return ValidationError.of('idNumber', 'Invalid resident ID number');
  if (!isPhone(input.phone ?? '')) return ValidationError.of('phone', 'Invalid phone number');
  const institutionId = input.institutionId ?? actor.institutionId;
  // Only an institution's own head adds to its register.
  if (!institutionId || institutionId !== actor.institutionId) {
    return ValidationError.of('institutionId', 'Staff can only be added to your own institution');
  }
  const now = context.clock.now();
  if (input.startedAt && input.startedAt.getTime() > now.getTime() + 366 * 86_400_000) {
    return ValidationError.of('startedAt', 'Start date is too far in the future');
  }
  const cipher = idNumberCipher(context.config);
  const hash = cipher.hash(input.idNumber);
  return context.dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(StaffMemberEntity);
    if (await repository.exists({ where: { institutionId, idNumberHash: hash } })) {
      await audit(manager, actor, context, 'staff.addCandidate', null, 'DUPLICATE_STAFF');
      return DuplicateStaffError.of();
    }
    const staff = await repository.save(
      repository.create({
        institutionId,
        name,
        idNumberCiphertext: cipher.encrypt(input.idNumber),
        idNumberHash: hash,
        idNumberMasked: maskResidentId(input.idNumber),
        phone: input.phone.replace(/\s+/g, ''),
        role: input.role,
        employmentType: input.employmentType,
        post,
        hasStudentAccess: input.hasStudentAccess,
        startedAt: input.startedAt ?? null,
        status: 'CANDIDATE',
        activatedAt: null,
      }),
    );
    const decision = await settleStatus(manager, staff, context);
    await audit(manager, actor, context, 'staff.addCandidate', staff.id, 'OK', { vetting: decision.status });
    return toStaffMember(staff);
  });
}

/** One check, recorded by the unit whose duty it is (requiredChecks / inServiceDueDates decide who). */
export async function recordVettingCheck(
  context: RequestContext,
  input: RecordVettingCheckInput,
): Promise<
  StaffMember | ValidationError | StaffNotFoundError | NotResponsibleError | InvalidStaffStateError
> {
  const actor = signedIn(context);
  const now = context.clock.now();
  const checkedBy = requiredText(input.checkedBy, 'checkedBy', 60);
  if (checkedBy instanceof ValidationError) return checkedBy;
  const system = requiredText(input.system, 'system', 100);
  if (system instanceof ValidationError) return system;
  const referenceNumber = requiredText(input.referenceNumber, 'referenceNumber', 60);
  if (referenceNumber instanceof ValidationError) return referenceNumber;
  if (input.checkedAt.getTime() > now.getTime())
    return ValidationError.of('checkedAt', 'A check cannot be dated in the future');
  const findings = [...new Set(input.findings ?? [])];
  if (findings.length > 0 && !CHECKS_WITH_FINDINGS.includes(input.check)) {
    return ValidationError.of('findings', 'Criminal findings cannot be recorded with this check');
  }
  return context.dataSource.transaction(async (manager) => {
    const staff = await findStaffInScope(manager, actor, context.policy, input.staffId, true);
    if (!staff) return StaffNotFoundError.of();
    const isRecheck = input.check === 'IN_SERVICE_RECHECK';
    const expected = isRecheck ? 'ACTIVE' : 'CANDIDATE';
    if (staff.status !== expected) {
      return InvalidStaffStateError.of(`This check is recorded for ${expected} staff only`, staff.status);
    }
    const facts = (await loadVettingFacts(manager, [staff], now)).get(staff.id)!;
    const recorders = recordersOf(input.check, staff, facts, now, context.policy);
    if (!recorders) return ValidationError.of('check', 'This check does not apply to this staff member');
    const recorder = recorders.recordedBy.find((r) => actsAs(actor, r, staff.institutionId));
    if (!recorder) {
      await audit(manager, actor, context, 'staff.recordVettingCheck', staff.id, 'NOT_RESPONSIBLE', {
        check: input.check,
      });
      return NotResponsibleError.of(recorders.recordedBy, recorders.ruleId);
    }
    await manager.getRepository(VettingCheckEntity).insert({
      staffId: staff.id,
      check: input.check,
      outcome: input.outcome,
      checkedAt: input.checkedAt,
      checkedBy,
      system,
      referenceNumber,
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
    await audit(manager, actor, context, 'staff.recordVettingCheck', staff.id, 'OK', {
      check: input.check,
      outcome: input.outcome,
      findings,
      vetting: decision.status,
    });
    return toStaffMember(staff);
  });
}

/** The server refuses activation unless decideVetting is CLEAR, whatever the page showed. */
export async function activateStaff(
  context: RequestContext,
  staffId: string,
): Promise<StaffMember | StaffNotFoundError | VettingNotClearError | InvalidStaffStateError> {
  const actor = signedIn(context);
  const now = context.clock.now();
  return context.dataSource.transaction(async (manager) => {
    const staff = await findStaffInScope(manager, actor, context.policy, staffId, true);
    if (!staff || staff.institutionId !== actor.institutionId) return StaffNotFoundError.of();
    const facts = (await loadVettingFacts(manager, [staff], now)).get(staff.id)!;
    const decision = decide(staff, facts, now, context.policy);
    if (decision.status !== 'CLEAR') {
      await audit(manager, actor, context, 'staff.activate', staff.id, 'VETTING_NOT_CLEAR', {
        vetting: decision.status,
      });
      if (decision.status === 'BLOCKED' && staff.status === 'CANDIDATE') {
        await manager.getRepository(StaffMemberEntity).update({ id: staff.id }, { status: 'BLOCKED' });
      }
      return VettingNotClearError.of(toVettingDecision(decision, actor, staff.institutionId));
    }
    if (staff.status !== 'CANDIDATE')
      return InvalidStaffStateError.of('Only a candidate can be activated', staff.status);
    staff.status = 'ACTIVE';
    staff.activatedAt = now;
    staff.startedAt = staff.startedAt ?? now;
    await manager
      .getRepository(StaffMemberEntity)
      .update({ id: staff.id }, { status: 'ACTIVE', activatedAt: now, startedAt: staff.startedAt });
    await audit(manager, actor, context, 'staff.activate', staff.id, 'OK');
    return toStaffMember(staff);
  });
}

/** A qualification or training certificate held (VET-5), recorded by the institution's head. */
export async function recordQualification(
  context: RequestContext,
  input: RecordQualificationInput,
): Promise<StaffMember | ValidationError | StaffNotFoundError> {
  const actor = signedIn(context);
  const now = context.clock.now();
  const number = requiredText(input.number, 'number', 60);
  if (number instanceof ValidationError) return number;
  if (input.issuedAt.getTime() > now.getTime())
    return ValidationError.of('issuedAt', 'Issue date is in the future');
  return context.dataSource.transaction(async (manager) => {
    const staff = await findStaffInScope(manager, actor, context.policy, input.staffId, true);
    if (!staff || staff.institutionId !== actor.institutionId) return StaffNotFoundError.of();
    await manager.getRepository(QualificationEntity).insert({
      staffId: staff.id,
      kind: input.kind,
      number,
      issuedAt: input.issuedAt,
      revokedAt: null,
      revokedRuleId: null,
    });
    await audit(manager, actor, context, 'staff.recordQualification', staff.id, 'OK', { kind: input.kind });
    return toStaffMember(staff);
  });
}

/** A reminder interview (VET-10); the next due date moves with it. */
export async function recordInterview(
  context: RequestContext,
  input: RecordInterviewInput,
): Promise<StaffMember | ValidationError | StaffNotFoundError | InvalidStaffStateError> {
  const actor = signedIn(context);
  const now = context.clock.now();
  const interviewer = requiredText(input.interviewer, 'interviewer', 60);
  if (interviewer instanceof ValidationError) return interviewer;
  if ((input.notes ?? '').length > 2000)
    return ValidationError.of('notes', 'notes is longer than 2000 characters');
  if (input.interviewedAt.getTime() > now.getTime())
    return ValidationError.of('interviewedAt', 'Interview date is in the future');
  return context.dataSource.transaction(async (manager) => {
    const staff = await findStaffInScope(manager, actor, context.policy, input.staffId, true);
    if (!staff || staff.institutionId !== actor.institutionId) return StaffNotFoundError.of();
    const facts = (await loadVettingFacts(manager, [staff], now)).get(staff.id)!;
    if (!dueDatesOf(staff, facts, now, context.policy)?.reminderInterview) {
      return InvalidStaffStateError.of(
        'Reminder interviews are for active staff with access to students',
        staff.status,
      );
    }
    await manager.getRepository(ReminderInterviewEntity).insert({
      staffId: staff.id,
      interviewedAt: input.interviewedAt,
      interviewer,
      notes: input.notes?.trim() ?? '',
      recordedByAccountId: actor.accountId,
      recordedAt: now,
    });
    await audit(manager, actor, context, 'staff.recordInterview', staff.id, 'OK');
    return toStaffMember(staff);
  });
}
