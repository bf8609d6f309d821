import { buildActor } from './access.testing';
import { isMfaRequired, mfaRequirement } from './mfa.rules';

const section = (unit: 'SAFETY' | 'PERSONNEL' | 'BASIC' | 'POLICY' | 'INSPECT') =>
  buildActor({ role: 'SECTION_MEMBER', institutionId: null, unit });

describe('mfaRequirement (REP-7, VET-2)', () => {
  it('REP-7: 安稳办 members, who can see children’s identities, must use a second factor', () => {
    expect(mfaRequirement(section('SAFETY'))).toEqual({ isRequired: true, ruleId: 'REP-7' });
    expect(isMfaRequired(section('SAFETY'))).toBe(true);
  });

  it('REP-7: leadership and administrators must use a second factor', () => {
    expect(mfaRequirement(buildActor({ role: 'LEADER', institutionId: null }))).toEqual({
      isRequired: true,
      ruleId: 'REP-7',
    });
    expect(isMfaRequired(buildActor({ role: 'ADMIN', institutionId: null }))).toBe(true);
  });

  it('VET-2: 人事科 members, who see full ID numbers and vetting files, must use a second factor', () => {
    expect(mfaRequirement(section('PERSONNEL'))).toEqual({ isRequired: true, ruleId: 'VET-2' });
  });

  it('REP-7: for other sections and institution staff the second factor is optional', () => {
    for (const unit of ['BASIC', 'POLICY', 'INSPECT'] as const) {
      expect(mfaRequirement(section(unit))).toEqual({ isRequired: false, ruleId: null });
    }
    for (const role of ['TEACHER', 'HEAD', 'STAFF'] as const) {
      expect(isMfaRequired(buildActor({ role }))).toBe(false);
    }
  });
});
