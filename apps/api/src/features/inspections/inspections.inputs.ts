import type {
  HazardStatus,
  InspectionKind,
  InspectionResult,
  InstitutionKind,
  SupervisingSection,
} from '@xiaohu/domain';
import { Field, ID, InputType } from 'type-graphql';
import { InstitutionKindEnum, SupervisingSectionEnum } from '../organisation/organisation.enums';
import {
  HazardStatusEnum,
  InspectionKindEnum,
  InspectionResultEnum,
  VerificationDecisionEnum,
} from './inspections.enums';

@InputType({
  description: 'PRV-1: a new campaign over institutions chosen by kind, supervising section or list.',
})
export class OpenInspectionCampaignInput {
  @Field({ description: 'The name, e.g. 开学安全大检查.' })
  name: string;

  @Field(() => ID, { description: 'The checklist template.' })
  templateId: string;

  @Field(() => Date, { description: 'Start (inclusive).' })
  startsAt: Date;

  @Field(() => Date, { description: 'End (exclusive).' })
  endsAt: Date;

  @Field(() => SupervisingSectionEnum, {
    nullable: true,
    description: 'Only institutions this section supervises.',
  })
  section?: SupervisingSection | null;

  @Field(() => [InstitutionKindEnum], { nullable: true, description: 'Only these kinds.' })
  kinds?: InstitutionKind[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only these institutions.' })
  institutionIds?: string[] | null;
}

@InputType({
  description: 'PRV-1: start an inspection: the head’s self-inspection in a campaign, or an inspector’s.',
})
export class StartInspectionInput {
  @Field(() => InspectionKindEnum, { description: 'SELF, ON_SITE or UNANNOUNCED.' })
  kind: InspectionKind;

  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field(() => ID, { nullable: true, description: 'The campaign (required for SELF; its template is used).' })
  campaignId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The template, without a campaign; the default otherwise.',
  })
  templateId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'UNANNOUNCED after a case at the institution: the items its category touches come first.',
  })
  caseId?: string | null;
}

@InputType({
  description:
    'PRV-1: one item’s result; a FAILED item creates its hazard (owner and due date now or later).',
})
export class RecordInspectionItemInput {
  @Field(() => ID, { description: 'The inspection.' })
  inspectionId: string;

  @Field(() => ID, { description: 'The template item.' })
  itemId: string;

  @Field(() => InspectionResultEnum, { description: 'PASSED, FAILED or NOT_APPLICABLE.' })
  result: InspectionResult;

  @Field(() => String, { nullable: true, description: 'A note.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'FAILED: what is wrong (required).' })
  hazardDescription?: string | null;

  @Field(() => ID, { nullable: true, description: 'FAILED: the owner, from the staff register.' })
  ownerStaffId?: string | null;

  @Field(() => Date, { nullable: true, description: 'FAILED: the due date.' })
  dueAt?: Date | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'FAILED: the viewer’s own uploads (POST /api/photos), at most 9, added to the hazard’s photos.',
  })
  photoIds?: string[] | null;
}

@InputType({ description: 'Submit an inspection once every item is recorded.' })
export class SubmitInspectionInput {
  @Field(() => ID, { description: 'The inspection.' })
  inspectionId: string;
}

@InputType({ description: 'PRV-1: a hazard’s owner and due date.' })
export class AssignHazardInput {
  @Field(() => ID, { description: 'The hazard.' })
  hazardId: string;

  @Field(() => ID, { description: 'The owner, a member of the institution’s staff register.' })
  ownerStaffId: string;

  @Field(() => Date, { description: 'The due date.' })
  dueAt: Date;
}

@InputType({ description: 'PRV-1: what was done to rectify a hazard 整改.' })
export class RecordRectificationInput {
  @Field(() => ID, { description: 'The hazard.' })
  hazardId: string;

  @Field({ description: 'What was done.' })
  note: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'The viewer’s own uploads (POST /api/photos), at most 9: what was done.',
  })
  photoIds?: string[] | null;
}

@InputType({ description: 'PRV-1: the inspector verifies the rectification or sends it back with a reason.' })
export class VerifyRectificationInput {
  @Field(() => ID, { description: 'The hazard.' })
  hazardId: string;

  @Field(() => VerificationDecisionEnum, { description: 'VERIFY or SEND_BACK.' })
  decision: 'VERIFY' | 'SEND_BACK';

  @Field(() => String, { nullable: true, description: 'SEND_BACK: why (required).' })
  reason?: string | null;
}

@InputType({ description: 'The hazard list’s conditions; all must hold.' })
export class HazardFilter {
  @Field(() => ID, { nullable: true, description: 'One institution.' })
  institutionId?: string | null;

  @Field(() => [HazardStatusEnum], { nullable: true, description: 'Any of these statuses (now).' })
  statuses?: HazardStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Found in this campaign.' })
  campaignId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Found at or after this instant (e.g. a case’s record).',
  })
  foundFrom?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Rectified (verified) at or after this instant: the dashboard’s period for RECTIFIED_ON_TIME.',
  })
  rectifiedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Rectified (verified) before this instant.' })
  rectifiedBefore?: Date | null;

  @Field(() => SupervisingSectionEnum, {
    nullable: true,
    description: 'Only institutions of the kinds this section supervises (ORG-1, the responsibility matrix).',
  })
  section?: SupervisingSection | null;

  @Field(() => InstitutionKindEnum, { nullable: true, description: 'Only institutions of this kind.' })
  institutionKind?: InstitutionKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only institutions on this street or town 镇街 (exact name, up to 40 characters).',
  })
  street?: string | null;
}
