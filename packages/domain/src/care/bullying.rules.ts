import type { DistrictPolicy } from '../policy/policy';
import { refuse, succeed, type Result } from '../shared/result';
import { addCalendarDays } from './care-calendar';
import {
  BULLYING_STEPS,
  type BullyingDocument,
  type BullyingDocumentKind,
  type BullyingReport,
  type BullyingStep,
  type BullyingStepRecord,
  type BullyingStepState,
} from './care.types';

/** PRV-10: each step's time limit, in calendar days from the report (district settings). */
export function bullyingStepDays(step: BullyingStep, policy: DistrictPolicy): number {
  switch (step) {
    case 'INVESTIGATION':
      return policy.bullyingInvestigationDays;
    case 'FINDING':
      return policy.bullyingFindingDays;
    case 'MEASURES':
      return policy.bullyingMeasuresDays;
    case 'FOLLOW_UP_TALKS':
      return policy.bullyingFollowUpDays;
  }
}

/** PRV-10: each handling step of a report with its due date: done, due or overdue at `now`. */
export function bullyingStepStatus(
  report: BullyingReport,
  steps: BullyingStepRecord[],
  now: Date,
  policy: DistrictPolicy,
): BullyingStepState[] {
  return BULLYING_STEPS.map((step) => {
    const dueAt = addCalendarDays(report.reportedAt, bullyingStepDays(step, policy), policy.timeZone);
    const done = steps.find((s) => s.step === step && s.completedAt.getTime() <= now.getTime());
    const completedAt = done ? done.completedAt : null;
    const status = completedAt ? 'DONE' : now.getTime() > dueAt.getTime() ? 'OVERDUE' : 'DUE';
    return {
      step,
      dueAt,
      status,
      completedAt,
      isLate: completedAt !== null && completedAt.getTime() > dueAt.getTime(),
      ruleIds: ['PRV-10'],
    };
  });
}

export type BullyingStepRefusal = 'STEP_ALREADY_DONE' | 'STEP_OUT_OF_ORDER' | 'BEFORE_REPORT';

/** PRV-10: steps are completed in order, once each, not before the report. */
export function canCompleteBullyingStep(
  report: BullyingReport,
  steps: BullyingStepRecord[],
  step: BullyingStep,
  completedAt: Date,
): Result<true, BullyingStepRefusal> {
  if (steps.some((s) => s.step === step))
    return refuse('STEP_ALREADY_DONE', 'PRV-10', 'This step is already recorded');
  const earlier = BULLYING_STEPS.slice(0, BULLYING_STEPS.indexOf(step));
  // Each earlier step recorded, and completed no later than this one.
  const isInOrder = earlier.every((e) =>
    steps.some((s) => s.step === e && s.completedAt.getTime() <= completedAt.getTime()),
  );
  if (!isInOrder) return refuse('STEP_OUT_OF_ORDER', 'PRV-10', 'The earlier steps come first');
  if (completedAt.getTime() < report.reportedAt.getTime())
    return refuse('BEFORE_REPORT', 'PRV-10', 'A step cannot be completed before the report');
  return succeed(true);
}

/** PRV-10: is a document of this kind adopted by `now`? */
export function hasAdoptedBullyingDocument(
  documents: BullyingDocument[],
  kind: BullyingDocumentKind,
  now: Date,
): boolean {
  return documents.some((d) => d.kind === kind && d.adoptedAt.getTime() <= now.getTime());
}
