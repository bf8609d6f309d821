import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, ValidationError } from '../../shared/graphql/error-result';
import { MonitoredPlaceRegister } from './places.type';

@ObjectType({
  implements: ErrorResult,
  description: 'No such institution or place, or not one the viewer reads.',
})
export class PlaceNotFoundError extends ErrorResult {
  static of(): PlaceNotFoundError {
    return Object.assign(new PlaceNotFoundError(), { code: ErrorCode.NOT_FOUND, message: 'Not found' });
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'The viewer may read the register but not change it (PRV-2).',
})
export class PlaceForbiddenError extends ErrorResult {
  @Field({ description: 'The rule that refuses it.' })
  ruleId: string;

  static of(ruleId: string): PlaceForbiddenError {
    return Object.assign(new PlaceForbiddenError(), {
      code: ErrorCode.FORBIDDEN,
      message: 'Only the institution’s head keeps its place register',
      ruleId,
    });
  }
}

const registerResult = (name: string) =>
  createUnionType({
    name,
    description: 'The register as it now stands, or why not.',
    types: () => [MonitoredPlaceRegister, ValidationError, PlaceNotFoundError, PlaceForbiddenError] as const,
  });

export const RecordMonitoredPlaceResult = registerResult('RecordMonitoredPlaceResult');
export const RecordBlindSpotSelfInspectionResult = registerResult('RecordBlindSpotSelfInspectionResult');
