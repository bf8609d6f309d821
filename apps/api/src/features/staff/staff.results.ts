import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, ValidationError } from '../../shared/graphql/error-result';
import type { StaffStatus } from './staff-member.entity';
import { CheckRecorderEnum, StaffStatusEnum, type CheckRecorderCode } from './staff.enums';
import { MisconductCase, MisconductOptions } from './misconduct-case.type';
import { StaffMember, VettingDecision } from './staff.type';

function error<T extends ErrorResult>(
  type: new () => T,
  code: ErrorCode,
  message: string,
  extra: Partial<T> = {},
): T {
  return Object.assign(new type(), { code, message }, extra);
}

@ObjectType({ implements: ErrorResult, description: 'No such staff member in the viewer’s scope.' })
export class StaffNotFoundError extends ErrorResult {
  static of(): StaffNotFoundError {
    return error(StaffNotFoundError, ErrorCode.NOT_FOUND, 'Staff member not found');
  }
}

@ObjectType({ implements: ErrorResult, description: 'The viewer sees the record but may not do this.' })
export class StaffForbiddenError extends ErrorResult {
  @Field({ description: 'The rule of the staff or misconduct policy that refuses it.' })
  ruleId: string;

  static of(message: string, ruleId: string): StaffForbiddenError {
    return error(StaffForbiddenError, ErrorCode.FORBIDDEN, message, { ruleId });
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'The same ID number is already on this institution’s register.',
})
export class DuplicateStaffError extends ErrorResult {
  static of(): DuplicateStaffError {
    return error(DuplicateStaffError, ErrorCode.DUPLICATE_STAFF, 'This ID number is already on the register');
  }
}

@ObjectType({ implements: ErrorResult, description: 'The viewer is not who records this check (ORG-2).' })
export class NotResponsibleError extends ErrorResult {
  @Field(() => [CheckRecorderEnum], { description: 'Who records it.' })
  recordedBy: CheckRecorderCode[];

  @Field(() => String, { nullable: true, description: 'The rule behind it.' })
  ruleId: string | null;

  static of(recordedBy: CheckRecorderCode[], ruleId: string | null): NotResponsibleError {
    return error(NotResponsibleError, ErrorCode.NOT_RESPONSIBLE, `Recorded by ${recordedBy.join(', ')}`, {
      recordedBy,
      ruleId,
    });
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'Activation refused: the vetting decision is not CLEAR.',
})
export class VettingNotClearError extends ErrorResult {
  @Field(() => VettingDecision, { description: 'The decision, with what blocks or is missing.' })
  decision: VettingDecision;

  static of(decision: VettingDecision): VettingNotClearError {
    return error(VettingNotClearError, ErrorCode.VETTING_NOT_CLEAR, `Vetting is ${decision.status}`, {
      decision,
    });
  }
}

@ObjectType({ implements: ErrorResult, description: 'Not possible in the current state.' })
export class InvalidStaffStateError extends ErrorResult {
  @Field(() => StaffStatusEnum, { nullable: true, description: 'The staff member’s status.' })
  status: StaffStatus | null;

  static of(message: string, status: StaffStatus | null = null): InvalidStaffStateError {
    return error(InvalidStaffStateError, ErrorCode.INVALID_STAFF_STATE, message, { status });
  }
}

@ObjectType({ implements: ErrorResult, description: 'misconductOutcomes does not allow these outcomes.' })
export class OutcomeNotAllowedError extends ErrorResult {
  @Field(() => MisconductOptions, { description: 'What the facts allow.' })
  allowed: MisconductOptions;

  static of(message: string, allowed: MisconductOptions): OutcomeNotAllowedError {
    return error(OutcomeNotAllowedError, ErrorCode.OUTCOME_NOT_ALLOWED, message, { allowed });
  }
}

@ObjectType({ implements: ErrorResult, description: 'No such misconduct case in the viewer’s scope.' })
export class MisconductCaseNotFoundError extends ErrorResult {
  static of(): MisconductCaseNotFoundError {
    return error(MisconductCaseNotFoundError, ErrorCode.NOT_FOUND, 'Misconduct case not found');
  }
}

@ObjectType({ description: 'One problem in a roster row.' })
export class ImportRowError {
  @Field(() => Int, { description: 'Excel row number (the header is row 1).' })
  row: number;

  @Field(() => String, { nullable: true, description: 'The column header, e.g. 身份证号.' })
  column: string | null;

  @Field({ description: 'What is wrong, in Chinese.' })
  message: string;

  @Field({ description: 'Machine-readable code, e.g. INVALID_ID_NUMBER.' })
  code: string;
}

@ObjectType({ description: 'A roster imported in full.' })
export class StaffImportReport {
  @Field(() => Int, { description: 'Data rows in the file.' })
  rowCount: number;

  @Field(() => Int, { description: 'Staff members added (as candidates).' })
  importedCount: number;

  @Field(() => Int, { description: 'Of those, BLOCKED by the district ban register.' })
  blockedCount: number;
}

@ObjectType({ implements: ErrorResult, description: 'The roster has errors: nothing was imported.' })
export class ImportRejectedError extends ErrorResult {
  @Field(() => Int, { description: 'Data rows in the file.' })
  rowCount: number;

  @Field(() => [ImportRowError], { description: 'Every problem found, by row.' })
  errors: ImportRowError[];

  static of(rowCount: number, errors: ImportRowError[]): ImportRejectedError {
    return error(
      ImportRejectedError,
      ErrorCode.IMPORT_REJECTED,
      `${errors.length} error(s): nothing imported`,
      {
        rowCount,
        errors,
      },
    );
  }
}

const union = <T extends readonly [new () => object, ...(new () => object)[]]>(
  name: string,
  description: string,
  types: T,
) => createUnionType({ name, description, types: () => types });

export const AddStaffCandidateResult = union('AddStaffCandidateResult', 'The new candidate, or why not.', [
  StaffMember,
  ValidationError,
  DuplicateStaffError,
  StaffForbiddenError,
] as const);
export const RecordVettingCheckResult = union('RecordVettingCheckResult', 'The staff member, or why not.', [
  StaffMember,
  ValidationError,
  StaffNotFoundError,
  NotResponsibleError,
  InvalidStaffStateError,
] as const);
export const ActivateStaffResult = union('ActivateStaffResult', 'The active member, or why not.', [
  StaffMember,
  StaffNotFoundError,
  StaffForbiddenError,
  VettingNotClearError,
  InvalidStaffStateError,
] as const);
export const RecordQualificationResult = union('RecordQualificationResult', 'The staff member, or why not.', [
  StaffMember,
  ValidationError,
  StaffNotFoundError,
  StaffForbiddenError,
] as const);
export const RecordInterviewResult = union('RecordInterviewResult', 'The staff member, or why not.', [
  StaffMember,
  ValidationError,
  StaffNotFoundError,
  StaffForbiddenError,
  InvalidStaffStateError,
] as const);
export const OpenMisconductCaseResult = union('OpenMisconductCaseResult', 'The case, or why not.', [
  MisconductCase,
  ValidationError,
  StaffNotFoundError,
  StaffForbiddenError,
] as const);
export const DecideMisconductResult = union('DecideMisconductResult', 'The decided case, or why not.', [
  MisconductCase,
  ValidationError,
  MisconductCaseNotFoundError,
  StaffForbiddenError,
  OutcomeNotAllowedError,
  InvalidStaffStateError,
] as const);
export const ImportStaffRosterResult = union(
  'ImportStaffRosterResult',
  'The import report, or every row error.',
  [StaffImportReport, ImportRejectedError, ValidationError] as const,
);
