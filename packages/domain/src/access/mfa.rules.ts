import type { RuleId } from '../organisation/organisation.types';
import type { AccessActor } from './access.types';

/** Whether an account must sign in with a second factor, and the rule that says so. */
export interface MfaRequirement {
  isRequired: boolean;
  /** The rule that requires it, or null when the second factor is the person's choice. */
  ruleId: RuleId | null;
}

// Those who can see children's identities (REP-7: 安稳办, leadership) or full ID numbers and the
// vetting files (VET-2: 人事科), and administrators, who hold every account, sign in with TOTP.
/** Who must use a second factor at sign-in (REP-7, VET-2); optional for everyone else. */
export function mfaRequirement(actor: Pick<AccessActor, 'role' | 'unit'>): MfaRequirement {
  switch (actor.role) {
    case 'LEADER':
    case 'ADMIN':
      return { isRequired: true, ruleId: 'REP-7' };
    case 'SECTION_MEMBER':
      if (actor.unit === 'SAFETY') return { isRequired: true, ruleId: 'REP-7' };
      if (actor.unit === 'PERSONNEL') return { isRequired: true, ruleId: 'VET-2' };
      return { isRequired: false, ruleId: null };
    default:
      return { isRequired: false, ruleId: null };
  }
}

/** True when the actor must sign in with a second factor (REP-7, VET-2). */
export function isMfaRequired(actor: Pick<AccessActor, 'role' | 'unit'>): boolean {
  return mfaRequirement(actor).isRequired;
}
