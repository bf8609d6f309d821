import type { AccessActor } from '../access/access.types';
import { oversightAccess, type OversightHome } from '../access/oversight-access.rules';
import type { RuleId } from '../organisation/organisation.types';
import type { DistrictPolicy } from '../policy/policy';
import {
  EMERGENCY_STEPS,
  type EmergencyStep,
  type IncidentState,
  type SuspectType,
} from '../reporting/reporting.types';

/**
 * The kinds of item on a person's to-do list 待办 (issue 10), in the order they are listed among items
 * with the same deadline: the acknowledgement starts the chain, the police report is its hard deadline.
 */
export const WORK_ITEM_KINDS = [
  'ACKNOWLEDGE_CASE',
  'REPORT_TO_POLICE',
  'EMERGENCY_STEPS',
  'VETTING_CHECK_DUE',
  'INTERVIEW_DUE',
] as const;
export type WorkItemKind = (typeof WORK_ITEM_KINDS)[number];

/** One thing waiting on the viewer: what, by when, and the record where it is done. */
export interface WorkItem {
  kind: WorkItemKind;
  ruleId: RuleId;
  /** The case to open (case items), never anything about its child. */
  caseId: string | null;
  /** The staff member to open (vetting items). */
  staffId: string | null;
  /** The deadline, when the rule sets one. */
  dueAt: Date | null;
  isOverdue: boolean;
  /** REP-6: the child is in danger now; such an item goes first among equals. */
  isChildInDanger: boolean;
  /** EMERGENCY_STEPS: how many steps are still open. */
  openSteps: EmergencyStep[];
}

/** What the to-do list needs of one open case, and what the case policy lets the viewer do on it. */
export interface CaseWorkFacts {
  caseId: string;
  state: IncidentState;
  suspectType: SuspectType;
  isChildInDanger: boolean;
  isAcknowledged: boolean;
  /** REP-3: the police deadline, when a report is required. */
  policeReportDueAt: Date | null;
  isPoliceReported: boolean;
  emergencyStepsDone: readonly EmergencyStep[];
  /** From caseAccess(...).can: the list never offers what the viewer may not do. */
  can: { acknowledge: boolean; recordPoliceReport: boolean; completeEmergencyStep: boolean };
}

/** A due in-service check of one staff member (stored due dates, VET-9 / VET-10). */
export interface StaffDueFacts {
  staffId: string;
  kind: 'RECHECK' | 'REMINDER_INTERVIEW';
  dueAt: Date;
}

/** Where a person's work items come from (the API turns it into SQL). */
export interface WorkSources {
  home: OversightHome;
  /** The institution whose open cases and due staff checks are the viewer's to do; null for none. */
  institutionId: string | null;
  /** Whether the viewer's own reported cases are listed with their state (a teacher's home). */
  listsOwnReports: boolean;
}

/** A vetting item is listed from this many days before it falls due. */
export const STAFF_DUE_HORIZON_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * REP-2, REP-3, VET-9, VET-10: where a person's to-do items come from. A head manages her institution's
 * cases and staff; everyone at an institution follows the cases they reported; the committee works from
 * the dashboard and the district's lists, not from a to-do list.
 */
export function workSources(actor: AccessActor, policy: DistrictPolicy): WorkSources {
  const { home } = oversightAccess(actor, policy);
  return {
    home,
    institutionId: home === 'INSTITUTION_CARD' ? actor.institutionId : null,
    listsOwnReports: actor.institutionId !== null,
  };
}

const isPast = (dueAt: Date | null, now: Date): boolean => dueAt !== null && now.getTime() > dueAt.getTime();

/**
 * REP-2, REP-3, REP-6: the items one open case puts on the viewer's list: acknowledge it, report it to
 * the police before its deadline, tick the emergency steps of a staff suspect's case.
 */
export function caseWorkItems(facts: CaseWorkFacts, now: Date): WorkItem[] {
  if (facts.state === 'CLOSED') return [];
  const item = (kind: WorkItemKind, ruleId: RuleId, dueAt: Date | null, openSteps: EmergencyStep[] = []) => ({
    kind,
    ruleId,
    caseId: facts.caseId,
    staffId: null,
    dueAt,
    isOverdue: isPast(dueAt, now),
    isChildInDanger: facts.isChildInDanger,
    openSteps,
  });
  const items: WorkItem[] = [];
  // The acknowledgement runs against the police clock: the head must act before it runs out.
  if (!facts.isAcknowledged && facts.can.acknowledge) {
    items.push(item('ACKNOWLEDGE_CASE', 'REP-2', facts.isPoliceReported ? null : facts.policeReportDueAt));
  }
  if (facts.policeReportDueAt !== null && !facts.isPoliceReported && facts.can.recordPoliceReport) {
    items.push(item('REPORT_TO_POLICE', 'REP-3', facts.policeReportDueAt));
  }
  const openSteps = EMERGENCY_STEPS.filter((step) => !facts.emergencyStepsDone.includes(step));
  if (facts.suspectType === 'STAFF' && openSteps.length > 0 && facts.can.completeEmergencyStep) {
    items.push(item('EMERGENCY_STEPS', 'REP-6', null, openSteps));
  }
  return items;
}

/** VET-9, VET-10: a due re-check or reminder interview, listed once it is within the horizon. */
export function staffWorkItem(facts: StaffDueFacts, now: Date): WorkItem | null {
  if (facts.dueAt.getTime() - now.getTime() > STAFF_DUE_HORIZON_DAYS * DAY_MS) return null;
  const isRecheck = facts.kind === 'RECHECK';
  return {
    kind: isRecheck ? 'VETTING_CHECK_DUE' : 'INTERVIEW_DUE',
    ruleId: isRecheck ? 'VET-9' : 'VET-10',
    caseId: null,
    staffId: facts.staffId,
    dueAt: facts.dueAt,
    isOverdue: isPast(facts.dueAt, now),
    isChildInDanger: false,
    openSteps: [],
  };
}

const subjectOf = (item: WorkItem): string => item.caseId ?? item.staffId ?? '';

// A case's deadlines run in minutes and hours with a child behind them; a staff check's in months.
const isCaseItem = (item: WorkItem): boolean => item.caseId !== null;

/**
 * The order of the list: a case's items before staff checks (a police deadline is an hour, an overdue
 * interview does not become more urgent in it), then overdue first, then the soonest deadline (an item
 * without one after those with one), then a child in danger, then by kind (WORK_ITEM_KINDS), then by
 * record id so the order is stable.
 */
export function compareWorkItems(a: WorkItem, b: WorkItem): number {
  if (isCaseItem(a) !== isCaseItem(b)) return isCaseItem(a) ? -1 : 1;
  if (a.isOverdue !== b.isOverdue) return a.isOverdue ? -1 : 1;
  const dueA = a.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const dueB = b.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  if (a.isChildInDanger !== b.isChildInDanger) return a.isChildInDanger ? -1 : 1;
  const kinds = WORK_ITEM_KINDS.indexOf(a.kind) - WORK_ITEM_KINDS.indexOf(b.kind);
  if (kinds !== 0) return kinds;
  const subjectA = subjectOf(a);
  const subjectB = subjectOf(b);
  return subjectA < subjectB ? -1 : subjectA > subjectB ? 1 : 0;
}

/** The whole to-do list from its sources' items, in the order of compareWorkItems. */
export function orderWorkItems(items: readonly WorkItem[]): WorkItem[] {
  return [...items].sort(compareWorkItems);
}
