import type { DistrictPolicy } from '../policy/policy';
import { addCalendarDays } from './care-calendar';
import type { LegalVicePrincipalAppointment, LegalVicePrincipalStatus } from './care.types';

const inForce = (a: LegalVicePrincipalAppointment, at: number): boolean =>
  a.termStart.getTime() <= at && at < a.termEnd.getTime();

const latestEnding = (list: LegalVicePrincipalAppointment[]): LegalVicePrincipalAppointment | undefined =>
  [...list].sort((a, b) => b.termEnd.getTime() - a.termEnd.getTime())[0];

/**
 * PRV-5: the institution's vice-principal for legal affairs at `now`. None in force: a gap (MISSING, or
 * EXPIRED when one ended); in force but ending within `legalVicePrincipalExpiryWarningDays` with no successor
 * appointed from that day: a warning (EXPIRING).
 */
export function legalVicePrincipalStatus(
  appointments: LegalVicePrincipalAppointment[],
  now: Date,
  policy: DistrictPolicy,
): LegalVicePrincipalStatus {
  const at = now.getTime();
  const ruleIds: LegalVicePrincipalStatus['ruleIds'] = ['PRV-5'];
  const current = latestEnding(appointments.filter((a) => inForce(a, at)));
  if (!current) {
    const ended = latestEnding(appointments.filter((a) => a.termEnd.getTime() <= at));
    return {
      status: ended ? 'EXPIRED' : 'MISSING',
      appointmentId: ended ? ended.id : null,
      endsAt: null,
      isGap: true,
      isWarning: false,
      ruleIds,
    };
  }
  const end = current.termEnd.getTime();
  const hasSuccessor = appointments.some((a) => inForce(a, end));
  const warnFrom = addCalendarDays(
    current.termEnd,
    -policy.legalVicePrincipalExpiryWarningDays,
    policy.timeZone,
  );
  const isWarning = !hasSuccessor && at >= warnFrom.getTime();
  return {
    status: isWarning ? 'EXPIRING' : 'ACTIVE',
    appointmentId: current.id,
    endsAt: current.termEnd,
    isGap: false,
    isWarning,
    ruleIds,
  };
}
