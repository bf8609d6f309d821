import { DEFAULT_POLICY } from '../policy/policy';
import type { AccessActor } from './access.types';
import { committeePreventionScope, inspectsAny } from './inspectors.rules';

const actor = (overrides: Partial<AccessActor>): AccessActor => ({
  accountId: 'a',
  role: 'SECTION_MEMBER',
  institutionId: null,
  unit: null,
  staffId: null,
  isDesignatedCaseOfficer: false,
  ...overrides,
});

describe('the inspectors of an institution (issue 11)', () => {
  it('PRV-2, PRV-3: the nav entry point is for 安稳办, 督导室 and the supervising sections only', () => {
    expect(inspectsAny(actor({ unit: 'PRESCHOOL' }))).toBe(true);
    expect(inspectsAny(actor({ unit: 'HEALTH' }))).toBe(false);
    expect(inspectsAny(actor({ role: 'TEACHER', institutionId: 'p' }))).toBe(false);
  });

  it('PRV-1, ORG-1: leadership and the district inspectors read all; a section its kinds; others none', () => {
    expect(committeePreventionScope(actor({ role: 'LEADER', unit: 'LEAD' }), DEFAULT_POLICY)).toEqual({
      type: 'ALL',
    });
    expect(committeePreventionScope(actor({ unit: 'SAFETY' }), DEFAULT_POLICY)).toEqual({ type: 'ALL' });
    expect(committeePreventionScope(actor({ unit: 'PRESCHOOL' }), DEFAULT_POLICY)).toEqual({
      type: 'KINDS',
      kinds: ['KINDERGARTEN'],
    });
    expect(committeePreventionScope(actor({ unit: 'POLICY' }), DEFAULT_POLICY)).toBeNull();
    expect(committeePreventionScope(actor({ role: 'HEAD', institutionId: 'p' }), DEFAULT_POLICY)).toBeNull();
  });
});
