import { createUnionType } from 'type-graphql';
import { ValidationError } from '../../shared/graphql/error-result';
import { MfaEnrolmentRequired, MfaRequired } from './mfa.types';
import { AccountLockedError, InvalidCredentialsError } from './sign-in.errors';
import { Viewer } from './viewer.type';

export const SignInResult = createUnionType({
  name: 'SignInResult',
  description:
    'The signed-in viewer, the second factor still to give (or to enrol), or why sign-in was refused.',
  types: () =>
    [
      Viewer,
      MfaRequired,
      MfaEnrolmentRequired,
      InvalidCredentialsError,
      AccountLockedError,
      ValidationError,
    ] as const,
});
