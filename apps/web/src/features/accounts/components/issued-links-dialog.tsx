import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useT } from '../../../i18n/i18n';
import type { IssuedLink } from '../hooks/account-admin-outcomes';
import { IssuedLinksTable } from './issued-links-table';

/** Shows new set-password links once: only a hash is kept, so closing this loses them for good. */
export function IssuedLinksDialog({ links, onClose }: { links: IssuedLink[] | null; onClose: () => void }) {
  const t = useT();
  return (
    <Dialog
      open={links !== null}
      maxWidth="md"
      fullWidth
      aria-labelledby="issued-links-title"
      data-testid="issued-links-dialog"
    >
      <DialogTitle id="issued-links-title">{t('accounts.link.title')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('accounts.link.once')}
        </Alert>
        {links ? <IssuedLinksTable links={links} /> : null}
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose} data-testid="issued-links-close">
          {t('accounts.link.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
