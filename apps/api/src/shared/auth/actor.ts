import {
  scopeOf,
  type AccessActor,
  type Actor,
  type DistrictPolicy,
  type Scope,
  type StaffRole,
  type UnitCode,
} from '@xiaohu/domain';
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
  /** REP-11, VET-11: the staff record of this person, when the account is linked to one. */
  staffId: string | null;
  /** PRV-4: the role of that staff record (dormitory staff keep the dorm door's register). */
  staffRole?: StaffRole | null;
  /** REP-7: a SAFETY member designated for confidential cases. */
  isDesignatedCaseOfficer: boolean;
  /** Issue 13: set when an API client calls with its bearer token (its account acts; sessionId is the token's id). */
  apiClient?: { id: string; name: string; canWrite: boolean } | null;
}

/** The policies' view of the signed-in person (packages/domain/src/access). */
export function toAccessActor(actor: SignedInActor): AccessActor {
  return {
    accountId: actor.accountId,
    role: actor.role,
    institutionId: actor.institutionId,
    unit: actor.unitCode,
    staffId: actor.staffId,
    staffRole: actor.staffRole ?? null,
    isDesignatedCaseOfficer: actor.isDesignatedCaseOfficer,
  };
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
