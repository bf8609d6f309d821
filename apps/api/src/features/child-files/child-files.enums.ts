import { registerEnumType } from 'type-graphql';
import { enumObject } from '../../shared/graphql/enum-object';

export const WelfareTalkKindEnum = enumObject(['TALK', 'CLASS_MEETING'] as const);
registerEnumType(WelfareTalkKindEnum, {
  name: 'WelfareTalkKind',
  description: 'PRV-8: a talk 谈心 with the child, or a class meeting 班会 about the child.',
});
