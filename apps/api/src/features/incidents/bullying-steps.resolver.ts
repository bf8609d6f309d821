import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root, createUnionType } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { ValidationError } from '../../shared/graphql/error-result';
import { readBullyingSteps, recordBullyingStep } from './bullying-steps.service';
import { BullyingSteps, RecordBullyingStepInput } from './bullying-steps.type';
import { Case } from './case.type';
import { CaseForbiddenError, CaseNotFoundError } from './incident-errors.type';

export const RecordBullyingStepResult = createUnionType({
  name: 'RecordBullyingStepResult',
  description: 'The case’s bullying steps after the step, or why not.',
  types: () => [BullyingSteps, CaseNotFoundError, CaseForbiddenError, ValidationError] as const,
});

@Resolver(() => Case)
export class BullyingStepsResolver {
  @FieldResolver(() => BullyingSteps, {
    nullable: true,
    description:
      'PRV-10: the handling steps of a bullying case with their time limits; null for other categories and for viewers outside the case’s need-to-know group.',
  })
  bullyingSteps(@Root() view: Case, @Ctx() context: RequestContext): Promise<BullyingSteps | null> {
    return readBullyingSteps(context, view.id);
  }

  @Allow('MANAGE_INCIDENTS')
  @Mutation(() => RecordBullyingStepResult, {
    description: 'PRV-10: record one handling step of a bullying case (in order, once each).',
  })
  recordBullyingStep(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordBullyingStepInput, { description: 'The step.' }) input: RecordBullyingStepInput,
  ) {
    return recordBullyingStep(context, input);
  }
}
