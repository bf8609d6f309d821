import { DEFAULT_POLICY } from '../policy/policy';
import { preventionGaps } from '../prevention/prevention.rules';
import { at, buildRecords } from './care.testing';
import { preventionFactsFromRecords, preventionGapsFromRecords } from './prevention-facts.rules';

const now = at('2026-11-15 10:00');
const codes = (records = buildRecords()) =>
  preventionGapsFromRecords(records, now, DEFAULT_POLICY).map((g) => g.code);

describe('preventionFactsFromRecords', () => {
  it('PRV-2, PRV-5 to PRV-10: complete records give a self-inspection without a gap', () => {
    const facts = preventionFactsFromRecords(buildRecords(), now, DEFAULT_POLICY);
    expect(facts).toEqual({
      institutionKind: 'PRIMARY',
      hasSelfInspectedBlindSpots: true,
      oneToOneClassrooms: [],
      hasLegalVicePrincipal: true,
      staff: [
        { personId: 'st-head-teacher', role: 'HEAD_TEACHER', employmentType: 'ESTABLISHED' },
        { personId: 'st-guard', role: 'SECURITY_GUARD', employmentType: 'AGENCY' },
      ],
      legallyTrainedPersonIds: ['st-head-teacher', 'st-guard'],
      intakes: [{ cohortId: 'cohort-2026', hadPreventionCourse: true }],
      hasMentalHealthInTeachingPlan: true,
      hasCounsellingRoomOrHotline: true,
      specialChildren: [{ childId: 'child-1', hasPersonalFile: true, hasGrowthFile: true }],
      hasStaffMentalHealthTraining: true,
      hasAntiBullyingRules: true,
      hasAntiBullyingHandbook: true,
      areHeadTeachersTrainedOnBullying: true,
    });
    expect(preventionGaps(facts)).toEqual([]);
    expect(codes()).toEqual([]);
  });

  it('PRV-2: blind spots never self-inspected or inspected too long ago; one-to-one rooms from the register', () => {
    const places = {
      institutionKind: 'TRAINING_INSTITUTION' as const,
      lastBlindSpotSelfInspectionAt: null,
      places: [
        { id: 'room-1', kind: 'ONE_TO_ONE_ROOM' as const, isMonitored: false },
        { id: 'gate', kind: 'GATE' as const, isMonitored: false },
      ],
    };
    const records = buildRecords({ institutionKind: 'TRAINING_INSTITUTION', places });
    const facts = preventionFactsFromRecords(records, now, DEFAULT_POLICY);
    expect(facts.hasSelfInspectedBlindSpots).toBe(false);
    expect(facts.oneToOneClassrooms).toEqual([{ id: 'room-1', isMonitored: false }]);
    const stale = { ...places, lastBlindSpotSelfInspectionAt: at('2026-05-15 10:00') };
    expect(
      preventionFactsFromRecords({ ...records, places: stale }, now, DEFAULT_POLICY)
        .hasSelfInspectedBlindSpots,
    ).toBe(false);
    expect(preventionGapsFromRecords(records, now, DEFAULT_POLICY)).toContainEqual({
      code: 'ONE_TO_ONE_CLASSROOM_UNMONITORED',
      ruleId: 'PRV-2',
      clause: '三',
      subjectId: 'room-1',
      subjectKind: 'PLACE',
    });
  });

  it('PRV-5: a missing appointment is NO_LEGAL_VICE_PRINCIPAL without subject; an expired one names the appointment', () => {
    expect(preventionGapsFromRecords(buildRecords({ legalVicePrincipals: [] }), now, DEFAULT_POLICY)).toEqual(
      [{ code: 'NO_LEGAL_VICE_PRINCIPAL', ruleId: 'PRV-5', clause: '四(二)' }],
    );
    const expired = buildRecords({
      legalVicePrincipals: [
        {
          id: 'lvp-old',
          name: 'Judge',
          unit: 'COURT',
          termStart: at('2023-09-01'),
          termEnd: at('2026-09-01'),
        },
      ],
    });
    expect(preventionGapsFromRecords(expired, now, DEFAULT_POLICY)).toEqual([
      {
        code: 'NO_LEGAL_VICE_PRINCIPAL',
        ruleId: 'PRV-5',
        clause: '四(二)',
        subjectId: 'lvp-old',
        subjectKind: 'APPOINTMENT',
      },
    ]);
  });

  it('PRV-5, PRV-9, PRV-10: staff untrained this school year are named; no mental-health or head-teacher training is a gap', () => {
    const records = buildRecords({ attendance: [{ sessionId: 'law', staffId: 'st-head-teacher' }] });
    expect(preventionGapsFromRecords(records, now, DEFAULT_POLICY)).toEqual([
      {
        code: 'STAFF_WITHOUT_LEGAL_TRAINING',
        ruleId: 'PRV-5',
        clause: '四(二)',
        subjectId: 'st-guard',
        subjectKind: 'STAFF',
      },
      { code: 'NO_STAFF_MENTAL_HEALTH_TRAINING', ruleId: 'PRV-9', clause: '四(四)' },
      { code: 'HEAD_TEACHERS_NOT_TRAINED_ON_BULLYING', ruleId: 'PRV-10', clause: '四(五)' },
    ]);
  });

  it('PRV-6: an intake past its deadline without the course is a gap; one delivered late is PREVENTION_COURSE_LATE', () => {
    expect(codes(buildRecords({ courseDeliveries: [] }))).toEqual(['INTAKE_WITHOUT_PREVENTION_COURSE']);
    const late = buildRecords({
      courseDeliveries: [
        { cohortId: 'cohort-2026', deliveredAt: at('2026-11-10'), classIds: ['c1'], teacherStaffId: 'st-t' },
      ],
    });
    expect(preventionGapsFromRecords(late, now, DEFAULT_POLICY)).toEqual([
      {
        code: 'PREVENTION_COURSE_LATE',
        ruleId: 'PRV-6',
        clause: '四(二)',
        subjectId: 'cohort-2026',
        subjectKind: 'COHORT',
      },
    ]);
    // Before the deadline an intake without the course is not yet a gap.
    const fresh = buildRecords({
      intakes: [{ cohortId: 'cohort-new', enrolledAt: at('2026-11-01'), classIds: ['c9'] }],
      courseDeliveries: [],
    });
    expect(codes(fresh)).toEqual([]);
  });

  it('PRV-7: no lesson at all is one gap; otherwise each short class is named; counselling from the record', () => {
    expect(codes(buildRecords({ teachingPlan: [] }))).toEqual(['NO_MENTAL_HEALTH_IN_TEACHING_PLAN']);
    const oneShort = buildRecords({
      classIds: ['c1', 'c2'],
      counselling: { hasCounsellingRoom: false, hotline: null },
    });
    expect(preventionGapsFromRecords(oneShort, now, DEFAULT_POLICY)).toEqual([
      { code: 'NO_COUNSELLING_ROOM_OR_HOTLINE', ruleId: 'PRV-7', clause: '四(三)' },
      {
        code: 'CLASS_MENTAL_HEALTH_LESSONS_SHORT',
        ruleId: 'PRV-7',
        clause: '四(三)',
        subjectId: 'c2',
        subjectKind: 'CLASS',
      },
    ]);
  });

  it('PRV-8: missing files and an overdue talk name the child and the child’s head teacher; closed files do not count', () => {
    const base = buildRecords().childFiles[0];
    const records = buildRecords({
      childFiles: [
        { ...base, hasPersonalFile: false },
        { ...base, childId: 'child-2', headTeacherStaffId: null, hasGrowthFile: false },
        { ...base, childId: 'child-3', closedAt: at('2026-10-01'), hasPersonalFile: false },
      ],
    });
    expect(preventionGapsFromRecords(records, now, DEFAULT_POLICY)).toEqual([
      {
        code: 'SPECIAL_CHILD_PERSONAL_FILE_MISSING',
        ruleId: 'PRV-8',
        clause: '四(三)',
        subjectId: 'child-1',
        subjectKind: 'CHILD',
        responsibleStaffId: 'st-head-teacher',
      },
      {
        code: 'SPECIAL_CHILD_GROWTH_FILE_MISSING',
        ruleId: 'PRV-8',
        clause: '四(三)',
        subjectId: 'child-2',
        subjectKind: 'CHILD',
      },
      {
        code: 'WELFARE_TALK_OVERDUE',
        ruleId: 'PRV-8',
        clause: '四(三)',
        subjectId: 'child-2',
        subjectKind: 'CHILD',
      },
    ]);
    expect(preventionGapsFromRecords(buildRecords({ welfareTalks: [] }), now, DEFAULT_POLICY)).toEqual([
      {
        code: 'WELFARE_TALK_OVERDUE',
        ruleId: 'PRV-8',
        clause: '四(三)',
        subjectId: 'child-1',
        subjectKind: 'CHILD',
        responsibleStaffId: 'st-head-teacher',
      },
    ]);
  });

  it('PRV-10: documents not adopted are gaps; a report with an overdue step names its case', () => {
    expect(codes(buildRecords({ bullyingDocuments: [] }))).toEqual([
      'NO_ANTI_BULLYING_RULES',
      'NO_ANTI_BULLYING_HANDBOOK',
    ]);
    const reports = [
      { report: { caseId: 'case-late', reportedAt: at('2026-10-01') }, steps: [] },
      {
        report: { caseId: 'case-ok', reportedAt: at('2026-11-10') },
        steps: [{ step: 'INVESTIGATION' as const, completedAt: at('2026-11-12') }],
      },
    ];
    expect(
      preventionGapsFromRecords(buildRecords({ bullyingReports: reports }), now, DEFAULT_POLICY),
    ).toEqual([
      {
        code: 'BULLYING_STEP_OVERDUE',
        ruleId: 'PRV-10',
        clause: '四(五)',
        subjectId: 'case-late',
        subjectKind: 'CASE',
      },
    ]);
  });
});
