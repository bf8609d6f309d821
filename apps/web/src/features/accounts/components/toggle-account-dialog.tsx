import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useT } from '../../../i18n/i18n';
import type { AccountRow } from './accounts-table';

/** Asked before disabling (which ends every session of the account at once) or enabling. */
export function ToggleAccountDialog({
  account,
  busy,
  onConfirm,
  onCancel,
}: {
  account: AccountRow | null;
  busy: boolean;
  onConfirm: (account: AccountRow) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const disabling = account ? !account.isDisabled : false;
  const name = account?.displayName ?? '';
  return (
    <Dialog
      open={account !== null}
      onClose={busy ? undefined : onCancel}
      aria-labelledby="account-toggle-dialog-title"
      data-testid="account-toggle-dialog"
    >
      <DialogTitle id="account-toggle-dialog-title">
        {disabling
          ? t('accounts.confirm.disableTitle', { name })
          : t('accounts.confirm.enableTitle', { name })}
      </DialogTitle>
      <DialogContent>
        <DialogContentText>
          {disabling ? t('accounts.confirm.disableBody') : t('accounts.confirm.enableBody')}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="contained"
          color={disabling ? 'warning' : 'primary'}
          disabled={busy || !account}
          onClick={() => account && onConfirm(account)}
          data-testid="account-toggle-confirm"
        >
          {t('common.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
