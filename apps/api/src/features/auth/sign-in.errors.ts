import { Field, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult } from '../../shared/graphql/error-result';

// Sign-in's refusals, shared by the password step (sign-in.result.ts) and the second factor (mfa.types.ts).

@ObjectType({
  implements: ErrorResult,
  description: 'Wrong username or password. Never says which, nor whether the account exists.',
})
export class InvalidCredentialsError extends ErrorResult {
  static create(): InvalidCredentialsError {
    return Object.assign(new InvalidCredentialsError(), {
      code: ErrorCode.INVALID_CREDENTIALS,
      message: 'Invalid username or password',
    });
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'Too many failed attempts: sign-in is refused for a while.',
})
export class AccountLockedError extends ErrorResult {
  @Field({ description: 'When sign-in will be accepted again.' })
  lockedUntil: Date;

  static until(lockedUntil: Date): AccountLockedError {
    return Object.assign(new AccountLockedError(), {
      code: ErrorCode.ACCOUNT_LOCKED,
      message: 'Too many failed attempts; try again later',
      lockedUntil,
    });
  }
}
