import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, ValidationError } from '../../shared/graphql/error-result';
import { Counselling, CourseDelivery, LegalVicePrincipal, TeachingPlanEntry } from './care-records.type';

@ObjectType({
  implements: ErrorResult,
  description: 'No such institution, intake or class, or not one the viewer reads.',
})
export class CareNotFoundError extends ErrorResult {
  static of(): CareNotFoundError {
    return Object.assign(new CareNotFoundError(), { code: ErrorCode.NOT_FOUND, message: 'Not found' });
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'The viewer reads these records but does not keep them (only the head does).',
})
export class CareForbiddenError extends ErrorResult {
  @Field({ description: 'The rule that refuses it.' })
  ruleId: string;

  static of(ruleId: string): CareForbiddenError {
    return Object.assign(new CareForbiddenError(), {
      code: ErrorCode.FORBIDDEN,
      message: 'Only the institution’s head keeps its care records and classes',
      ruleId,
    });
  }
}

@ObjectType({ implements: ErrorResult, description: 'The record is in a state that does not allow this.' })
export class CareStateError extends ErrorResult {
  static of(message: string): CareStateError {
    return Object.assign(new CareStateError(), { code: ErrorCode.TRANSITION_REFUSED, message });
  }
}

const refusals = [ValidationError, CareNotFoundError, CareForbiddenError] as const;

export const RecordLegalVicePrincipalResult = createUnionType({
  name: 'RecordLegalVicePrincipalResult',
  description: 'The appointment, or why not.',
  types: () => [LegalVicePrincipal, ...refusals] as const,
});

export const RecordCourseDeliveryResult = createUnionType({
  name: 'RecordCourseDeliveryResult',
  description: 'The delivery, or why not.',
  types: () => [CourseDelivery, ...refusals] as const,
});

export const RecordTeachingPlanResult = createUnionType({
  name: 'RecordTeachingPlanResult',
  description: 'The plan entry, or why not (a closed class has no lessons).',
  types: () => [TeachingPlanEntry, ...refusals, CareStateError] as const,
});

export const RecordCounsellingResult = createUnionType({
  name: 'RecordCounsellingResult',
  description: 'The counselling room and hotline, or why not.',
  types: () => [Counselling, ...refusals] as const,
});
