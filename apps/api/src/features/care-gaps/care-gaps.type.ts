import type { PreventionGapCode, PreventionGapSubjectKind } from '@xiaohu/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumObject } from '../../shared/graphql/enum-object';

import { PreventionGapCodeEnum } from '../places/places.enums';

export const GAP_SUBJECT_KINDS = [
  'PLACE',
  'STAFF',
  'COHORT',
  'CLASS',
  'CHILD',
  'APPOINTMENT',
  'CASE',
] as const;
export const GapSubjectKindEnum = enumObject(GAP_SUBJECT_KINDS);
registerEnumType(GapSubjectKindEnum, { name: 'GapSubjectKind', description: 'What a gap concerns.' });

/** Where a gap is fixed; the web maps each to its page (paths.*). */
export const GAP_FIX_PATHS = [
  'PLACES',
  'CARE_RECORDS_LEGAL',
  'CARE_RECORDS_COURSES',
  'CARE_RECORDS_TEACHING_PLAN',
  'CARE_RECORDS_COUNSELLING',
  'CARE_RECORDS_BULLYING',
  'TRAINING_LAW_AND_ETHICS',
  'TRAINING_STAFF_MENTAL_HEALTH',
  'TRAINING_BULLYING_PREVENTION',
  'CHILD_FILE',
  'CASE',
] as const;
export type GapFixPath = (typeof GAP_FIX_PATHS)[number];
export const GapFixPathEnum = enumObject(GAP_FIX_PATHS);
registerEnumType(GapFixPathEnum, { name: 'GapFixPath', description: 'The page where a gap is fixed.' });

@ObjectType({
  description: 'PRV-2, PRV-5 to PRV-10: one prevention gap of an institution, found from its records.',
})
export class PreventionGapItem {
  @Field(() => PreventionGapCodeEnum, { description: 'What is missing.' })
  code: PreventionGapCode;

  @Field({ description: 'The rule, e.g. PRV-8.' })
  ruleId: string;

  @Field({ description: 'The clause of the guideline.' })
  clause: string;

  @Field(() => GapSubjectKindEnum, { nullable: true, description: 'What the gap concerns, when one thing.' })
  subjectKind: PreventionGapSubjectKind | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The staff member’s, class’s, intake’s, place’s or appointment’s name; a child’s name only for the child’s need-to-know group (PRV-8); null otherwise.',
  })
  label: string | null;

  @Field({ description: 'The subject is a child the viewer may not see: the UI says “a child”.' })
  isSubjectHidden: boolean;

  @Field(() => ID, { nullable: true, description: 'The staff member who must fix it besides the head.' })
  responsibleStaffId: string | null;

  @Field(() => String, { nullable: true, description: 'That staff member’s name.' })
  responsibleStaffName: string | null;

  @Field(() => GapFixPathEnum, { description: 'Where it is fixed.' })
  fixPath: GapFixPath;

  @Field(() => ID, {
    nullable: true,
    description: 'The child file or case to open, when the viewer may open it; null otherwise.',
  })
  fixTargetId: string | null;
}

@ObjectType({ description: 'How many gaps of one kind.' })
export class PreventionGapCount {
  @Field(() => PreventionGapCodeEnum, { description: 'What is missing.' })
  code: PreventionGapCode;

  @Field({ description: 'The rule.' })
  ruleId: string;

  @Field(() => Int, { description: 'How many.' })
  count: number;
}

@ObjectType({ description: 'PRV-2, PRV-5 to PRV-10: an institution’s prevention gaps (careRecordsAccess).' })
export class PreventionGaps {
  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'Its name.' })
  institutionName: string;

  @Field(() => Int, { description: 'Every gap.' })
  total: number;

  @Field(() => [PreventionGapCount], { description: 'The gaps counted by kind (never a child).' })
  counts: PreventionGapCount[];

  @Field(() => [PreventionGapItem], {
    description: 'The gaps one by one: for the head only (canViewGapSubjects); empty for counting readers.',
  })
  gaps: PreventionGapItem[];

  @Field({ description: 'The viewer sees each gap with what it concerns.' })
  viewerCanViewSubjects: boolean;
}

@ObjectType({ description: 'The gaps on the viewer’s home: the head’s all, a teacher’s those she must fix.' })
export class MyCareGaps {
  @Field(() => ID, { nullable: true, description: 'The institution.' })
  institutionId: string | null;

  @Field(() => Int, { description: 'How many.' })
  total: number;

  @Field(() => [PreventionGapItem], { description: 'The first few (at most 5), children last hidden.' })
  first: PreventionGapItem[];

  @Field({ description: 'The viewer may open the whole list (/prevention-gaps).' })
  canOpenList: boolean;
}

@ObjectType({
  description: 'PRV-2, PRV-5 to PRV-10, ACC-1: one institution’s gaps, counted by kind (never a subject).',
})
export class PreventionGapInstitution {
  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'Its name.' })
  institutionName: string;

  @Field(() => Int, { description: 'Every gap.' })
  total: number;

  @Field(() => [PreventionGapCount], { description: 'By kind.' })
  counts: PreventionGapCount[];
}
