import { scopeOf, type Actor, type DistrictPolicy, type Scope, type UnitCode } from '@xiaohu/domain';
import type { Role } from '../../features/accounts/role';

/** The signed-in account behind a request. */
export interface SignedInActor {
  accountId: string;
  sessionId: string;
  username: string;
  displayName: string;
  role: Role;
  unitCode: UnitCode | null;
  institutionId: string | null;
}

/** The domain's view of an actor, which decides scope (ORG-1, ORG-3). */
export function toDomainActor(actor: SignedInActor): Actor {
  switch (actor.role) {
    case 'TEACHER':
    case 'HEAD':
    case 'STAFF':
      if (!actor.institutionId) throw new Error(`Account ${actor.accountId} has no institution`);
      return { type: 'INSTITUTION', institutionId: actor.institutionId };
    case 'SECTION_MEMBER':
      if (!actor.unitCode) throw new Error(`Account ${actor.accountId} has no unit`);
      return { type: 'COMMITTEE', unit: actor.unitCode };
    case 'LEADER':
    case 'ADMIN':
      // An administrator sees no more district data than the leading group.
      return { type: 'COMMITTEE', unit: 'LEAD' };
  }
}

export function scopeOfActor(actor: SignedInActor, policy: DistrictPolicy): Scope {
  return scopeOf(toDomainActor(actor), policy);
}
