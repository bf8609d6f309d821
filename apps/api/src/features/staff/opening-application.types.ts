import type { InstitutionKind } from '@xiaohu/domain';
import { createUnionType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, ValidationError } from '../../shared/graphql/error-result';
import { Institution } from '../institutions/institution.type';
import { InstitutionKindEnum } from '../organisation/organisation.enums';

@InputType({ description: 'Marks an institution as applying to open, or ends that (VET-4).' })
export class SetOpeningApplicationInput {
  @Field(() => ID, { description: 'The kindergarten or training institution.' })
  institutionId: string;

  @Field({ description: 'True: applying to open, its proposed staff need POLICY’s review. False: decided.' })
  isApplying: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why, e.g. the application’s file number. At most 500.',
  })
  note: string | null;
}

@ObjectType({
  implements: ErrorResult,
  description: 'No such institution in the viewer’s scope (out of scope answers the same).',
})
export class OpeningInstitutionNotFoundError extends ErrorResult {
  static of(): OpeningInstitutionNotFoundError {
    return Object.assign(new OpeningInstitutionNotFoundError(), {
      code: ErrorCode.NOT_FOUND,
      message: 'Institution not found',
    });
  }
}

@ObjectType({
  implements: ErrorResult,
  description:
    'Only the unit responsible for new-institution vetting (POLICY, VET-4) or the leadership sets this.',
})
export class OpeningApplicationForbiddenError extends ErrorResult {
  static of(): OpeningApplicationForbiddenError {
    return Object.assign(new OpeningApplicationForbiddenError(), {
      code: ErrorCode.FORBIDDEN,
      message: 'Only POLICY or the leadership marks an institution as applying to open',
    });
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'VET-4 covers kindergartens and training institutions only.',
})
export class OpeningNotApplicableError extends ErrorResult {
  @Field(() => InstitutionKindEnum, { description: 'The institution’s kind.' })
  kind: InstitutionKind;

  static of(kind: InstitutionKind): OpeningNotApplicableError {
    return Object.assign(new OpeningNotApplicableError(), {
      code: ErrorCode.NOT_APPLICABLE,
      message: `VET-4 does not apply to ${kind}`,
      kind,
    });
  }
}

export const SetOpeningApplicationResult = createUnionType({
  name: 'SetOpeningApplicationResult',
  description: 'The institution, or why not.',
  types: () =>
    [
      Institution,
      ValidationError,
      OpeningInstitutionNotFoundError,
      OpeningApplicationForbiddenError,
      OpeningNotApplicableError,
    ] as const,
});
