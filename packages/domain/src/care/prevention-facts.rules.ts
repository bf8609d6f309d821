import type { DistrictPolicy } from '../policy/policy';
import { blindSpotSelfInspectionDueAt } from '../prevention/monitored-places.rules';
import { preventionGaps } from '../prevention/prevention.rules';
import type {
  PreventionGap,
  PreventionGapCode,
  PreventionGapSubjectKind,
  SelfInspection,
} from '../prevention/prevention.types';
import { bullyingStepStatus, hasAdoptedBullyingDocument } from './bullying.rules';
import type { InstitutionCareRecords } from './care.types';
import { courseStatus, hasCounsellingRoomOrHotline, teachingPlanStatus } from './courses.rules';
import { legalVicePrincipalStatus } from './legal-vice-principal.rules';
import { trainingCoverage } from './training.rules';
import { isChildFileOpen, welfareTalkStatus } from './watched-children.rules';

/**
 * PRV-2, PRV-5 to PRV-10: the self-inspection facts as the records show them at `now`, so that
 * `preventionGaps` runs over records, not a questionnaire. Children's files count while open.
 */
export function preventionFactsFromRecords(
  records: InstitutionCareRecords,
  now: Date,
  policy: DistrictPolicy,
): SelfInspection {
  const coverage = (topic: Parameters<typeof trainingCoverage>[3]) =>
    trainingCoverage(records.register, records.trainingSessions, records.attendance, topic, now, policy);
  const lastInspection = records.places.lastBlindSpotSelfInspectionAt;
  const mentalHealth = coverage('STAFF_MENTAL_HEALTH');
  return {
    institutionKind: records.institutionKind,
    hasSelfInspectedBlindSpots:
      lastInspection !== null && blindSpotSelfInspectionDueAt(lastInspection, now, policy) > now,
    oneToOneClassrooms: records.places.places
      .filter((p) => p.kind === 'ONE_TO_ONE_ROOM')
      .map((p) => ({ id: p.id, isMonitored: p.isMonitored })),
    hasLegalVicePrincipal: !legalVicePrincipalStatus(records.legalVicePrincipals, now, policy).isGap,
    staff: records.register.map((m) => ({
      personId: m.staffId,
      role: m.role,
      employmentType: m.employmentType,
    })),
    legallyTrainedPersonIds: coverage('LAW_AND_ETHICS').coveredStaffIds,
    // Before its deadline an intake without the course is not (yet) a gap.
    intakes: records.intakes.map((intake) => ({
      cohortId: intake.cohortId,
      hadPreventionCourse: courseStatus(intake, records.courseDeliveries, now, policy).status !== 'OVERDUE',
    })),
    hasMentalHealthInTeachingPlan: teachingPlanStatus(records.classIds, records.teachingPlan, now, policy)
      .hasAnyLessons,
    hasCounsellingRoomOrHotline: hasCounsellingRoomOrHotline(records.counselling),
    specialChildren: records.childFiles
      .filter((f) => isChildFileOpen(f, now))
      .map((f) => ({
        childId: f.childId,
        hasPersonalFile: f.hasPersonalFile,
        hasGrowthFile: f.hasGrowthFile,
      })),
    // Somebody of the register trained this school year: the names missing are in the coverage.
    hasStaffMentalHealthTraining: mentalHealth.coveredStaffIds.length > 0,
    hasAntiBullyingRules: hasAdoptedBullyingDocument(records.bullyingDocuments, 'RULES', now),
    hasAntiBullyingHandbook: hasAdoptedBullyingDocument(records.bullyingDocuments, 'HANDBOOK', now),
    areHeadTeachersTrainedOnBullying:
      coverage('BULLYING_PREVENTION_FOR_HEAD_TEACHERS').uncoveredStaffIds.length === 0,
  };
}

const SUBJECT_KINDS: Partial<Record<PreventionGapCode, PreventionGapSubjectKind>> = {
  ONE_TO_ONE_CLASSROOM_UNMONITORED: 'PLACE',
  STAFF_WITHOUT_LEGAL_TRAINING: 'STAFF',
  INTAKE_WITHOUT_PREVENTION_COURSE: 'COHORT',
  SPECIAL_CHILD_PERSONAL_FILE_MISSING: 'CHILD',
  SPECIAL_CHILD_GROWTH_FILE_MISSING: 'CHILD',
};

const withResponsible = (gap: PreventionGap, staffId: string | null | undefined): PreventionGap =>
  staffId ? { ...gap, responsibleStaffId: staffId } : gap;

/**
 * PRV-2, PRV-5 to PRV-10: every gap of an institution found from its records: `preventionGaps` over
 * `preventionFactsFromRecords`, each gap naming what it concerns (an expired appointment, a child and the
 * child's head teacher), then the gaps only records show: a course delivered late, a class short of
 * mental-health lessons, an overdue talk, an overdue bullying step.
 */
export function preventionGapsFromRecords(
  records: InstitutionCareRecords,
  now: Date,
  policy: DistrictPolicy,
): PreventionGap[] {
  const headTeacherOf = new Map(records.childFiles.map((f) => [f.childId, f.headTeacherStaffId]));
  const vicePrincipal = legalVicePrincipalStatus(records.legalVicePrincipals, now, policy);
  const gaps: PreventionGap[] = preventionGaps(preventionFactsFromRecords(records, now, policy)).map(
    (gap) => {
      if (gap.code === 'NO_LEGAL_VICE_PRINCIPAL' && vicePrincipal.appointmentId !== null)
        return { ...gap, subjectId: vicePrincipal.appointmentId, subjectKind: 'APPOINTMENT' };
      const subjectKind = SUBJECT_KINDS[gap.code];
      if (subjectKind === undefined) return gap;
      return withResponsible(
        { ...gap, subjectKind },
        subjectKind === 'CHILD' ? headTeacherOf.get(gap.subjectId as string) : null,
      );
    },
  );
  const found = (gap: PreventionGap, responsibleStaffId?: string | null) =>
    gaps.push(withResponsible(gap, responsibleStaffId));
  for (const intake of records.intakes) {
    if (courseStatus(intake, records.courseDeliveries, now, policy).status === 'DELIVERED_LATE')
      found({
        code: 'PREVENTION_COURSE_LATE',
        ruleId: 'PRV-6',
        clause: '四(二)',
        subjectId: intake.cohortId,
        subjectKind: 'COHORT',
      });
  }
  const plan = teachingPlanStatus(records.classIds, records.teachingPlan, now, policy);
  // With no lesson at all NO_MENTAL_HEALTH_IN_TEACHING_PLAN says it once, not once per class.
  if (plan.hasAnyLessons) {
    for (const classId of plan.shortClassIds)
      found({
        code: 'CLASS_MENTAL_HEALTH_LESSONS_SHORT',
        ruleId: 'PRV-7',
        clause: '四(三)',
        subjectId: classId,
        subjectKind: 'CLASS',
      });
  }
  for (const file of records.childFiles) {
    if (welfareTalkStatus(file, records.welfareTalks, now, policy).isOverdue)
      found(
        {
          code: 'WELFARE_TALK_OVERDUE',
          ruleId: 'PRV-8',
          clause: '四(三)',
          subjectId: file.childId,
          subjectKind: 'CHILD',
        },
        file.headTeacherStaffId,
      );
  }
  for (const { report, steps } of records.bullyingReports) {
    if (bullyingStepStatus(report, steps, now, policy).some((s) => s.status === 'OVERDUE'))
      found({
        code: 'BULLYING_STEP_OVERDUE',
        ruleId: 'PRV-10',
        clause: '四(五)',
        subjectId: report.caseId,
        subjectKind: 'CASE',
      });
  }
  return gaps;
}
