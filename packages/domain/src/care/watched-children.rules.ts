import type { DistrictPolicy } from '../policy/policy';
import { addCalendarMonths } from '../shared/zoned-time';
import { WATCH_CATEGORIES, type ChildFile, type WelfareTalk, type WelfareTalkStatus } from './care.types';

/** PRV-8: the categories of children who need watching: the plan's two, then the district's own. */
export function watchCategories(policy: DistrictPolicy): string[] {
  return [...new Set<string>([...WATCH_CATEGORIES, ...policy.districtWatchCategories])];
}

/** PRV-8: is this a category the district knows? */
export function isWatchCategory(code: string, policy: DistrictPolicy): boolean {
  return watchCategories(policy).includes(code);
}

/** PRV-8: the next talk is due `welfareTalkIntervalMonths` calendar months (in the district's zone) after `from`. */
export function nextTalkDueAt(from: Date, policy: DistrictPolicy): Date {
  return addCalendarMonths(from, policy.welfareTalkIntervalMonths, policy.timeZone);
}

/** PRV-8: is the file open (being watched) at `now`? */
export function isChildFileOpen(file: Pick<ChildFile, 'openedAt' | 'closedAt'>, now: Date): boolean {
  return file.openedAt.getTime() <= now.getTime() && (file.closedAt === null || file.closedAt > now);
}

/**
 * PRV-8: when the child's next talk or class meeting is due (from the last one held by `now`, else from the
 * file's opening) and whether it is overdue. A closed file is never overdue.
 */
export function welfareTalkStatus(
  file: ChildFile,
  talks: WelfareTalk[],
  now: Date,
  policy: DistrictPolicy,
): WelfareTalkStatus {
  const held = talks
    .filter((t) => t.childId === file.childId && t.heldAt.getTime() <= now.getTime())
    .map((t) => t.heldAt.getTime());
  const lastTalkAt = held.length === 0 ? null : new Date(Math.max(...held));
  const dueAt = nextTalkDueAt(lastTalkAt ?? file.openedAt, policy);
  return {
    childId: file.childId,
    lastTalkAt,
    dueAt,
    isOverdue: isChildFileOpen(file, now) && now.getTime() > dueAt.getTime(),
    ruleIds: ['PRV-8'],
  };
}
