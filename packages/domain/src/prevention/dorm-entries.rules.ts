import type { DistrictPolicy } from '../policy/policy';
import { toZoned } from '../shared/zoned-time';
import { canEnterDorm } from './prevention.rules';
import type { DormEntryRequest } from './prevention.types';

/** PRV-4: is this dorm entry a night entry (the district's window, local time; it may run past midnight)? */
export function isNightEntry(at: Date, policy: DistrictPolicy): boolean {
  const wall = toZoned(at, policy.timeZone);
  const minute = wall.hour * 60 + wall.minute;
  const start = policy.dormNightStartMinute;
  const end = policy.dormNightEndMinute;
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** PRV-4: why the door refuses someone: not dormitory staff (nor a head teacher's check), or not serving. */
export type DormRefusal = 'NOT_DORM_STAFF' | 'NOT_ACTIVE_STAFF';

export interface DormDoorDecision {
  allowed: boolean;
  /** A head teacher's dorm check: the entry is the registration the rule requires. */
  mustRegister: boolean;
  refusal: DormRefusal | null;
  ruleId: 'PRV-4';
}

/**
 * PRV-4 at the door: `canEnterDorm` for the person's register role and purpose; someone who is not
 * serving (a candidate, blocked or dismissed) enters in no role at all.
 */
export function dormDoorDecision(person: DormEntryRequest & { isActive: boolean }): DormDoorDecision {
  const decision = canEnterDorm(person);
  if (!person.isActive)
    return { allowed: false, mustRegister: false, refusal: 'NOT_ACTIVE_STAFF', ruleId: 'PRV-4' };
  return {
    allowed: decision.allowed,
    mustRegister: decision.mustRegister,
    refusal: decision.allowed ? null : 'NOT_DORM_STAFF',
    ruleId: 'PRV-4',
  };
}
