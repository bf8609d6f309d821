import { DEFAULT_POLICY } from '../policy/policy';
import { buildActor } from './access.testing';
import { MISCONDUCT_CASE_STATUSES, misconductAccess, misconductCountFilter } from './misconduct-access.rules';

describe('misconductCountFilter (the dashboard’s count of open misconduct cases)', () => {
  it('VET-11: leadership sees every case of every kind, never one about itself', () => {
    const filter = misconductCountFilter(
      buildActor({ role: 'LEADER', institutionId: null, staffId: 's-1' }),
      DEFAULT_POLICY,
    );
    expect(filter.scope?.type).toBe('ALL');
    expect(filter.headSubjectKinds).toHaveLength(6);
    expect(filter.otherSubjectKinds).toHaveLength(6);
    expect(filter.excludedStaffId).toBe('s-1');
  });

  it('VET-11: a supervising section sees only the cases about its institutions’ heads', () => {
    const filter = misconductCountFilter(
      buildActor({ role: 'SECTION_MEMBER', unit: 'PRESCHOOL', institutionId: null }),
      DEFAULT_POLICY,
    );
    expect(filter.headSubjectKinds).toEqual(['KINDERGARTEN']);
    expect(filter.otherSubjectKinds).toEqual([]);
  });

  it('VET-11: a head sees the cases about her own staff, not those about a head; a teacher none', () => {
    const head = buildActor({ role: 'HEAD', institutionId: 'school-1' });
    const filter = misconductCountFilter(head, DEFAULT_POLICY);
    expect(filter.scope).toMatchObject({ type: 'INSTITUTION', institutionId: 'school-1' });
    expect(filter.headSubjectKinds).toEqual([]);
    expect(filter.otherSubjectKinds).toHaveLength(6);
    const teacher = misconductCountFilter(buildActor({ role: 'TEACHER' }), DEFAULT_POLICY);
    expect([...teacher.headSubjectKinds, ...teacher.otherSubjectKinds]).toEqual([]);
    const noUnit = misconductCountFilter(
      buildActor({ role: 'SECTION_MEMBER', unit: null, institutionId: null }),
      DEFAULT_POLICY,
    );
    expect(noUnit.scope).toBeNull();
  });

  it('VET-11: agrees with misconductAccess case by case', () => {
    const actor = buildActor({ role: 'SECTION_MEMBER', unit: 'PERSONNEL', institutionId: null });
    const filter = misconductCountFilter(actor, DEFAULT_POLICY);
    expect(MISCONDUCT_CASE_STATUSES).toContain('OPEN');
    for (const kind of ['PRIMARY', 'KINDERGARTEN'] as const)
      for (const isSubjectHead of [true, false]) {
        const facts = {
          subjectStaffId: 'x',
          institution: { id: 'i', kind },
          isSubjectHead,
          status: 'OPEN' as const,
        };
        const listed = (isSubjectHead ? filter.headSubjectKinds : filter.otherSubjectKinds).includes(kind);
        expect(listed).toBe(misconductAccess(facts, actor, DEFAULT_POLICY).canView.allowed);
      }
  });
});
