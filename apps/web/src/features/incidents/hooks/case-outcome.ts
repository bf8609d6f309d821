import type { BreachCode, ReportingTimeProblem, TextProblem, TransitionRefusal } from '../../../gql/graphql';
import type { CaseDetail } from '../incidents.types';

/** What a case mutation ended in, as the UI needs it; one member per member of the API's result unions. */
export type CaseOutcome =
  | { type: 'DONE'; case: CaseDetail }
  | { type: 'NOT_FOUND' }
  | { type: 'FORBIDDEN'; ruleId: string | null }
  | { type: 'INVALID_INPUT'; field: string | null; textProblem?: TextProblem | null; limit?: number }
  | { type: 'TIME_REFUSED'; problem: ReportingTimeProblem; field: string | null }
  | { type: 'REFUSED'; refusal: TransitionRefusal; breachRecorded: BreachCode | null };

export type CaseOutcomeOf<T extends CaseOutcome['type']> = Extract<CaseOutcome, { type: T }>;
