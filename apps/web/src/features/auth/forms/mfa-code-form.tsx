import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import type { ViewerFieldsFragment } from '../../../gql/graphql';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { assertNever } from '../../../shared/lib/assert-never';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { useMfaSignIn } from '../hooks/use-mfa-sign-in';

const TOTP = /^\d{6}$/;
const RECOVERY = /^[a-z2-7]{5}-?[a-z2-7]{5}$/i;

/**
 * The code step of sign-in: six digits from the authenticator app, or (VERIFY only) a recovery code.
 * ENROL confirms a new secret with its first code.
 */
export function MfaCodeForm({
  mode,
  challenge,
  onSignedIn,
  onExpired,
}: {
  mode: 'VERIFY' | 'ENROL';
  challenge: string;
  onSignedIn: (viewer: ViewerFieldsFragment, recoveryCodes: string[] | null) => void;
  onExpired: () => void;
}) {
  const t = useT();
  const { submitCode, isBusy } = useMfaSignIn();
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<MessageKey | null>(null);
  const [alert, setAlert] = useState<{ key: MessageKey; params?: Record<string, string> } | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    const typed = code.trim();
    if (!(useRecovery ? RECOVERY : TOTP).test(typed)) {
      setFieldError(useRecovery ? 'auth.mfa.recoveryCodeFormat' : 'auth.mfa.codeFormat');
      return;
    }
    setFieldError(null);
    let outcome;
    try {
      outcome = await submitCode(mode, challenge, typed);
    } catch {
      setAlert({ key: 'auth.networkError' });
      return;
    }
    switch (outcome.type) {
      case 'SIGNED_IN':
        onSignedIn(outcome.viewer, outcome.recoveryCodes);
        return;
      case 'INVALID_CODE':
      case 'INVALID_INPUT':
        setAlert({ key: 'auth.mfa.invalidCode' });
        setCode('');
        return;
      case 'EXPIRED':
        onExpired();
        return;
      case 'LOCKED':
        setAlert({ key: 'auth.locked', params: { until: formatDateTimeShort(outcome.lockedUntil) } });
        return;
      default:
        assertNever(outcome);
    }
  };

  const label = useRecovery ? t('auth.mfa.recoveryCode') : t('auth.mfa.code');
  return (
    <form noValidate onSubmit={onSubmit} aria-busy={isBusy} data-testid="mfa-code-form">
      <Stack spacing={2}>
        {alert ? (
          <Alert severity="error" role="alert" data-testid="mfa-code-error">
            {t(alert.key, alert.params)}
          </Alert>
        ) : null}
        <TextField
          id="mfa-code"
          label={label}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="one-time-code"
          autoFocus
          fullWidth
          error={fieldError !== null}
          helperText={fieldError ? t(fieldError) : useRecovery ? undefined : t('auth.mfa.codeHelp')}
          slotProps={{
            htmlInput: {
              'aria-required': true,
              'data-testid': 'mfa-code',
              ...(useRecovery
                ? { maxLength: 11, autoCapitalize: 'none', spellCheck: false }
                : { inputMode: 'numeric', pattern: '[0-9]*', maxLength: 6 }),
            },
          }}
        />
        <Button
          type="submit"
          variant="contained"
          size="large"
          disabled={isBusy}
          data-testid="mfa-code-submit"
        >
          {isBusy ? t('auth.submitting') : t('auth.mfa.submit')}
        </Button>
        {mode === 'VERIFY' ? (
          <Button
            variant="text"
            onClick={() => {
              setUseRecovery(!useRecovery);
              setCode('');
              setFieldError(null);
            }}
            data-testid="mfa-use-recovery"
          >
            {useRecovery ? t('auth.mfa.useAppCode') : t('auth.mfa.useRecoveryCode')}
          </Button>
        ) : null}
      </Stack>
    </form>
  );
}
