import { canEnterDorm, hazardStatus, preventionGaps, riskReportRouting } from './prevention.rules';
import type { Hazard, SelfInspection } from './prevention.types';

const NOW = new Date('2025-04-30T16:00:00Z'); // 2025-05-01 00:00 in Asia/Shanghai

const buildHazard = (overrides: Partial<Hazard> = {}): Hazard => ({
  foundAt: new Date('2025-04-01T02:00:00Z'),
  ownerId: 'staff-1',
  dueAt: new Date('2025-04-30T16:00:00Z'),
  ...overrides,
});

const buildInspection = (overrides: Partial<SelfInspection> = {}): SelfInspection => ({
  institutionKind: 'PRIMARY',
  hasSelfInspectedBlindSpots: true,
  oneToOneClassrooms: [],
  hasLegalVicePrincipal: true,
  staff: [],
  legallyTrainedPersonIds: [],
  intakes: [],
  hasMentalHealthInTeachingPlan: true,
  hasCounsellingRoomOrHotline: true,
  specialChildren: [],
  hasStaffMentalHealthTraining: true,
  hasAntiBullyingRules: true,
  hasAntiBullyingHandbook: true,
  areHeadTeachersTrainedOnBullying: true,
  ...overrides,
});

const codes = (inspection: Partial<SelfInspection>): string[] =>
  preventionGaps(buildInspection(inspection)).map(
    (g) => `${g.ruleId}:${g.code}${g.subjectId ? `:${g.subjectId}` : ''}`,
  );

describe('hazardStatus', () => {
  it('PRV-1: a hazard is open until its due date and overdue a moment after', () => {
    expect(hazardStatus(buildHazard(), NOW)).toEqual({ status: 'OPEN', missing: [], ruleIds: ['PRV-1'] });
    expect(hazardStatus(buildHazard(), new Date(NOW.getTime() + 1)).status).toBe('OVERDUE');
  });

  it('PRV-1: rectified on time or late', () => {
    expect(hazardStatus(buildHazard({ rectifiedAt: NOW }), NOW).status).toBe('RECTIFIED');
    expect(hazardStatus(buildHazard({ rectifiedAt: new Date(NOW.getTime() + 1) }), NOW).status).toBe(
      'RECTIFIED_LATE',
    );
  });

  it('PRV-1: a hazard without an owner or a due date is incomplete', () => {
    expect(hazardStatus(buildHazard({ dueAt: undefined, ownerId: undefined }), NOW)).toEqual({
      status: 'INCOMPLETE',
      missing: ['OWNER', 'DUE_DATE'],
      ruleIds: ['PRV-1'],
    });
    expect(hazardStatus(buildHazard({ ownerId: undefined }), new Date(NOW.getTime() - 1))).toMatchObject({
      status: 'INCOMPLETE',
      missing: ['OWNER'],
    });
  });
});

describe('canEnterDorm', () => {
  it('PRV-4: life teachers and dorm managers enter; a head teacher on a dorm check enters and registers', () => {
    expect(canEnterDorm({ role: 'LIFE_TEACHER', purpose: 'OTHER' })).toEqual({
      allowed: true,
      mustRegister: false,
      reason: { ruleId: 'PRV-4', clause: '四(四)' },
    });
    expect(canEnterDorm({ role: 'DORM_MANAGER', purpose: 'OTHER' }).allowed).toBe(true);
    expect(canEnterDorm({ role: 'HEAD_TEACHER', purpose: 'DORM_CHECK' })).toMatchObject({
      allowed: true,
      mustRegister: true,
    });
  });

  it('PRV-4: a head teacher for another reason, or any other staff member, does not enter', () => {
    expect(canEnterDorm({ role: 'HEAD_TEACHER', purpose: 'OTHER' }).allowed).toBe(false);
    expect(canEnterDorm({ role: 'TEACHER', purpose: 'DORM_CHECK' }).allowed).toBe(false);
  });
});

describe('riskReportRouting', () => {
  it('PRV-3: risk sites and persons go to the street office and the local police; persons are as sensitive as a case file', () => {
    expect(riskReportRouting({ type: 'RISK_PERSON', personType: 'DRUG_USER' })).toEqual({
      recipients: ['TOWNSHIP_OR_STREET_OFFICE', 'LOCAL_POLICE_STATION'],
      requiresFollowUp: true,
      sensitivity: 'CASE_FILE',
      ruleIds: ['PRV-3'],
    });
    expect(riskReportRouting({ type: 'RISK_SITE', siteType: 'INTERNET_CAFE' }).sensitivity).toBe('INTERNAL');
  });
});

describe('preventionGaps', () => {
  it('PRV-2: a complete self-inspection has no gap; blind spots not self-inspected is one', () => {
    expect(codes({})).toEqual([]);
    expect(codes({ hasSelfInspectedBlindSpots: false })).toEqual(['PRV-2:BLIND_SPOTS_NOT_SELF_INSPECTED']);
  });

  it('PRV-2: every unmonitored one-to-one classroom of a training institution is a gap; a school is not held to it', () => {
    const oneToOneClassrooms = [
      { id: 'room-1', isMonitored: true },
      { id: 'room-2', isMonitored: false },
    ];
    expect(codes({ institutionKind: 'TRAINING_INSTITUTION', oneToOneClassrooms })).toEqual([
      'PRV-2:ONE_TO_ONE_CLASSROOM_UNMONITORED:room-2',
    ]);
    expect(codes({ institutionKind: 'PRIMARY', oneToOneClassrooms })).toEqual([]);
  });

  it('PRV-5: a vice-principal for legal affairs, and legal training for staff of every employment type', () => {
    const staff = [
      { personId: 'guard-1', role: 'SECURITY_GUARD', employmentType: 'AGENCY' },
      { personId: 'cook-1', role: 'CANTEEN_WORKER', employmentType: 'TEMPORARY' },
      { personId: 'lvp-1', role: 'LEGAL_VICE_PRINCIPAL', employmentType: 'ESTABLISHED' },
    ] as const;
    expect(
      codes({ hasLegalVicePrincipal: false, staff: [...staff], legallyTrainedPersonIds: ['cook-1'] }),
    ).toEqual(['PRV-5:NO_LEGAL_VICE_PRINCIPAL', 'PRV-5:STAFF_WITHOUT_LEGAL_TRAINING:guard-1']);
  });

  it('PRV-6: every new intake has the sexual-abuse prevention course', () => {
    expect(
      codes({
        intakes: [
          { cohortId: '2025-grade-1', hadPreventionCourse: false },
          { cohortId: '2025-grade-7', hadPreventionCourse: true },
        ],
      }),
    ).toEqual(['PRV-6:INTAKE_WITHOUT_PREVENTION_COURSE:2025-grade-1']);
  });

  it('PRV-7: mental-health education in the teaching plan and a counselling room or hotline', () => {
    expect(codes({ hasMentalHealthInTeachingPlan: false, hasCounsellingRoomOrHotline: false })).toEqual([
      'PRV-7:NO_MENTAL_HEALTH_IN_TEACHING_PLAN',
      'PRV-7:NO_COUNSELLING_ROOM_OR_HOTLINE',
    ]);
  });

  it('PRV-8: each left-behind child has a personal file and a mental-health growth file', () => {
    expect(
      codes({
        specialChildren: [
          { childId: 'c1', hasPersonalFile: false, hasGrowthFile: true },
          { childId: 'c2', hasPersonalFile: true, hasGrowthFile: false },
        ],
      }),
    ).toEqual(['PRV-8:SPECIAL_CHILD_PERSONAL_FILE_MISSING:c1', 'PRV-8:SPECIAL_CHILD_GROWTH_FILE_MISSING:c2']);
  });

  it('PRV-9: staff mental-health training is required', () => {
    expect(codes({ hasStaffMentalHealthTraining: false })).toEqual(['PRV-9:NO_STAFF_MENTAL_HEALTH_TRAINING']);
  });

  it('PRV-10: anti-bullying rules, a handbook and head-teacher training', () => {
    expect(
      codes({
        hasAntiBullyingRules: false,
        hasAntiBullyingHandbook: false,
        areHeadTeachersTrainedOnBullying: false,
      }),
    ).toEqual([
      'PRV-10:NO_ANTI_BULLYING_RULES',
      'PRV-10:NO_ANTI_BULLYING_HANDBOOK',
      'PRV-10:HEAD_TEACHERS_NOT_TRAINED_ON_BULLYING',
    ]);
  });
});
