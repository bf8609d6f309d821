import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { openAssessmentPeriod } from './commands/open-assessment-period';
import { recordAssessmentFinding } from './commands/record-assessment-finding';
import { recordSanction } from './commands/record-sanction';
import { reviewVeto } from './commands/review-veto';
import { submitVetoStatement } from './commands/submit-veto-statement';
import { listPeriods, periodRows, readAssessment, readPeriod } from './assessment-queries.service';
import {
  OpenAssessmentPeriodInput,
  RecordAssessmentFindingInput,
  RecordSanctionInput,
  ReviewVetoInput,
  SubmitVetoStatementInput,
} from './assessment.inputs';
import {
  OpenAssessmentPeriodResult,
  RecordAssessmentFindingResult,
  RecordSanctionResult,
  ReviewVetoResult,
  SubmitVetoStatementResult,
} from './assessment.results';
import { Assessment, AssessmentPeriod, AssessmentPeriodList, AssessmentRow } from './assessment.type';

@Resolver(() => AssessmentPeriod)
export class AssessmentResolver {
  @Allow('VIEW_ASSESSMENTS')
  @Query(() => AssessmentPeriodList, {
    description: 'ACC-1: assessment periods with a row the viewer reads, newest first.',
  })
  assessmentPeriods(@Ctx() context: RequestContext): Promise<AssessmentPeriodList> {
    return listPeriods(context);
  }

  @Allow('VIEW_ASSESSMENTS')
  @Query(() => AssessmentPeriod, {
    nullable: true,
    description: 'One period; null when missing or not readable.',
  })
  assessmentPeriod(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID, { description: 'The period’s id.' }) id: string,
  ): Promise<AssessmentPeriod | null> {
    return readPeriod(context, id);
  }

  @FieldResolver(() => [AssessmentRow], {
    description: 'The institutions’ rows the viewer reads, by name: score, veto status, eligibility.',
  })
  rows(@Ctx() context: RequestContext, @Root() period: AssessmentPeriod): Promise<AssessmentRow[]> {
    return periodRows(context, period.id);
  }

  @Allow('VIEW_ASSESSMENTS')
  @Query(() => Assessment, {
    nullable: true,
    description: 'ACC-1, ACC-5: one institution’s assessment; null when missing or not readable.',
  })
  assessment(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID, { description: 'The assessment’s id.' }) id: string,
  ): Promise<Assessment | null> {
    return readAssessment(context, id);
  }

  @Allow('VIEW_ASSESSMENTS')
  @Mutation(() => OpenAssessmentPeriodResult, { description: 'ACC-1: 督导室 opens an assessment period.' })
  openAssessmentPeriod(
    @Ctx() context: RequestContext,
    @Arg('input', () => OpenAssessmentPeriodInput, { description: 'The period.' })
    input: OpenAssessmentPeriodInput,
  ) {
    return openAssessmentPeriod(context, input);
  }

  @Allow('VIEW_ASSESSMENTS')
  @Mutation(() => RecordAssessmentFindingResult, { description: 'ACC-1, ACC-3: 督导室 records a finding.' })
  recordAssessmentFinding(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordAssessmentFindingInput, { description: 'The finding.' })
    input: RecordAssessmentFindingInput,
  ) {
    return recordAssessmentFinding(context, input);
  }

  @Allow('VIEW_ASSESSMENTS')
  @Mutation(() => SubmitVetoStatementResult, { description: 'ACC-5: the head submits a statement 申辩.' })
  submitVetoStatement(
    @Ctx() context: RequestContext,
    @Arg('input', () => SubmitVetoStatementInput, { description: 'The statement.' })
    input: SubmitVetoStatementInput,
  ) {
    return submitVetoStatement(context, input);
  }

  @Allow('VIEW_ASSESSMENTS')
  @Mutation(() => ReviewVetoResult, { description: 'ACC-5: a leader confirms or rejects a computed veto.' })
  reviewVeto(
    @Ctx() context: RequestContext,
    @Arg('input', () => ReviewVetoInput, { description: 'The decision and its reason.' })
    input: ReviewVetoInput,
  ) {
    return reviewVeto(context, input);
  }

  @Allow('VIEW_ASSESSMENTS')
  @Mutation(() => RecordSanctionResult, { description: 'ACC-2: a leader records a sanction.' })
  recordSanction(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordSanctionInput, { description: 'The sanction.' }) input: RecordSanctionInput,
  ) {
    return recordSanction(context, input);
  }
}
