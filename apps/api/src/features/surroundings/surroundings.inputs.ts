import type {
  InstitutionKind,
  RiskClosingReason,
  RiskFollowUpOutcome,
  SupervisingSection,
} from '@xiaohu/domain';
import { Field, ID, InputType } from 'type-graphql';
import { InstitutionKindEnum, SupervisingSectionEnum } from '../organisation/organisation.enums';
import {
  RiskClosingReasonEnum,
  RiskFollowUpOutcomeEnum,
  RiskPersonTypeEnum,
  RiskSiteTypeEnum,
  RiskSubjectTypeEnum,
} from './surroundings.enums';
import type { RiskSubjectType } from './risk-subject.entity';

@InputType({ description: 'Which risk subjects to list.' })
export class RiskSubjectFilter {
  @Field(() => ID, { nullable: true, description: 'One institution.' })
  institutionId?: string | null;

  @Field(() => RiskSubjectTypeEnum, { nullable: true, description: 'Sites or persons.' })
  subjectType?: RiskSubjectType | null;

  @Field(() => Boolean, { nullable: true, description: 'true: not closed; false: closed; null: both.' })
  isOpen?: boolean | null;

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

@InputType({ description: 'PRV-3: the referral to the township or street office and the police station.' })
export class RiskReferralInput {
  @Field(() => String, { nullable: true, description: 'The township or street office.' })
  townshipOffice?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was referred to the office.' })
  townshipReferredAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'The police station.' })
  policeStation?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was referred to the police station.' })
  policeReferredAt?: Date | null;
}

@InputType({ description: 'PRV-3: a new risk site or person near an institution.' })
export class RecordRiskSubjectInput {
  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field(() => RiskSubjectTypeEnum, { description: 'Site or person.' })
  subjectType: RiskSubjectType;

  @Field(() => RiskSiteTypeEnum, { nullable: true, description: 'A site’s type (required for a site).' })
  siteType?: string | null;

  @Field(() => RiskPersonTypeEnum, {
    nullable: true,
    description: 'A person’s type (required for a person).',
  })
  personType?: string | null;

  @Field(() => String, { nullable: true, description: 'A site’s name (required for a site).' })
  siteName?: string | null;

  @Field(() => String, { nullable: true, description: 'A site’s address.' })
  siteAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'A site’s description.' })
  siteDescription?: string | null;

  @Field(() => String, { nullable: true, description: 'A person’s name (encrypted at rest).' })
  personName?: string | null;

  @Field(() => String, { nullable: true, description: 'A person’s resident ID number (encrypted at rest).' })
  personIdNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'A person’s address (encrypted at rest).' })
  personAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'A person’s description (encrypted at rest).' })
  personDescription?: string | null;

  @Field(() => String, { nullable: true, description: 'Distance or place relative to the campus.' })
  location?: string | null;

  @Field(() => RiskReferralInput, { nullable: true, description: 'The referral, when already made.' })
  referral?: RiskReferralInput | null;
}

@InputType({ description: 'PRV-3: a follow-up; of a subject not yet referred, with the referral.' })
export class RecordRiskFollowUpInput {
  @Field(() => ID, { description: 'The risk subject.' })
  riskSubjectId: string;

  @Field(() => Date, { description: 'When it was followed up (not in the future).' })
  followedUpAt: Date;

  @Field(() => RiskFollowUpOutcomeEnum, { description: 'What it found.' })
  outcome: RiskFollowUpOutcome;

  @Field({ description: 'What was done and seen.' })
  note: string;

  @Field(() => RiskReferralInput, {
    nullable: true,
    description: 'The referral (required while not referred).',
  })
  referral?: RiskReferralInput | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'The viewer’s own uploads (POST /api/photos), at most 9; of a risk person read only by the need-to-know group.',
  })
  photoIds?: string[] | null;
}

@InputType({ description: 'PRV-3: close a risk subject, with a reason.' })
export class CloseRiskSubjectInput {
  @Field(() => ID, { description: 'The risk subject.' })
  riskSubjectId: string;

  @Field(() => RiskClosingReasonEnum, { nullable: true, description: 'Why (required).' })
  reason?: RiskClosingReason | null;

  @Field(() => String, { nullable: true, description: 'A note.' })
  note?: string | null;
}
