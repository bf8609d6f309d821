import {
  criminalFactsFrom,
  hasLostTeacherQualification,
  decideVetting,
  inServiceDueDates,
  mayRecordCriminalFindings,
  requiredChecks,
  type Candidate,
  type CheckResult,
  type CriminalFinding,
  type DistrictPolicy,
  type InServiceDueDates as DomainDueDates,
  type InstitutionKind,
  type RequiredCheck as DomainRequiredCheck,
  type VettingCheck,
  type VettingDecision as DomainDecision,
} from '@xiaohu/domain';
import { In, IsNull, MoreThan, type EntityManager } from 'typeorm';
import { InstitutionEntity } from '../institutions/institution.entity';
import { DistrictBanEntity } from './district-ban.entity';
import { InstitutionOpeningApplicationEntity } from './institution-opening-application.entity';
import { QualificationEntity } from './qualification.entity';
import { ReminderInterviewEntity } from './reminder-interview.entity';
import type { StaffMemberEntity } from './staff-member.entity';
import { VETTING_CHECK_KINDS, type CheckRecorderCode, type VettingCheckKind } from './staff.enums';
import type { VettingDecision } from './staff.type';
import { VettingCheckEntity } from './vetting-check.entity';

/** Everything the vetting rules need about one staff member, loaded from the database. */
export interface VettingFacts {
  institutionKind: InstitutionKind;
  isApplyingToOpen: boolean;
  isBanned: boolean;
  checks: VettingCheckEntity[];
  qualifications: QualificationEntity[];
  interviews: ReminderInterviewEntity[];
}

/** Loads the facts of many staff members in a fixed number of statements (no N+1). */
export async function loadVettingFacts(
  manager: EntityManager,
  staff: readonly StaffMemberEntity[],
  now: Date,
): Promise<Map<string, VettingFacts>> {
  if (staff.length === 0) return new Map();
  const staffIds = staff.map((s) => s.id);
  const institutionIds = [...new Set(staff.map((s) => s.institutionId))];
  const hashes = [...new Set(staff.map((s) => s.idNumberHash))];
  // One after the other: they share the caller's transaction, i.e. one connection.
  const institutions = await manager
    .getRepository(InstitutionEntity)
    .find({ select: { id: true, kind: true }, where: { id: In(institutionIds) } });
  const openings = await manager.getRepository(InstitutionOpeningApplicationEntity).find({
    where: { institutionId: In(institutionIds), closedAt: IsNull() },
  });
  // A ban without an end, or one that has not ended yet (VET-8 prohibitions may end).
  const bans = await manager.getRepository(DistrictBanEntity).find({
    select: { idNumberHash: true },
    where: [
      { idNumberHash: In(hashes), bannedUntil: IsNull() },
      { idNumberHash: In(hashes), bannedUntil: MoreThan(now) },
    ],
  });
  const checks = await manager
    .getRepository(VettingCheckEntity)
    .find({ where: { staffId: In(staffIds) }, order: { checkedAt: 'DESC' } });
  const qualifications = await manager
    .getRepository(QualificationEntity)
    .find({ where: { staffId: In(staffIds) }, order: { issuedAt: 'DESC' } });
  const interviews = await manager.getRepository(ReminderInterviewEntity).find({
    where: { staffId: In(staffIds) },
    order: { interviewedAt: 'DESC' },
  });
  const kindById = new Map(institutions.map((i) => [i.id, i.kind]));
  const applying = new Set(openings.map((o) => o.institutionId));
  const banned = new Set(bans.map((b) => b.idNumberHash));
  const byStaff = <T extends { staffId: string }>(rows: T[], id: string) =>
    rows.filter((r) => r.staffId === id);
  return new Map(
    staff.map((s) => [
      s.id,
      {
        institutionKind: kindById.get(s.institutionId) as InstitutionKind,
        isApplyingToOpen: applying.has(s.institutionId),
        isBanned: banned.has(s.idNumberHash),
        checks: byStaff(checks, s.id),
        qualifications: byStaff(qualifications, s.id),
        interviews: byStaff(interviews, s.id),
      },
    ]),
  );
}

/**
 * The domain's view of the candidate. The ban register says only "banned": never where or why (VET-7).
 * Criminal facts come from the findings recorded with its checks (VET-6, VET-7).
 */
export function toCandidate(staff: StaffMemberEntity, facts: VettingFacts, now: Date): Candidate {
  return {
    role: staff.role,
    employmentType: staff.employmentType,
    institution: { kind: facts.institutionKind, isApplyingToOpen: facts.isApplyingToOpen },
    ...criminalFactsFrom(toCheckResults(facts.checks), now),
    isOnDistrictBanList: facts.isBanned,
    hasLostTeacherQualification: hasLostTeacherQualification(facts.qualifications),
  };
}

/** An in-service re-check consults the same database as the pre-hire check of VET-1. */
export function toDomainCheck(check: VettingCheckKind): VettingCheck {
  return check === 'IN_SERVICE_RECHECK' ? 'CRIMINAL_DATABASE' : check;
}

/** VET-6, VET-7: the check kinds with which findings may be recorded, from the domain. */
export const CHECKS_WITH_FINDINGS: readonly VettingCheckKind[] = VETTING_CHECK_KINDS.filter((kind) =>
  mayRecordCriminalFindings(toDomainCheck(kind)),
);

/** The findings stored on a check row (VET-6, VET-7), in the domain's order. */
export function findingsOf(
  row: Pick<
    VettingCheckEntity,
    'hasCriminalPunishment' | 'isDeprivedOfPoliticalRights' | 'hasIntentionalCrimeImprisonment'
  >,
): CriminalFinding[] {
  const findings: CriminalFinding[] = [];
  if (row.hasCriminalPunishment) findings.push('CRIMINAL_PUNISHMENT');
  if (row.isDeprivedOfPoliticalRights) findings.push('DEPRIVED_OF_POLITICAL_RIGHTS');
  if (row.hasIntentionalCrimeImprisonment) findings.push('INTENTIONAL_CRIME_IMPRISONMENT');
  return findings;
}

/** The columns that store findings on a check row. */
export function findingColumns(findings: readonly CriminalFinding[]) {
  return {
    hasCriminalPunishment: findings.includes('CRIMINAL_PUNISHMENT'),
    isDeprivedOfPoliticalRights: findings.includes('DEPRIVED_OF_POLITICAL_RIGHTS'),
    hasIntentionalCrimeImprisonment: findings.includes('INTENTIONAL_CRIME_IMPRISONMENT'),
  };
}

export function toCheckResults(checks: readonly VettingCheckEntity[]): CheckResult[] {
  return checks.map((c) => ({
    check: toDomainCheck(c.check),
    outcome: c.outcome,
    checkedAt: c.checkedAt,
    findings: findingsOf(c),
  }));
}

export function decide(
  staff: StaffMemberEntity,
  facts: VettingFacts,
  now: Date,
  policy: DistrictPolicy,
): DomainDecision {
  return decideVetting(toCandidate(staff, facts, now), toCheckResults(facts.checks), now, policy);
}

export function dueDatesOf(
  staff: StaffMemberEntity,
  facts: VettingFacts,
  now: Date,
  policy: DistrictPolicy,
): DomainDueDates | null {
  const startedAt = staff.startedAt ?? staff.activatedAt;
  if (staff.status !== 'ACTIVE' || !startedAt) return null;
  return inServiceDueDates(
    {
      role: staff.role,
      institutionKind: facts.institutionKind,
      startedAt,
      hasStudentAccess: staff.hasStudentAccess,
    },
    {
      rechecks: facts.checks.filter((c) => c.check === 'IN_SERVICE_RECHECK').map((c) => c.checkedAt),
      reminderInterviews: facts.interviews.map((i) => i.interviewedAt),
    },
    now,
    policy,
  );
}

/**
 * Who records a check for this staff member, from the domain: requiredChecks for the pre-hire
 * checks (ORG-2), inServiceDueDates' supervisors (plus the institution) for the VET-9 re-check.
 * Null when the check does not apply.
 */
export function recordersOf(
  check: VettingCheckKind,
  staff: StaffMemberEntity,
  facts: VettingFacts,
  now: Date,
  policy: DistrictPolicy,
): { recordedBy: CheckRecorderCode[]; ruleId: string } | null {
  if (check === 'IN_SERVICE_RECHECK') {
    const recheck = dueDatesOf(staff, facts, now, policy)?.recheck;
    if (!recheck) return null;
    return { recordedBy: ['INSTITUTION', ...recheck.supervisedBy], ruleId: recheck.ruleId };
  }
  const required = requiredChecks(toCandidate(staff, facts, now), policy).filter((r) => r.check === check);
  if (required.length === 0) return null;
  return { recordedBy: required.map((r) => r.recordedBy), ruleId: required[0].ruleId };
}

/** Shapes the domain's decision for the API; which checks the viewer may record is the staff policy's answer. */
export function toVettingDecision(
  decision: DomainDecision,
  recordableChecks: readonly string[],
): VettingDecision {
  const required = (r: DomainRequiredCheck) => ({
    check: r.check,
    recordedBy: r.recordedBy,
    ruleId: r.ruleId,
    clause: r.clause,
    viewerCanRecord: recordableChecks.includes(r.check),
  });
  return {
    status: decision.status,
    required: decision.required.map(required),
    missing: decision.missing.map(required),
    blocking: decision.blocking.map((b) => ({
      code: b.code,
      check: b.check ?? null,
      ruleId: b.ruleId,
      clause: b.clause,
    })),
    ruleIds: decision.ruleIds,
    checksWithFindings: [...CHECKS_WITH_FINDINGS],
  };
}
