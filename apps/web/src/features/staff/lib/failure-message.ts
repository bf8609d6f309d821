import type { CheckRecorder, StaffStatus, TextProblem } from '../../../gql/graphql';
import type { Translate } from '../../../i18n/i18n';
import { assertNever } from '../../../shared/lib/assert-never';
import { validationText } from '../../../shared/lib/validation-message';
import type { StaffForbiddenOutcome } from './staff-forbidden';
import type { StaffLabels } from './staff-labels';

/** The refusals the staff mutations answer with, whatever the mutation. */
export type StaffFailure =
  | {
      type: 'INVALID_INPUT';
      field: string | null;
      message: string;
      textProblem?: TextProblem | null;
      limit?: number;
    }
  | { type: 'NOT_FOUND' }
  | { type: 'DUPLICATE' }
  | { type: 'NOT_RESPONSIBLE'; recordedBy: CheckRecorder[]; ruleId: string | null }
  | { type: 'INVALID_STATE'; status: StaffStatus | null }
  | { type: 'NOT_CLEAR' }
  | { type: 'OUTCOME_NOT_ALLOWED' }
  | { type: 'CASE_NOT_FOUND' }
  | StaffForbiddenOutcome;

/** A refusal said in the user's language; the server's English message is only a fallback detail. */
export function failureMessage(failure: StaffFailure, t: Translate, labels: StaffLabels): string {
  switch (failure.type) {
    case 'INVALID_INPUT':
      if (failure.textProblem) return validationText(t, failure.textProblem, failure.limit);
      return t('staff.form.invalid', { message: failure.field ?? failure.message });
    case 'NOT_FOUND':
      return t('staff.form.notFound');
    case 'DUPLICATE':
      return t('staff.form.duplicate');
    case 'NOT_RESPONSIBLE':
      return t('staff.recordCheck.notResponsible', {
        units: failure.recordedBy.map(labels.recorder).join('、') || '—',
      });
    case 'INVALID_STATE':
      return t('staff.form.invalidState', { status: failure.status ? labels.status(failure.status) : '—' });
    case 'NOT_CLEAR':
      return t('staff.activate.notClear');
    case 'OUTCOME_NOT_ALLOWED':
      return t('staff.misconduct.outcomeNotAllowed');
    case 'CASE_NOT_FOUND':
      return t('staff.misconduct.caseNotFound');
    case 'FORBIDDEN':
      return t('staff.form.forbidden', { ruleId: failure.ruleId });
    default:
      return assertNever(failure);
  }
}
