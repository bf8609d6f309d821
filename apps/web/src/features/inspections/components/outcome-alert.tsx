import Alert from '@mui/material/Alert';
import { useT } from '../../../i18n/i18n';
import { assertNever } from '../../../shared/lib/assert-never';
import type { InspectionOutcome } from '../hooks/inspection-outcome';

/** What a refused change says to the user; nothing once done. */
export function OutcomeAlert({ outcome }: { outcome: InspectionOutcome<unknown> | 'NETWORK' | null }) {
  const t = useT();
  if (!outcome) return null;
  if (outcome === 'NETWORK') return <Alert severity="error">{t('inspections.error.network')}</Alert>;
  switch (outcome.type) {
    case 'DONE':
      return null;
    case 'INVALID':
      if (outcome.field === 'photoIds') return <Alert severity="warning">{t('photos.refused')}</Alert>;
      return (
        <Alert severity="warning">{t('inspections.error.INVALID', { field: outcome.field ?? '' })}</Alert>
      );
    case 'FORBIDDEN':
      return <Alert severity="warning">{t('inspections.error.FORBIDDEN')}</Alert>;
    case 'NOT_FOUND':
      return <Alert severity="warning">{t('inspections.error.NOT_FOUND')}</Alert>;
    case 'STATE':
      return <Alert severity="warning">{t('inspections.error.STATE')}</Alert>;
    default:
      return assertNever(outcome);
  }
}
