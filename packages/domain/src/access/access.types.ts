import type { InstitutionKind, Reason, RuleId, UnitCode } from '../organisation/organisation.types';
import type { StaffRole } from '../vetting/vetting.types';

/** The kinds of account. TEACHER, HEAD and STAFF belong to an institution; the rest to the committee. */
export const ACCOUNT_ROLES = ['TEACHER', 'HEAD', 'STAFF', 'SECTION_MEMBER', 'LEADER', 'ADMIN'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** A signed-in person, as far as "who may see and do what" is concerned. Accounts are people. */
export interface AccessActor {
  accountId: string;
  role: AccountRole;
  institutionId: string | null;
  unit: UnitCode | null;
  /** REP-11, VET-11: the staff record of this person, when the account is linked to one. */
  staffId: string | null;
  /** REP-7: a SAFETY member designated for confidential cases. */
  isDesignatedCaseOfficer: boolean;
  /** PRV-4: the role of this person's staff record (e.g. a dorm manager), when known. */
  staffRole?: StaffRole | null;
}

/** One answer of a policy: allowed or not, and the rule that says so. */
export interface Permit {
  allowed: boolean;
  ruleId: RuleId;
}

/** What a policy needs to know about an institution. */
export interface InstitutionFacts {
  id: string;
  kind: InstitutionKind;
}

export type { Reason };
