import { BULLYING_STEPS, type BullyingStep } from '@xiaohu/domain';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { enumObject } from '../../shared/graphql/enum-object';

export const BullyingStepEnum = enumObject(BULLYING_STEPS);
registerEnumType(BullyingStepEnum, {
  name: 'BullyingStep',
  description: 'PRV-10: the handling steps of a bullying report, in order (调查, 认定, 处理措施, 跟进谈心).',
});

export const BULLYING_STEP_STATUSES = ['DONE', 'DUE', 'OVERDUE'] as const;
export const BullyingStepStatusEnum = enumObject(BULLYING_STEP_STATUSES);
registerEnumType(BullyingStepStatusEnum, {
  name: 'BullyingStepStatus',
  description: 'PRV-10: done, due by its time limit, or past it.',
});

@ObjectType({ description: 'PRV-10: one handling step of a bullying case with its time limit.' })
export class BullyingStepView {
  @Field(() => BullyingStepEnum, { description: 'Which step.' })
  step: BullyingStep;

  @Field(() => BullyingStepStatusEnum, { description: 'Done, due or overdue at the server’s now.' })
  status: (typeof BULLYING_STEP_STATUSES)[number];

  @Field({ description: 'The district’s time limit for the step, counted from the report.' })
  dueAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the step was completed.' })
  completedAt: Date | null;

  @Field({ description: 'Completed after its time limit.' })
  isLate: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'What was done (confidential: names children); only for the case’s need-to-know group.',
  })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'Who recorded it (display name).' })
  recordedBy: string | null;
}

@ObjectType({ description: 'PRV-10: what the viewer may do with the bullying steps (bullyingStepsAccess).' })
export class BullyingStepsViewerCan {
  @Field({ description: 'Record the next step.' })
  recordStep: boolean;
}

@ObjectType({ description: 'PRV-10: a bullying case’s handling steps, in order.' })
export class BullyingSteps {
  @Field(() => ID, { description: 'The case.' })
  caseId: string;

  @Field(() => [BullyingStepView], { description: 'Every step in order, with its status.' })
  steps: BullyingStepView[];

  @Field(() => BullyingStepEnum, {
    nullable: true,
    description: 'The step to record next; null when all are done.',
  })
  nextStep: BullyingStep | null;

  @Field(() => BullyingStepsViewerCan, { description: 'What the viewer may do.' })
  viewerCan: BullyingStepsViewerCan;
}

@InputType({ description: 'PRV-10: one handling step of a bullying case, completed.' })
export class RecordBullyingStepInput {
  @Field(() => ID, { description: 'The case (of the bullying category).' })
  caseId: string;

  @Field(() => BullyingStepEnum, { description: 'The step; steps are recorded in order, once each.' })
  step: BullyingStep;

  @Field({ description: 'When it was completed: not before the report, not in the future.' })
  completedAt: Date;

  @Field({ description: 'What was done, up to 2000 characters (confidential).' })
  note: string;
}
