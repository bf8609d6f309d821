import { canSee } from '../organisation/organisation.rules';
import type { Actor, InstitutionRef, RuleId } from '../organisation/organisation.types';
import type { DistrictPolicy } from '../policy/policy';
import type { AccessActor, AccountRole, Permit } from './access.types';

export const permit = (allowed: boolean, ruleId: RuleId): Permit => ({ allowed, ruleId });

const INSTITUTION_ROLES: readonly AccountRole[] = ['TEACHER', 'HEAD', 'STAFF'];

/** ORG-1, ORG-3: the scope actor behind an account; an administrator sees what the leading group sees. */
export function scopeActorOf(actor: AccessActor): Actor | null {
  if (INSTITUTION_ROLES.includes(actor.role)) {
    return actor.institutionId ? { type: 'INSTITUTION', institutionId: actor.institutionId } : null;
  }
  if (actor.role === 'SECTION_MEMBER') return actor.unit ? { type: 'COMMITTEE', unit: actor.unit } : null;
  return { type: 'COMMITTEE', unit: 'LEAD' };
}

/** ORG-1, ORG-3: is this institution in the actor's scope? */
export function isInScope(actor: AccessActor, institution: InstitutionRef, policy: DistrictPolicy): boolean {
  const scopeActor = scopeActorOf(actor);
  return scopeActor !== null && canSee(scopeActor, institution, policy).visible;
}

/** The leading group 领导小组 (ORG-2 COORDINATION); the administrator is not leadership. */
export function isLeadership(actor: AccessActor): boolean {
  return actor.role === 'LEADER' || (actor.role === 'SECTION_MEMBER' && actor.unit === 'LEAD');
}

/** The head 学校负责人 of this institution. */
export function isHeadOf(actor: AccessActor, institutionId: string): boolean {
  return actor.role === 'HEAD' && actor.institutionId === institutionId;
}

/** A member of one of these committee units. */
export function isMemberOfAny(actor: AccessActor, units: readonly string[]): boolean {
  return actor.role === 'SECTION_MEMBER' && actor.unit !== null && units.includes(actor.unit);
}
