import { ACCOUNT_ROLES, UNIT_CODES, type AccountRole, type UnitCode } from '@xiaohu/domain';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';
import type { CreateAccountOutcome, IssuedLink } from '../hooks/account-admin-outcomes';
import { useCreateAccount } from '../hooks/use-account-admin';
import { InstitutionChoice } from './institution-choice';
import { StaffChoiceSelect } from './staff-choice-select';

const EMPTY = {
  username: '',
  displayName: '',
  email: '',
  role: 'TEACHER' as AccountRole,
  unit: '' as UnitCode | '',
};

/**
 * The new account's fields. Which of unit and institution a role needs is the server's rule: the
 * form offers both and shows the server's answer on the field at fault.
 */
export function CreateAccountDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (link: IssuedLink) => void;
}) {
  const t = useT();
  const labels = useLabels();
  const { createAccount, isCreating } = useCreateAccount();
  const [fields, setFields] = useState(EMPTY);
  const [institution, setInstitution] = useState<{ id: string; name: string } | null>(null);
  const [staffMemberId, setStaffMemberId] = useState('');
  const [refusal, setRefusal] = useState<Extract<CreateAccountOutcome, { type: 'INVALID' }> | null>(null);
  const set = (name: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));
  const errorOf = (field: string) => (refusal?.field === field ? t(refusal.messageKey) : undefined);

  const close = () => {
    setFields(EMPTY);
    setInstitution(null);
    setStaffMemberId('');
    setRefusal(null);
    onClose();
  };
  const submit = async () => {
    const outcome = await createAccount({
      username: fields.username,
      displayName: fields.displayName,
      role: fields.role,
      unit: fields.unit || null,
      institutionId: institution?.id ?? null,
      staffMemberId: staffMemberId || null,
      email: fields.email || null,
    });
    if (outcome.type === 'INVALID') {
      setRefusal(outcome);
      return;
    }
    close();
    onCreated(outcome.link);
  };

  return (
    <Dialog
      open={open}
      onClose={isCreating ? undefined : close}
      maxWidth="sm"
      fullWidth
      aria-labelledby="create-account-title"
      data-testid="create-account-dialog"
    >
      <DialogTitle id="create-account-title">{t('accounts.create.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Alert severity="info">{t('accounts.create.noPassword')}</Alert>
          <TextField
            label={t('accounts.column.username')}
            value={fields.username}
            onChange={set('username')}
            error={Boolean(errorOf('username'))}
            helperText={errorOf('username') ?? t('accounts.create.usernameHelp')}
            slotProps={{ htmlInput: { 'data-testid': 'create-username', maxLength: 64 } }}
          />
          <TextField
            label={t('accounts.column.displayName')}
            value={fields.displayName}
            onChange={set('displayName')}
            error={Boolean(errorOf('displayName'))}
            helperText={errorOf('displayName')}
            slotProps={{ htmlInput: { 'data-testid': 'create-display-name', maxLength: 60 } }}
          />
          <TextField
            select
            label={t('accounts.column.role')}
            value={fields.role}
            onChange={set('role')}
            slotProps={{ htmlInput: { 'data-testid': 'create-role' } }}
          >
            {ACCOUNT_ROLES.map((role) => (
              <MenuItem key={role} value={role}>
                {labels.role(role)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={t('accounts.create.unit')}
            value={fields.unit}
            onChange={set('unit')}
            error={Boolean(errorOf('unit'))}
            helperText={errorOf('unit') ?? t('accounts.create.unitHelp')}
            slotProps={{ htmlInput: { 'data-testid': 'create-unit' } }}
          >
            <MenuItem value="">{t('accounts.create.noUnit')}</MenuItem>
            {UNIT_CODES.map((unit) => (
              <MenuItem key={unit} value={unit}>
                {labels.unit(unit)}
              </MenuItem>
            ))}
          </TextField>
          <InstitutionChoice
            value={institution}
            onChange={(choice) => {
              setInstitution(choice);
              setStaffMemberId('');
            }}
            error={errorOf('institutionId')}
          />
          {institution ? (
            <StaffChoiceSelect
              institutionId={institution.id}
              value={staffMemberId}
              onChange={setStaffMemberId}
            />
          ) : null}
          {errorOf('staffMemberId') ? <Alert severity="error">{errorOf('staffMemberId')}</Alert> : null}
          <TextField
            label={t('accounts.create.email')}
            type="email"
            value={fields.email}
            onChange={set('email')}
            error={Boolean(errorOf('email'))}
            helperText={errorOf('email') ?? t('accounts.create.emailHelp')}
            slotProps={{ htmlInput: { 'data-testid': 'create-email', maxLength: 254 } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={isCreating}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="contained"
          onClick={() => void submit()}
          disabled={isCreating}
          data-testid="create-account-submit"
        >
          {t('accounts.create.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
