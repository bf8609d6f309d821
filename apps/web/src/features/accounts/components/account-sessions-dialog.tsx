import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { formatDateTime } from '../../../shared/lib/dates';
import { LoadingState } from '../../../shared/ui/loading-state';
import { QueryError } from '../../../shared/ui/query-error';
import { AccountSessionsQuery } from '../accounts.graphql';
import type { EndSessionsOutcome } from '../hooks/account-admin-outcomes';
import { useEndAccountSessions } from '../hooks/use-account-admin';
import type { AccountRow } from './accounts-table';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog';

/** The account's open sessions; ending one or all is confirmed first. */
export function AccountSessionsDialog({
  account,
  onClose,
}: {
  account: AccountRow | null;
  onClose: () => void;
}) {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(AccountSessionsQuery, {
    variables: { accountId: account?.id ?? '' },
    skip: !account,
    fetchPolicy: 'network-only',
  });
  const { endSessions, isEnding } = useEndAccountSessions();
  const [pending, setPending] = useState<{ sessionId?: string } | null>(null);
  const [outcome, setOutcome] = useState<EndSessionsOutcome | null>(null);
  const sessions = data?.accountSessions ?? [];
  const close = () => {
    setOutcome(null);
    onClose();
  };
  const confirm = async () => {
    if (!account || !pending) return;
    setOutcome(await endSessions(account.id, pending.sessionId));
    setPending(null);
  };

  return (
    <Dialog
      open={account !== null}
      onClose={close}
      maxWidth="sm"
      fullWidth
      aria-labelledby="account-sessions-title"
      data-testid="account-sessions-dialog"
    >
      <DialogTitle id="account-sessions-title">
        {t('accounts.sessions.title', { name: account?.displayName ?? '' })}
      </DialogTitle>
      <DialogContent>
        {outcome ? (
          <Alert
            severity={outcome.type === 'ENDED' ? 'success' : 'error'}
            sx={{ mb: 2 }}
            data-testid="sessions-outcome"
          >
            {outcome.type === 'ENDED'
              ? t('accounts.sessions.ended', { count: outcome.count })
              : t('accounts.outcome.notFound')}
          </Alert>
        ) : null}
        {loading ? <LoadingState /> : null}
        {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
        {!loading && !error && sessions.length === 0 ? (
          <Alert severity="info" data-testid="sessions-empty">
            {t('accounts.sessions.none')}
          </Alert>
        ) : null}
        <List dense>
          {sessions.map((session) => (
            <ListItem
              key={session.id}
              data-testid="account-session"
              secondaryAction={
                <Button
                  size="small"
                  color="warning"
                  onClick={() => setPending({ sessionId: session.id })}
                  data-testid="end-session"
                >
                  {t('accounts.sessions.endOne')}
                </Button>
              }
            >
              <ListItemText
                primary={t('accounts.sessions.started', { at: formatDateTime(session.createdAt) })}
                secondary={`${t('accounts.sessions.lastSeen', { at: formatDateTime(session.lastSeenAt) })}${session.isCurrent ? ` · ${t('accounts.sessions.current')}` : ''}`}
              />
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button
          color="warning"
          disabled={sessions.length === 0 || isEnding}
          onClick={() => setPending({})}
          data-testid="end-all-sessions"
        >
          {t('accounts.sessions.endAll')}
        </Button>
        <Button variant="contained" onClick={close}>
          {t('accounts.link.done')}
        </Button>
      </DialogActions>
      <ConfirmDialog
        open={pending !== null}
        title={
          pending?.sessionId
            ? t('accounts.sessions.confirmOneTitle')
            : t('accounts.sessions.confirmAllTitle', { name: account?.displayName ?? '' })
        }
        body={t('accounts.sessions.confirmBody')}
        busy={isEnding}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
        testId="end-sessions-confirm"
      />
    </Dialog>
  );
}
