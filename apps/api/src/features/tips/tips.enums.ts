import { TIP_AUTHORS, TIP_STATUSES } from '@xiaohu/domain';
import { registerEnumType } from 'type-graphql';
import { enumObject } from '../../shared/graphql/enum-object';

// The values come from the domain package (reporting/tip-line.rules.ts).
export const TipStatusEnum = enumObject(TIP_STATUSES);
registerEnumType(TipStatusEnum, {
  name: 'TipStatus',
  description: 'REP-9: an anonymous tip is open, turned into a case (the talk goes on), or closed.',
});

export const TipAuthorEnum = enumObject(TIP_AUTHORS);
registerEnumType(TipAuthorEnum, {
  name: 'TipAuthor',
  description: 'Who wrote a message of a tip: the anonymous reporter or 安稳办.',
});
