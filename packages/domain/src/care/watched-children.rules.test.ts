import { DEFAULT_POLICY } from '../policy/policy';
import { formatInZone } from '../shared/zoned-time';
import { at, zone } from './care.testing';
import type { ChildFile } from './care.types';
import {
  isChildFileOpen,
  isWatchCategory,
  nextTalkDueAt,
  watchCategories,
  welfareTalkStatus,
} from './watched-children.rules';

const file: ChildFile = {
  childId: 'child-1',
  classId: 'c1',
  headTeacherStaffId: 'st-ht',
  counsellorStaffIds: [],
  categories: ['IN_DIFFICULTY'],
  openedAt: at('2026-09-30 10:00'),
  closedAt: null,
  hasPersonalFile: true,
  hasGrowthFile: true,
};

describe('watchCategories', () => {
  it('PRV-8: left-behind and in difficulty, then the district’s own codes', () => {
    expect(watchCategories(DEFAULT_POLICY)).toEqual(['LEFT_BEHIND', 'IN_DIFFICULTY']);
    const policy = { ...DEFAULT_POLICY, districtWatchCategories: ['SINGLE_PARENT', 'LEFT_BEHIND'] };
    expect(watchCategories(policy)).toEqual(['LEFT_BEHIND', 'IN_DIFFICULTY', 'SINGLE_PARENT']);
    expect(isWatchCategory('SINGLE_PARENT', policy)).toBe(true);
    expect(isWatchCategory('SINGLE_PARENT', DEFAULT_POLICY)).toBe(false);
  });
});

describe('nextTalkDueAt', () => {
  it('PRV-8: a calendar month later by default, in the district’s zone; the 31st clamps', () => {
    expect(formatInZone(nextTalkDueAt(at('2026-01-31 16:00'), DEFAULT_POLICY), zone)).toBe(
      '2026-02-28 16:00:00',
    );
    expect(
      formatInZone(
        nextTalkDueAt(at('2026-11-15 09:00'), { ...DEFAULT_POLICY, welfareTalkIntervalMonths: 2 }),
        zone,
      ),
    ).toBe('2027-01-15 09:00:00');
  });
});

describe('isChildFileOpen', () => {
  it('PRV-8: open from its opening until its closing', () => {
    expect(isChildFileOpen(file, at('2026-09-30 09:59'))).toBe(false);
    expect(isChildFileOpen(file, at('2026-09-30 10:00'))).toBe(true);
    const closed = { ...file, closedAt: at('2026-11-01') };
    expect(isChildFileOpen(closed, at('2026-10-31 23:59'))).toBe(true);
    expect(isChildFileOpen(closed, at('2026-11-01'))).toBe(false);
  });
});

describe('welfareTalkStatus', () => {
  it('PRV-8: without a talk the first is due a month after the file was opened', () => {
    const status = welfareTalkStatus(file, [], at('2026-10-30 10:00'), DEFAULT_POLICY);
    expect(status).toMatchObject({
      childId: 'child-1',
      lastTalkAt: null,
      isOverdue: false,
      ruleIds: ['PRV-8'],
    });
    expect(formatInZone(status.dueAt, zone)).toBe('2026-10-30 10:00:00');
    expect(welfareTalkStatus(file, [], at('2026-10-30 10:01'), DEFAULT_POLICY).isOverdue).toBe(true);
  });

  it('PRV-8: the last talk held by now sets the next due date; other children’s and future talks do not', () => {
    const talks = [
      { childId: 'child-1', heldAt: at('2026-10-10 15:00'), kind: 'TALK' as const, byStaffId: 'st-ht' },
      {
        childId: 'child-1',
        heldAt: at('2026-10-20 15:00'),
        kind: 'CLASS_MEETING' as const,
        byStaffId: 'st-ht',
      },
      { childId: 'child-1', heldAt: at('2026-12-01 15:00'), kind: 'TALK' as const, byStaffId: 'st-ht' },
      { childId: 'child-2', heldAt: at('2026-11-19 15:00'), kind: 'TALK' as const, byStaffId: 'st-ht' },
    ];
    const status = welfareTalkStatus(file, talks, at('2026-11-21'), DEFAULT_POLICY);
    expect(status.lastTalkAt).toEqual(at('2026-10-20 15:00'));
    expect(formatInZone(status.dueAt, zone)).toBe('2026-11-20 15:00:00');
    expect(status.isOverdue).toBe(true);
  });

  it('PRV-8: a closed file is never overdue', () => {
    const closed = { ...file, closedAt: at('2026-10-15') };
    expect(welfareTalkStatus(closed, [], at('2027-01-01'), DEFAULT_POLICY).isOverdue).toBe(false);
  });
});
