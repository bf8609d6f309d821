import { DEFAULT_POLICY } from '../policy/policy';
import { buildActor } from './access.testing';
import { institutionAccess } from './institution-access.rules';

const kindergarten = { id: 'kg-1', kind: 'KINDERGARTEN' as const };
const member = (unit: 'POLICY' | 'PRESCHOOL' | 'BASIC') =>
  buildActor({ role: 'SECTION_MEMBER', unit, institutionId: null });

describe('institutionAccess (ORG-1, VET-4)', () => {
  it('VET-4: POLICY, the leadership and administrators record that an institution is applying to open', () => {
    expect(
      institutionAccess(kindergarten, member('POLICY'), DEFAULT_POLICY).can.setOpeningApplication,
    ).toEqual({
      allowed: true,
      ruleId: 'VET-4',
    });
    expect(
      institutionAccess(kindergarten, buildActor({ role: 'LEADER', institutionId: null }), DEFAULT_POLICY).can
        .setOpeningApplication.allowed,
    ).toBe(true);
    expect(
      institutionAccess(kindergarten, buildActor({ role: 'ADMIN', institutionId: null }), DEFAULT_POLICY).can
        .setOpeningApplication.allowed,
    ).toBe(true);
    expect(
      institutionAccess(kindergarten, member('PRESCHOOL'), DEFAULT_POLICY).can.setOpeningApplication.allowed,
    ).toBe(false);
  });

  it('ORG-1: nobody acts on an institution outside the scope', () => {
    const access = institutionAccess(kindergarten, member('BASIC'), DEFAULT_POLICY);
    expect(access.canView.allowed).toBe(false);
    const head = buildActor({ role: 'HEAD', institutionId: 'kg-1' });
    expect(institutionAccess(kindergarten, head, DEFAULT_POLICY)).toMatchObject({
      canView: { allowed: true },
      can: { setOpeningApplication: { allowed: false } },
    });
  });
});
