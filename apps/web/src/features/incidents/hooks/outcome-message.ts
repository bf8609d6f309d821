import { isForbidden } from '../../../shared/lib/graphql-errors';
import type { Translate } from '../../../i18n/i18n';
import { assertNever } from '../../../shared/lib/assert-never';
import { validationText } from '../../../shared/lib/validation-message';
import type { CaseOutcome } from './case-outcome';
import type { IncidentLabels } from './use-incident-labels';

/** What to tell the user when a case mutation did not go through; null when it did. */
export function outcomeMessage(outcome: CaseOutcome, t: Translate, labels: IncidentLabels): string | null {
  switch (outcome.type) {
    case 'DONE':
      return null;
    case 'NOT_FOUND':
      return t('incidents.outcome.notFound');
    case 'FORBIDDEN':
      return outcome.ruleId
        ? t('incidents.outcome.forbiddenByRule', { ruleId: outcome.ruleId })
        : t('incidents.outcome.forbidden');
    case 'INVALID_INPUT':
      return outcome.textProblem
        ? validationText(t, outcome.textProblem, outcome.limit)
        : t('incidents.outcome.invalidInput');
    case 'TIME_REFUSED':
      return labels.timeProblem(outcome.problem);
    case 'REFUSED': {
      const refusal = labels.refusal(outcome.refusal);
      // Only the API knows whether the attempt itself was recorded (漏报, 私下调解); say so when it was.
      return outcome.breachRecorded
        ? `${refusal}${t('incidents.outcome.breachRecorded', { breach: labels.breach(outcome.breachRecorded) })}`
        : refusal;
    }
    default:
      return assertNever(outcome);
  }
}

/** What to tell the user when a case mutation threw: refused by role, or not sent at all. */
export function thrownMessage(error: unknown, t: Translate): string {
  return isForbidden(error) ? t('incidents.outcome.forbidden') : t('incidents.outcome.networkError');
}
