import { BULLYING_DOCUMENT_KINDS, LEGAL_VICE_PRINCIPAL_UNITS, PLAN_LESSON_TOPICS } from '@xiaohu/domain';
import { registerEnumType } from 'type-graphql';
import { enumObject } from '../../shared/graphql/enum-object';

export const LegalVicePrincipalUnitEnum = enumObject(LEGAL_VICE_PRINCIPAL_UNITS);
registerEnumType(LegalVicePrincipalUnitEnum, {
  name: 'LegalVicePrincipalUnit',
  description: 'PRV-5: the unit a vice-principal for legal affairs 法治副校长 comes from.',
});

export const LegalVicePrincipalStatusEnum = enumObject(['MISSING', 'EXPIRED', 'EXPIRING', 'ACTIVE'] as const);
registerEnumType(LegalVicePrincipalStatusEnum, {
  name: 'LegalVicePrincipalStatusCode',
  description: 'PRV-5: none appointed, the last term ended (both gaps), ending soon (a warning), in force.',
});

export const CourseStatusEnum = enumObject(['PENDING', 'DELIVERED', 'DELIVERED_LATE', 'OVERDUE'] as const);
registerEnumType(CourseStatusEnum, {
  name: 'CourseStatusCode',
  description:
    'PRV-6: the intake’s sexual-abuse-prevention course: before its deadline, done, done late, overdue.',
});

export const PlanLessonTopicEnum = enumObject(PLAN_LESSON_TOPICS);
registerEnumType(PlanLessonTopicEnum, {
  name: 'PlanLessonTopic',
  description: 'PRV-7: mental-health or puberty lessons in the teaching plan.',
});

export const BullyingDocumentKindEnum = enumObject(BULLYING_DOCUMENT_KINDS);
registerEnumType(BullyingDocumentKindEnum, {
  name: 'BullyingDocumentKind',
  description: 'PRV-10: the anti-bullying rules 制度 or the handbook 手册.',
});
