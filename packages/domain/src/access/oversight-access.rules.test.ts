import { DEFAULT_POLICY } from '../policy/policy';
import { buildActor } from './access.testing';
import { institutionRecordAccess, oversightAccess } from './oversight-access.rules';

const committee = (
  role: 'LEADER' | 'SECTION_MEMBER',
  unit: 'LEAD' | 'SAFETY' | 'BASIC' | 'PRESCHOOL' | null,
) => buildActor({ role, unit, institutionId: null });
const kindergarten = { id: 'kg-1', kind: 'KINDERGARTEN' as const };
const primary = { id: 'school-1', kind: 'PRIMARY' as const };

describe('oversightAccess (issue 10: each role’s home and the figures it may see)', () => {
  it('ORG-1: leadership and the district-wide offices see the dashboard over the whole district', () => {
    for (const actor of [committee('LEADER', null), committee('SECTION_MEMBER', 'SAFETY')]) {
      const access = oversightAccess(actor, DEFAULT_POLICY);
      expect(access.home).toBe('DASHBOARD');
      expect(access.scope?.type).toBe('ALL');
      expect(access.canViewDashboard).toEqual({ allowed: true, ruleId: 'ORG-1' });
    }
  });

  it('ORG-1: a section sees the dashboard over the kinds of institution it supervises only', () => {
    const access = oversightAccess(committee('SECTION_MEMBER', 'PRESCHOOL'), DEFAULT_POLICY);
    expect(access.home).toBe('DASHBOARD');
    expect(access.scope).toMatchObject({ type: 'KINDS', kinds: ['KINDERGARTEN'] });
  });

  it('ORG-3: a head lands on her own institution’s card and sees no district dashboard', () => {
    const access = oversightAccess(buildActor({ role: 'HEAD', institutionId: 'school-1' }), DEFAULT_POLICY);
    expect(access.home).toBe('INSTITUTION_CARD');
    expect(access.scope).toMatchObject({ type: 'INSTITUTION', institutionId: 'school-1' });
    expect(access.canViewDashboard).toEqual({ allowed: false, ruleId: 'ORG-3' });
  });

  it('ORG-1: teachers, other staff, the administrator and an account without a unit see no figures', () => {
    for (const actor of [
      buildActor({ role: 'TEACHER' }),
      buildActor({ role: 'STAFF' }),
      buildActor({ role: 'ADMIN', institutionId: null }),
      committee('SECTION_MEMBER', null),
      buildActor({ role: 'HEAD', institutionId: null }),
    ]) {
      expect(oversightAccess(actor, DEFAULT_POLICY)).toEqual({
        home: 'OWN_CASES',
        scope: null,
        canViewDashboard: { allowed: false, ruleId: 'ORG-1' },
      });
    }
  });
});

describe('institutionRecordAccess (issue 10: the 校园保护档案)', () => {
  it('ORG-3: the head of the institution reads its card; another head does not', () => {
    expect(
      institutionRecordAccess(
        primary,
        buildActor({ role: 'HEAD', institutionId: 'school-1' }),
        DEFAULT_POLICY,
      ),
    ).toEqual({ allowed: true, ruleId: 'ORG-3' });
    expect(
      institutionRecordAccess(
        primary,
        buildActor({ role: 'HEAD', institutionId: 'school-2' }),
        DEFAULT_POLICY,
      ).allowed,
    ).toBe(false);
  });

  it('ORG-1: a committee member reads the cards of the institutions in scope only; a teacher none', () => {
    expect(institutionRecordAccess(primary, committee('SECTION_MEMBER', 'BASIC'), DEFAULT_POLICY)).toEqual({
      allowed: true,
      ruleId: 'ORG-1',
    });
    expect(
      institutionRecordAccess(kindergarten, committee('SECTION_MEMBER', 'BASIC'), DEFAULT_POLICY).allowed,
    ).toBe(false);
    expect(institutionRecordAccess(kindergarten, committee('LEADER', null), DEFAULT_POLICY).allowed).toBe(
      true,
    );
    expect(
      institutionRecordAccess(
        primary,
        buildActor({ role: 'TEACHER', institutionId: 'school-1' }),
        DEFAULT_POLICY,
      ).allowed,
    ).toBe(false);
  });
});
