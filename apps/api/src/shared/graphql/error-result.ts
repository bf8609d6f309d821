import { Field, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { TextProblem } from '../input/clean-text';

/** Codes of expected failures returned as data (members of result unions). */
export enum ErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  INVALID_TIMELINE = 'INVALID_TIMELINE',
  TRANSITION_REFUSED = 'TRANSITION_REFUSED',
  // Staff register and vetting (issue 5)
  DUPLICATE_STAFF = 'DUPLICATE_STAFF',
  NOT_RESPONSIBLE = 'NOT_RESPONSIBLE',
  VETTING_NOT_CLEAR = 'VETTING_NOT_CLEAR',
  INVALID_STAFF_STATE = 'INVALID_STAFF_STATE',
  OUTCOME_NOT_ALLOWED = 'OUTCOME_NOT_ALLOWED',
  IMPORT_REJECTED = 'IMPORT_REJECTED',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
  // Second factor (issue 9)
  INVALID_MFA_CODE = 'INVALID_MFA_CODE',
  MFA_CHALLENGE_EXPIRED = 'MFA_CHALLENGE_EXPIRED',
  MFA_REQUIRED = 'MFA_REQUIRED',
  MFA_ALREADY_ENABLED = 'MFA_ALREADY_ENABLED',
  MFA_NOT_ENABLED = 'MFA_NOT_ENABLED',
  // Assessment and veto (issue 10)
  INVALID_ASSESSMENT_STATE = 'INVALID_ASSESSMENT_STATE',
  SANCTION_NOT_ALLOWED = 'SANCTION_NOT_ALLOWED',
  // Surroundings (issue 11, PRV-3)
  INVALID_RISK_SUBJECT_STATE = 'INVALID_RISK_SUBJECT_STATE',
  // Dormitory door (issue 11, PRV-4)
  DORM_ENTRY_REFUSED = 'DORM_ENTRY_REFUSED',
  INVALID_DORM_STATE = 'INVALID_DORM_STATE',
  // Inspections and hazards (issue 11)
  INVALID_INSPECTION_STATE = 'INVALID_INSPECTION_STATE',
  // Watched children's files (issue 12, PRV-8)
  INVALID_CHILD_FILE_STATE = 'INVALID_CHILD_FILE_STATE',
  // The anonymous tip line (issue 13, REP-9)
  TIP_RATE_LIMITED = 'TIP_RATE_LIMITED',
  TIP_PROOF_REFUSED = 'TIP_PROOF_REFUSED',
  INVALID_TIP_STATE = 'INVALID_TIP_STATE',
}
registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description: 'Why an operation was refused; the UI maps each code to its own text.',
});

registerEnumType(TextProblem, {
  name: 'TextProblem',
  description: 'Why a text input was refused at the boundary, before any service saw it.',
});

@InterfaceType({ description: 'An expected failure, returned as data rather than as a GraphQL error.' })
export abstract class ErrorResult {
  @Field(() => ErrorCode, { description: 'Machine-readable reason.' })
  code: ErrorCode;

  @Field({ description: 'English description for logs and developers; the UI shows its own text.' })
  message: string;
}

@ObjectType({ implements: ErrorResult, description: 'The input did not pass validation.' })
export class ValidationError extends ErrorResult {
  @Field(() => String, { nullable: true, description: 'The input field at fault, when there is one.' })
  field: string | null;

  @Field(() => TextProblem, {
    nullable: true,
    description: 'What is wrong with the text itself (characters, a name without letters); null otherwise.',
  })
  textProblem: TextProblem | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'TOO_LONG: the most characters the field takes, for the message ("最多 60 字"); null otherwise.',
  })
  limit: number | null;

  static of(
    field: string | null,
    message: string,
    textProblem: TextProblem | null = null,
    limit: number | null = null,
  ): ValidationError {
    return Object.assign(new ValidationError(), {
      code: ErrorCode.VALIDATION_FAILED,
      message,
      field,
      textProblem,
      limit,
    });
  }

  /** A text longer than the field takes; the message names the limit, in English and Chinese. */
  static tooLong(field: string, max: number): ValidationError {
    return ValidationError.of(
      field,
      `${field}: at most ${max} characters (最多 ${max} 字)`,
      TextProblem.TOO_LONG,
      max,
    );
  }
}
