import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, ValidationError } from '../../shared/graphql/error-result';
import { TrainingSession } from './training.type';

@ObjectType({ implements: ErrorResult, description: 'No such session, or not one the viewer reaches.' })
export class TrainingNotFoundError extends ErrorResult {
  static of(): TrainingNotFoundError {
    return Object.assign(new TrainingNotFoundError(), { code: ErrorCode.NOT_FOUND, message: 'Not found' });
  }
}

@ObjectType({
  implements: ErrorResult,
  description:
    'Only the organiser (the head of the institution, or the committee unit) records this (PRV-5).',
})
export class TrainingForbiddenError extends ErrorResult {
  @Field({ description: 'The rule that refuses it.' })
  ruleId: string;

  static of(ruleId: string): TrainingForbiddenError {
    return Object.assign(new TrainingForbiddenError(), {
      code: ErrorCode.FORBIDDEN,
      message: 'Only the organiser of the session records it and its attendance',
      ruleId,
    });
  }
}

export const RecordTrainingSessionResult = createUnionType({
  name: 'RecordTrainingSessionResult',
  description: 'The session, or why not.',
  types: () => [TrainingSession, ValidationError, TrainingForbiddenError] as const,
});

export const RecordAttendanceResult = createUnionType({
  name: 'RecordAttendanceResult',
  description: 'The session with its attendance, or why not (nothing changed).',
  types: () => [TrainingSession, ValidationError, TrainingNotFoundError, TrainingForbiddenError] as const,
});
