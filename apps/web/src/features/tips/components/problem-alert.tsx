import Alert from '@mui/material/Alert';
import { useT } from '../../../i18n/i18n';
import { assertNever } from '../../../shared/lib/assert-never';
import type { PublicProblem } from '../hooks/tip-outcomes';

/** A public page's problem in the reporter's words. */
export function ProblemAlert({ problem }: { problem: PublicProblem }) {
  const t = useT();
  const text = (() => {
    switch (problem.type) {
      case 'RATE_LIMITED':
        return t('tips.error.rateLimited', { minutes: problem.minutes });
      case 'PROOF':
        return t('tips.error.proof');
      case 'INVALID':
        if (problem.limit) return t('tips.error.tooLong', { limit: problem.limit });
        return problem.field === 'schoolName' || problem.field === 'institutionId'
          ? t('tips.error.school')
          : problem.field === 'code' || problem.field === 'passphrase'
            ? t('tips.thread.notFound')
            : t('tips.error.failed');
      case 'NOT_FOUND':
        return t('tips.thread.notFound');
      case 'CLOSED':
        return t('tips.thread.closed');
      default:
        return assertNever(problem);
    }
  })();
  return (
    <Alert severity="error" sx={{ mb: 2 }} role="alert" data-testid="tip-problem">
      {text}
    </Alert>
  );
}
