import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type FormEvent } from 'react';
import type { MfaEnrolmentFieldsFragment } from '../../../gql/graphql';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { LoadingState } from '../../../shared/ui/loading-state';
import { MfaEnrolmentSecret } from '../components/mfa-enrolment';
import { RecoveryCodes } from '../components/recovery-codes';
import { useMyMfa, type MyMfaChange } from '../hooks/use-my-mfa';

/** Account security: turn the second factor on (optional accounts) or off (unless required). */
export function SecurityPage() {
  const t = useT();
  const { mfa, isLoading, beginEnrolment, confirmEnrolment, disableMfa, isBusy } = useMyMfa();
  const [enrolment, setEnrolment] = useState<MfaEnrolmentFieldsFragment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<{ key: MessageKey; severity: 'error' | 'success' } | null>(null);

  useEffect(() => {
    document.title = `${t('auth.mfa.settings.title')} · ${t('app.name')}`;
  }, [t]);

  const answer = (change: MyMfaChange, done: (codes: string[] | null) => void) => {
    setCode('');
    if (change.type === 'DONE') done(change.recoveryCodes);
    else setMessage({ key: `errorCode.${change.code}` as MessageKey, severity: 'error' });
  };
  const onConfirm = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    answer(await confirmEnrolment(code.trim()), (codes) => {
      setEnrolment(null);
      setRecoveryCodes(codes);
    });
  };
  const onDisable = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    answer(await disableMfa(code.trim()), () =>
      setMessage({ key: 'auth.mfa.settings.disabledDone', severity: 'success' }),
    );
  };

  if (isLoading || !mfa) return <LoadingState />;
  const codeField = (
    <TextField
      id="mfa-settings-code"
      label={t('auth.mfa.code')}
      value={code}
      onChange={(event) => setCode(event.target.value)}
      autoComplete="one-time-code"
      slotProps={{ htmlInput: { 'data-testid': 'mfa-settings-code', maxLength: 11 } }}
    />
  );

  return (
    <Paper sx={{ p: { xs: 3, sm: 4 }, maxWidth: 560 }} data-testid="security-page">
      <Stack spacing={2}>
        <Typography variant="h5" component="h1">
          {t('auth.mfa.settings.title')}
        </Typography>
        {message ? (
          <Alert severity={message.severity} role={message.severity === 'error' ? 'alert' : 'status'}>
            {t(message.key)}
          </Alert>
        ) : null}
        {recoveryCodes && recoveryCodes.length > 0 ? (
          <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />
        ) : mfa.isEnabled ? (
          <>
            <Typography>
              {t('auth.mfa.settings.enabled', { count: String(mfa.recoveryCodesLeft) })}
            </Typography>
            {mfa.isRequired ? (
              <Alert severity="info">{t('auth.mfa.settings.required')}</Alert>
            ) : (
              <form noValidate onSubmit={onDisable}>
                <Stack spacing={2}>
                  <Typography variant="body2">{t('auth.mfa.settings.disableHelp')}</Typography>
                  {codeField}
                  <Button type="submit" variant="outlined" color="warning" disabled={isBusy}>
                    {t('auth.mfa.settings.disable')}
                  </Button>
                </Stack>
              </form>
            )}
          </>
        ) : enrolment ? (
          <form noValidate onSubmit={onConfirm}>
            <Stack spacing={2}>
              <MfaEnrolmentSecret enrolment={enrolment} />
              {codeField}
              <Button type="submit" variant="contained" disabled={isBusy} data-testid="mfa-settings-confirm">
                {t('auth.mfa.settings.confirm')}
              </Button>
            </Stack>
          </form>
        ) : (
          <>
            <Typography>{t('auth.mfa.settings.disabled')}</Typography>
            <Button
              variant="contained"
              disabled={isBusy}
              onClick={() => void beginEnrolment().then(setEnrolment)}
              data-testid="mfa-settings-enable"
            >
              {t('auth.mfa.settings.enable')}
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  );
}
