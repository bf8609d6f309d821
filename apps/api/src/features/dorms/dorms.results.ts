import type { DormRefusal } from '@xiaohu/domain';
import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, ValidationError } from '../../shared/graphql/error-result';
import { DormRefusalEnum } from './dorms.enums';
import { DormEntry } from './dorms.type';

@ObjectType({
  implements: ErrorResult,
  description:
    'PRV-4: the door refused this person; the attempt is on record (`attempt`) for the head and 安稳办.',
})
export class DormEntryRefusedError extends ErrorResult {
  @Field(() => DormRefusalEnum, { description: 'Why.' })
  reason: DormRefusal;

  @Field({ description: 'The rule, PRV-4.' })
  ruleId: string;

  @Field(() => DormEntry, { description: 'The refused attempt as recorded.' })
  attempt: DormEntry;

  static of(refusal: DormRefusal, attempt: DormEntry): DormEntryRefusedError {
    return Object.assign(new DormEntryRefusedError(), {
      code: ErrorCode.DORM_ENTRY_REFUSED,
      message:
        refusal === 'NOT_ACTIVE_STAFF'
          ? 'Refused: the person is not serving staff'
          : 'Refused: only dormitory staff enter; a head teacher only on a registered dorm check',
      reason: refusal,
      ruleId: 'PRV-4',
      attempt,
    });
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'No such person or entry, or not one the viewer reaches.',
})
export class DormNotFoundError extends ErrorResult {
  static of(): DormNotFoundError {
    return Object.assign(new DormNotFoundError(), { code: ErrorCode.NOT_FOUND, message: 'Not found' });
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'The viewer does not keep this dormitory door, or the institution does not board (PRV-4).',
})
export class DormForbiddenError extends ErrorResult {
  @Field({ description: 'The rule that refuses it.' })
  ruleId: string;

  static of(ruleId: string): DormForbiddenError {
    return Object.assign(new DormForbiddenError(), {
      code: ErrorCode.FORBIDDEN,
      message: 'Only the head or dormitory staff of a boarding institution keep its dormitory door',
      ruleId,
    });
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'The exit is already recorded, or the attempt was refused.',
})
export class DormStateError extends ErrorResult {
  static of(message: string): DormStateError {
    return Object.assign(new DormStateError(), { code: ErrorCode.INVALID_DORM_STATE, message });
  }
}

export const RecordDormEntryResult = createUnionType({
  name: 'RecordDormEntryResult',
  description: 'The entry, or why not (a refusal is recorded too).',
  types: () =>
    [DormEntry, DormEntryRefusedError, ValidationError, DormNotFoundError, DormForbiddenError] as const,
});

export const RecordDormExitResult = createUnionType({
  name: 'RecordDormExitResult',
  description: 'The entry with its exit, or why not.',
  types: () => [DormEntry, DormNotFoundError, DormForbiddenError, DormStateError] as const,
});
