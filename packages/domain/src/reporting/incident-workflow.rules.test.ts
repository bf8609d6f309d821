import { DEFAULT_POLICY } from '../policy/policy';
import {
  canTransition,
  emergencyChecklist,
  routeTip,
  studentWelfareActions,
} from './incident-workflow.rules';
import type { IncidentState, TransitionFacts } from './reporting.types';

const buildFacts = (overrides: Partial<TransitionFacts> = {}): TransitionFacts => ({
  category: 'MOLESTATION',
  suspectType: 'STAFF',
  ...overrides,
});

const move = (from: IncidentState, to: IncidentState, facts: Partial<TransitionFacts> = {}) =>
  canTransition(from, to, buildFacts(facts), DEFAULT_POLICY);

describe('canTransition', () => {
  it('REP-2, REP-3: the incident moves forward to head notified and police reported, skipping steps if need be', () => {
    expect(move('REPORTED', 'HEAD_NOTIFIED')).toEqual({ allowed: true, ruleIds: ['REP-2'] });
    expect(move('HEAD_NOTIFIED', 'POLICE_REPORTED')).toEqual({ allowed: true, ruleIds: ['REP-3'] });
    expect(move('REPORTED', 'POLICE_REPORTED')).toEqual({ allowed: true, ruleIds: ['REP-3'] });
  });

  it('REP-3: no standing still, no going back, nothing after closing', () => {
    expect(move('REPORTED', 'REPORTED')).toMatchObject({ allowed: false, code: 'SAME_STATE' });
    expect(move('POLICE_REPORTED', 'HEAD_NOTIFIED')).toMatchObject({ allowed: false, code: 'BACKWARDS' });
    expect(move('CLOSED', 'REPORTED')).toMatchObject({
      allowed: false,
      code: 'INCIDENT_CLOSED',
      ruleId: 'REP-4',
    });
  });

  it('REP-4: closing needs a reason; after the police report a reportable case closes', () => {
    expect(move('POLICE_REPORTED', 'CLOSED')).toMatchObject({
      allowed: false,
      code: 'CLOSING_REASON_REQUIRED',
    });
    expect(move('POLICE_REPORTED', 'CLOSED', { closingReason: 'RESOLVED' })).toEqual({
      allowed: true,
      ruleIds: ['REP-4'],
    });
  });

  it('REP-4: closing a reportable case without a police report is refused and recorded as an omission (漏报)', () => {
    expect(move('HEAD_NOTIFIED', 'CLOSED', { closingReason: 'UNFOUNDED' })).toMatchObject({
      allowed: false,
      code: 'POLICE_REPORT_REQUIRED',
      ruleId: 'REP-4',
      breachToRecord: 'OMISSION',
    });
    expect(move('REPORTED', 'CLOSED', { closingReason: 'DUPLICATE' }).allowed).toBe(true);
  });

  it('REP-4: a private settlement as closing reason is refused and recorded (私下调解), even after a police report', () => {
    expect(move('POLICE_REPORTED', 'CLOSED', { closingReason: 'PRIVATE_SETTLEMENT' })).toMatchObject({
      allowed: false,
      code: 'PRIVATE_SETTLEMENT_FORBIDDEN',
      breachToRecord: 'PRIVATE_SETTLEMENT',
    });
  });

  it('REP-1: a student conflict that needs no police report may close without one', () => {
    const facts = {
      category: 'BULLYING_VIOLENCE',
      suspectType: 'STUDENT',
      closingReason: 'PRIVATE_SETTLEMENT',
    } as const;
    expect(move('HEAD_NOTIFIED', 'CLOSED', facts).allowed).toBe(true);
  });
});

describe('emergencyChecklist', () => {
  it('REP-6: a staff infringement starts the four emergency steps, each with the time it was done', () => {
    const at = new Date('2025-05-01T02:00:00Z');
    expect(emergencyChecklist('STAFF', { PROTECT_SCENE: at })).toEqual([
      { step: 'START_EMERGENCY_PLAN', doneAt: null, ruleId: 'REP-6' },
      { step: 'PROTECT_SCENE', doneAt: at, ruleId: 'REP-6' },
      { step: 'ASSIST_POLICE_EVIDENCE', doneAt: null, ruleId: 'REP-6' },
      { step: 'CONTROL_SUSPECT', doneAt: null, ruleId: 'REP-6' },
    ]);
    expect(emergencyChecklist('STUDENT', {})).toEqual([]);
  });
});

describe('routeTip', () => {
  it('REP-9, REP-8: a hotline lead of molestation goes to SAFETY and is confidential (REP-7)', () => {
    expect(
      routeTip({ channel: 'HOTLINE', from: 'PARENT', category: 'MOLESTATION' }, 'PRIMARY', DEFAULT_POLICY),
    ).toEqual({
      recipients: ['SAFETY'],
      isConfidential: true,
      ruleIds: ['REP-9', 'REP-8', 'REP-7'],
    });
    expect(
      routeTip({ channel: 'MAILBOX', from: 'STUDENT', category: 'ABUSE' }, 'KINDERGARTEN', DEFAULT_POLICY),
    ).toEqual({
      recipients: ['SAFETY'],
      isConfidential: false,
      ruleIds: ['REP-9', 'REP-8'],
    });
  });
});

describe('studentWelfareActions', () => {
  it('REP-10: a psychological abnormality is told to the guardian; a student unfit to continue is suspended', () => {
    expect(studentWelfareActions({ isAbnormal: true, isFitToContinueStudy: true }).actions).toEqual([
      'NOTIFY_GUARDIAN',
    ]);
    expect(studentWelfareActions({ isAbnormal: true, isFitToContinueStudy: false })).toEqual({
      actions: ['NOTIFY_GUARDIAN', 'SUSPEND_STUDY'],
      ruleIds: ['REP-10'],
    });
    expect(studentWelfareActions({ isAbnormal: false, isFitToContinueStudy: true }).actions).toEqual([]);
  });
});
