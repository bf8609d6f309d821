import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { closeRiskSubject } from './commands/close-risk-subject';
import { recordRiskFollowUp } from './commands/record-risk-follow-up';
import { recordRiskSubject } from './commands/record-risk-subject';
import { listRiskSubjects, readRiskSubject } from './surroundings-queries.service';
import {
  CloseRiskSubjectInput,
  RecordRiskFollowUpInput,
  RecordRiskSubjectInput,
  RiskSubjectFilter,
} from './surroundings.inputs';
import {
  CloseRiskSubjectResult,
  RecordRiskFollowUpResult,
  RecordRiskSubjectResult,
} from './surroundings.results';
import { RiskSubject, RiskSubjectConnection } from './surroundings.type';

@Resolver(() => RiskSubject)
export class SurroundingsResolver {
  @Allow('VIEW_SURROUNDINGS')
  @Query(() => RiskSubjectConnection, {
    description: 'PRV-3: risk sites and persons the viewer reads, newest first; never a person’s identity.',
  })
  riskSubjects(
    @Ctx() context: RequestContext,
    @Arg('filter', () => RiskSubjectFilter, {
      nullable: true,
      description: 'Institution, type, open or closed.',
    })
    filter: RiskSubjectFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (1..100, default 20).' })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the last item of the previous page.',
    })
    after: string | null,
  ): Promise<RiskSubjectConnection> {
    return listRiskSubjects(context, filter, first, after);
  }

  @Allow('VIEW_SURROUNDINGS')
  @Query(() => RiskSubject, {
    nullable: true,
    description:
      'PRV-3: one risk subject; a person’s identity for the need-to-know group only. Every read is audited.',
  })
  riskSubject(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID, { description: 'The risk subject’s id.' }) id: string,
  ): Promise<RiskSubject | null> {
    return readRiskSubject(context, id);
  }

  @Allow('VIEW_SURROUNDINGS')
  @Mutation(() => RecordRiskSubjectResult, {
    description: 'PRV-3: the head or 安稳办 records a risk site or person near an institution.',
  })
  recordRiskSubject(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordRiskSubjectInput, { description: 'The risk subject.' })
    input: RecordRiskSubjectInput,
  ) {
    return recordRiskSubject(context, input);
  }

  @Allow('VIEW_SURROUNDINGS')
  @Mutation(() => RecordRiskFollowUpResult, {
    description: 'PRV-3: the head or 安稳办 records a follow-up (with the referral while not referred).',
  })
  recordRiskFollowUp(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordRiskFollowUpInput, { description: 'The follow-up.' })
    input: RecordRiskFollowUpInput,
  ) {
    return recordRiskFollowUp(context, input);
  }

  @Allow('VIEW_SURROUNDINGS')
  @Mutation(() => CloseRiskSubjectResult, {
    description: 'PRV-3: the head or 安稳办 closes a risk subject with a reason.',
  })
  closeRiskSubject(
    @Ctx() context: RequestContext,
    @Arg('input', () => CloseRiskSubjectInput, { description: 'The reason.' }) input: CloseRiskSubjectInput,
  ) {
    return closeRiskSubject(context, input);
  }
}
