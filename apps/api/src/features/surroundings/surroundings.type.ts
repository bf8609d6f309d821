import type { RiskClosingReason, RiskFollowUpOutcome, RiskSubjectStatus } from '@xiaohu/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../shared/graphql/connection';
import {
  RiskClosingReasonEnum,
  RiskFollowUpOutcomeEnum,
  RiskPersonTypeEnum,
  RiskRecipientEnum,
  RiskSiteTypeEnum,
  RiskSubjectStatusEnum,
  RiskSubjectTypeEnum,
} from './surroundings.enums';
import type { RiskSubjectType } from './risk-subject.entity';

@ObjectType({ description: 'PRV-3: a risk site: where it is and what it is (internal, not personal data).' })
export class RiskSiteDetails {
  @Field({ description: 'Name of the place, e.g. 某某网吧.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Address.' })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'What makes it a risk.' })
  description: string | null;
}

@ObjectType({
  description:
    'PRV-3: a risk person’s identity, need-to-know like a case file (the head, 安稳办, leadership); each read audited.',
})
export class RiskPersonIdentity {
  @Field(() => String, { nullable: true, description: 'Name.' })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'Resident ID number.' })
  idNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Address.' })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'Description (behaviour, appearance).' })
  description: string | null;
}

@ObjectType({
  description: 'PRV-3: the referral to the township or street office and the local police station.',
})
export class RiskReferralView {
  @Field(() => String, { nullable: true, description: 'The township or street office 镇街 referred to.' })
  townshipOffice: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was referred to the office.' })
  townshipReferredAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The police station 派出所 referred to.' })
  policeStation: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was referred to the police station.' })
  policeReferredAt: Date | null;

  @Field(() => [RiskRecipientEnum], {
    description: 'Recipients riskReportRouting names that it has not reached.',
  })
  missingRecipients: string[];
}

@ObjectType({ description: 'PRV-3: one follow-up.' })
export class RiskFollowUp {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => Date, { description: 'When it was followed up.' })
  followedUpAt: Date;

  @Field(() => RiskFollowUpOutcomeEnum, { description: 'What it found.' })
  outcome: RiskFollowUpOutcome;

  @Field(() => String, {
    nullable: true,
    description: 'The note; of a risk person only for the need-to-know group (null otherwise).',
  })
  note: string | null;

  @Field({ description: 'Who recorded it.' })
  recordedByName: string;

  @Field(() => Date, { description: 'When it was recorded.' })
  recordedAt: Date;

  /** Not a field: whether the viewer sees its photos (a person's only for the need-to-know group). */
  photosVisible: boolean;
}

@ObjectType({
  description: 'What the viewer may do with this risk subject next (the domain’s riskSubjectAccess).',
})
export class RiskSubjectViewerCan {
  @Field({ description: 'Record a follow-up (PRV-3).' })
  recordFollowUp: boolean;

  @Field({ description: 'Close it, with a reason (PRV-3).' })
  close: boolean;

  @Field({ description: 'Read a risk person’s identity (need-to-know, PRV-3).' })
  readPersonalData: boolean;

  @Field({ description: 'A follow-up must carry the referral first (the subject is not referred yet).' })
  needsReferral: boolean;

  @Field(() => [RiskClosingReasonEnum], { description: 'The reasons it may be closed with now.' })
  closingReasons: RiskClosingReason[];
}

@ObjectType({ description: 'PRV-3: a risk site or high-risk person near an institution.' })
export class RiskSubject {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ID, { description: 'The institution it is near.' })
  institutionId: string;

  @Field({ description: 'The institution’s name.' })
  institutionName: string;

  @Field(() => RiskSubjectTypeEnum, { description: 'Site or person.' })
  subjectType: RiskSubjectType;

  @Field(() => RiskSiteTypeEnum, { nullable: true, description: 'A site’s type.' })
  siteType: string | null;

  @Field(() => RiskPersonTypeEnum, { nullable: true, description: 'A person’s type.' })
  personType: string | null;

  @Field(() => RiskSubjectStatusEnum, { description: 'Where it stands.' })
  status: RiskSubjectStatus;

  @Field(() => RiskSiteDetails, { nullable: true, description: 'A site’s name, address and description.' })
  site: RiskSiteDetails | null;

  @Field(() => String, {
    nullable: true,
    description: 'Distance or place relative to the campus; of a person only for the need-to-know group.',
  })
  location: string | null;

  @Field(() => RiskPersonIdentity, {
    nullable: true,
    description:
      'A person’s identity: only from riskSubject(id) and the commands, only for the need-to-know group; each read audited.',
  })
  person: RiskPersonIdentity | null;

  @Field(() => RiskReferralView, { description: 'PRV-3: the referral (已报镇街/派出所).' })
  referral: RiskReferralView;

  @Field(() => Date, { description: 'When it was recorded.' })
  recordedAt: Date;

  @Field({ description: 'Who recorded it.' })
  recordedByName: string;

  @Field(() => RiskClosingReasonEnum, { nullable: true, description: 'Why it was closed.' })
  closingReason: RiskClosingReason | null;

  @Field(() => String, {
    nullable: true,
    description: 'The closing note; of a person only for the need-to-know group.',
  })
  closingNote: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  closedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'The latest follow-up.' })
  lastFollowedUpAt: Date | null;

  @Field(() => [RiskFollowUp], {
    description: 'Follow-ups, oldest first (riskSubject(id) and commands only; empty in lists).',
  })
  followUps: RiskFollowUp[];

  @Field(() => RiskSubjectViewerCan, { description: 'What the viewer may do next.' })
  viewerCan: RiskSubjectViewerCan;
}

@ObjectType({ description: 'An edge of the risk subject list.' })
export class RiskSubjectEdge {
  @Field({ description: 'Cursor of this item.' })
  cursor: string;

  @Field(() => RiskSubject, { description: 'The risk subject.' })
  node: RiskSubject;
}

@ObjectType({ description: 'PRV-3: risk subjects the viewer reads, newest first.' })
export class RiskSubjectConnection {
  @Field(() => [RiskSubjectEdge], { description: 'This page.' })
  edges: RiskSubjectEdge[];

  @Field(() => PageInfo, { description: 'Paging.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many match the filter.' })
  totalCount: number;

  @Field({ description: 'The viewer may record a risk subject (the head, 安稳办).' })
  viewerCanRecord: boolean;
}
