import type {
  HazardStage,
  HazardStatus,
  InspectionItemGroup,
  InspectionKind,
  InspectionResult,
  InstitutionKind,
  SupervisingSection,
} from '@xiaohu/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { InstitutionKindEnum, SupervisingSectionEnum } from '../organisation/organisation.enums';
import type { RectificationVerification } from './hazard.entities';
import {
  HazardStageEnum,
  HazardStatusEnum,
  InspectionItemGroupEnum,
  InspectionKindEnum,
  InspectionResultEnum,
  RectificationVerificationEnum,
} from './inspections.enums';

@ObjectType({ description: 'PRV-1: one checklist item, with the rule it checks, in Chinese first.' })
export class InspectionTemplateItem {
  @Field(() => ID, { description: 'The item.' })
  id: string;

  @Field({ description: 'Its code in the template, e.g. PHYS-02.' })
  code: string;

  @Field(() => InspectionItemGroupEnum, { description: 'Its group (三防 first).' })
  group: InspectionItemGroup;

  @Field({ description: 'The rule it checks (DOMAIN.md).' })
  ruleId: string;

  @Field({ description: 'The item in Chinese.' })
  textZh: string;

  @Field({ description: 'The item in English.' })
  textEn: string;

  @Field(() => [InstitutionKindEnum], { description: 'Kinds it applies to; empty: every kind.' })
  kinds: InstitutionKind[];
}

@ObjectType({ description: 'PRV-1: a checklist template the district keeps.' })
export class InspectionTemplate {
  @Field(() => ID, { description: 'The template.' })
  id: string;

  @Field({ description: 'Its stable code.' })
  code: string;

  @Field({ description: 'Name in Chinese.' })
  nameZh: string;

  @Field({ description: 'Name in English.' })
  nameEn: string;

  @Field(() => [InspectionTemplateItem], { description: 'Items, in order.' })
  items: InspectionTemplateItem[];
}

@ObjectType({ description: 'One institution a campaign covers, and its self-inspection.' })
export class CampaignInstitution {
  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'Its name.' })
  institutionName: string;

  @Field(() => InstitutionKindEnum, { description: 'Its kind.' })
  institutionKind: InstitutionKind;

  @Field(() => ID, { nullable: true, description: 'Its self-inspection, once started.' })
  selfInspectionId: string | null;

  @Field(() => Date, { nullable: true, description: 'When the self-inspection was submitted.' })
  submittedAt: Date | null;
}

@ObjectType({ description: 'What the viewer may do in a campaign.' })
export class InspectionCampaignActions {
  @Field({ description: 'startInspection SELF (the head of a covered institution, none started yet).' })
  canStartSelfInspection: boolean;
}

@ObjectType({ description: 'PRV-1: an inspection campaign 排查 and its completion.' })
export class InspectionCampaign {
  @Field(() => ID, { description: 'The campaign.' })
  id: string;

  @Field({ description: 'Its name, e.g. 开学安全大检查.' })
  name: string;

  @Field(() => ID, { description: 'Its checklist template.' })
  templateId: string;

  @Field({ description: 'The template’s name in Chinese.' })
  templateNameZh: string;

  @Field({ description: 'The template’s name in English.' })
  templateNameEn: string;

  @Field(() => Date, { description: 'Start (inclusive).' })
  startsAt: Date;

  @Field(() => Date, { description: 'End (exclusive).' })
  endsAt: Date;

  @Field(() => SupervisingSectionEnum, { nullable: true, description: 'Covered by this section’s kinds.' })
  coveredSection: SupervisingSection | null;

  @Field(() => [InstitutionKindEnum], { description: 'Covered kinds, as asked; empty: not by kind.' })
  coveredKinds: InstitutionKind[];

  @Field(() => Date, { description: 'When it was opened.' })
  openedAt: Date;

  @Field(() => Int, { description: 'Institutions covered (those the viewer reads: a head her own).' })
  institutionCount: number;

  @Field(() => Int, { description: 'Of those, self-inspections submitted: the completion.' })
  selfInspectionsSubmitted: number;

  @Field(() => ID, {
    nullable: true,
    description: 'A head: her institution’s self-inspection in it, once started.',
  })
  ownSelfInspectionId: string | null;

  @Field(() => Date, { nullable: true, description: 'A head: when she submitted it.' })
  ownSelfInspectionSubmittedAt: Date | null;

  @Field(() => InspectionCampaignActions, { description: 'What the viewer may do next.' })
  viewerCan: InspectionCampaignActions;
}

@ObjectType({ description: 'The campaigns the viewer reads, newest first, and whether she may open one.' })
export class InspectionCampaignList {
  @Field(() => [InspectionCampaign], { description: 'Campaigns, newest first.' })
  items: InspectionCampaign[];

  @Field({ description: 'openInspectionCampaign (安稳办, 督导室).' })
  canOpen: boolean;
}

@ObjectType({ description: 'One item of an inspection and its result so far.' })
export class InspectionItem {
  @Field(() => InspectionTemplateItem, { description: 'The checklist item.' })
  item: InspectionTemplateItem;

  @Field(() => InspectionResultEnum, { nullable: true, description: 'Its result; null until recorded.' })
  result: InspectionResult | null;

  @Field(() => String, { nullable: true, description: 'The note.' })
  note: string | null;

  @Field(() => ID, { nullable: true, description: 'The hazard a FAILED item created.' })
  hazardId: string | null;
}

@ObjectType({ description: 'What the viewer may do next in an inspection (the domain’s inspectionAccess).' })
export class InspectionActions {
  @Field({ description: 'recordInspectionItem.' })
  canRecordItem: boolean;

  @Field({ description: 'submitInspection.' })
  canSubmit: boolean;
}

@ObjectType({ description: 'PRV-1, ORG-3: an inspection of an institution.' })
export class Inspection {
  @Field(() => ID, { description: 'The inspection.' })
  id: string;

  @Field(() => InspectionKindEnum, { description: 'SELF, ON_SITE or UNANNOUNCED.' })
  kind: InspectionKind;

  @Field(() => ID, { nullable: true, description: 'Its campaign, if any.' })
  campaignId: string | null;

  @Field(() => String, { nullable: true, description: 'The campaign’s name.' })
  campaignName: string | null;

  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'Its name.' })
  institutionName: string;

  @Field(() => Date, { description: 'When it was started.' })
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was submitted.' })
  submittedAt: Date | null;

  @Field(() => [InspectionItemGroupEnum], {
    description: 'After a case: the groups its category touches, whose items come first; empty otherwise.',
  })
  focusGroups: InspectionItemGroup[];

  @Field(() => [InspectionItem], { description: 'The items that apply to the institution’s kind, in order.' })
  items: InspectionItem[];

  @Field(() => InspectionActions, { description: 'What the viewer may do next.' })
  viewerCan: InspectionActions;
}

@ObjectType({ description: 'PRV-1: a rectification 整改 and its verification.' })
export class Rectification {
  @Field(() => ID, { description: 'The rectification.' })
  id: string;

  @Field({ description: 'What was done.' })
  note: string;

  @Field(() => Date, {
    description: 'When it was recorded (the hazard counts as rectified then, once verified).',
  })
  recordedAt: Date;

  @Field({ description: 'Who recorded it.' })
  recordedByName: string;

  @Field(() => RectificationVerificationEnum, { description: 'PENDING, VERIFIED or SENT_BACK.' })
  verification: RectificationVerification;

  @Field(() => Date, { nullable: true, description: 'When the inspector verified or sent it back.' })
  verifiedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was sent back.' })
  sendBackReason: string | null;
}

@ObjectType({ description: 'What the viewer may do next with a hazard (the domain’s hazardAccess).' })
export class HazardActions {
  @Field({ description: 'assignHazard (the head or an inspector, until closed).' })
  canAssign: boolean;

  @Field({ description: 'recordRectification (the owner or the head, while to do).' })
  canRecordRectification: boolean;

  @Field({ description: 'verifyRectification (an inspector, while awaiting verification).' })
  canVerify: boolean;
}

@ObjectType({ description: 'PRV-1: a hazard 隐患 found by an inspection.' })
export class Hazard {
  @Field(() => ID, { description: 'The hazard.' })
  id: string;

  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'Its name.' })
  institutionName: string;

  @Field(() => ID, { description: 'The inspection that found it.' })
  inspectionId: string;

  @Field(() => InspectionKindEnum, { description: 'That inspection’s kind.' })
  inspectionKind: InspectionKind;

  @Field(() => ID, { nullable: true, description: 'Its campaign, if any.' })
  campaignId: string | null;

  @Field(() => InspectionTemplateItem, { description: 'The failed item.' })
  item: InspectionTemplateItem;

  @Field({ description: 'What is wrong.' })
  description: string;

  @Field(() => Date, { description: 'When it was found.' })
  foundAt: Date;

  @Field(() => ID, { nullable: true, description: 'The owner, a staff register member.' })
  ownerStaffId: string | null;

  @Field(() => String, { nullable: true, description: 'The owner’s name.' })
  ownerName: string | null;

  @Field(() => Date, { nullable: true, description: 'The due date.' })
  dueAt: Date | null;

  @Field(() => HazardStatusEnum, { description: 'The domain’s hazardStatus now.' })
  status: HazardStatus;

  @Field(() => [String], { description: 'What the record lacks: OWNER, DUE_DATE.' })
  missing: string[];

  @Field(() => HazardStageEnum, { description: 'Where the rectification stands.' })
  stage: HazardStage;

  @Field(() => Date, { nullable: true, description: 'When it counts as rectified (verified).' })
  rectifiedAt: Date | null;

  @Field(() => [Rectification], { description: 'Rectifications, newest first.' })
  rectifications: Rectification[];

  @Field(() => HazardActions, { description: 'What the viewer may do next.' })
  viewerCan: HazardActions;
}

@ObjectType({ description: 'A page of hazards, newest first, with the total of all pages.' })
export class HazardList {
  @Field(() => Int, { description: 'All matching hazards.' })
  totalCount: number;

  @Field(() => [Hazard], { description: 'This page.' })
  items: Hazard[];
}
