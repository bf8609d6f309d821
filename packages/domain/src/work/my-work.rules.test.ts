import { buildActor } from '../access/access.testing';
import { DEFAULT_POLICY } from '../policy/policy';
import {
  STAFF_DUE_HORIZON_DAYS,
  WORK_ITEM_KINDS,
  caseWorkItems,
  compareWorkItems,
  orderWorkItems,
  staffWorkItem,
  workSources,
  type CaseWorkFacts,
  type WorkItem,
} from './my-work.rules';

const NOW = new Date('2026-03-02T02:00:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const ALL = { acknowledge: true, recordPoliceReport: true, completeEmergencyStep: true };

const buildCaseWork = (overrides: Partial<CaseWorkFacts> = {}): CaseWorkFacts => ({
  caseId: 'case-1',
  state: 'REPORTED',
  suspectType: 'STUDENT',
  isChildInDanger: false,
  isAcknowledged: false,
  policeReportDueAt: at(45),
  isPoliceReported: false,
  emergencyStepsDone: [],
  can: ALL,
  ...overrides,
});

const buildItem = (overrides: Partial<WorkItem> = {}): WorkItem => ({
  kind: 'REPORT_TO_POLICE',
  ruleId: 'REP-3',
  caseId: 'case-1',
  staffId: null,
  dueAt: at(30),
  isOverdue: false,
  isChildInDanger: false,
  openSteps: [],
  ...overrides,
});

describe('workSources (issue 10: where a home’s to-do list comes from)', () => {
  it('REP-2, VET-9: a head works on her own institution’s cases and staff and follows her own reports', () => {
    const sources = workSources(buildActor({ role: 'HEAD', institutionId: 'school-1' }), DEFAULT_POLICY);
    expect(sources).toEqual({ home: 'INSTITUTION_CARD', institutionId: 'school-1', listsOwnReports: true });
  });

  it('REP-1: a teacher follows the cases he reported and manages none', () => {
    const sources = workSources(buildActor({ role: 'TEACHER', institutionId: 'school-1' }), DEFAULT_POLICY);
    expect(sources).toEqual({ home: 'OWN_CASES', institutionId: null, listsOwnReports: true });
  });

  it('ORG-1: the committee works from the dashboard, with no to-do sources', () => {
    const actor = buildActor({ role: 'LEADER', unit: 'LEAD', institutionId: null });
    expect(workSources(actor, DEFAULT_POLICY)).toEqual({
      home: 'DASHBOARD',
      institutionId: null,
      listsOwnReports: false,
    });
  });
});

describe('caseWorkItems (issue 10: what an open case asks of the viewer)', () => {
  it('REP-2, REP-3: an unacknowledged case asks for the acknowledgement and the police report, both against the police deadline', () => {
    const items = caseWorkItems(buildCaseWork(), NOW);
    expect(items.map((i) => [i.kind, i.ruleId, i.dueAt])).toEqual([
      ['ACKNOWLEDGE_CASE', 'REP-2', at(45)],
      ['REPORT_TO_POLICE', 'REP-3', at(45)],
    ]);
    expect(items.every((i) => i.caseId === 'case-1' && i.staffId === null && !i.isOverdue)).toBe(true);
  });

  it('REP-3: past the police deadline the items are overdue', () => {
    const items = caseWorkItems(buildCaseWork({ policeReportDueAt: at(-1), isAcknowledged: true }), NOW);
    expect(items).toEqual([expect.objectContaining({ kind: 'REPORT_TO_POLICE', isOverdue: true })]);
  });

  it('REP-3: exactly at the deadline it is not yet overdue', () => {
    const [item] = caseWorkItems(buildCaseWork({ policeReportDueAt: NOW, isAcknowledged: true }), NOW);
    expect(item?.isOverdue).toBe(false);
  });

  it('REP-2: after a police report the acknowledgement has no deadline left and no police item remains', () => {
    const items = caseWorkItems(buildCaseWork({ isPoliceReported: true }), NOW);
    expect(items).toEqual([
      expect.objectContaining({ kind: 'ACKNOWLEDGE_CASE', dueAt: null, isOverdue: false }),
    ]);
  });

  it('REP-1: a case that needs no police report asks only for the acknowledgement, without a deadline', () => {
    const items = caseWorkItems(buildCaseWork({ policeReportDueAt: null }), NOW);
    expect(items.map((i) => [i.kind, i.dueAt])).toEqual([['ACKNOWLEDGE_CASE', null]]);
  });

  it('REP-6: a staff suspect’s case lists its open emergency steps until all are ticked', () => {
    const facts = buildCaseWork({
      suspectType: 'STAFF',
      isAcknowledged: true,
      isPoliceReported: true,
      emergencyStepsDone: ['START_EMERGENCY_PLAN', 'PROTECT_SCENE'],
    });
    expect(caseWorkItems(facts, NOW)).toEqual([
      expect.objectContaining({
        kind: 'EMERGENCY_STEPS',
        ruleId: 'REP-6',
        dueAt: null,
        openSteps: ['ASSIST_POLICE_EVIDENCE', 'CONTROL_SUSPECT'],
      }),
    ]);
    const allDone = {
      ...facts,
      emergencyStepsDone: [
        'START_EMERGENCY_PLAN',
        'PROTECT_SCENE',
        'ASSIST_POLICE_EVIDENCE',
        'CONTROL_SUSPECT',
      ] as const,
    };
    expect(caseWorkItems(allDone, NOW)).toEqual([]);
  });

  it('REP-11, REP-7: nothing is offered that the case policy does not let the viewer do', () => {
    const none = { acknowledge: false, recordPoliceReport: false, completeEmergencyStep: false };
    expect(caseWorkItems(buildCaseWork({ suspectType: 'STAFF', can: none }), NOW)).toEqual([]);
  });

  it('REP-4: a closed case asks for nothing', () => {
    expect(caseWorkItems(buildCaseWork({ state: 'CLOSED' }), NOW)).toEqual([]);
  });

  it('REP-6: a child in danger is carried on every item of the case', () => {
    const items = caseWorkItems(buildCaseWork({ isChildInDanger: true }), NOW);
    expect(items.every((i) => i.isChildInDanger)).toBe(true);
  });
});

describe('staffWorkItem (issue 10: due in-service checks on a head’s list)', () => {
  const dayMs = 24 * 60 * 60 * 1000;

  it('VET-9: a re-check due within the horizon is listed, with its due date', () => {
    const dueAt = new Date(NOW.getTime() + STAFF_DUE_HORIZON_DAYS * dayMs);
    expect(staffWorkItem({ staffId: 's-1', kind: 'RECHECK', dueAt }, NOW)).toEqual({
      kind: 'VETTING_CHECK_DUE',
      ruleId: 'VET-9',
      caseId: null,
      staffId: 's-1',
      dueAt,
      isOverdue: false,
      isChildInDanger: false,
      openSteps: [],
    });
  });

  it('VET-9: a re-check due after the horizon is not listed yet', () => {
    const dueAt = new Date(NOW.getTime() + STAFF_DUE_HORIZON_DAYS * dayMs + 1);
    expect(staffWorkItem({ staffId: 's-1', kind: 'RECHECK', dueAt }, NOW)).toBeNull();
  });

  it('VET-10: an interview past its due date is listed as overdue', () => {
    const item = staffWorkItem({ staffId: 's-2', kind: 'REMINDER_INTERVIEW', dueAt: at(-60) }, NOW);
    expect(item).toMatchObject({ kind: 'INTERVIEW_DUE', ruleId: 'VET-10', isOverdue: true });
  });
});

describe('orderWorkItems (issue 10: soonest first, overdue first, a child in danger first among equals)', () => {
  it('REP-3, VET-10: a case’s items come before staff checks, even overdue ones', () => {
    const interview = buildItem({
      kind: 'INTERVIEW_DUE',
      caseId: null,
      staffId: 's',
      dueAt: at(-9999),
      isOverdue: true,
    });
    const ack = buildItem({ kind: 'ACKNOWLEDGE_CASE', ruleId: 'REP-2', dueAt: at(25) });
    expect(orderWorkItems([interview, ack]).map((i) => i.kind)).toEqual([
      'ACKNOWLEDGE_CASE',
      'INTERVIEW_DUE',
    ]);
  });

  it('REP-3: overdue items come before any item still in time', () => {
    const late = buildItem({ caseId: 'late', dueAt: at(-600), isOverdue: true, kind: 'EMERGENCY_STEPS' });
    const soon = buildItem({ caseId: 'soon', dueAt: at(1) });
    expect(orderWorkItems([soon, late]).map((i) => i.caseId)).toEqual(['late', 'soon']);
  });

  it('REP-3: the soonest deadline first; an item without a deadline after those with one', () => {
    const none = buildItem({ caseId: 'none', dueAt: null, kind: 'EMERGENCY_STEPS' });
    const later = buildItem({ caseId: 'later', dueAt: at(50) });
    const sooner = buildItem({ caseId: 'sooner', dueAt: at(10) });
    expect(orderWorkItems([none, later, sooner]).map((i) => i.caseId)).toEqual(['sooner', 'later', 'none']);
  });

  it('REP-6: with the same deadline, a child in danger first', () => {
    const calm = buildItem({ caseId: 'a-calm' });
    const danger = buildItem({ caseId: 'b-danger', isChildInDanger: true });
    expect(orderWorkItems([calm, danger]).map((i) => i.caseId)).toEqual(['b-danger', 'a-calm']);
  });

  it('REP-2, REP-3, REP-6, VET-9, VET-10: every kind of item has its place in the order', () => {
    expect(WORK_ITEM_KINDS).toEqual([
      'ACKNOWLEDGE_CASE',
      'REPORT_TO_POLICE',
      'EMERGENCY_STEPS',
      'VETTING_CHECK_DUE',
      'INTERVIEW_DUE',
    ]);
  });

  it('REP-2: with the same deadline, the acknowledgement before the police report', () => {
    const police = buildItem({ kind: 'REPORT_TO_POLICE' });
    const ack = buildItem({ kind: 'ACKNOWLEDGE_CASE', ruleId: 'REP-2' });
    expect(orderWorkItems([police, ack]).map((i) => i.kind)).toEqual([
      'ACKNOWLEDGE_CASE',
      'REPORT_TO_POLICE',
    ]);
  });

  it('VET-9: otherwise equal items keep a stable order by record id', () => {
    const b = buildItem({ kind: 'VETTING_CHECK_DUE', caseId: null, staffId: 'b' });
    const a = buildItem({ kind: 'VETTING_CHECK_DUE', caseId: null, staffId: 'a' });
    const none = buildItem({ kind: 'VETTING_CHECK_DUE', caseId: null, staffId: null });
    expect(orderWorkItems([b, a, none]).map((i) => i.staffId)).toEqual([null, 'a', 'b']);
    expect(compareWorkItems(a, { ...a })).toBe(0);
  });

  it('REP-3, REP-6: the comparison is antisymmetric on every criterion', () => {
    const pairs: [WorkItem, WorkItem][] = [
      [buildItem(), buildItem({ caseId: null, staffId: 's', kind: 'INTERVIEW_DUE' })],
      [buildItem({ isOverdue: true }), buildItem()],
      [buildItem({ dueAt: at(1) }), buildItem({ dueAt: at(2) })],
      [buildItem({ dueAt: at(1) }), buildItem({ dueAt: null })],
      [buildItem({ isChildInDanger: true }), buildItem()],
      [buildItem({ kind: 'ACKNOWLEDGE_CASE' }), buildItem()],
      [buildItem({ caseId: 'a' }), buildItem({ caseId: 'b' })],
    ];
    for (const [first, second] of pairs) {
      expect(compareWorkItems(first, second)).toBeLessThan(0);
      expect(compareWorkItems(second, first)).toBeGreaterThan(0);
    }
  });

  it('REP-3: ordering does not change the list it is given', () => {
    const items = [buildItem({ caseId: 'x', dueAt: at(5) }), buildItem({ caseId: 'y', dueAt: at(1) })];
    orderWorkItems(items);
    expect(items.map((i) => i.caseId)).toEqual(['x', 'y']);
  });
});
