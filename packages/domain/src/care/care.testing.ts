import { DEFAULT_POLICY } from '../policy/policy';
import { fromZoned } from '../shared/zoned-time';
import type { InstitutionCareRecords } from './care.types';

// Builders for the care tests (excluded from coverage like the tests themselves).
export const zone = DEFAULT_POLICY.timeZone;

/** An instant given as Shanghai wall-clock time, 'YYYY-MM-DD HH:mm'. */
export function at(text: string): Date {
  const [date, time = '00:00'] = text.split(' ');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return fromZoned({ year, month, day, hour, minute, second: 0 }, zone);
}

export const buildRecords = (overrides: Partial<InstitutionCareRecords> = {}): InstitutionCareRecords => ({
  institutionKind: 'PRIMARY',
  places: { institutionKind: 'PRIMARY', lastBlindSpotSelfInspectionAt: at('2026-10-01'), places: [] },
  legalVicePrincipals: [
    { id: 'lvp-1', name: 'Officer', unit: 'POLICE', termStart: at('2025-09-01'), termEnd: at('2028-09-01') },
  ],
  register: [
    { staffId: 'st-head-teacher', role: 'HEAD_TEACHER', employmentType: 'ESTABLISHED' },
    { staffId: 'st-guard', role: 'SECURITY_GUARD', employmentType: 'AGENCY' },
  ],
  trainingSessions: [
    { id: 'law', topic: 'LAW_AND_ETHICS', heldAt: at('2026-10-10 09:00') },
    { id: 'mind', topic: 'STAFF_MENTAL_HEALTH', heldAt: at('2026-10-11 09:00') },
    { id: 'bully', topic: 'BULLYING_PREVENTION_FOR_HEAD_TEACHERS', heldAt: at('2026-10-12 09:00') },
  ],
  attendance: [
    { sessionId: 'law', staffId: 'st-head-teacher' },
    { sessionId: 'law', staffId: 'st-guard' },
    { sessionId: 'mind', staffId: 'st-guard' },
    { sessionId: 'bully', staffId: 'st-head-teacher' },
  ],
  intakes: [{ cohortId: 'cohort-2026', enrolledAt: at('2026-09-01'), classIds: ['c1'] }],
  courseDeliveries: [
    {
      cohortId: 'cohort-2026',
      deliveredAt: at('2026-09-20 10:00'),
      classIds: ['c1'],
      teacherStaffId: 'st-t',
    },
  ],
  classIds: ['c1'],
  teachingPlan: [{ classId: 'c1', topic: 'MENTAL_HEALTH', lessons: 2, plannedAt: at('2026-10-15') }],
  counselling: { hasCounsellingRoom: true, hotline: null },
  childFiles: [
    {
      childId: 'child-1',
      classId: 'c1',
      headTeacherStaffId: 'st-head-teacher',
      counsellorStaffIds: [],
      categories: ['LEFT_BEHIND'],
      openedAt: at('2026-09-05'),
      closedAt: null,
      hasPersonalFile: true,
      hasGrowthFile: true,
    },
  ],
  welfareTalks: [
    { childId: 'child-1', heldAt: at('2026-11-01 15:00'), kind: 'TALK', byStaffId: 'st-head-teacher' },
  ],
  bullyingDocuments: [
    { kind: 'RULES', adoptedAt: at('2025-09-01') },
    { kind: 'HANDBOOK', adoptedAt: at('2025-09-01') },
  ],
  bullyingReports: [],
  ...overrides,
});
