import { lazy, Suspense, useRef, useState, type FormEvent } from 'react';
import type { ViewerFieldsFragment } from '../../../gql/graphql';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { assertNever } from '../../../shared/lib/assert-never';
import { LoadingState } from '../../../shared/ui/loading-state';
import { useSignIn } from '../hooks/use-sign-in';
import { validateSignIn, type SignInFieldErrors } from './sign-in-form.schema';
import { SignInTextField } from './sign-in-text-field';

// The code step loads only when the password was right (with Apollo and MUI's theme): the first paint
// carries neither.
const MfaSignInStep = lazy(() =>
  Promise.all([import('../components/mfa-sign-in-step'), import('../../../app/themed')]).then(
    ([step, themed]) => ({ default: themed.withTheme(step.MfaSignInStep) }),
  ),
);

type FormAlert = { key: MessageKey; params?: Record<string, string> };
type Step = { type: 'PASSWORD' } | { type: 'CODE'; challenge: string } | { type: 'ENROL'; challenge: string };

export function SignInForm({ onSignedIn }: { onSignedIn: (viewer: ViewerFieldsFragment) => void }) {
  const t = useT();
  const { signIn, isSigningIn } = useSignIn();
  const [alert, setAlert] = useState<FormAlert | null>(null);
  const [step, setStep] = useState<Step>({ type: 'PASSWORD' });
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<SignInFieldErrors>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateSignIn({ username, password });
    setErrors(checked.errors);
    if (checked.errors.username) return usernameRef.current?.focus();
    if (checked.errors.password) return passwordRef.current?.focus();
    setAlert(null);
    let outcome;
    try {
      outcome = await signIn(checked.values);
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
        setPassword('');
        passwordRef.current?.focus();
        return;
      case 'LOCKED': {
        // dayjs loads only for this message (first paint).
        const { formatDateTimeShort } = await import('../../../shared/lib/dates');
        setAlert({ key: 'auth.locked', params: { until: formatDateTimeShort(outcome.lockedUntil) } });
        return;
      }
      case 'INVALID_INPUT':
        if (outcome.field === 'username' || outcome.field === 'password') {
          setErrors({ [outcome.field]: 'errorCode.VALIDATION_FAILED' });
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
    setPassword('');
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

  const busy = isSigningIn;
  const errorText = (key: MessageKey | undefined) => (key ? t(key) : undefined);

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={busy} data-testid="sign-in-form">
      <div className="xh-form">
        {alert ? (
          <div className="xh-alert" role="alert" data-testid="sign-in-error">
            <p>{t(alert.key, alert.params)}</p>
          </div>
        ) : null}
        <SignInTextField
          id="sign-in-username"
          label={t('auth.username')}
          autoComplete="username"
          autoFocus
          value={username}
          onChange={setUsername}
          inputRef={usernameRef}
          error={errorText(errors.username)}
          testId="sign-in-username"
        />
        <SignInTextField
          id="sign-in-password"
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          inputRef={passwordRef}
          error={errorText(errors.password)}
          testId="sign-in-password"
        />
        <button
          type="submit"
          className="xh-button xh-button-large"
          disabled={busy}
          data-testid="sign-in-submit"
        >
          {busy ? t('auth.submitting') : t('auth.submit')}
        </button>
      </div>
    </form>
  );
}
