import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, ValidationError } from '../../shared/graphql/error-result';
import { Hazard, Inspection, InspectionCampaign } from './inspections.types';

@ObjectType({ implements: ErrorResult, description: 'No such record, or not one the viewer reads.' })
export class InspectionNotFoundError extends ErrorResult {
  static of(what = 'Record'): InspectionNotFoundError {
    return Object.assign(new InspectionNotFoundError(), {
      code: ErrorCode.NOT_FOUND,
      message: `${what} not found`,
    });
  }
}

@ObjectType({ implements: ErrorResult, description: 'The viewer may not do this (PRV-1, ORG-3).' })
export class InspectionForbiddenError extends ErrorResult {
  @Field({ description: 'The rule of the inspection policy that refuses it.' })
  ruleId: string;

  static of(message: string, ruleId: string): InspectionForbiddenError {
    return Object.assign(new InspectionForbiddenError(), { code: ErrorCode.FORBIDDEN, message, ruleId });
  }
}

@ObjectType({
  implements: ErrorResult,
  description:
    'Not in this state: submitted, items missing, a rectification awaiting verification or none (PRV-1).',
})
export class InspectionStateError extends ErrorResult {
  @Field({ description: 'The rule behind it.' })
  ruleId: string;

  static of(message: string): InspectionStateError {
    return Object.assign(new InspectionStateError(), {
      code: ErrorCode.INVALID_INSPECTION_STATE,
      message,
      ruleId: 'PRV-1',
    });
  }
}

const union = (
  name: string,
  description: string,
  success: typeof Hazard | typeof Inspection | typeof InspectionCampaign,
) =>
  createUnionType({
    name,
    description,
    // Views are plain objects; refusals are class instances.
    resolveType: (value) => (value instanceof ErrorResult ? value.constructor.name : success.name),
    types: () =>
      [
        success,
        ValidationError,
        InspectionNotFoundError,
        InspectionForbiddenError,
        InspectionStateError,
      ] as const,
  });

export const OpenInspectionCampaignResult = union(
  'OpenInspectionCampaignResult',
  'The new campaign, or why not.',
  InspectionCampaign,
);
export const StartInspectionResult = union(
  'StartInspectionResult',
  'The inspection, or why not.',
  Inspection,
);
export const RecordInspectionItemResult = union(
  'RecordInspectionItemResult',
  'The inspection as it now stands, or why not.',
  Inspection,
);
export const SubmitInspectionResult = union(
  'SubmitInspectionResult',
  'The submitted inspection, or why not.',
  Inspection,
);
export const AssignHazardResult = union(
  'AssignHazardResult',
  'The hazard as it now stands, or why not.',
  Hazard,
);
export const RecordRectificationResult = union(
  'RecordRectificationResult',
  'The hazard as it now stands, or why not.',
  Hazard,
);
export const VerifyRectificationResult = union(
  'VerifyRectificationResult',
  'The hazard as it now stands, or why not.',
  Hazard,
);
