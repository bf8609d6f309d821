import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { lazy, Suspense, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ViewerFieldsFragment } from '../../../gql/graphql';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { assertNever } from '../../../shared/lib/assert-never';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { LoadingState } from '../../../shared/ui/loading-state';
import { useSignIn } from '../hooks/use-sign-in';
import { signInFormSchema, type SignInFormValues } from './sign-in-form.schema';

// The code step loads only when the password was right (with Apollo): the first paint carries neither.
const MfaSignInStep = lazy(() =>
  import('../components/mfa-sign-in-step').then((m) => ({ default: m.MfaSignInStep })),
);

type FormAlert = { key: MessageKey; params?: Record<string, string> };
type Step = { type: 'PASSWORD' } | { type: 'CODE'; challenge: string } | { type: 'ENROL'; challenge: string };

export function SignInForm({ onSignedIn }: { onSignedIn: (viewer: ViewerFieldsFragment) => void }) {
  const t = useT();
  const { signIn, isSigningIn } = useSignIn();
  const [alert, setAlert] = useState<FormAlert | null>(null);
  const [step, setStep] = useState<Step>({ type: 'PASSWORD' });
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<SignInFormValues>({
    resolver: zodResolver(signInFormSchema),
    defaultValues: { username: '', password: '' },
  });

  const onSubmit = async (values: SignInFormValues) => {
    setAlert(null);
    let outcome;
    try {
      outcome = await signIn(values);
    } catch {
      setAlert({ key: 'auth.networkError' });
      return;
    }
    switch (outcome.type) {
      case 'SIGNED_IN':
        onSignedIn(outcome.viewer);
        return;
      case 'MFA_REQUIRED':
        setStep({ type: 'CODE', challenge: outcome.challenge });
        return;
      case 'MFA_ENROLMENT_REQUIRED':
        setStep({ type: 'ENROL', challenge: outcome.challenge });
        return;
      case 'INVALID_CREDENTIALS':
        setAlert({ key: 'auth.invalidCredentials' });
        setValue('password', '');
        setFocus('password');
        return;
      case 'LOCKED':
        setAlert({ key: 'auth.locked', params: { until: formatDateTimeShort(outcome.lockedUntil) } });
        return;
      case 'INVALID_INPUT':
        if (outcome.field === 'username' || outcome.field === 'password') {
          setError(outcome.field, { message: 'errorCode.VALIDATION_FAILED' });
        } else {
          setAlert({ key: 'errorCode.VALIDATION_FAILED' });
        }
        return;
      default:
        assertNever(outcome);
    }
  };

  // The challenge expired (five minutes) or was used: start again from the password.
  const backToPassword = () => {
    setStep({ type: 'PASSWORD' });
    setValue('password', '');
    setAlert({ key: 'auth.mfa.expired' });
  };
  if (step.type !== 'PASSWORD') {
    return (
      <Suspense fallback={<LoadingState />}>
        <MfaSignInStep
          mode={step.type}
          challenge={step.challenge}
          onExpired={backToPassword}
          onSignedIn={onSignedIn}
        />
      </Suspense>
    );
  }

  const busy = isSubmitting || isSigningIn;
  const usernameField = register('username');
  const passwordField = register('password');
  const errorText = (message: string | undefined) => (message ? t(message as MessageKey) : undefined);

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} aria-busy={busy} data-testid="sign-in-form">
      <Stack spacing={2.5}>
        {alert ? (
          <Alert severity="error" role="alert" data-testid="sign-in-error">
            {t(alert.key, alert.params)}
          </Alert>
        ) : null}
        <TextField
          id="sign-in-username"
          label={t('auth.username')}
          autoComplete="username"
          autoFocus
          fullWidth
          inputRef={usernameField.ref}
          name={usernameField.name}
          onChange={usernameField.onChange}
          onBlur={usernameField.onBlur}
          error={Boolean(errors.username)}
          helperText={errorText(errors.username?.message)}
          slotProps={{ htmlInput: { 'aria-required': true, 'data-testid': 'sign-in-username' } }}
        />
        <TextField
          id="sign-in-password"
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          fullWidth
          inputRef={passwordField.ref}
          name={passwordField.name}
          onChange={passwordField.onChange}
          onBlur={passwordField.onBlur}
          error={Boolean(errors.password)}
          helperText={errorText(errors.password?.message)}
          slotProps={{ htmlInput: { 'aria-required': true, 'data-testid': 'sign-in-password' } }}
        />
        <Button type="submit" variant="contained" size="large" disabled={busy} data-testid="sign-in-submit">
          {busy ? t('auth.submitting') : t('auth.submit')}
        </Button>
      </Stack>
    </form>
  );
}
