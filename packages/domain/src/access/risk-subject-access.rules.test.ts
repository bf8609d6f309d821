import { DEFAULT_POLICY } from '../policy/policy';
import { buildActor } from './access.testing';
import { actorPermissions } from './permissions';
import {
  RISK_CLOSING_REASONS,
  RISK_FOLLOW_UP_OUTCOMES,
  RISK_SUBJECT_STATUSES,
  RISK_SUBJECT_TRANSITIONS,
  allowedRiskClosingReasons,
  decideRiskTransition,
  missingReferralRecipients,
  readsSurroundings,
  recordsRiskSubjectsAt,
  riskSubjectAccess,
  riskSubjectsAccess,
  type RiskReferral,
  type RiskSubjectFacts,
} from './risk-subject-access.rules';

const head = buildActor({ role: 'HEAD', institutionId: 'school-1' });
const otherHead = buildActor({ role: 'HEAD', institutionId: 'school-2' });
const teacher = buildActor({ role: 'TEACHER', institutionId: 'school-1' });
const staff = buildActor({ role: 'STAFF', institutionId: 'school-1' });
const committee = (unit: 'SAFETY' | 'INSPECT' | 'BASIC' | 'PRESCHOOL' | 'PERSONNEL' | 'POLICY' | 'LEAD') =>
  buildActor({ role: 'SECTION_MEMBER', unit, institutionId: null });
const safety = committee('SAFETY');
const inspect = committee('INSPECT');
const basic = committee('BASIC');
const preschool = committee('PRESCHOOL');
const personnel = committee('PERSONNEL');
const leader = buildActor({ role: 'LEADER', institutionId: null });
const leadMember = committee('LEAD');
const admin = buildActor({ role: 'ADMIN', institutionId: null });

const person = (overrides: Partial<RiskSubjectFacts> = {}): RiskSubjectFacts => ({
  institution: { id: 'school-1', kind: 'PRIMARY' },
  subject: { type: 'RISK_PERSON', personType: 'RELEASED_PRISONER' },
  status: 'REFERRED',
  ...overrides,
});
const site = (overrides: Partial<RiskSubjectFacts> = {}): RiskSubjectFacts =>
  person({ subject: { type: 'RISK_SITE', siteType: 'INTERNET_CAFE' }, ...overrides });

const referral = (overrides: Partial<RiskReferral> = {}): RiskReferral => ({
  townshipOffice: '谢家湾街道办事处',
  townshipReferredAt: new Date('2026-03-02T02:00:00Z'),
  policeStation: '谢家湾派出所',
  policeReferredAt: new Date('2026-03-02T03:00:00Z'),
  ...overrides,
});

describe('riskSubjectsAccess', () => {
  it('PRV-3: leadership, 安稳办 and 督导室 read the whole district; 安稳办 and leadership with persons’ data', () => {
    for (const actor of [leader, leadMember, safety, inspect]) {
      expect(riskSubjectsAccess(actor, DEFAULT_POLICY).scope).toEqual({ type: 'ALL' });
    }
    expect(riskSubjectsAccess(safety, DEFAULT_POLICY).readsPersonalData).toBe(true);
    expect(riskSubjectsAccess(leader, DEFAULT_POLICY).readsPersonalData).toBe(true);
    expect(riskSubjectsAccess(inspect, DEFAULT_POLICY).readsPersonalData).toBe(false);
  });

  it('PRV-3, ORG-1: a supervising section reads the kinds it supervises, without persons’ data', () => {
    expect(riskSubjectsAccess(basic, DEFAULT_POLICY)).toEqual({
      scope: { type: 'KINDS', kinds: ['PRIMARY', 'SECONDARY', 'SPECIAL_EDUCATION'] },
      readsPersonalData: false,
      canRecord: { allowed: false, ruleId: 'PRV-3' },
    });
    expect(riskSubjectsAccess(preschool, DEFAULT_POLICY).scope).toEqual({
      type: 'KINDS',
      kinds: ['KINDERGARTEN'],
    });
    expect(
      riskSubjectsAccess(preschool, { ...DEFAULT_POLICY, specialEducationSupervisor: 'PRESCHOOL' }).scope,
    ).toEqual({ type: 'KINDS', kinds: ['KINDERGARTEN', 'SPECIAL_EDUCATION'] });
  });

  it('PRV-3: a head reads and records her own institution’s, with persons’ data', () => {
    expect(riskSubjectsAccess(head, DEFAULT_POLICY)).toEqual({
      scope: { type: 'INSTITUTION', institutionId: 'school-1' },
      readsPersonalData: true,
      canRecord: { allowed: true, ruleId: 'PRV-3' },
    });
  });

  it('PRV-3: the head records at her own institution only; 安稳办 at any', () => {
    expect(recordsRiskSubjectsAt(head, 'school-1')).toBe(true);
    expect(recordsRiskSubjectsAt(head, 'school-2')).toBe(false);
    expect(recordsRiskSubjectsAt(safety, 'school-2')).toBe(true);
    expect(recordsRiskSubjectsAt(inspect, 'school-1')).toBe(false);
  });

  it('PRV-3: only the head and 安稳办 record', () => {
    expect(riskSubjectsAccess(safety, DEFAULT_POLICY).canRecord.allowed).toBe(true);
    for (const actor of [inspect, basic, leader, teacher, admin]) {
      expect(riskSubjectsAccess(actor, DEFAULT_POLICY).canRecord.allowed).toBe(false);
    }
  });

  it('PRV-3: teachers, staff, other offices, the administrator and a head without institution read nothing', () => {
    for (const actor of [
      teacher,
      staff,
      personnel,
      committee('POLICY'),
      admin,
      buildActor({ role: 'HEAD', institutionId: null }),
    ]) {
      const access = riskSubjectsAccess(actor, DEFAULT_POLICY);
      expect(access.scope).toBeNull();
      expect(access.readsPersonalData).toBe(false);
      expect(readsSurroundings(actor)).toBe(false);
    }
  });

  it('PRV-3: the surroundings entry shows for every actor with a scope', () => {
    for (const actor of [head, safety, inspect, basic, preschool, leader, leadMember]) {
      expect(readsSurroundings(actor)).toBe(true);
      expect(actorPermissions(actor)).toContain('VIEW_SURROUNDINGS');
    }
    for (const actor of [teacher, personnel, admin])
      expect(actorPermissions(actor)).not.toContain('VIEW_SURROUNDINGS');
  });
});

describe('riskSubjectAccess', () => {
  it('PRV-3: a risk person’s personal data is need-to-know: the head, 安稳办, leadership', () => {
    for (const actor of [head, safety, leader, leadMember]) {
      const access = riskSubjectAccess(person(), actor, DEFAULT_POLICY);
      expect(access.canView.allowed).toBe(true);
      expect(access.parts.personalData).toEqual({ allowed: true, ruleId: 'PRV-3' });
    }
  });

  it('PRV-3: 督导室 and the supervising section see a person’s type and status, never the identity', () => {
    for (const actor of [inspect, basic]) {
      const access = riskSubjectAccess(person(), actor, DEFAULT_POLICY);
      expect(access.canView.allowed).toBe(true);
      expect(access.parts.personalData.allowed).toBe(false);
      expect(access.can.recordFollowUp.allowed).toBe(false);
      expect(access.can.close.allowed).toBe(false);
    }
  });

  it('PRV-3, ORG-1: risk sites are internal: the head, the inspectors, leadership', () => {
    for (const actor of [head, safety, inspect, basic, leader]) {
      const access = riskSubjectAccess(site(), actor, DEFAULT_POLICY);
      expect(access.canView).toEqual({ allowed: true, ruleId: 'ORG-1' });
      // A site has no personal data to give.
      expect(access.parts.personalData.allowed).toBe(false);
    }
  });

  it('ORG-1: another head, another section, teachers and the administrator read neither sites nor persons', () => {
    for (const actor of [otherHead, preschool, teacher, staff, personnel, admin]) {
      for (const facts of [site(), person()]) {
        const access = riskSubjectAccess(facts, actor, DEFAULT_POLICY);
        expect(access.canView.allowed).toBe(false);
        expect(access.parts.personalData.allowed).toBe(false);
        expect(access.can.recordFollowUp.allowed).toBe(false);
      }
    }
  });

  it('PRV-3: the head and 安稳办 follow up and close an open subject; nobody acts on a closed one', () => {
    for (const actor of [head, safety]) {
      const open = riskSubjectAccess(person(), actor, DEFAULT_POLICY);
      expect(open.can).toEqual({
        recordFollowUp: { allowed: true, ruleId: 'PRV-3' },
        close: { allowed: true, ruleId: 'PRV-3' },
      });
      const closed = riskSubjectAccess(person({ status: 'CLOSED' }), actor, DEFAULT_POLICY);
      expect(closed.can.recordFollowUp.allowed).toBe(false);
      expect(closed.can.close.allowed).toBe(false);
      expect(closed.closingReasons).toEqual([]);
    }
    expect(riskSubjectAccess(person(), leader, DEFAULT_POLICY).can.close.allowed).toBe(false);
  });

  it('PRV-3: a subject not yet referred needs its referral; every subject is routed to the office and the police', () => {
    const open = riskSubjectAccess(site({ status: 'OPEN' }), head, DEFAULT_POLICY);
    expect(open.needsReferral).toBe(true);
    expect(open.routing.recipients).toEqual(['TOWNSHIP_OR_STREET_OFFICE', 'LOCAL_POLICE_STATION']);
    expect(open.routing.sensitivity).toBe('INTERNAL');
    expect(riskSubjectAccess(person(), head, DEFAULT_POLICY).routing.sensitivity).toBe('CASE_FILE');
    expect(riskSubjectAccess(person(), head, DEFAULT_POLICY).needsReferral).toBe(false);
  });
});

describe('the follow-up lifecycle', () => {
  const subject = person().subject;

  it('PRV-3: open → referred needs both recipients of riskReportRouting, each with its date', () => {
    expect(decideRiskTransition('OPEN', 'REFER', { subject, referral: referral() })).toEqual({
      allowed: true,
      to: 'REFERRED',
      ruleId: 'PRV-3',
    });
    for (const missing of [
      { townshipOffice: null },
      { townshipReferredAt: null },
      { policeStation: null },
      { policeReferredAt: null },
    ]) {
      expect(decideRiskTransition('OPEN', 'REFER', { subject, referral: referral(missing) })).toEqual({
        allowed: false,
        code: 'REFERRAL_INCOMPLETE',
        ruleId: 'PRV-3',
      });
    }
    expect(decideRiskTransition('OPEN', 'REFER', { subject })).toMatchObject({ code: 'REFERRAL_INCOMPLETE' });
  });

  it('PRV-3: missingReferralRecipients names what the referral lacks', () => {
    expect(missingReferralRecipients(subject, referral())).toEqual([]);
    expect(missingReferralRecipients(subject, referral({ policeStation: null }))).toEqual([
      'LOCAL_POLICE_STATION',
    ]);
    expect(
      missingReferralRecipients(subject, referral({ townshipOffice: null, policeReferredAt: null })),
    ).toEqual(['TOWNSHIP_OR_STREET_OFFICE', 'LOCAL_POLICE_STATION']);
  });

  it('PRV-3: follow-ups come after the referral, again and again, until closed', () => {
    expect(decideRiskTransition('REFERRED', 'FOLLOW_UP', { subject })).toMatchObject({ to: 'FOLLOWED_UP' });
    expect(decideRiskTransition('FOLLOWED_UP', 'FOLLOW_UP', { subject })).toMatchObject({
      to: 'FOLLOWED_UP',
    });
    for (const from of ['OPEN', 'CLOSED'] as const) {
      expect(decideRiskTransition(from, 'FOLLOW_UP', { subject })).toMatchObject({ code: 'NOT_FROM_STATUS' });
    }
    for (const from of ['REFERRED', 'FOLLOWED_UP', 'CLOSED'] as const) {
      expect(decideRiskTransition(from, 'REFER', { subject, referral: referral() })).toMatchObject({
        allowed: false,
        code: 'NOT_FROM_STATUS',
      });
    }
  });

  it('PRV-3: closing needs a reason; before a follow-up only a mistake closes a subject', () => {
    expect(decideRiskTransition('FOLLOWED_UP', 'CLOSE', { subject })).toMatchObject({
      code: 'CLOSING_REASON_REQUIRED',
    });
    expect(decideRiskTransition('FOLLOWED_UP', 'CLOSE', { subject, closingReason: null })).toMatchObject({
      code: 'CLOSING_REASON_REQUIRED',
    });
    for (const reason of RISK_CLOSING_REASONS) {
      expect(decideRiskTransition('FOLLOWED_UP', 'CLOSE', { subject, closingReason: reason })).toEqual({
        allowed: true,
        to: 'CLOSED',
        ruleId: 'PRV-3',
      });
    }
    expect(
      decideRiskTransition('REFERRED', 'CLOSE', { subject, closingReason: 'RISK_REMOVED' }),
    ).toMatchObject({
      code: 'CLOSING_REASON_NOT_ALLOWED',
    });
    expect(decideRiskTransition('OPEN', 'CLOSE', { subject, closingReason: 'DUPLICATE' })).toMatchObject({
      to: 'CLOSED',
    });
    expect(decideRiskTransition('CLOSED', 'CLOSE', { subject, closingReason: 'DUPLICATE' })).toMatchObject({
      code: 'NOT_FROM_STATUS',
    });
  });

  it('PRV-3: every status but CLOSED moves on; CLOSED is the end', () => {
    expect(RISK_SUBJECT_STATUSES).toEqual(['OPEN', 'REFERRED', 'FOLLOWED_UP', 'CLOSED']);
    const leaving = new Set(RISK_SUBJECT_TRANSITIONS.flatMap((t) => t.from));
    expect(RISK_SUBJECT_STATUSES.filter((s) => !leaving.has(s))).toEqual(['CLOSED']);
    expect(RISK_FOLLOW_UP_OUTCOMES).toContain('RISK_REMOVED');
  });

  it('PRV-3: the closing reasons each status allows', () => {
    expect(allowedRiskClosingReasons('OPEN')).toEqual(['DUPLICATE', 'RECORDED_IN_ERROR']);
    expect(allowedRiskClosingReasons('REFERRED')).toEqual(['DUPLICATE', 'RECORDED_IN_ERROR']);
    expect(allowedRiskClosingReasons('FOLLOWED_UP')).toEqual([...RISK_CLOSING_REASONS]);
    expect(allowedRiskClosingReasons('CLOSED')).toEqual([]);
  });
});
