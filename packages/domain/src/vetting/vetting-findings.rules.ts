import type {
  CheckConsequences,
  CheckOutcome,
  CheckResult,
  CriminalFacts,
  CriminalFinding,
  VettingCheck,
} from './vetting.types';

// The checks that look into a person's past: the database check of VET-1 (which the in-service
// re-check of VET-9 repeats), PERSONNEL's teacher entry system (VET-2) and POLICY's review of a
// new institution's staff (VET-4). A qualification or training check (VET-5) finds no such thing.
const BACKGROUND_CHECKS: readonly VettingCheck[] = [
  'CRIMINAL_DATABASE',
  'TEACHER_ENTRY_SYSTEM',
  'NEW_INSTITUTION_REVIEW',
];

// Deprivation of political rights and an intentional-crime prison sentence bar a teacher (VET-6).
const QUALIFICATION_BARS: readonly CriminalFinding[] = [
  'DEPRIVED_OF_POLITICAL_RIGHTS',
  'INTENTIONAL_CRIME_IMPRISONMENT',
];

/** VET-6, VET-7: may the recorder of this check also record criminal findings? */
export function mayRecordCriminalFindings(check: VettingCheck): boolean {
  return BACKGROUND_CHECKS.includes(check);
}

/**
 * VET-6, VET-7: the candidate's criminal facts, from every finding recorded with a check up to `now`.
 * A finding once recorded stands: a later clear check does not erase a punishment received.
 */
export function criminalFactsFrom(checks: readonly CheckResult[], now: Date): CriminalFacts {
  const found = new Set(
    checks.filter((c) => c.checkedAt.getTime() <= now.getTime()).flatMap((c) => c.findings ?? []),
  );
  return {
    hasCriminalPunishment: found.has('CRIMINAL_PUNISHMENT'),
    isDeprivedOfPoliticalRights: found.has('DEPRIVED_OF_POLITICAL_RIGHTS'),
    hasIntentionalCrimeImprisonment: found.has('INTENTIONAL_CRIME_IMPRISONMENT'),
  };
}

/**
 * VET-1, VET-6, VET-7: what recording this check does beyond the decision. A record in the VET-1
 * database or any criminal punishment found bans the person district-wide for life and costs a
 * teacher qualification where VET-6 says so.
 */
export function checkConsequences(result: {
  check: VettingCheck;
  outcome: CheckOutcome;
  findings: readonly CriminalFinding[];
}): CheckConsequences {
  const isDatabaseRecord = result.check === 'CRIMINAL_DATABASE' && result.outcome === 'RECORD_FOUND';
  // Every finding is a criminal punishment: VET-7 dismisses and bans for life.
  const isPunished = result.findings.length > 0;
  const isBarred = result.findings.some((f) => QUALIFICATION_BARS.includes(f));
  return {
    districtBan: isPunished
      ? { reason: 'CRIMINAL_PUNISHMENT', ruleId: 'VET-7', clause: '四(四)' }
      : isDatabaseRecord
        ? { reason: 'CRIMINAL_RECORD', ruleId: 'VET-1', clause: '四(五)' }
        : null,
    revokesTeacherQualification: isDatabaseRecord || isBarred ? { ruleId: 'VET-6', clause: '四(四)' } : null,
  };
}
