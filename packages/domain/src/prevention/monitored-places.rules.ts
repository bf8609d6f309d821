import type { DistrictPolicy } from '../policy/policy';
import { addCalendarMonths } from '../shared/zoned-time';
import { surveillanceGaps } from './prevention.rules';
import type { PlaceRegister, PreventionGap } from './prevention.types';

/** PRV-2: when the next blind-spot self-inspection is due; never inspected: due now. */
export function blindSpotSelfInspectionDueAt(lastAt: Date | null, now: Date, policy: DistrictPolicy): Date {
  return lastAt ? addCalendarMonths(lastAt, policy.blindSpotSelfInspectionMonths, policy.timeZone) : now;
}

/**
 * PRV-2 over the place register: the same gaps as `preventionGaps` (blind spots not self-inspected
 * within `blindSpotSelfInspectionMonths`, every unmonitored one-to-one room of a training institution).
 */
export function placeRegisterGaps(
  register: PlaceRegister,
  now: Date,
  policy: DistrictPolicy,
): PreventionGap[] {
  const dueAt = blindSpotSelfInspectionDueAt(register.lastBlindSpotSelfInspectionAt, now, policy);
  return surveillanceGaps({
    institutionKind: register.institutionKind,
    hasSelfInspectedBlindSpots: register.lastBlindSpotSelfInspectionAt !== null && dueAt > now,
    oneToOneClassrooms: register.places.filter((p) => p.kind === 'ONE_TO_ONE_ROOM'),
  });
}
