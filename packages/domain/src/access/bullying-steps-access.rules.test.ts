import { DEFAULT_POLICY } from '../policy/policy';
import { buildActor, buildCase } from './access.testing';
import { bullyingStepsAccess, isBullyingCase } from './bullying-steps-access.rules';

const bullying = (overrides = {}) =>
  buildCase({ category: 'BULLYING_VIOLENCE', suspectType: 'STUDENT', ...overrides });
const head = buildActor({ accountId: 'acc-head', role: 'HEAD' });
const reporter = buildActor({ accountId: 'acc-reporter' });

describe('bullyingStepsAccess', () => {
  it('PRV-10: only the bullying category is handled through bullying steps', () => {
    expect(isBullyingCase('BULLYING_VIOLENCE')).toBe(true);
    expect(isBullyingCase('ABUSE')).toBe(false);
    const other = bullyingStepsAccess(buildCase({ category: 'ABUSE' }), head, DEFAULT_POLICY);
    expect(other.canView).toEqual({ allowed: false, ruleId: 'PRV-10' });
    expect(other.canRecord.allowed).toBe(false);
  });

  it('PRV-10: the head of an open bullying case reads and records its steps', () => {
    const access = bullyingStepsAccess(bullying(), head, DEFAULT_POLICY);
    expect(access.canView).toEqual({ allowed: true, ruleId: 'REP-7' });
    expect(access.canRecord).toEqual({ allowed: true, ruleId: 'PRV-10' });
  });

  it('PRV-10, REP-7: the reporter reads the steps but does not record them; a closed case takes no more', () => {
    const asReporter = bullyingStepsAccess(bullying(), reporter, DEFAULT_POLICY);
    expect(asReporter.canView.allowed).toBe(true);
    expect(asReporter.canRecord.allowed).toBe(false);
    const closed = bullyingStepsAccess(bullying({ state: 'CLOSED' }), head, DEFAULT_POLICY);
    expect(closed.canView.allowed).toBe(true);
    expect(closed.canRecord.allowed).toBe(false);
  });

  it('REP-7, ORG-1: a section member who sees the case without the child never reads its steps', () => {
    const member = buildActor({ role: 'SECTION_MEMBER', unit: 'BASIC', institutionId: null });
    const access = bullyingStepsAccess(bullying(), member, DEFAULT_POLICY);
    expect(access.canView.allowed).toBe(false);
    expect(access.canRecord.allowed).toBe(false);
  });
});
