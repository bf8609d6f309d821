import { responsibleUnits } from '../organisation/organisation.rules';
import type { DutyCode, InstitutionKind, RuleId } from '../organisation/organisation.types';
import type { DistrictPolicy } from '../policy/policy';
import {
  VETTING_CHECKS,
  type Candidate,
  type CheckRecorder,
  type CheckResult,
  type RequiredCheck,
  type StaffRole,
  type VettingBlock,
  type VettingCheck,
  type VettingDecision,
} from './vetting.types';

/** Roles that need a teacher qualification and count as "teachers" for VET-2, VET-4 and VET-6. */
const TEACHING_ROLES: readonly StaffRole[] = ['TEACHER', 'HEAD_TEACHER', 'KINDERGARTEN_TEACHER'];

/** VET-2, VET-6: does this role need a teacher qualification? */
export function isTeachingRole(role: StaffRole): boolean {
  return TEACHING_ROLES.includes(role);
}

/** VET-4 covers "cadres and teachers": the head counts as the cadre. */
const isCadreOrTeacher = (role: StaffRole): boolean => role === 'SCHOOL_HEAD' || isTeachingRole(role);

/** VET-5: anyone teaching in a kindergarten is a kindergarten teacher. */
const needsKindergartenQualification = (role: StaffRole, kind: InstitutionKind): boolean =>
  role === 'KINDERGARTEN_TEACHER' || (kind === 'KINDERGARTEN' && isTeachingRole(role));

/** The rule behind each check, used when a check is not passed (TEMPORARY_HIRE_CHECK for past rows only). */
const CHECK_RULES: Record<VettingCheck, { ruleId: RuleId; clause: string }> = {
  CRIMINAL_DATABASE: { ruleId: 'VET-1', clause: '四(五)' },
  TEACHER_ENTRY_SYSTEM: { ruleId: 'VET-2', clause: '三' },
  TEMPORARY_HIRE_CHECK: { ruleId: 'VET-3', clause: '三' },
  NEW_INSTITUTION_REVIEW: { ruleId: 'VET-4', clause: '三' },
  KINDERGARTEN_TEACHER_QUALIFICATION: { ruleId: 'VET-5', clause: '四(五)' },
  CHILDCARE_TRAINING: { ruleId: 'VET-5', clause: '四(五)' },
};

const byInstitution = (check: VettingCheck): RequiredCheck => ({
  check,
  recordedBy: 'INSTITUTION',
  ...CHECK_RULES[check],
});

// The recording unit comes from the responsibility matrix (ORG-2), never from a constant here.
const byMatrix = (
  check: VettingCheck,
  duty: DutyCode,
  kind: InstitutionKind,
  policy: DistrictPolicy,
): RequiredCheck[] =>
  responsibleUnits(duty, kind, policy).map((r) => ({
    check,
    recordedBy: r.unit as CheckRecorder,
    ...CHECK_RULES[check],
  }));

/** VET-1 to VET-5: the checks a candidate needs, why, and who records each. */
export function requiredChecks(candidate: Candidate, policy: DistrictPolicy): RequiredCheck[] {
  const { role, institution } = candidate;
  // VET-3: a temporary hire's pre-start check is this same database check; PERSONNEL guides it
  // (oversight across the district), so it adds no check of its own.
  const checks: RequiredCheck[] = [byInstitution('CRIMINAL_DATABASE')];
  if (isTeachingRole(role)) {
    checks.push(...byMatrix('TEACHER_ENTRY_SYSTEM', 'NEW_TEACHER_ENTRY_CHECK', institution.kind, policy));
  }
  if (institution.isApplyingToOpen && isCadreOrTeacher(role)) {
    // The matrix limits POLICY's review to kindergartens and training institutions.
    checks.push(
      ...byMatrix('NEW_INSTITUTION_REVIEW', 'NEW_INSTITUTION_STAFF_VETTING', institution.kind, policy),
    );
  }
  if (needsKindergartenQualification(role, institution.kind)) {
    checks.push(byInstitution('KINDERGARTEN_TEACHER_QUALIFICATION'));
  }
  if (role === 'CHILDCARE_WORKER') checks.push(byInstitution('CHILDCARE_TRAINING'));
  return checks;
}

/** VET-6: barred from holding a teacher qualification, or has lost it. */
export function isBarredFromTeacherQualification(candidate: Candidate): boolean {
  return (
    candidate.isDeprivedOfPoliticalRights ||
    candidate.hasIntentionalCrimeImprisonment ||
    candidate.hasLostTeacherQualification
  );
}

function blocksFromChecks(usable: CheckResult[]): VettingBlock[] {
  return VETTING_CHECKS.flatMap((check) => {
    const results = usable.filter((r) => r.check === check);
    const blocks: VettingBlock[] = [];
    // VET-1: 如有在库记录，一律不得录用 - any record in any database consulted.
    if (results.some((r) => r.outcome === 'RECORD_FOUND')) {
      blocks.push({ code: 'RECORD_FOUND', check, ruleId: 'VET-1', clause: '四(五)' });
    }
    if (results.some((r) => r.outcome === 'NOT_MET')) {
      blocks.push({ code: 'CHECK_NOT_PASSED', check, ...CHECK_RULES[check] });
    }
    return blocks;
  });
}

function blocksFromFacts(candidate: Candidate, now: Date): VettingBlock[] {
  const blocks: VettingBlock[] = [];
  // Deprivation of political rights and imprisonment are criminal punishments too.
  if (
    candidate.hasCriminalPunishment ||
    candidate.isDeprivedOfPoliticalRights ||
    candidate.hasIntentionalCrimeImprisonment
  ) {
    blocks.push({ code: 'CRIMINAL_PUNISHMENT', ruleId: 'VET-7', clause: '四(四)' });
  }
  if (candidate.isOnDistrictBanList) {
    blocks.push({ code: 'DISTRICT_BAN', ruleId: 'VET-7', clause: '四(四)' });
  }
  if (isTeachingRole(candidate.role) && isBarredFromTeacherQualification(candidate)) {
    blocks.push({ code: 'TEACHER_QUALIFICATION_BARRED', ruleId: 'VET-6', clause: '四(四)' });
  }
  const prohibition = candidate.employmentProhibition;
  if (prohibition && (!prohibition.until || now.getTime() < prohibition.until.getTime())) {
    blocks.push({ code: 'EMPLOYMENT_PROHIBITION', ruleId: 'VET-8', clause: '四(四)' });
  }
  return blocks;
}

const uniqueRuleIds = (reasons: { ruleId: RuleId }[]): RuleId[] => [...new Set(reasons.map((r) => r.ruleId))];

/**
 * VET-1 to VET-8: CLEAR, BLOCKED (every blocking rule) or INCOMPLETE (every missing check).
 * A block wins over anything missing; a check dated after `now` is not counted.
 */
export function decideVetting(
  candidate: Candidate,
  checks: readonly CheckResult[],
  now: Date,
  policy: DistrictPolicy,
): VettingDecision {
  const required = requiredChecks(candidate, policy);
  const usable = checks.filter((r) => r.checkedAt.getTime() <= now.getTime());
  const blocking = [...blocksFromChecks(usable), ...blocksFromFacts(candidate, now)];
  const missing = required.filter((req) => !usable.some((r) => r.check === req.check));
  if (blocking.length > 0) {
    return { status: 'BLOCKED', required, blocking, missing, ruleIds: uniqueRuleIds(blocking) };
  }
  if (missing.length > 0) {
    return { status: 'INCOMPLETE', required, blocking, missing, ruleIds: uniqueRuleIds(missing) };
  }
  return { status: 'CLEAR', required, blocking, missing, ruleIds: uniqueRuleIds(required) };
}
