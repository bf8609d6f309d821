import { DEFAULT_POLICY, type DistrictPolicy } from '../policy/policy';
import {
  canSee,
  dutiesFor,
  responsibilityMatrix,
  responsibleUnits,
  scopeOf,
  supervisingSection,
} from './organisation.rules';
import { DUTY_CODES, INSTITUTION_KINDS, type DutyCode } from './organisation.types';

const buildPolicy = (overrides: Partial<DistrictPolicy> = {}): DistrictPolicy => ({
  ...DEFAULT_POLICY,
  ...overrides,
});

describe('supervisingSection', () => {
  it.each([
    ['KINDERGARTEN', 'PRESCHOOL'],
    ['PRIMARY', 'BASIC'],
    ['SECONDARY', 'BASIC'],
    ['VOCATIONAL_SCHOOL', 'VOCATIONAL'],
    ['TRAINING_INSTITUTION', 'VOCATIONAL'],
  ] as const)('ORG-1: %s is supervised by %s, as the plan says', (kind, unit) => {
    expect(supervisingSection(kind, DEFAULT_POLICY)).toEqual({
      unit,
      ruleId: 'ORG-1',
      clause: '三',
      isDistrictDefault: false,
    });
  });

  it('ORG-1: special education defaults to BASIC and says it is a district default', () => {
    expect(supervisingSection('SPECIAL_EDUCATION', DEFAULT_POLICY)).toMatchObject({
      unit: 'BASIC',
      isDistrictDefault: true,
    });
  });

  it('ORG-1: the district can move special education to another section', () => {
    const policy = buildPolicy({ specialEducationSupervisor: 'PRESCHOOL' });
    expect(supervisingSection('SPECIAL_EDUCATION', policy).unit).toBe('PRESCHOOL');
  });

  it('ORG-1: DEFAULT_POLICY is frozen so no caller can change the district defaults by accident', () => {
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
  });
});

describe('responsibleUnits', () => {
  it('ORG-2: incident reports go to SAFETY at every kind (REP-8)', () => {
    for (const kind of INSTITUTION_KINDS) {
      expect(responsibleUnits('INCIDENT_REPORT_RECEIPT', kind, DEFAULT_POLICY)).toEqual([
        { unit: 'SAFETY', ruleId: 'REP-8', clause: '三' },
      ]);
    }
  });

  it('ORG-2: in-service staff checks are PRESCHOOL at kindergartens, VOCATIONAL at training institutions, nobody at schools (VET-9)', () => {
    expect(responsibleUnits('IN_SERVICE_STAFF_CHECKS', 'KINDERGARTEN', DEFAULT_POLICY)).toEqual([
      { unit: 'PRESCHOOL', ruleId: 'VET-9', clause: '三' },
    ]);
    expect(responsibleUnits('IN_SERVICE_STAFF_CHECKS', 'TRAINING_INSTITUTION', DEFAULT_POLICY)).toEqual([
      { unit: 'VOCATIONAL', ruleId: 'VET-9', clause: '三' },
    ]);
    expect(responsibleUnits('IN_SERVICE_STAFF_CHECKS', 'PRIMARY', DEFAULT_POLICY)).toEqual([]);
  });

  it('ORG-2: new-institution vetting is POLICY only for kindergartens and training institutions (VET-4)', () => {
    expect(responsibleUnits('NEW_INSTITUTION_STAFF_VETTING', 'KINDERGARTEN', DEFAULT_POLICY)).toHaveLength(1);
    expect(responsibleUnits('NEW_INSTITUTION_STAFF_VETTING', 'SECONDARY', DEFAULT_POLICY)).toEqual([]);
  });

  it('ORG-2: supervision follows the supervising section, district default included', () => {
    const policy = buildPolicy({ specialEducationSupervisor: 'VOCATIONAL' });
    expect(responsibleUnits('SUPERVISION', 'SPECIAL_EDUCATION', policy)[0]?.unit).toBe('VOCATIONAL');
  });

  it('ORG-2: an unknown duty has no responsible unit rather than a guess', () => {
    expect(responsibleUnits('NOT_A_DUTY' as DutyCode, 'PRIMARY', DEFAULT_POLICY)).toEqual([]);
  });

  it('ORG-2: the matrix has one cell per duty and kind, and dutiesFor drops empty cells', () => {
    const matrix = responsibilityMatrix(DEFAULT_POLICY);
    expect(matrix).toHaveLength(DUTY_CODES.length * INSTITUTION_KINDS.length);
    const primary = dutiesFor('PRIMARY', DEFAULT_POLICY).map((c) => c.duty);
    expect(primary).toContain('NEW_TEACHER_ENTRY_CHECK');
    expect(primary).not.toContain('ONE_TO_ONE_VIDEO_MONITORING');
    expect(dutiesFor('TRAINING_INSTITUTION', DEFAULT_POLICY).map((c) => c.duty)).toContain(
      'ONE_TO_ONE_VIDEO_MONITORING',
    );
  });
});

describe('scopeOf and canSee', () => {
  it('ORG-3: institution staff see their own institution and no other', () => {
    const actor = { type: 'INSTITUTION', institutionId: 'school-1' } as const;
    expect(scopeOf(actor, DEFAULT_POLICY)).toEqual({
      type: 'INSTITUTION',
      institutionId: 'school-1',
      reason: { ruleId: 'ORG-3', clause: '五(一)' },
    });
    expect(canSee(actor, { id: 'school-1', kind: 'PRIMARY' }, DEFAULT_POLICY).visible).toBe(true);
    expect(canSee(actor, { id: 'school-2', kind: 'PRIMARY' }, DEFAULT_POLICY).visible).toBe(false);
  });

  it.each(['LEAD', 'OFFICE', 'POLICY', 'SAFETY', 'HEALTH', 'PERSONNEL', 'INSPECT'] as const)(
    'ORG-1: %s acts on every kind of institution',
    (unit) => {
      expect(scopeOf({ type: 'COMMITTEE', unit }, DEFAULT_POLICY).type).toBe('ALL');
      expect(canSee({ type: 'COMMITTEE', unit }, { id: 'k', kind: 'KINDERGARTEN' }, DEFAULT_POLICY)).toEqual({
        visible: true,
        reason: { ruleId: 'ORG-1', clause: '三' },
      });
    },
  );

  it('ORG-1: a supervising section sees the kinds it supervises, special education by the district default', () => {
    const basic = { type: 'COMMITTEE', unit: 'BASIC' } as const;
    expect(scopeOf(basic, DEFAULT_POLICY)).toMatchObject({
      type: 'KINDS',
      kinds: ['PRIMARY', 'SECONDARY', 'SPECIAL_EDUCATION'],
    });
    expect(canSee(basic, { id: 'k', kind: 'KINDERGARTEN' }, DEFAULT_POLICY).visible).toBe(false);
    const moved = buildPolicy({ specialEducationSupervisor: 'PRESCHOOL' });
    expect(canSee(basic, { id: 's', kind: 'SPECIAL_EDUCATION' }, moved).visible).toBe(false);
    expect(
      canSee({ type: 'COMMITTEE', unit: 'PRESCHOOL' }, { id: 's', kind: 'SPECIAL_EDUCATION' }, moved).visible,
    ).toBe(true);
  });
});
