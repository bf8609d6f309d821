import type {
  HandlingFailure,
  Impact,
  InstitutionKind,
  Sanction,
  SanctionFinding,
  UnitCode,
} from '@xiaohu/domain';
import { Field, ID, InputType, Int } from 'type-graphql';
import { InstitutionKindEnum, UnitCodeEnum } from '../organisation/organisation.enums';
import {
  FindingSourceEnum,
  HandlingFailureEnum,
  ImpactEnum,
  SanctionEnum,
  SanctionGroundEnum,
  VetoDecisionEnum,
} from './assessment.enums';
import type { FindingSource } from './assessment-finding.entity';

@InputType({
  description: 'ACC-1: a new assessment period; by default the current school year, every institution.',
})
export class OpenAssessmentPeriodInput {
  @Field(() => String, {
    nullable: true,
    description: 'Name; by default “<year>-<year+1>学年度学校保护工作考核”.',
  })
  name?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The school year starting in this year; by default the current one.',
  })
  schoolYear?: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'A custom start (inclusive), with endsAt instead of a school year.',
  })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'A custom end (exclusive).' })
  endsAt?: Date | null;

  @Field(() => UnitCodeEnum, {
    nullable: true,
    description: 'Only the institutions this section supervises (ORG-1).',
  })
  section?: UnitCode | null;

  @Field(() => [InstitutionKindEnum], { nullable: true, description: 'Only these kinds.' })
  kinds?: InstitutionKind[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only these institutions.' })
  institutionIds?: string[] | null;
}

@InputType({
  description: 'ACC-1, ACC-3: a finding, with its score contribution; on a case, its failures and impacts.',
})
export class RecordAssessmentFindingInput {
  @Field(() => ID, { description: 'The assessment.' })
  assessmentId: string;

  @Field(() => FindingSourceEnum, { description: '督导室 or a joint inspection team.' })
  source: FindingSource;

  @Field({ description: 'What was found.' })
  text: string;

  @Field(() => Int, { nullable: true, description: 'Points added or deducted, -100 to 100; 0 by default.' })
  points?: number | null;

  @Field(() => ID, { nullable: true, description: 'A case of the institution the finding concerns.' })
  caseId?: string | null;

  @Field(() => [HandlingFailureEnum], { nullable: true, description: 'ACC-3 failures (needs a case).' })
  failures?: HandlingFailure[] | null;

  @Field(() => [ImpactEnum], { nullable: true, description: 'ACC-3 impacts (needs a case).' })
  impacts?: Impact[] | null;

  @Field(() => [SanctionGroundEnum], { nullable: true, description: 'ACC-2 findings about the work.' })
  sanctionGrounds?: SanctionFinding[] | null;
}

@InputType({ description: 'ACC-5: the institution’s written statement 申辩 on a computed veto.' })
export class SubmitVetoStatementInput {
  @Field(() => ID, { description: 'The assessment.' })
  assessmentId: string;

  @Field({ description: 'The statement.' })
  text: string;
}

@InputType({ description: 'ACC-5: a leader confirms or rejects a computed veto with a written reason.' })
export class ReviewVetoInput {
  @Field(() => ID, { description: 'The assessment.' })
  assessmentId: string;

  @Field(() => VetoDecisionEnum, { description: 'CONFIRM or REJECT.' })
  decision: 'CONFIRM' | 'REJECT';

  @Field({ description: 'The written reason (required).' })
  reason: string;
}

@InputType({
  description: 'ACC-2: a sanction from sanctionOptions; an interview with its date, attendees and minutes.',
})
export class RecordSanctionInput {
  @Field(() => ID, { description: 'The assessment.' })
  assessmentId: string;

  @Field(() => SanctionEnum, { description: 'WARNING, INTERVIEW or CIRCULAR.' })
  sanction: Sanction;

  @Field(() => Date, { nullable: true, description: '约谈: when it took place (required for INTERVIEW).' })
  interviewAt?: Date | null;

  @Field(() => String, { nullable: true, description: '约谈: who attended (required for INTERVIEW).' })
  interviewAttendees?: string | null;

  @Field(() => String, { nullable: true, description: '约谈: the minutes (required for INTERVIEW).' })
  interviewMinutes?: string | null;
}
