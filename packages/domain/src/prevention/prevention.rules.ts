import type { RuleId } from '../organisation/organisation.types';
import type { StaffRole } from '../vetting/vetting.types';
import { FULL_ONE_TO_ONE_MONITORING_KINDS } from './prevention.types';
import type {
  DormEntryDecision,
  DormEntryRequest,
  Hazard,
  HazardAssessment,
  PreventionGap,
  PreventionGapCode,
  RiskRouting,
  RiskSubject,
  SelfInspection,
} from './prevention.types';

/** PRV-1: a hazard needs an owner and a due date; past the due date unrectified, it is overdue. */
export function hazardStatus(hazard: Hazard, now: Date): HazardAssessment {
  const missing: HazardAssessment['missing'] = [];
  if (!hazard.ownerId) missing.push('OWNER');
  if (!hazard.dueAt) missing.push('DUE_DATE');
  const ruleIds: RuleId[] = ['PRV-1'];
  if (!hazard.dueAt) return { status: 'INCOMPLETE', missing, ruleIds };
  const due = hazard.dueAt.getTime();
  const status = hazard.rectifiedAt
    ? hazard.rectifiedAt.getTime() > due
      ? 'RECTIFIED_LATE'
      : 'RECTIFIED'
    : now.getTime() > due
      ? 'OVERDUE'
      : missing.length > 0
        ? 'INCOMPLETE'
        : 'OPEN';
  return { status, missing, ruleIds };
}

/** Dormitory staff: the plan's 生活老师, with the dorm manager alongside. */
const DORM_STAFF: readonly StaffRole[] = ['LIFE_TEACHER', 'DORM_MANAGER'];

/** PRV-4: is this register role dormitory staff (who enter, and who keep the door's register)? */
export const isDormStaffRole = (role: StaffRole): boolean => DORM_STAFF.includes(role);

/** PRV-4: dorm staff enter; a head teacher on a normal dorm check enters and registers; nobody else. */
export function canEnterDorm(request: DormEntryRequest): DormEntryDecision {
  const reason = { ruleId: 'PRV-4', clause: '四(四)' } as const;
  if (isDormStaffRole(request.role)) return { allowed: true, mustRegister: false, reason };
  if (request.role === 'HEAD_TEACHER' && request.purpose === 'DORM_CHECK') {
    return { allowed: true, mustRegister: true, reason };
  }
  return { allowed: false, mustRegister: false, reason };
}

/** PRV-3: risk sites and persons go to the township/street office and the local police, and are followed up. */
export function riskReportRouting(subject: RiskSubject): RiskRouting {
  return {
    recipients: ['TOWNSHIP_OR_STREET_OFFICE', 'LOCAL_POLICE_STATION'],
    requiresFollowUp: true,
    sensitivity: subject.type === 'RISK_PERSON' ? 'CASE_FILE' : 'INTERNAL',
    ruleIds: ['PRV-3'],
  };
}

const gap = (code: PreventionGapCode, ruleId: RuleId, clause: string, subjectId?: string): PreventionGap =>
  subjectId === undefined ? { code, ruleId, clause } : { code, ruleId, clause, subjectId };

/** PRV-2: blind spots not self-inspected; each unmonitored one-to-one classroom of a training institution. */
export function surveillanceGaps(
  inspection: Pick<SelfInspection, 'institutionKind' | 'hasSelfInspectedBlindSpots' | 'oneToOneClassrooms'>,
): PreventionGap[] {
  const gaps: PreventionGap[] = [];
  if (!inspection.hasSelfInspectedBlindSpots) gaps.push(gap('BLIND_SPOTS_NOT_SELF_INSPECTED', 'PRV-2', '三'));
  // Full monitoring of one-to-one classrooms is required of training institutions only.
  if (FULL_ONE_TO_ONE_MONITORING_KINDS.includes(inspection.institutionKind)) {
    for (const room of inspection.oneToOneClassrooms.filter((r) => !r.isMonitored)) {
      gaps.push(gap('ONE_TO_ONE_CLASSROOM_UNMONITORED', 'PRV-2', '三', room.id));
    }
  }
  return gaps;
}

/** PRV-2, PRV-5 to PRV-10: every gap a self-inspection shows, each with its rule. */
export function preventionGaps(inspection: SelfInspection): PreventionGap[] {
  const gaps: PreventionGap[] = surveillanceGaps(inspection);
  if (!inspection.hasLegalVicePrincipal) gaps.push(gap('NO_LEGAL_VICE_PRINCIPAL', 'PRV-5', '四(二)'));
  // Every employment type and every role, the vice-principal (an outside appointee) aside.
  for (const member of inspection.staff) {
    if (
      member.role !== 'LEGAL_VICE_PRINCIPAL' &&
      !inspection.legallyTrainedPersonIds.includes(member.personId)
    ) {
      gaps.push(gap('STAFF_WITHOUT_LEGAL_TRAINING', 'PRV-5', '四(二)', member.personId));
    }
  }
  for (const intake of inspection.intakes.filter((i) => !i.hadPreventionCourse)) {
    gaps.push(gap('INTAKE_WITHOUT_PREVENTION_COURSE', 'PRV-6', '四(二)', intake.cohortId));
  }
  if (!inspection.hasMentalHealthInTeachingPlan) {
    gaps.push(gap('NO_MENTAL_HEALTH_IN_TEACHING_PLAN', 'PRV-7', '四(三)'));
  }
  if (!inspection.hasCounsellingRoomOrHotline)
    gaps.push(gap('NO_COUNSELLING_ROOM_OR_HOTLINE', 'PRV-7', '四(三)'));
  for (const child of inspection.specialChildren) {
    if (!child.hasPersonalFile)
      gaps.push(gap('SPECIAL_CHILD_PERSONAL_FILE_MISSING', 'PRV-8', '四(三)', child.childId));
    if (!child.hasGrowthFile)
      gaps.push(gap('SPECIAL_CHILD_GROWTH_FILE_MISSING', 'PRV-8', '四(三)', child.childId));
  }
  if (!inspection.hasStaffMentalHealthTraining)
    gaps.push(gap('NO_STAFF_MENTAL_HEALTH_TRAINING', 'PRV-9', '四(四)'));
  if (!inspection.hasAntiBullyingRules) gaps.push(gap('NO_ANTI_BULLYING_RULES', 'PRV-10', '四(五)'));
  if (!inspection.hasAntiBullyingHandbook) gaps.push(gap('NO_ANTI_BULLYING_HANDBOOK', 'PRV-10', '四(五)'));
  if (!inspection.areHeadTeachersTrainedOnBullying) {
    gaps.push(gap('HEAD_TEACHERS_NOT_TRAINED_ON_BULLYING', 'PRV-10', '四(五)'));
  }
  return gaps;
}
