import type { DistrictPolicy } from '../policy/policy';
import { toZoned } from '../shared/zoned-time';

/** PRV-4: is this dorm entry a night entry (the district's window, local time; it may run past midnight)? */
export function isNightEntry(at: Date, policy: DistrictPolicy): boolean {
  const wall = toZoned(at, policy.timeZone);
  const minute = wall.hour * 60 + wall.minute;
  const start = policy.dormNightStartMinute;
  const end = policy.dormNightEndMinute;
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}
