import { TEACHER_QUALIFICATION_KINDS } from '@xiaohu/domain';
import { In, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { ValidationError } from '../../shared/graphql/error-result';
import { DistrictBanEntity, type DistrictBanReason } from './district-ban.entity';
import { QualificationEntity } from './qualification.entity';
import { StaffMemberEntity } from './staff-member.entity';
import { decide, loadVettingFacts } from './vetting-facts';
import { raiseStaffEvent } from '../webhooks/record-webhook-events';

// Helpers the staff commands share (apps/api/src/features/staff/commands/) and the roster import uses.

const PHONE = /^(\+?86[- ]?)?(1\d{10}|0\d{2,3}-?\d{7,8})$/;

/** Trimmed text within 1..max characters, or a ValidationError naming the field. */
export function requiredText(
  value: string | null | undefined,
  field: string,
  max: number,
): string | ValidationError {
  const text = value?.trim() ?? '';
  if (text.length === 0) return ValidationError.of(field, `${field} is required`);
  if (text.length > max) return ValidationError.tooLong(field, max);
  return text;
}

export function isPhone(value: string): boolean {
  return PHONE.test(value.replace(/\s+/g, ''));
}

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
export async function settleStatus(
  manager: EntityManager,
  staff: StaffMemberEntity,
  context: RequestContext,
) {
  const now = context.clock.now();
  const facts = (await loadVettingFacts(manager, [staff], now)).get(staff.id)!;
  const decision = decide(staff, facts, now, context.policy);
  if (decision.status === 'BLOCKED' && (staff.status === 'CANDIDATE' || staff.status === 'ACTIVE')) {
    staff.status = 'BLOCKED';
    await manager.getRepository(StaffMemberEntity).update({ id: staff.id }, { status: 'BLOCKED' });
    await raiseStaffEvent(manager, 'staff.blocked', staff, now, context.policy);
  }
  return decision;
}
