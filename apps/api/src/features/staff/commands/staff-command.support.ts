import type { StaffAccess, StaffAction } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../../context';
import type { SignedInActor } from '../../../shared/auth/actor';
import type { StaffMemberEntity } from '../staff-member.entity';
import { StaffForbiddenError, StaffNotFoundError } from '../staff.results';
import { findStaffInScope } from '../staff-scope';
import { staffAccessOf } from '../staff-policy';
import { loadVettingFacts, type VettingFacts } from '../vetting-facts';

/** A staff record loaded for a change (row locked), its vetting facts and the staff policy's answer. */
export interface LoadedStaff {
  staff: StaffMemberEntity;
  facts: VettingFacts;
  access: StaffAccess;
}

/** Loads a staff record for a change; NOT_FOUND when missing or out of the actor's scope. */
export async function loadStaffForChange(
  context: Pick<RequestContext, 'policy' | 'clock'>,
  manager: EntityManager,
  actor: SignedInActor,
  staffId: string,
): Promise<LoadedStaff | StaffNotFoundError> {
  const staff = await findStaffInScope(manager, actor, context.policy, staffId, true);
  if (!staff) return StaffNotFoundError.of();
  const now = context.clock.now();
  const facts = (await loadVettingFacts(manager, [staff], now)).get(staff.id)!;
  return { staff, facts, access: staffAccessOf(staff, facts, actor, now, context.policy) };
}

/** The staff policy's refusal of one action, as a typed error (never thrown). */
export function refuseUnless(
  loaded: LoadedStaff,
  action: StaffAction,
  message: string,
): StaffForbiddenError | null {
  const permit = loaded.access.can[action];
  return permit.allowed ? null : StaffForbiddenError.of(message, permit.ruleId);
}
