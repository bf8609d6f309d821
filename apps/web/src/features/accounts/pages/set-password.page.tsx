import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import type { SetPasswordOutcome } from '../hooks/account-admin-outcomes';
import { useSetPassword } from '../hooks/use-account-admin';

export const MIN_PASSWORD = 10;

/** Public: sets a password with the token of a one-time link (in the URL's fragment, never sent to a server). */
export function SetPasswordPage() {
  const t = useT();
  const token = useLocation().hash.replace(/^#/, '');
  const { setPassword, isSaving } = useSetPassword();
  const [password, setPasswordText] = useState('');
  const [repeat, setRepeat] = useState('');
  const [outcome, setOutcome] = useState<SetPasswordOutcome | null>(null);
  const mismatch = repeat !== '' && repeat !== password;
  const tooShort = password !== '' && password.length < MIN_PASSWORD;

  if (outcome?.type === 'SET') {
    return (
      <Paper variant="outlined" sx={{ p: 3 }}>
        <Alert severity="success" sx={{ mb: 2 }} data-testid="password-set">
          {t('accounts.setPassword.done', { username: outcome.username })}
        </Alert>
        <Button component={RouterLink} to={paths.signIn()} variant="contained">
          {t('accounts.setPassword.toSignIn')}
        </Button>
      </Paper>
    );
  }
  return (
    <Paper
      variant="outlined"
      sx={{ p: 3 }}
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!mismatch && !tooShort && password) void setPassword(token, password).then(setOutcome);
      }}
    >
      <Typography variant="h5" component="h1" gutterBottom>
        {t('accounts.setPassword.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('accounts.setPassword.subtitle', { min: MIN_PASSWORD })}
      </Typography>
      {!token || outcome?.type === 'LINK_INVALID' ? (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="link-invalid">
          {t('accounts.setPassword.invalid')}
        </Alert>
      ) : null}
      {outcome?.type === 'WEAK_PASSWORD' ? (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="password-weak">
          {t('accounts.setPassword.weak', { min: MIN_PASSWORD })}
        </Alert>
      ) : null}
      <Stack spacing={2}>
        <TextField
          type="password"
          label={t('accounts.setPassword.password')}
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPasswordText(event.target.value)}
          error={tooShort}
          helperText={tooShort ? t('accounts.setPassword.weak', { min: MIN_PASSWORD }) : undefined}
          slotProps={{ htmlInput: { 'data-testid': 'new-password', maxLength: 256 } }}
        />
        <TextField
          type="password"
          label={t('accounts.setPassword.repeat')}
          autoComplete="new-password"
          value={repeat}
          onChange={(event) => setRepeat(event.target.value)}
          error={mismatch}
          helperText={mismatch ? t('accounts.setPassword.mismatch') : undefined}
          slotProps={{ htmlInput: { 'data-testid': 'repeat-password', maxLength: 256 } }}
        />
        <Button
          type="submit"
          variant="contained"
          disabled={!token || isSaving}
          data-testid="set-password-submit"
        >
          {t('accounts.setPassword.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
