import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import type { LinkStaffOutcome } from '../hooks/account-admin-outcomes';
import { useSetAccountStaffMember } from '../hooks/use-account-admin';
import type { AccountRow } from './accounts-table';
import { StaffChoiceSelect } from './staff-choice-select';
import { RuleText } from '../../../shared/rules/rule-info';

/** Links an institution account to its holder's staff record (REP-11, VET-11), or unlinks it. */
export function LinkStaffDialog({ account, onClose }: { account: AccountRow | null; onClose: () => void }) {
  const t = useT();
  const { setStaffMember, isLinking } = useSetAccountStaffMember();
  const [choice, setChoice] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<LinkStaffOutcome | null>(null);
  const value = choice ?? account?.staffMember?.id ?? '';
  const close = () => {
    setChoice(null);
    setOutcome(null);
    onClose();
  };
  const save = async () => {
    if (!account) return;
    const result = await setStaffMember(account.id, value || null);
    if (result.type === 'LINKED') close();
    else setOutcome(result);
  };
  return (
    <Dialog
      open={account !== null}
      onClose={isLinking ? undefined : close}
      maxWidth="sm"
      fullWidth
      aria-labelledby="link-staff-title"
      data-testid="link-staff-dialog"
    >
      <DialogTitle id="link-staff-title">
        {t('accounts.staff.title', { name: account?.displayName ?? '' })}
      </DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          <RuleText>{t('accounts.staff.why')}</RuleText>
        </DialogContentText>
        {account?.institutionId ? (
          <StaffChoiceSelect
            institutionId={account.institutionId}
            value={value}
            onChange={setChoice}
            ownUsername={account.username}
          />
        ) : (
          <Alert severity="info">{t('accounts.staff.notInstitution')}</Alert>
        )}
        {outcome && outcome.type !== 'LINKED' ? (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="link-staff-error">
            {outcome.type === 'NOT_FOUND' ? t('accounts.outcome.notFound') : t('accounts.staff.refused')}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={isLinking}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="contained"
          disabled={isLinking || !account?.institutionId}
          onClick={() => void save()}
          data-testid="link-staff-save"
        >
          {t('accounts.staff.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
