import type { MisconductOutcome, MisconductSeverity } from '@xiaohu/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import type { MisconductCaseStatus } from './misconduct-case.entity';
import { MisconductCaseStatusEnum, MisconductOutcomeEnum, MisconductSeverityEnum } from './staff.enums';

@ObjectType({ description: 'An outcome that misconductOutcomes allows (VET-11).' })
export class MisconductOption {
  @Field(() => MisconductOutcomeEnum, { description: 'The outcome.' })
  outcome: MisconductOutcome;

  @Field({ description: 'Must be chosen, not merely allowed.' })
  isMandatory: boolean;

  @Field({ description: 'VET-11.' })
  ruleId: string;

  @Field({ description: 'The clause of the plan.' })
  clause: string;
}

@ObjectType({ description: 'What the facts allow (misconductOutcomes).' })
export class MisconductOptions {
  @Field({ description: 'True until the facts are investigated and verified: no outcome yet.' })
  isInvestigationNeeded: boolean;

  @Field(() => [MisconductOption], { description: 'Allowed outcomes, mildest first.' })
  options: MisconductOption[];
}

@ObjectType({
  description: 'What the viewer may do on a misconduct case, from the domain’s policy (VET-11).',
})
export class MisconductCaseActions {
  @Field({ description: 'decideMisconduct: an open case, by its handlers (never the subject).' })
  canDecide: boolean;
}

@ObjectType({ description: 'A misconduct case against a staff member (VET-11).' })
export class MisconductCase {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ID, { description: 'The staff member.' })
  staffId: string;

  @Field({ description: 'The staff member’s name.' })
  staffName: string;

  @Field(() => ID, { description: 'The staff member’s institution.' })
  institutionId: string;

  @Field(() => String, { nullable: true, description: 'The incident it came from, if any.' })
  incidentId: string | null;

  @Field(() => MisconductCaseStatusEnum, { description: 'OPEN or DECIDED.' })
  status: MisconductCaseStatus;

  @Field({ description: 'The facts reported.' })
  facts: string;

  @Field(() => String, { nullable: true, description: 'The investigation’s findings.' })
  investigation: string | null;

  @Field({ description: 'Whether the facts were investigated and verified.' })
  factsVerified: boolean;

  @Field(() => MisconductSeverityEnum, { nullable: true, description: 'Severity, once decided.' })
  severity: MisconductSeverity | null;

  @Field({ description: 'Whether a crime is involved.' })
  involvesCrime: boolean;

  @Field(() => [MisconductOutcomeEnum], { description: 'The outcomes decided.' })
  outcomes: MisconductOutcome[];

  @Field(() => Date, { description: 'When the case was opened.' })
  openedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When discipline was proposed (ACC-3).' })
  proposedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When discipline was decided (ACC-3).' })
  decidedAt: Date | null;

  @Field(() => MisconductCaseActions, { description: 'What the viewer may do next.' })
  viewerCan: MisconductCaseActions;
}
