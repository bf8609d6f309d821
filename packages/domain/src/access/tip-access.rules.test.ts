import { DEFAULT_POLICY } from '../policy/policy';
import { buildActor } from './access.testing';
import { actorPermissions } from './permissions';
import { tipAccess, tipRouting, tipsAccess, type TipFacts } from './tip-access.rules';

const safety = buildActor({ role: 'SECTION_MEMBER', unit: 'SAFETY', institutionId: null });
const designated = { ...safety, isDesignatedCaseOfficer: true };
const leader = buildActor({ role: 'LEADER', unit: null, institutionId: null });
const basic = buildActor({ role: 'SECTION_MEMBER', unit: 'BASIC', institutionId: null });
const head = buildActor({ role: 'HEAD', unit: null, institutionId: 'school-1' });

const tip = (overrides: Partial<TipFacts> = {}): TipFacts => ({
  category: 'BULLYING_VIOLENCE',
  institution: { id: 'school-1', kind: 'PRIMARY' },
  status: 'OPEN',
  ...overrides,
});

describe('tipRouting', () => {
  it('REP-9, REP-8: a tip goes to 安稳办, by the chosen school or for a typed one', () => {
    expect(tipRouting(tip(), DEFAULT_POLICY).recipients).toEqual(['SAFETY']);
    expect(tipRouting(tip({ institution: null }), DEFAULT_POLICY)).toEqual({
      recipients: ['SAFETY'],
      isConfidential: false,
      ruleIds: ['REP-9', 'REP-8'],
    });
    expect(tipRouting(tip({ category: 'MOLESTATION' }), DEFAULT_POLICY).isConfidential).toBe(true);
  });
});

describe('tipsAccess', () => {
  it('REP-9, REP-7: 安稳办 and leadership hold the inbox; confidential leads need a designated officer', () => {
    expect(tipsAccess(safety, DEFAULT_POLICY)).toEqual({ readsTips: true, readsConfidential: false });
    expect(tipsAccess(designated, DEFAULT_POLICY)).toEqual({ readsTips: true, readsConfidential: true });
    expect(tipsAccess(leader, DEFAULT_POLICY)).toEqual({ readsTips: true, readsConfidential: true });
    expect(tipsAccess(basic, DEFAULT_POLICY).readsTips).toBe(false);
    expect(tipsAccess(head, DEFAULT_POLICY).readsTips).toBe(false);
  });

  it('REP-9: the inbox entry is shown to whom the policy gives it', () => {
    expect(actorPermissions(safety)).toContain('VIEW_TIPS');
    expect(actorPermissions(leader)).toContain('VIEW_TIPS');
    expect(actorPermissions(basic)).not.toContain('VIEW_TIPS');
    expect(actorPermissions(head)).not.toContain('VIEW_TIPS');
  });
});

describe('tipAccess', () => {
  it('REP-9, REP-8: 安稳办 answers, closes and converts an open tip; leadership reads it', () => {
    const access = tipAccess(tip(), safety, DEFAULT_POLICY);
    expect(access.canView).toEqual({ allowed: true, ruleId: 'REP-8' });
    expect(access.canHandle).toEqual({ allowed: true, ruleId: 'REP-8' });
    expect(access.can).toEqual({
      answer: { allowed: true, ruleId: 'REP-9' },
      close: { allowed: true, ruleId: 'REP-9' },
      convert: { allowed: true, ruleId: 'REP-8' },
    });
    const read = tipAccess(tip(), leader, DEFAULT_POLICY);
    expect(read.canView.allowed).toBe(true);
    expect(read.canHandle.allowed).toBe(false);
    expect(Object.values(read.can).map((p) => p.allowed)).toEqual([false, false, false]);
    expect(tipAccess(tip(), basic, DEFAULT_POLICY).canView.allowed).toBe(false);
  });

  it('REP-7: a confidential lead is for the designated officers (and leadership) only', () => {
    const molestation = tip({ category: 'MOLESTATION' });
    expect(tipAccess(molestation, safety, DEFAULT_POLICY).canView).toEqual({
      allowed: false,
      ruleId: 'REP-7',
    });
    expect(tipAccess(molestation, designated, DEFAULT_POLICY).can.convert.allowed).toBe(true);
    expect(tipAccess(molestation, leader, DEFAULT_POLICY).canView.allowed).toBe(true);
  });

  it('REP-9: a converted tip is still answered and closed, not converted again; a closed one is done', () => {
    const converted = tipAccess(tip({ status: 'CONVERTED' }), safety, DEFAULT_POLICY).can;
    expect([converted.answer.allowed, converted.close.allowed, converted.convert.allowed]).toEqual([
      true,
      true,
      false,
    ]);
    const closed = tipAccess(tip({ status: 'CLOSED' }), safety, DEFAULT_POLICY).can;
    expect(Object.values(closed).map((p) => p.allowed)).toEqual([false, false, false]);
  });
});
