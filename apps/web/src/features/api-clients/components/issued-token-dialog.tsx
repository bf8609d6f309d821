import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { formatDateTime } from '../../../shared/lib/dates';
import type { IssuedToken } from '../hooks/api-client-outcomes';

/** Shows a new token once: only its hash is kept, so closing this loses it for good. */
export function IssuedTokenDialog({ issued, onClose }: { issued: IssuedToken | null; onClose: () => void }) {
  const t = useT();
  const [isCopied, setIsCopied] = useState(false);
  const copy = async () => {
    if (!issued) return;
    await navigator.clipboard?.writeText(issued.token);
    setIsCopied(true);
  };
  const close = () => {
    setIsCopied(false);
    onClose();
  };
  return (
    <Dialog
      open={issued !== null}
      maxWidth="md"
      fullWidth
      aria-labelledby="issued-token-title"
      data-testid="issued-token-dialog"
    >
      <DialogTitle id="issued-token-title">{t('apiClients.issued.title')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('apiClients.issued.once')}
        </Alert>
        {issued ? (
          <>
            <Typography variant="body2" color="text.secondary">
              {t('apiClients.issued.client')}: {issued.clientName} · {t('apiClients.issued.expiresAt')}{' '}
              {formatDateTime(issued.expiresAt)}
            </Typography>
            <Box
              component="code"
              data-testid="issued-token"
              sx={{
                display: 'block',
                my: 2,
                p: 1.5,
                bgcolor: 'action.hover',
                borderRadius: 1,
                fontFamily: 'monospace',
                wordBreak: 'break-all',
              }}
            >
              {issued.token}
            </Box>
            <Typography variant="body2" color="text.secondary">
              {t('apiClients.issued.usage')}
            </Typography>
          </>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => void copy()} data-testid="issued-token-copy">
          {isCopied ? t('apiClients.issued.copied') : t('apiClients.issued.copy')}
        </Button>
        <Button variant="contained" onClick={close} data-testid="issued-token-close">
          {t('apiClients.issued.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
