import { DEFAULT_POLICY } from '../policy/policy';
import {
  allowedClosingReasons,
  canTransition,
  emergencyChecklist,
  INCIDENT_TRANSITIONS,
  routeTip,
  studentWelfareActions,
} from './incident-workflow.rules';
import {
  CLOSING_REASONS,
  INCIDENT_CATEGORIES,
  INCIDENT_STATES,
  type IncidentState,
  type TransitionFacts,
} from './reporting.types';

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

  it('REP-4: a private settlement is refused and recorded in every category, a case that needs no police report too', () => {
    for (const category of INCIDENT_CATEGORIES) {
      for (const from of ['REPORTED', 'HEAD_NOTIFIED', 'POLICE_REPORTED'] as const) {
        expect(
          move(from, 'CLOSED', { category, suspectType: 'STUDENT', closingReason: 'PRIVATE_SETTLEMENT' }),
        ).toEqual({
          allowed: false,
          code: 'PRIVATE_SETTLEMENT_FORBIDDEN',
          ruleId: 'REP-4',
          message: 'A settlement between the parties never replaces a report (私下调解).',
          breachToRecord: 'PRIVATE_SETTLEMENT',
        });
      }
    }
  });

  it('REP-1: a student conflict that needs no police report may close without one', () => {
    const facts = {
      category: 'BULLYING_VIOLENCE',
      suspectType: 'STUDENT',
      closingReason: 'RESOLVED',
    } as const;
    expect(move('HEAD_NOTIFIED', 'CLOSED', facts).allowed).toBe(true);
  });

  it('REP-2 to REP-4: the workflow is a table: every listed move has its rules, every other move is refused', () => {
    for (const from of INCIDENT_STATES) {
      for (const to of INCIDENT_STATES) {
        const listed = INCIDENT_TRANSITIONS.find((t) => t.from === from && t.to === to);
        const decision = move(from, to, { category: 'OTHER', closingReason: 'RESOLVED' });
        expect(decision.allowed).toBe(listed !== undefined);
        if (listed && decision.allowed) expect(decision.ruleIds).toEqual(listed.ruleIds);
      }
    }
  });
});

describe('allowedClosingReasons', () => {
  const reasons = (state: IncidentState, facts: Partial<TransitionFacts> = {}) =>
    allowedClosingReasons(state, buildFacts(facts), DEFAULT_POLICY);

  it('REP-4: a reportable case before its police report may only close as a duplicate; never as a private settlement', () => {
    expect(reasons('HEAD_NOTIFIED')).toEqual([{ reason: 'DUPLICATE', ruleIds: ['REP-4'] }]);
    expect(reasons('POLICE_REPORTED')).toEqual([
      { reason: 'RESOLVED', ruleIds: ['REP-4'] },
      { reason: 'UNFOUNDED', ruleIds: ['REP-4'] },
      { reason: 'DUPLICATE', ruleIds: ['REP-4'] },
    ]);
  });

  it('REP-1, REP-4: a case that needs no police report closes for any reason but a private settlement; a closed case for none', () => {
    expect(reasons('REPORTED', { category: 'OTHER' }).map((r) => r.reason)).toEqual([
      'RESOLVED',
      'UNFOUNDED',
      'DUPLICATE',
    ]);
    expect(reasons('CLOSED', { category: 'OTHER' })).toEqual([]);
  });

  it('REP-4: property: the reasons offered are exactly those canTransition allows', () => {
    for (const state of INCIDENT_STATES) {
      for (const category of INCIDENT_CATEGORIES) {
        const offered = reasons(state, { category }).map((r) => r.reason);
        for (const reason of CLOSING_REASONS) {
          expect(offered.includes(reason)).toBe(
            move(state, 'CLOSED', { category, closingReason: reason }).allowed,
          );
        }
      }
    }
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
