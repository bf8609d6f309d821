import { createUnionType, ObjectType } from 'type-graphql';
import { Field } from 'type-graphql';
import { ErrorCode, ErrorResult, ValidationError } from '../../shared/graphql/error-result';
import { ChildFile } from './child-files.type';

@ObjectType({
  implements: ErrorResult,
  description: 'No such file, class or case, or not one the viewer reaches (never says which child).',
})
export class ChildFileNotFoundError extends ErrorResult {
  static of(): ChildFileNotFoundError {
    return Object.assign(new ChildFileNotFoundError(), { code: ErrorCode.NOT_FOUND, message: 'Not found' });
  }
}

@ObjectType({ implements: ErrorResult, description: 'The viewer may not do this with the file (PRV-8).' })
export class ChildFileForbiddenError extends ErrorResult {
  @Field({ description: 'The rule that refuses it.' })
  ruleId: string;

  static of(ruleId: string, message: string): ChildFileForbiddenError {
    return Object.assign(new ChildFileForbiddenError(), { code: ErrorCode.FORBIDDEN, message, ruleId });
  }
}

@ObjectType({ implements: ErrorResult, description: 'The file is closed: nothing more is recorded on it.' })
export class ChildFileStateError extends ErrorResult {
  static of(): ChildFileStateError {
    return Object.assign(new ChildFileStateError(), {
      code: ErrorCode.INVALID_CHILD_FILE_STATE,
      message: 'The file is closed',
    });
  }
}

const types = () =>
  [ChildFile, ValidationError, ChildFileNotFoundError, ChildFileForbiddenError, ChildFileStateError] as const;

export const OpenChildFileResult = createUnionType({
  name: 'OpenChildFileResult',
  description: 'The new file, or why not.',
  types,
});
export const UpdateChildFileResult = createUnionType({
  name: 'UpdateChildFileResult',
  description: 'The file as changed, or why not.',
  types,
});
export const CloseChildFileResult = createUnionType({
  name: 'CloseChildFileResult',
  description: 'The closed file, or why not.',
  types,
});
export const RecordWelfareTalkResult = createUnionType({
  name: 'RecordWelfareTalkResult',
  description: 'The file with the talk, or why not.',
  types,
});
export const LinkChildFileCaseResult = createUnionType({
  name: 'LinkChildFileCaseResult',
  description: 'The file with the linked case, or why not.',
  types,
});
