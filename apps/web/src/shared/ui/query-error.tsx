import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { isForbidden, isUnauthenticated } from '../lib/graphql-errors';
import { useT } from '../../i18n/i18n';
import { ForbiddenNotice } from './forbidden-notice';

/** A failed query, said plainly with a way to retry. UNAUTHENTICATED is handled by the Apollo link. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  if (isForbidden(error)) return <ForbiddenNotice />;
  if (isUnauthenticated(error)) return <Alert severity="info">{t('auth.sessionExpired')}</Alert>;
  return (
    <Alert
      severity="error"
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    >
      {t('error.loadFailed')}
    </Alert>
  );
}
