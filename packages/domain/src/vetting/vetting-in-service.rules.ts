import { responsibleUnits } from '../organisation/organisation.rules';
import type { RuleId, UnitCode } from '../organisation/organisation.types';
import type { DistrictPolicy } from '../policy/policy';
import { addCalendarMonths } from '../shared/zoned-time';
import type {
  DueDate,
  InServiceDueDates,
  InServiceHistory,
  InServiceStaff,
  MisconductDecision,
  MisconductFacts,
  MisconductOption,
} from './vetting.types';

function nextDue(
  events: readonly Date[],
  startedAt: Date,
  months: number,
  now: Date,
  policy: DistrictPolicy,
  reason: { ruleId: RuleId; clause: string; supervisedBy: UnitCode[] },
): DueDate {
  // Entries dated after `now` are typing errors, not evidence that the work was done.
  const past = events.filter((e) => e.getTime() <= now.getTime()).map((e) => e.getTime());
  const lastAt = past.length > 0 ? new Date(Math.max(...past)) : null;
  const dueAt = addCalendarMonths(lastAt ?? startedAt, months, policy.timeZone);
  return { ...reason, lastAt, dueAt, isOverdue: now.getTime() > dueAt.getTime() };
}

/** VET-9 and VET-10: the next in-service re-check and reminder interview, and whether each is overdue. */
export function inServiceDueDates(
  staff: InServiceStaff,
  history: InServiceHistory,
  now: Date,
  policy: DistrictPolicy,
): InServiceDueDates {
  const supervisors = responsibleUnits('IN_SERVICE_STAFF_CHECKS', staff.institutionKind, policy).map(
    (r) => r.unit,
  );
  const recheck =
    supervisors.length > 0
      ? nextDue(history.rechecks, staff.startedAt, policy.inServiceRecheckMonths, now, policy, {
          ruleId: 'VET-9',
          clause: '三',
          supervisedBy: supervisors,
        })
      : null;
  const reminderInterview = staff.hasStudentAccess
    ? nextDue(history.reminderInterviews, staff.startedAt, policy.reminderInterviewMonths, now, policy, {
        ruleId: 'VET-10',
        clause: '四(五)',
        supervisedBy: [],
      })
    : null;
  return { recheck, reminderInterview };
}

const option = (outcome: MisconductOption['outcome'], isMandatory: boolean): MisconductOption => ({
  outcome,
  isMandatory,
  ruleId: 'VET-11',
  clause: '四(五)',
});

/** VET-11: after the facts are verified, the outcomes they allow, from the mildest to the most severe. */
export function misconductOutcomes(facts: MisconductFacts): MisconductDecision {
  if (!facts.factsVerified) return { status: 'INVESTIGATE_FIRST', options: [], ruleIds: ['VET-11'] };
  const options: MisconductOption[] = [];
  if (facts.severity !== 'GRAVE') options.push(option('ADJUST_POST', false));
  if (facts.severity !== 'MISCONDUCT' && facts.holdsTeacherQualification) {
    options.push(option('REVOKE_TEACHER_QUALIFICATION', false));
  }
  // 坚决清除出教育行业: for grave cases expulsion is not a choice.
  if (facts.severity === 'GRAVE') options.push(option('EXPEL_FROM_EDUCATION_SECTOR', true));
  if (facts.involvesCrime) options.push(option('TRANSFER_TO_JUDICIAL_ORGANS', true));
  return { status: 'OPTIONS', options, ruleIds: ['VET-11'] };
}
