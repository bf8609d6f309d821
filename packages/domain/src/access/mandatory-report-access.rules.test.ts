import { DEFAULT_POLICY } from '../policy/policy';
import { buildActor, buildCase } from './access.testing';
import { mandatoryReportAccess } from './mandatory-report-access.rules';

const policy = DEFAULT_POLICY;
const head = buildActor({ accountId: 'acc-head', role: 'HEAD' });
const officer = buildActor({
  accountId: 'acc-officer',
  role: 'SECTION_MEMBER',
  institutionId: null,
  unit: 'SAFETY',
  isDesignatedCaseOfficer: true,
});
const safety2 = { ...officer, accountId: 'acc-safety2', isDesignatedCaseOfficer: false };

describe('mandatoryReportAccess: who exports a case to the 强制报告 intake (issue 13)', () => {
  it('REP-1: the case’s head exports it with the child’s identity', () => {
    expect(mandatoryReportAccess(buildCase(), head, policy)).toEqual({
      allowed: true,
      ruleId: 'REP-1',
      caseLevel: 'FULL',
      includesChildIdentity: true,
    });
  });

  it('REP-8, REP-7: a designated 安稳办 officer gets the identity; one outside the need-to-know group does not', () => {
    expect(mandatoryReportAccess(buildCase(), officer, policy)).toMatchObject({
      allowed: true,
      ruleId: 'REP-8',
      includesChildIdentity: true,
    });
    expect(mandatoryReportAccess(buildCase(), safety2, policy)).toEqual({
      allowed: true,
      ruleId: 'REP-8',
      caseLevel: 'SUMMARY',
      includesChildIdentity: false,
    });
  });

  it('REP-7: a confidential case is hidden from 安稳办 outside the group (404, not 403)', () => {
    expect(mandatoryReportAccess(buildCase({ category: 'SEXUAL_ASSAULT' }), safety2, policy)).toEqual({
      allowed: false,
      ruleId: 'REP-7',
      caseLevel: 'NONE',
      includesChildIdentity: false,
    });
  });

  it('REP-7: the reporting teacher sees the case but does not export it; a teacher outside it sees nothing', () => {
    const reporter = buildActor({ accountId: 'acc-reporter' });
    expect(mandatoryReportAccess(buildCase(), reporter, policy)).toEqual({
      allowed: false,
      ruleId: 'REP-8',
      caseLevel: 'FULL',
      includesChildIdentity: false,
    });
    expect(mandatoryReportAccess(buildCase(), buildActor(), policy)).toMatchObject({
      allowed: false,
      caseLevel: 'NONE',
    });
  });

  it('REP-11: a head in conflict has no case to export; another school’s head neither', () => {
    expect(mandatoryReportAccess(buildCase({ hasHeadDeclaredConflict: true }), head, policy)).toMatchObject({
      allowed: false,
      ruleId: 'REP-11',
    });
    const otherHead = buildActor({ accountId: 'acc-head', role: 'HEAD', institutionId: 'school-2' });
    expect(mandatoryReportAccess(buildCase(), otherHead, policy).allowed).toBe(false);
  });

  it('leadership reads the case but the liaison exports it', () => {
    const leader = buildActor({ accountId: 'acc-leader', role: 'LEADER', institutionId: null });
    expect(mandatoryReportAccess(buildCase(), leader, policy)).toMatchObject({
      allowed: false,
      caseLevel: 'FULL',
    });
  });
});
