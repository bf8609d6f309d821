import type { MessageKey } from '../../../i18n/i18n';

export interface SignInFormValues {
  username: string;
  password: string;
}

export type SignInFieldErrors = Partial<Record<keyof SignInFormValues, MessageKey>>;

/**
 * The sign-in form's own checks (both fields required; a username of spaces is empty). Plain code
 * rather than zod and react-hook-form: the sign-in route's first paint carries neither (issue 14).
 */
export function validateSignIn(values: SignInFormValues): {
  values: SignInFormValues;
  errors: SignInFieldErrors;
} {
  const trimmed = { username: values.username.trim(), password: values.password };
  const errors: SignInFieldErrors = {};
  if (!trimmed.username) errors.username = 'auth.usernameRequired';
  if (!trimmed.password) errors.password = 'auth.passwordRequired';
  return { values: trimmed, errors };
}
