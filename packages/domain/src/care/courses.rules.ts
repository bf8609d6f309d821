import { termRange } from '../oversight/periods.rules';
import type { DistrictPolicy } from '../policy/policy';
import { addCalendarDays } from './care-calendar';
import type {
  CounsellingFacilities,
  CourseDelivery,
  CourseStatus,
  Intake,
  TeachingPlanEntry,
  TeachingPlanStatus,
} from './care.types';

/** PRV-6: the day by which an intake has had its sexual-abuse-prevention course: enrolment + `preventionCourseDays`. */
export function courseDeadline(intake: Pick<Intake, 'enrolledAt'>, policy: DistrictPolicy): Date {
  return addCalendarDays(intake.enrolledAt, policy.preventionCourseDays, policy.timeZone);
}

/**
 * PRV-6: has every class of the intake had the course, and by the deadline? An intake recorded without
 * classes counts its cohort's first delivery. Deliveries after `now` are not yet facts.
 */
export function courseStatus(
  intake: Intake,
  deliveries: CourseDelivery[],
  now: Date,
  policy: DistrictPolicy,
): CourseStatus {
  const deadline = courseDeadline(intake, policy);
  const own = deliveries.filter(
    (d) => d.cohortId === intake.cohortId && d.deliveredAt.getTime() <= now.getTime(),
  );
  // Each class's first delivery; the intake is done when its last class is.
  const firstFor = (classId: string | null): number | null => {
    const times = own
      .filter((d) => classId === null || d.classIds.includes(classId))
      .map((d) => d.deliveredAt.getTime());
    return times.length === 0 ? null : Math.min(...times);
  };
  const classIds: (string | null)[] = intake.classIds.length > 0 ? intake.classIds : [null];
  const firsts = classIds.map((classId) => ({ classId, at: firstFor(classId) }));
  const undeliveredClassIds = firsts
    .filter((f) => f.at === null && f.classId !== null)
    .map((f) => f.classId as string);
  const isDelivered = firsts.every((f) => f.at !== null);
  const deliveredAt = isDelivered ? new Date(Math.max(...firsts.map((f) => f.at as number))) : null;
  const status = deliveredAt
    ? deliveredAt.getTime() <= deadline.getTime()
      ? 'DELIVERED'
      : 'DELIVERED_LATE'
    : now.getTime() > deadline.getTime()
      ? 'OVERDUE'
      : 'PENDING';
  return {
    cohortId: intake.cohortId,
    status,
    deadline,
    deliveredAt,
    undeliveredClassIds,
    ruleIds: ['PRV-6'],
  };
}

/**
 * PRV-7: mental-health and puberty lessons per class in the teaching plan of the term holding `now`; a class
 * with fewer than `minMentalHealthLessonsPerClass` is short.
 */
export function teachingPlanStatus(
  classIds: string[],
  plan: TeachingPlanEntry[],
  now: Date,
  policy: DistrictPolicy,
): TeachingPlanStatus {
  const term = termRange(now, policy);
  const thisTerm = plan.filter(
    (e) => e.plannedAt.getTime() >= term.start.getTime() && e.plannedAt.getTime() < term.end.getTime(),
  );
  const lessonsByClass = classIds.map((classId) => ({
    classId,
    lessons: thisTerm.filter((e) => e.classId === classId).reduce((sum, e) => sum + e.lessons, 0),
  }));
  return {
    term,
    lessonsByClass,
    shortClassIds: lessonsByClass
      .filter((c) => c.lessons < policy.minMentalHealthLessonsPerClass)
      .map((c) => c.classId),
    hasAnyLessons: lessonsByClass.some((c) => c.lessons > 0),
    ruleIds: ['PRV-7'],
  };
}

/** PRV-7: a counselling room, or a hotline with a number. */
export function hasCounsellingRoomOrHotline(facilities: CounsellingFacilities): boolean {
  return facilities.hasCounsellingRoom || (facilities.hotline ?? '').trim() !== '';
}
