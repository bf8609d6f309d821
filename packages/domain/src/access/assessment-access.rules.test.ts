import { DEFAULT_POLICY } from '../policy/policy';
import { buildActor } from './access.testing';
import { actorPermissions } from './permissions';
import {
  assessmentAccess,
  assessmentPeriodsAccess,
  statementWindow,
  type AssessmentFacts,
} from './assessment-access.rules';

const inspect = buildActor({ role: 'SECTION_MEMBER', unit: 'INSPECT', institutionId: null });
const leader = buildActor({ role: 'LEADER', unit: null, institutionId: null });
const leadMember = buildActor({ role: 'SECTION_MEMBER', unit: 'LEAD', institutionId: null });
const safety = buildActor({ role: 'SECTION_MEMBER', unit: 'SAFETY', institutionId: null });
const basic = buildActor({ role: 'SECTION_MEMBER', unit: 'BASIC', institutionId: null });
const head = buildActor({ role: 'HEAD', institutionId: 'school-1' });
const otherHead = buildActor({ role: 'HEAD', institutionId: 'school-2' });
const computedAt = new Date('2026-06-01T02:00:00Z');
const beforeClose = new Date('2026-06-07T02:00:00Z');
const afterClose = new Date('2026-06-08T02:00:00Z');

const facts = (overrides: Partial<AssessmentFacts> = {}): AssessmentFacts => ({
  institution: { id: 'school-1', kind: 'PRIMARY' },
  isVetoComputed: true,
  vetoComputedAt: computedAt,
  hasStatement: false,
  isReviewed: false,
  hasSanctionOptions: false,
  ...overrides,
});

describe('assessmentPeriodsAccess', () => {
  it('ACC-1: 督导室 opens periods, reads every row and exports the table', () => {
    expect(assessmentPeriodsAccess(inspect)).toEqual({
      scope: { type: 'ALL' },
      canOpenPeriod: { allowed: true, ruleId: 'ACC-1' },
      canExport: { allowed: true, ruleId: 'ACC-1' },
    });
  });

  it('ACC-1: leadership reads every row and exports, but does not open periods', () => {
    for (const actor of [leader, leadMember]) {
      const access = assessmentPeriodsAccess(actor);
      expect(access.scope).toEqual({ type: 'ALL' });
      expect(access.canOpenPeriod.allowed).toBe(false);
      expect(access.canExport.allowed).toBe(true);
    }
  });

  it('ORG-3: a head reads her own institution’s rows only', () => {
    expect(assessmentPeriodsAccess(head).scope).toEqual({ type: 'INSTITUTION', institutionId: 'school-1' });
    expect(assessmentPeriodsAccess(head).canExport.allowed).toBe(false);
  });

  it('ACC-1: 安稳办, the sections, teachers, the administrator and a head without institution read none', () => {
    for (const actor of [
      safety,
      basic,
      buildActor({ role: 'TEACHER' }),
      buildActor({ role: 'ADMIN', institutionId: null }),
      buildActor({ role: 'HEAD', institutionId: null }),
    ]) {
      expect(assessmentPeriodsAccess(actor).scope).toBeNull();
      expect(assessmentPeriodsAccess(actor).canOpenPeriod.allowed).toBe(false);
    }
  });
});

describe('statementWindow', () => {
  it('ACC-5: opens when the veto is computed and lasts the district’s number of days', () => {
    expect(statementWindow(computedAt, DEFAULT_POLICY)).toEqual({
      opensAt: computedAt,
      closesAt: new Date('2026-06-08T02:00:00Z'),
    });
    expect(statementWindow(computedAt, { ...DEFAULT_POLICY, vetoStatementDays: 3 })?.closesAt).toEqual(
      new Date('2026-06-04T02:00:00Z'),
    );
  });

  it('ACC-5: there is no window before a veto is computed', () => {
    expect(statementWindow(null, DEFAULT_POLICY)).toBeNull();
  });
});

describe('assessmentAccess', () => {
  it('ACC-1: 督导室 and leadership read any row; ORG-3: a head reads her own institution’s only', () => {
    expect(assessmentAccess(facts(), inspect, beforeClose, DEFAULT_POLICY).canView).toEqual({
      allowed: true,
      ruleId: 'ACC-1',
    });
    expect(assessmentAccess(facts(), leader, beforeClose, DEFAULT_POLICY).canView.allowed).toBe(true);
    expect(assessmentAccess(facts(), head, beforeClose, DEFAULT_POLICY).canView).toEqual({
      allowed: true,
      ruleId: 'ORG-3',
    });
    for (const actor of [otherHead, safety, basic]) {
      expect(assessmentAccess(facts(), actor, beforeClose, DEFAULT_POLICY).canView.allowed).toBe(false);
    }
  });

  it('ACC-1: only 督导室 records findings, and only until the veto is reviewed', () => {
    expect(assessmentAccess(facts(), inspect, beforeClose, DEFAULT_POLICY).can.recordFinding.allowed).toBe(
      true,
    );
    expect(assessmentAccess(facts(), leader, beforeClose, DEFAULT_POLICY).can.recordFinding.allowed).toBe(
      false,
    );
    const reviewed = facts({ isReviewed: true });
    expect(assessmentAccess(reviewed, inspect, beforeClose, DEFAULT_POLICY).can.recordFinding.allowed).toBe(
      false,
    );
  });

  it('ACC-5: the head submits one statement for her institution within the window while unreviewed', () => {
    const can = (f: AssessmentFacts, actor = head, now = beforeClose) =>
      assessmentAccess(f, actor, now, DEFAULT_POLICY).can.submitStatement;
    expect(can(facts())).toEqual({ allowed: true, ruleId: 'ACC-5' });
    expect(can(facts(), otherHead).allowed).toBe(false);
    expect(can(facts(), inspect).allowed).toBe(false);
    expect(can(facts(), head, afterClose).allowed).toBe(false);
    expect(can(facts({ hasStatement: true })).allowed).toBe(false);
    expect(can(facts({ isReviewed: true })).allowed).toBe(false);
    expect(can(facts({ isVetoComputed: false, vetoComputedAt: null })).allowed).toBe(false);
  });

  it('ACC-5: a leader reviews a computed veto once the statement is in or the window has closed', () => {
    const can = (f: AssessmentFacts, actor = leader, now = beforeClose) =>
      assessmentAccess(f, actor, now, DEFAULT_POLICY).can.reviewVeto;
    expect(can(facts()).allowed).toBe(false);
    expect(can(facts({ hasStatement: true }))).toEqual({ allowed: true, ruleId: 'ACC-5' });
    expect(can(facts(), leader, afterClose).allowed).toBe(true);
    expect(can(facts({ hasStatement: true }), leadMember).allowed).toBe(true);
    expect(can(facts({ hasStatement: true }), inspect).allowed).toBe(false);
    expect(can(facts({ hasStatement: true, isReviewed: true })).allowed).toBe(false);
    expect(can(facts({ isVetoComputed: false, vetoComputedAt: null }), leader, afterClose).allowed).toBe(
      false,
    );
  });

  it('ACC-2: a leader records a sanction when the findings offer one', () => {
    const can = (f: AssessmentFacts, actor = leader) =>
      assessmentAccess(f, actor, beforeClose, DEFAULT_POLICY).can.recordSanction;
    expect(can(facts({ hasSanctionOptions: true }))).toEqual({ allowed: true, ruleId: 'ACC-2' });
    expect(can(facts()).allowed).toBe(false);
    expect(can(facts({ hasSanctionOptions: true }), inspect).allowed).toBe(false);
  });

  it('ACC-2: 督导室 and leadership download the circular; the head does not', () => {
    expect(assessmentAccess(facts(), inspect, beforeClose, DEFAULT_POLICY).can.downloadCircular.allowed).toBe(
      true,
    );
    expect(assessmentAccess(facts(), head, beforeClose, DEFAULT_POLICY).can.downloadCircular.allowed).toBe(
      false,
    );
  });
});

describe('actorPermissions', () => {
  it('ACC-1: the assessment entry point is for 督导室, leadership and heads, not for other units', () => {
    expect(actorPermissions(inspect)).toContain('VIEW_ASSESSMENTS');
    expect(actorPermissions(leader)).toContain('VIEW_ASSESSMENTS');
    expect(actorPermissions(head)).toContain('VIEW_ASSESSMENTS');
    expect(actorPermissions(safety)).not.toContain('VIEW_ASSESSMENTS');
    expect(actorPermissions(safety)).toContain('VIEW_INCIDENTS');
  });
});
