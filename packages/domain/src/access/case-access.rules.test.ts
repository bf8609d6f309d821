import fc from 'fast-check';
import { DEFAULT_POLICY } from '../policy/policy';
import { INSTITUTION_KINDS, UNIT_CODES } from '../organisation/organisation.types';
import { INCIDENT_CATEGORIES, INCIDENT_STATES, SUSPECT_TYPES } from '../reporting/reporting.types';
import { ACCOUNT_ROLES, type AccessActor } from './access.types';
import { buildActor, buildCase } from './access.testing';
import {
  CASE_ACTIONS,
  caseAccess,
  caseListFilter,
  closingReasonOptions,
  isCaseHeadInConflict,
  isCaseSuspect,
  isDesignatedCaseOfficer,
  receivesIncidentReports,
  isCaseConfidential,
  matchesCaseListFilter,
  type CaseFacts,
} from './case-access.rules';

const policy = DEFAULT_POLICY;
const teacher = buildActor({ accountId: 'acc-other-teacher' });
const reporter = buildActor({ accountId: 'acc-reporter' });
const head = buildActor({ accountId: 'acc-head', role: 'HEAD' });
const section = (unit: (typeof UNIT_CODES)[number], extra: Partial<AccessActor> = {}) =>
  buildActor({ accountId: `acc-${unit}`, role: 'SECTION_MEMBER', institutionId: null, unit, ...extra });
const officer = section('SAFETY', { accountId: 'acc-officer', isDesignatedCaseOfficer: true });
const leader = buildActor({ accountId: 'acc-leader', role: 'LEADER', institutionId: null });
const admin = buildActor({ accountId: 'acc-admin', role: 'ADMIN', institutionId: null });

describe('caseAccess: who sees a case (REP-7, REP-11, ORG-1)', () => {
  it('REP-7: in every category the child is seen only by reporter, head, designated SAFETY and leadership', () => {
    for (const category of INCIDENT_CATEGORIES) {
      const facts = buildCase({ category });
      for (const actor of [reporter, head, officer, leader]) {
        expect([category, actor.accountId, caseAccess(facts, actor, policy).parts.childIdentity]).toEqual([
          category,
          actor.accountId,
          true,
        ]);
      }
      for (const actor of [
        teacher,
        section('SAFETY'),
        section('INSPECT'),
        section('PERSONNEL'),
        section('POLICY'),
        section('BASIC'),
        admin,
      ]) {
        const access = caseAccess(facts, actor, policy);
        expect([category, actor.accountId, access.parts.childIdentity, access.parts.childStatement]).toEqual([
          category,
          actor.accountId,
          false,
          false,
        ]);
      }
    }
  });

  it('REP-7: a teacher sees the cases he or she reported, not the whole school', () => {
    expect(caseAccess(buildCase(), teacher, policy).level).toBe('NONE');
    expect(caseAccess(buildCase(), reporter, policy).level).toBe('FULL');
  });

  it('REP-7: sexual-abuse cases do not exist outside the need-to-know group', () => {
    const facts = buildCase({ category: 'MOLESTATION' });
    expect(caseAccess(facts, section('SAFETY'), policy).level).toBe('NONE');
    expect(caseAccess(facts, section('BASIC'), policy).level).toBe('NONE');
    expect(caseAccess(buildCase({ isMarkedConfidential: true }), section('INSPECT'), policy).level).toBe(
      'NONE',
    );
    expect(isCaseConfidential(buildCase({ category: 'SEXUAL_ASSAULT' }))).toBe(true);
  });

  it('ORG-1: sections see the cases of the kinds they supervise as a summary, others not at all', () => {
    expect(caseAccess(buildCase(), section('BASIC'), policy)).toMatchObject({ level: 'SUMMARY' });
    expect(caseAccess(buildCase(), section('PRESCHOOL'), policy).level).toBe('NONE');
    expect(caseAccess(buildCase(), section('SAFETY', { unit: null }), policy).level).toBe('NONE');
  });

  it('REP-11: nobody is shown a case in which they are the suspect, by account or by staff record', () => {
    const bySuspectStaff = buildActor({ accountId: 'acc-suspect', staffId: 'staff-suspect' });
    expect(caseAccess(buildCase(), bySuspectStaff, policy).level).toBe('NONE');
    const reporterSuspect = buildCase({ suspect: { accountId: 'acc-reporter', staffId: null } });
    expect(caseAccess(reporterSuspect, reporter, policy)).toMatchObject({
      level: 'NONE',
      isActorSuspect: true,
    });
    const leaderAsSuspect = buildActor({ ...leader, staffId: 'staff-suspect' });
    expect(caseAccess(buildCase(), leaderAsSuspect, policy).reason.ruleId).toBe('REP-11');
  });

  it('REP-11: the head in conflict never sees the case; designated SAFETY works it instead', () => {
    const declared = buildCase({ hasHeadDeclaredConflict: true });
    expect(caseAccess(declared, head, policy)).toMatchObject({ level: 'NONE', isHeadInConflict: true });
    const headSuspect = buildCase({ suspect: { accountId: 'acc-head', staffId: 'staff-head' } });
    expect(caseAccess(headSuspect, head, policy).level).toBe('NONE');
    expect(caseAccess(declared, officer, policy).can.close.allowed).toBe(true);
  });
});

describe('caseAccess: what may be done next', () => {
  it('REP-2: only the head acknowledges, once, while the case is open', () => {
    expect(caseAccess(buildCase(), head, policy).can.acknowledge).toEqual({ allowed: true, ruleId: 'REP-2' });
    expect(caseAccess(buildCase({ isAcknowledged: true }), head, policy).can.acknowledge.allowed).toBe(false);
    expect(caseAccess(buildCase(), officer, policy).can.acknowledge.allowed).toBe(false);
    expect(caseAccess(buildCase({ state: 'CLOSED' }), head, policy).can.acknowledge.allowed).toBe(false);
    const actingHead = buildActor({ ...head, role: 'TEACHER' });
    expect(caseAccess(buildCase(), actingHead, policy).can.acknowledge.allowed).toBe(false);
  });

  it('REP-6: the emergency checklist is for staff suspects, worked by head or designated SAFETY', () => {
    expect(caseAccess(buildCase(), head, policy).can.completeEmergencyStep.allowed).toBe(true);
    expect(
      caseAccess(buildCase({ suspectType: 'STUDENT' }), head, policy).can.completeEmergencyStep.allowed,
    ).toBe(false);
    expect(caseAccess(buildCase(), reporter, policy).can.completeEmergencyStep.allowed).toBe(false);
  });

  it('REP-3: reporter, head and designated SAFETY record the police report until it is recorded', () => {
    for (const actor of [reporter, head, officer]) {
      expect(caseAccess(buildCase(), actor, policy).can.recordPoliceReport.allowed).toBe(true);
    }
    expect(caseAccess(buildCase(), leader, policy).can.recordPoliceReport.allowed).toBe(false);
    expect(
      caseAccess(buildCase({ isPoliceReported: true }), head, policy).can.recordPoliceReport.allowed,
    ).toBe(false);
  });

  it('REP-8: the receiving unit records external sources, designated or not', () => {
    expect(caseAccess(buildCase(), section('SAFETY'), policy).can.recordExternalSource.allowed).toBe(true);
    expect(caseAccess(buildCase(), section('BASIC'), policy).can.recordExternalSource.allowed).toBe(false);
    expect(
      caseAccess(buildCase({ category: 'SEXUAL_ASSAULT' }), section('SAFETY'), policy).can
        .recordExternalSource.allowed,
    ).toBe(false);
  });

  it('REP-4: closing reasons come from the workflow; a private settlement is never offered', () => {
    const options = caseAccess(buildCase(), head, policy).closingReasons;
    expect(options.find((o) => o.reason === 'DUPLICATE')).toMatchObject({ allowed: true, refusal: null });
    expect(options.find((o) => o.reason === 'RESOLVED')).toMatchObject({
      allowed: false,
      refusal: 'POLICE_REPORT_REQUIRED',
    });
    expect(options.find((o) => o.reason === 'PRIVATE_SETTLEMENT')?.allowed).toBe(false);
    expect(caseAccess(buildCase(), reporter, policy).closingReasons).toEqual([]);
    expect(caseAccess(buildCase({ state: 'CLOSED' }), head, policy).can.close.allowed).toBe(false);
  });

  it('REP-10: welfare notes are recorded by those who act on the case', () => {
    expect(caseAccess(buildCase(), reporter, policy).can.recordWelfareNote.allowed).toBe(true);
    expect(caseAccess(buildCase(), leader, policy).can.recordWelfareNote.allowed).toBe(false);
  });
});

// Generated actors and cases: every role, in and out of conflict, suspect linked or not.
const ids = ['acc-a', 'acc-b', 'acc-c'];
const staffIds = ['staff-a', 'staff-b', 'staff-c'];
const institutions = INSTITUTION_KINDS.flatMap((kind) => [
  { id: `${kind}-1`, kind },
  { id: `${kind}-2`, kind },
]);
const actorArb: fc.Arbitrary<AccessActor> = fc.record({
  accountId: fc.constantFrom(...ids),
  role: fc.constantFrom(...ACCOUNT_ROLES),
  institutionId: fc.option(fc.constantFrom(...institutions.map((i) => i.id))),
  unit: fc.option(fc.constantFrom(...UNIT_CODES)),
  staffId: fc.option(fc.constantFrom(...staffIds)),
  isDesignatedCaseOfficer: fc.boolean(),
});
const caseArb: fc.Arbitrary<CaseFacts> = fc.record({
  institution: fc.constantFrom(...institutions),
  category: fc.constantFrom(...INCIDENT_CATEGORIES),
  suspectType: fc.constantFrom(...SUSPECT_TYPES),
  isMarkedConfidential: fc.boolean(),
  reporterAccountId: fc.constantFrom(...ids),
  headAccountId: fc.option(fc.constantFrom(...ids)),
  suspect: fc.record({
    accountId: fc.option(fc.constantFrom(...ids)),
    staffId: fc.option(fc.constantFrom(...staffIds)),
  }),
  hasHeadDeclaredConflict: fc.boolean(),
  state: fc.constantFrom(...INCIDENT_STATES),
  isAcknowledged: fc.boolean(),
  isPoliceReported: fc.boolean(),
});

describe('caseListFilter', () => {
  it('REP-7, REP-11: the list filter admits exactly the cases caseAccess shows (20,000 generated pairs)', () => {
    fc.assert(
      fc.property(actorArb, caseArb, (actor, facts) => {
        const shown = caseAccess(facts, actor, policy).level !== 'NONE';
        return matchesCaseListFilter(caseListFilter(actor, policy), facts) === shown;
      }),
      { numRuns: 20_000 },
    );
  });

  it('REP-11: whatever else is true, the suspect never passes the filter', () => {
    fc.assert(
      fc.property(actorArb, caseArb, (actor, facts) => {
        const asSuspect = { ...facts, suspect: { accountId: actor.accountId, staffId: null } };
        return !matchesCaseListFilter(caseListFilter(actor, policy), asSuspect);
      }),
      { numRuns: 2_000 },
    );
  });

  it('ORG-3: an administrator lists no case', () => {
    expect(caseListFilter(admin, policy).isEmpty).toBe(true);
    expect(
      matchesCaseListFilter(caseListFilter(admin, policy), buildCase({ reporterAccountId: 'acc-admin' })),
    ).toBe(false);
  });
});

describe('case policy helpers', () => {
  it('REP-11: suspect and head conflict are facts of the case, whoever asks', () => {
    expect(isCaseSuspect(buildCase(), buildActor({ staffId: 'staff-suspect' }))).toBe(true);
    expect(isCaseSuspect(buildCase(), buildActor({ staffId: null }))).toBe(false);
    expect(isCaseHeadInConflict(buildCase({ suspect: { accountId: 'acc-head', staffId: null } }))).toBe(true);
    expect(isCaseHeadInConflict(buildCase())).toBe(false);
  });

  it('REP-7, REP-8: designated officers and receiving units', () => {
    expect(isDesignatedCaseOfficer(officer)).toBe(true);
    expect(isDesignatedCaseOfficer(section('SAFETY'))).toBe(false);
    expect(receivesIncidentReports(section('SAFETY'), { id: 'x', kind: 'KINDERGARTEN' }, policy)).toBe(true);
    expect(receivesIncidentReports(section('BASIC'), { id: 'x', kind: 'PRIMARY' }, policy)).toBe(false);
  });

  it('REP-4: closing reasons of a case that needs no police report', () => {
    const options = closingReasonOptions(buildCase({ category: 'OTHER', suspectType: 'STUDENT' }), policy);
    expect(options.find((o) => o.reason === 'RESOLVED')?.allowed).toBe(true);
  });

  it('REP-7: the case actions are the ones the API and the web know', () => {
    expect(Object.keys(caseAccess(buildCase(), head, policy).can).sort()).toEqual([...CASE_ACTIONS].sort());
  });
});
