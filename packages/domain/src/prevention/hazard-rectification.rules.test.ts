import { DEFAULT_POLICY } from '../policy/policy';
import {
  applicableItems,
  canTakeHazardAction,
  hazardAlertPlan,
  hazardProgress,
  hazardStage,
  isHazardAlertSkipped,
  itemGroupsForCategory,
  rectifiedAtOf,
  HAZARD_ACTIONS,
  HAZARD_TRANSITIONS,
} from './hazard-rectification.rules';
import { DEFAULT_INSPECTION_TEMPLATE } from './inspection-template';
import { INSPECTION_ITEM_GROUPS, type HazardFacts } from './inspection.types';
import { INCIDENT_CATEGORIES } from '../reporting/reporting.types';

const foundAt = new Date('2026-09-01T02:00:00Z');
const dueAt = new Date('2026-09-10T10:00:00Z');
const before = new Date('2026-09-09T10:00:00Z');
const after = new Date('2026-09-11T10:00:00Z');

const hazard = (overrides: Partial<HazardFacts> = {}): HazardFacts => ({
  foundAt,
  ownerStaffId: 'staff-1',
  dueAt,
  latestRectification: null,
  ...overrides,
});

describe('hazardProgress', () => {
  it('PRV-1: a hazard without owner and due date is INCOMPLETE and says what it lacks', () => {
    expect(hazardProgress(hazard({ ownerStaffId: null, dueAt: null }), before)).toMatchObject({
      status: 'INCOMPLETE',
      missing: ['OWNER', 'DUE_DATE'],
      stage: 'AWAITING_RECTIFICATION',
      rectifiedAt: null,
    });
  });

  it('PRV-1: assigned and not yet due is OPEN; past its due date unrectified it is OVERDUE', () => {
    expect(hazardProgress(hazard(), before).status).toBe('OPEN');
    expect(hazardProgress(hazard(), after).status).toBe('OVERDUE');
  });

  it('PRV-1: a rectification awaiting verification does not rectify the hazard yet', () => {
    const pending = hazard({ latestRectification: { recordedAt: before, verification: 'PENDING' } });
    expect(hazardProgress(pending, after)).toMatchObject({
      status: 'OVERDUE',
      stage: 'AWAITING_VERIFICATION',
    });
  });

  it('PRV-1: a verified rectification rectifies it as of when it was recorded, on time or late', () => {
    const onTime = hazard({ latestRectification: { recordedAt: before, verification: 'VERIFIED' } });
    expect(hazardProgress(onTime, after)).toMatchObject({
      status: 'RECTIFIED',
      stage: 'CLOSED',
      rectifiedAt: before,
    });
    const late = hazard({ latestRectification: { recordedAt: after, verification: 'VERIFIED' } });
    expect(hazardProgress(late, after).status).toBe('RECTIFIED_LATE');
  });

  it('PRV-1: rectifiedAt is the verified rectification’s recorded time, else null', () => {
    expect(
      rectifiedAtOf(hazard({ latestRectification: { recordedAt: after, verification: 'VERIFIED' } })),
    ).toEqual(after);
    expect(
      rectifiedAtOf(hazard({ latestRectification: { recordedAt: after, verification: 'PENDING' } })),
    ).toBeNull();
  });

  it('PRV-1: a rectification sent back leaves the hazard to rectify again', () => {
    const sentBack = hazard({ latestRectification: { recordedAt: before, verification: 'SENT_BACK' } });
    expect(hazardStage(sentBack)).toBe('AWAITING_RECTIFICATION');
    expect(hazardProgress(sentBack, before).status).toBe('OPEN');
  });
});

describe('canTakeHazardAction', () => {
  it('PRV-1: the transition table names a stage for every action', () => {
    expect(Object.keys(HAZARD_TRANSITIONS).sort()).toEqual([...HAZARD_ACTIONS].sort());
  });

  it('PRV-1: rectify while to do; verify or send back only while awaiting verification; assign until closed', () => {
    const todo = hazard();
    const pending = hazard({ latestRectification: { recordedAt: before, verification: 'PENDING' } });
    const closed = hazard({ latestRectification: { recordedAt: before, verification: 'VERIFIED' } });
    expect(canTakeHazardAction(todo, 'RECORD_RECTIFICATION')).toBe(true);
    expect(canTakeHazardAction(todo, 'VERIFY')).toBe(false);
    expect(canTakeHazardAction(pending, 'RECORD_RECTIFICATION')).toBe(false);
    expect(canTakeHazardAction(pending, 'VERIFY')).toBe(true);
    expect(canTakeHazardAction(pending, 'SEND_BACK')).toBe(true);
    expect(canTakeHazardAction(pending, 'ASSIGN')).toBe(true);
    for (const action of ['ASSIGN', 'RECORD_RECTIFICATION', 'VERIFY', 'SEND_BACK'] as const) {
      expect(canTakeHazardAction(closed, action)).toBe(false);
    }
  });
});

describe('hazardAlertPlan', () => {
  it('PRV-1: the owner and the head at the due date, the supervising section hazardEscalationDays later', () => {
    expect(hazardAlertPlan(dueAt, DEFAULT_POLICY)).toEqual([
      { kind: 'HAZARD_OVERDUE', at: dueAt, recipients: ['OWNER', 'HEAD'], ruleIds: ['PRV-1'] },
      {
        kind: 'HAZARD_ESCALATION',
        at: new Date('2026-09-13T10:00:00Z'),
        recipients: ['SUPERVISING_SECTION'],
        ruleIds: ['PRV-1', 'ORG-1'],
      },
    ]);
    expect(hazardAlertPlan(dueAt, { ...DEFAULT_POLICY, hazardEscalationDays: 1 })[1].at).toEqual(
      new Date('2026-09-11T10:00:00Z'),
    );
  });
});

describe('isHazardAlertSkipped', () => {
  it('PRV-1: an alert goes out for a hazard never rectified or sent back', () => {
    expect(isHazardAlertSkipped(hazard())).toBe(false);
    expect(
      isHazardAlertSkipped(
        hazard({ latestRectification: { recordedAt: before, verification: 'SENT_BACK' } }),
      ),
    ).toBe(false);
  });

  it('PRV-1: skipped once rectified, or while a rectification recorded by the due date awaits verification', () => {
    expect(
      isHazardAlertSkipped(hazard({ latestRectification: { recordedAt: after, verification: 'VERIFIED' } })),
    ).toBe(true);
    expect(
      isHazardAlertSkipped(hazard({ latestRectification: { recordedAt: before, verification: 'PENDING' } })),
    ).toBe(true);
  });

  it('PRV-1: a rectification recorded after the due date (or without one) does not stop the alert', () => {
    expect(
      isHazardAlertSkipped(hazard({ latestRectification: { recordedAt: after, verification: 'PENDING' } })),
    ).toBe(false);
    expect(
      isHazardAlertSkipped(
        hazard({ dueAt: null, latestRectification: { recordedAt: before, verification: 'PENDING' } }),
      ),
    ).toBe(false);
  });
});

describe('the default checklist', () => {
  const items = DEFAULT_INSPECTION_TEMPLATE.items;

  it('PRV-1: every item has a unique code, a rule ID and its text in Chinese and English; every group has items', () => {
    expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
    for (const i of items) {
      expect(i.ruleId).toMatch(/^(PRV|VET|REP|ORG|ACC)-\d+$/);
      expect(i.textZh).toMatch(/[\u4e00-\u9fff]/);
      expect(i.textEn.length).toBeGreaterThan(10);
    }
    for (const group of INSPECTION_ITEM_GROUPS) expect(items.some((i) => i.group === group)).toBe(true);
  });

  it('PRV-2: the one-to-one classroom monitoring item applies to training institutions only', () => {
    const codes = (kind: Parameters<typeof applicableItems>[1]) =>
      applicableItems(items, kind).map((i) => i.code);
    expect(codes('TRAINING_INSTITUTION')).toContain('ONE-01');
    expect(codes('PRIMARY')).not.toContain('ONE-01');
    expect(codes('PRIMARY')).toContain('ONE-02');
  });
});

describe('itemGroupsForCategory', () => {
  it('PRV-1: a sexual-abuse case touches the one-to-one rooms and blind spots; bullying the blind spots; other everything', () => {
    expect(itemGroupsForCategory('MOLESTATION')).toEqual(
      expect.arrayContaining(['ONE_TO_ONE_ROOMS', 'BLIND_SPOTS']),
    );
    expect(itemGroupsForCategory('BULLYING_VIOLENCE')).not.toContain('ONE_TO_ONE_ROOMS');
    expect(itemGroupsForCategory('OTHER')).toEqual(INSPECTION_ITEM_GROUPS);
    for (const category of INCIDENT_CATEGORIES)
      expect(itemGroupsForCategory(category).length).toBeGreaterThan(0);
  });
});
