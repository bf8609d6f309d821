import { DEFAULT_POLICY } from '../policy/policy';
import { formatInZone } from '../shared/zoned-time';
import { escalationPlan, isAlertSkipped, isConfidentialByDefault } from './reporting-escalation.rules';
import type { EscalationInput } from './reporting.types';

const TZ = DEFAULT_POLICY.timeZone;
const sh = (local: string): Date => new Date(`${local}+08:00`);
const RECEIVED = sh('2025-01-31T23:45:00');

const buildInput = (overrides: Partial<EscalationInput> = {}): EscalationInput => ({
  institution: { id: 'kg-1', kind: 'KINDERGARTEN' },
  category: 'ABUSE',
  suspectType: 'STAFF',
  isHeadInConflict: false,
  receipts: [{ personId: 'teacher-1', receivedAt: RECEIVED }],
  ...overrides,
});

const planOf = (input: EscalationInput, policy = DEFAULT_POLICY) => {
  const result = escalationPlan(input, policy);
  if (!result.ok) throw new Error(result.error.code);
  return result.value.map((a) => ({
    kind: a.kind,
    at: formatInZone(a.at, TZ),
    to: a.recipients.map((r) => (r.type === 'HEAD' ? 'HEAD' : r.unit)),
    skipIf: a.skipIf,
    recordsBreach: a.recordsBreach,
    deadline: a.deadline
      ? `${a.deadline.kind}@${formatInZone(a.deadline.dueAt, TZ)}${a.deadline.isMissed ? ':MISSED' : ''}`
      : null,
    ruleIds: a.ruleIds,
  }));
};

describe('escalationPlan', () => {
  it('REP-3, REP-4: head at receipt, head and SAFETY 30 minutes before the deadline, SAFETY + PRESCHOOL + LEAD at the deadline', () => {
    expect(planOf(buildInput())).toEqual([
      {
        kind: 'DISCLOSURE_RECEIVED',
        at: '2025-01-31 23:45:00',
        to: ['HEAD'],
        skipIf: null,
        recordsBreach: null,
        deadline: 'HEAD_NOTIFICATION@2025-01-31 23:55:00',
        ruleIds: ['REP-2'],
      },
      {
        kind: 'HEAD_NOTIFICATION_MISSED',
        at: '2025-01-31 23:55:00',
        to: ['SAFETY', 'HEAD'],
        skipIf: 'HEAD_NOTIFIED',
        recordsBreach: null,
        deadline: 'HEAD_NOTIFICATION@2025-01-31 23:55:00:MISSED',
        ruleIds: ['REP-2', 'REP-8'],
      },
      {
        kind: 'POLICE_REPORT_REMINDER',
        at: '2025-02-01 00:15:00',
        to: ['HEAD', 'SAFETY'],
        skipIf: 'POLICE_REPORTED',
        recordsBreach: null,
        deadline: 'POLICE_REPORT@2025-02-01 00:45:00',
        ruleIds: ['REP-3'],
      },
      {
        kind: 'POLICE_DEADLINE_MISSED',
        at: '2025-02-01 00:45:00',
        to: ['SAFETY', 'PRESCHOOL', 'LEAD'],
        skipIf: 'POLICE_REPORTED',
        recordsBreach: { code: 'LATE_REPORT', hop: 'SCHOOL_TO_POLICE' },
        deadline: 'POLICE_REPORT@2025-02-01 00:45:00:MISSED',
        ruleIds: ['REP-3', 'REP-4', 'ORG-1'],
      },
    ]);
  });

  it('REP-2: an unacknowledged disclosure alerts SAFETY at the head-notification deadline', () => {
    const other = planOf(buildInput({ category: 'OTHER', suspectType: 'STUDENT' }));
    expect(other.find((a) => a.kind === 'HEAD_NOTIFICATION_MISSED')).toEqual({
      kind: 'HEAD_NOTIFICATION_MISSED',
      at: '2025-01-31 23:55:00',
      to: ['SAFETY', 'HEAD'],
      skipIf: 'HEAD_NOTIFIED',
      recordsBreach: null,
      deadline: 'HEAD_NOTIFICATION@2025-01-31 23:55:00:MISSED',
      ruleIds: ['REP-2', 'REP-8'],
    });
    const policy = { ...DEFAULT_POLICY, headNotificationMinutes: 3 };
    expect(planOf(buildInput(), policy).find((a) => a.kind === 'HEAD_NOTIFICATION_MISSED')?.at).toBe(
      '2025-01-31 23:48:00',
    );
  });

  it('REP-2, REP-11: a head in conflict is not reminded; SAFETY is still told at the head-notification deadline', () => {
    const plan = planOf(buildInput({ isHeadInConflict: true }));
    expect(plan.find((a) => a.kind === 'HEAD_NOTIFICATION_MISSED')?.to).toEqual(['SAFETY']);
  });

  it('ORG-1: the deadline alert goes to the section that supervises the kind (special education by district default)', () => {
    const plan = planOf(buildInput({ institution: { id: 's', kind: 'SPECIAL_EDUCATION' } }));
    expect(plan.find((a) => a.kind === 'POLICE_DEADLINE_MISSED')?.to).toEqual(['SAFETY', 'BASIC', 'LEAD']);
  });

  it('REP-11: a head in conflict gets no alert and SAFETY is told at once', () => {
    expect(
      planOf(buildInput({ isHeadInConflict: true })).map((a) => `${a.kind}@${a.at}:${a.to.join('+')}`),
    ).toEqual([
      'CONFLICT_OF_INTEREST@2025-01-31 23:45:00:SAFETY',
      'HEAD_NOTIFICATION_MISSED@2025-01-31 23:55:00:SAFETY',
      'POLICE_REPORT_REMINDER@2025-02-01 00:15:00:SAFETY',
      'POLICE_DEADLINE_MISSED@2025-02-01 00:45:00:SAFETY+PRESCHOOL+LEAD',
    ]);
  });

  it('REP-11: a district that turns the SAFETY routing off still keeps the conflicted head out', () => {
    const policy = { ...DEFAULT_POLICY, conflictOfInterestRoutesToSafety: false };
    expect(planOf(buildInput({ isHeadInConflict: true }), policy).map((a) => a.kind)).toEqual([
      'HEAD_NOTIFICATION_MISSED',
      'POLICE_REPORT_REMINDER',
      'POLICE_DEADLINE_MISSED',
    ]);
  });

  it('REP-1: an incident that needs no police report alerts the head, and SAFETY only if the head does not acknowledge', () => {
    expect(
      planOf(buildInput({ category: 'BULLYING_VIOLENCE', suspectType: 'STUDENT' })).map((a) => a.kind),
    ).toEqual(['DISCLOSURE_RECEIVED', 'HEAD_NOTIFICATION_MISSED']);
  });

  it('REP-3: a reminder set longer than the deadline fires at the receipt, not in the past', () => {
    const policy = { ...DEFAULT_POLICY, policeReminderMinutesBefore: 90 };
    expect(planOf(buildInput(), policy).find((a) => a.kind === 'POLICE_REPORT_REMINDER')?.at).toBe(
      '2025-01-31 23:45:00',
    );
  });

  it('REP-3: the plan starts from the earliest of several receipts and refuses a receipt in the future', () => {
    const plan = planOf(
      buildInput({
        receipts: [
          { personId: 'b', receivedAt: sh('2025-02-01T00:10:00') },
          { personId: 'a', receivedAt: RECEIVED },
        ],
      }),
    );
    expect(plan.find((a) => a.kind === 'POLICE_DEADLINE_MISSED')?.at).toBe('2025-02-01 00:45:00');
    const refused = escalationPlan(buildInput({ recordedAt: sh('2025-01-31T23:00:00') }), DEFAULT_POLICY);
    expect(refused).toMatchObject({ ok: false, error: { code: 'RECEIPT_IN_FUTURE' } });
  });
});

describe('isAlertSkipped', () => {
  const told = new Date('2025-02-01T00:00:00Z');
  it('REP-2: the head-notification alert is skipped once the head acknowledged; REP-3: the police alerts once the police were told', () => {
    expect(isAlertSkipped({ skipIf: 'HEAD_NOTIFIED' }, { headNotifiedAt: told })).toBe(true);
    expect(isAlertSkipped({ skipIf: 'HEAD_NOTIFIED' }, { policeReportedAt: told })).toBe(false);
    expect(isAlertSkipped({ skipIf: 'POLICE_REPORTED' }, { policeReportedAt: told })).toBe(true);
    expect(isAlertSkipped({ skipIf: 'POLICE_REPORTED' }, { headNotifiedAt: told })).toBe(false);
    expect(isAlertSkipped({ skipIf: null }, { headNotifiedAt: told, policeReportedAt: told })).toBe(false);
  });
});

describe('confidentiality (who sees a case: access/case-access)', () => {
  it('REP-7: sexual assault and molestation are confidential by default; abuse and bullying are not', () => {
    expect(isConfidentialByDefault('SEXUAL_ASSAULT')).toBe(true);
    expect(isConfidentialByDefault('MOLESTATION')).toBe(true);
    expect(isConfidentialByDefault('ABUSE')).toBe(false);
    expect(isConfidentialByDefault('BULLYING_VIOLENCE')).toBe(false);
  });
});
