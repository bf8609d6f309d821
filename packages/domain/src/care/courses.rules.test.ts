import { DEFAULT_POLICY } from '../policy/policy';
import { formatInZone } from '../shared/zoned-time';
import { at, zone } from './care.testing';
import type { CourseDelivery, Intake } from './care.types';
import {
  courseDeadline,
  courseStatus,
  hasCounsellingRoomOrHotline,
  teachingPlanStatus,
} from './courses.rules';

const intake: Intake = { cohortId: 'cohort', enrolledAt: at('2026-09-01 08:00'), classIds: ['c1', 'c2'] };
const delivery = (when: string, classIds: string[], cohortId = 'cohort'): CourseDelivery => ({
  cohortId,
  deliveredAt: at(when),
  classIds,
  teacherStaffId: 'st-1',
});

describe('courseDeadline', () => {
  it('PRV-6: enrolment plus the district’s days (default 60), in calendar days', () => {
    expect(formatInZone(courseDeadline(intake, DEFAULT_POLICY), zone)).toBe('2026-10-31 08:00:00');
    expect(formatInZone(courseDeadline(intake, { ...DEFAULT_POLICY, preventionCourseDays: 30 }), zone)).toBe(
      '2026-10-01 08:00:00',
    );
  });
});

describe('courseStatus', () => {
  it('PRV-6: every class had the course by the deadline: DELIVERED, at the last class’s first delivery', () => {
    const status = courseStatus(
      intake,
      [delivery('2026-09-10', ['c1']), delivery('2026-09-20', ['c2']), delivery('2026-09-25', ['c1', 'c2'])],
      at('2026-11-15'),
      DEFAULT_POLICY,
    );
    expect(status).toMatchObject({ status: 'DELIVERED', undeliveredClassIds: [], ruleIds: ['PRV-6'] });
    expect(status.deliveredAt).toEqual(at('2026-09-20'));
  });

  it('PRV-6: a class still without the course before the deadline: PENDING, naming the class', () => {
    const status = courseStatus(intake, [delivery('2026-09-10', ['c1'])], at('2026-10-01'), DEFAULT_POLICY);
    expect(status).toMatchObject({ status: 'PENDING', deliveredAt: null, undeliveredClassIds: ['c2'] });
  });

  it('PRV-6: past the deadline without the course: OVERDUE; another cohort’s or a future delivery does not count', () => {
    const status = courseStatus(
      intake,
      [delivery('2026-09-10', ['c1', 'c2'], 'other'), delivery('2026-12-01', ['c1', 'c2'])],
      at('2026-11-15'),
      DEFAULT_POLICY,
    );
    expect(status).toMatchObject({ status: 'OVERDUE', undeliveredClassIds: ['c1', 'c2'] });
  });

  it('PRV-6: delivered after the deadline: DELIVERED_LATE', () => {
    const status = courseStatus(
      intake,
      [delivery('2026-11-02', ['c1', 'c2'])],
      at('2026-11-15'),
      DEFAULT_POLICY,
    );
    expect(status.status).toBe('DELIVERED_LATE');
  });

  it('PRV-6: an intake recorded without classes counts its cohort’s first delivery', () => {
    const noClasses = { ...intake, classIds: [] };
    expect(
      courseStatus(noClasses, [delivery('2026-09-10', [])], at('2026-11-15'), DEFAULT_POLICY),
    ).toMatchObject({
      status: 'DELIVERED',
      undeliveredClassIds: [],
    });
    expect(courseStatus(noClasses, [], at('2026-11-15'), DEFAULT_POLICY)).toMatchObject({
      status: 'OVERDUE',
      undeliveredClassIds: [],
    });
  });
});

describe('teachingPlanStatus', () => {
  const now = at('2026-11-15');
  it('PRV-7: lessons of this term per class; classes below the minimum (default 1) are short', () => {
    const status = teachingPlanStatus(
      ['c1', 'c2', 'c3'],
      [
        { classId: 'c1', topic: 'MENTAL_HEALTH', lessons: 1, plannedAt: at('2026-10-01') },
        { classId: 'c1', topic: 'PUBERTY', lessons: 1, plannedAt: at('2026-12-01') },
        { classId: 'c2', topic: 'PUBERTY', lessons: 3, plannedAt: at('2026-08-31') },
        { classId: 'c3', topic: 'MENTAL_HEALTH', lessons: 1, plannedAt: at('2027-03-01') },
      ],
      now,
      DEFAULT_POLICY,
    );
    expect(status.lessonsByClass).toEqual([
      { classId: 'c1', lessons: 2 },
      { classId: 'c2', lessons: 0 },
      { classId: 'c3', lessons: 0 },
    ]);
    expect(status).toMatchObject({ shortClassIds: ['c2', 'c3'], hasAnyLessons: true, ruleIds: ['PRV-7'] });
    expect([formatInZone(status.term.start, zone), formatInZone(status.term.end, zone)]).toEqual([
      '2026-09-01 00:00:00',
      '2027-03-01 00:00:00',
    ]);
  });

  it('PRV-7: the minimum is the district’s; no lesson at all', () => {
    const plan = [
      { classId: 'c1', topic: 'MENTAL_HEALTH' as const, lessons: 2, plannedAt: at('2026-10-01') },
    ];
    expect(
      teachingPlanStatus(['c1'], plan, now, { ...DEFAULT_POLICY, minMentalHealthLessonsPerClass: 3 })
        .shortClassIds,
    ).toEqual(['c1']);
    expect(teachingPlanStatus(['c1'], [], now, DEFAULT_POLICY)).toMatchObject({
      shortClassIds: ['c1'],
      hasAnyLessons: false,
    });
  });
});

describe('hasCounsellingRoomOrHotline', () => {
  it('PRV-7: a counselling room or a hotline with a number', () => {
    expect(hasCounsellingRoomOrHotline({ hasCounsellingRoom: true, hotline: null })).toBe(true);
    expect(hasCounsellingRoomOrHotline({ hasCounsellingRoom: false, hotline: '12355' })).toBe(true);
    expect(hasCounsellingRoomOrHotline({ hasCounsellingRoom: false, hotline: '  ' })).toBe(false);
    expect(hasCounsellingRoomOrHotline({ hasCounsellingRoom: false, hotline: null })).toBe(false);
  });
});
