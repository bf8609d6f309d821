import { createUnionType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, ValidationError } from '../../shared/graphql/error-result';
import { AccountLockedError } from './sign-in.errors';
import { Viewer } from './viewer.type';

@ObjectType({
  description:
    'The password was right; the account signs in with a second factor. Answer with verifyMfa within five minutes.',
})
export class MfaRequired {
  @Field({ description: 'Single-use token for verifyMfa.' })
  challenge: string;

  @Field({ description: 'When the challenge expires.' })
  expiresAt: Date;
}

@ObjectType({
  description:
    'The password was right, but this account must use a second factor (REP-7, VET-2) and has none yet: enrol with beginMfaEnrolment and confirmMfaEnrolment within five minutes.',
})
export class MfaEnrolmentRequired {
  @Field({ description: 'Single-use token for beginMfaEnrolment and confirmMfaEnrolment.' })
  challenge: string;

  @Field({ description: 'When the challenge expires.' })
  expiresAt: Date;

  @Field({ description: 'The rule that requires a second factor for this account.' })
  ruleId: string;
}

@ObjectType({ description: 'A new TOTP secret to add to an authenticator app, not yet confirmed.' })
export class MfaEnrolment {
  @Field({ description: 'The secret in base32, for typing into the app by hand.' })
  secret: string;

  @Field({ description: 'The otpauth:// URI the QR code holds.' })
  otpauthUri: string;

  @Field({ description: 'The QR code of otpauthUri as an SVG document.' })
  qrCodeSvg: string;
}

@ObjectType({ description: 'MFA is on. The recovery codes are shown this once; each works once.' })
export class MfaRecoveryCodes {
  @Field(() => [String], { description: 'Ten one-time recovery codes.' })
  recoveryCodes: string[];
}

@ObjectType({ description: 'Enrolment confirmed at sign-in: the session is open.' })
export class MfaEnrolled extends MfaRecoveryCodes {
  @Field(() => Viewer, { description: 'The signed-in viewer.' })
  viewer: Viewer;
}

@ObjectType({ description: 'The viewer’s second factor.' })
export class MfaStatus {
  @Field({ description: 'Whether sign-in asks for a TOTP or recovery code.' })
  isEnabled: boolean;

  @Field({ description: 'Whether this account must use it (REP-7, VET-2); then it cannot be turned off.' })
  isRequired: boolean;

  @Field(() => Int, { description: 'Recovery codes not used yet.' })
  recoveryCodesLeft: number;
}

@ObjectType({ description: 'MFA was turned off.' })
export class MfaDisabled {
  @Field({ description: 'Always true.' })
  isDisabled: boolean;
}

@ObjectType({
  implements: ErrorResult,
  description: 'The code is wrong, expired or already used. Counts as a failed sign-in at sign-in.',
})
export class InvalidMfaCodeError extends ErrorResult {
  static create(): InvalidMfaCodeError {
    return Object.assign(new InvalidMfaCodeError(), {
      code: ErrorCode.INVALID_MFA_CODE,
      message: 'Invalid or already used code',
    });
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'The sign-in challenge is unknown, used or expired: sign in with the password again.',
})
export class MfaChallengeExpiredError extends ErrorResult {
  static create(): MfaChallengeExpiredError {
    return Object.assign(new MfaChallengeExpiredError(), {
      code: ErrorCode.MFA_CHALLENGE_EXPIRED,
      message: 'The sign-in step expired; sign in again',
    });
  }
}

@ObjectType({ implements: ErrorResult, description: 'The second factor cannot be changed this way now.' })
export class MfaStateError extends ErrorResult {
  @Field(() => String, { nullable: true, description: 'The rule that requires MFA, when that is why.' })
  ruleId: string | null;

  static of(code: ErrorCode, message: string, ruleId: string | null = null): MfaStateError {
    return Object.assign(new MfaStateError(), { code, message, ruleId });
  }
}

@InputType({ description: 'A sign-in challenge and a code.' })
export class MfaCodeInput {
  @Field({ description: 'The challenge from signIn.' })
  challenge: string;

  @Field({ description: 'A 6-digit TOTP code or a recovery code.' })
  code: string;
}

export const VerifyMfaResult = createUnionType({
  name: 'VerifyMfaResult',
  description: 'The signed-in viewer, or why the second factor was refused.',
  types: () =>
    [Viewer, InvalidMfaCodeError, MfaChallengeExpiredError, AccountLockedError, ValidationError] as const,
});

export const BeginMfaEnrolmentResult = createUnionType({
  name: 'BeginMfaEnrolmentResult',
  description: 'A secret to confirm, or why enrolment cannot start.',
  types: () => [MfaEnrolment, MfaChallengeExpiredError, MfaStateError] as const,
});

export const ConfirmMfaEnrolmentResult = createUnionType({
  name: 'ConfirmMfaEnrolmentResult',
  description: 'MFA is on and the session open, or why the code was refused.',
  types: () =>
    [
      MfaEnrolled,
      InvalidMfaCodeError,
      MfaChallengeExpiredError,
      AccountLockedError,
      ValidationError,
    ] as const,
});

export const ConfirmMyMfaEnrolmentResult = createUnionType({
  name: 'ConfirmMyMfaEnrolmentResult',
  description: 'MFA is on, or why the code was refused.',
  types: () => [MfaRecoveryCodes, InvalidMfaCodeError, MfaStateError, ValidationError] as const,
});

export const DisableMyMfaResult = createUnionType({
  name: 'DisableMyMfaResult',
  description: 'MFA is off, or why it stays on.',
  types: () => [MfaDisabled, InvalidMfaCodeError, MfaStateError, ValidationError] as const,
});
