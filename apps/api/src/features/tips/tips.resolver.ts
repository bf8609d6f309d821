import type { TipStatus } from '@xiaohu/domain';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { answerTip } from './commands/answer-tip';
import { closeTip } from './commands/close-tip';
import { convertTipToCase } from './commands/convert-tip-to-case';
import { listTipSchools, readTipThread, replyToTip, submitTip, tipChallenge } from './tip-line.service';
import { Tip, TipChallenge, TipListItem, TipSchool } from './tip.type';
import { listTips, readTip } from './tips-queries.service';
import {
  AnswerTipInput,
  CloseTipInput,
  ConvertTipToCaseInput,
  ReplyToTipInput,
  SubmitTipInput,
} from './tips.inputs';
import {
  AnswerTipResult,
  CloseTipResult,
  ConvertTipToCaseResult,
  ReplyToTipResult,
  SubmitTipResult,
  TipThreadResult,
} from './tips.results';
import { TipStatusEnum } from './tips.enums';

@Resolver(() => Tip)
export class TipsResolver {
  @Allow('PUBLIC')
  @Query(() => [TipSchool], { description: 'REP-9: the schools the public tip page offers (names only).' })
  tipSchools(@Ctx() context: RequestContext): Promise<TipSchool[]> {
    return listTipSchools(context);
  }

  @Allow('PUBLIC')
  @Query(() => TipChallenge, { description: 'REP-9: a proof-of-work challenge for sending a tip.' })
  tipChallenge(@Ctx() context: RequestContext): TipChallenge {
    return tipChallenge(context);
  }

  @Allow('PUBLIC')
  @Mutation(() => SubmitTipResult, {
    description:
      'REP-9: sends an anonymous tip; answers the code and passphrase once. Nothing of the sender is kept.',
  })
  submitTip(
    @Ctx() context: RequestContext,
    @Arg('input', () => SubmitTipInput, { description: 'The tip and its proof of work.' })
    input: SubmitTipInput,
  ) {
    return submitTip(context, input);
  }

  @Allow('PUBLIC')
  @Query(() => TipThreadResult, {
    description:
      'REP-9: the conversation of a tip, for its code and passphrase (wrong ones are throttled per code).',
  })
  tipThread(
    @Ctx() context: RequestContext,
    @Arg('code', { description: 'The tip code.' }) code: string,
    @Arg('passphrase', { description: 'The passphrase.' }) passphrase: string,
  ) {
    return readTipThread(context, code, passphrase);
  }

  @Allow('PUBLIC')
  @Mutation(() => ReplyToTipResult, {
    description: 'REP-9: the reporter writes back with the code and passphrase.',
  })
  replyToTip(
    @Ctx() context: RequestContext,
    @Arg('input', () => ReplyToTipInput, { description: 'The reply.' }) input: ReplyToTipInput,
  ) {
    return replyToTip(context, input);
  }

  @Allow('VIEW_TIPS')
  @Query(() => [TipListItem], {
    description: 'REP-9, REP-7: the tip inbox of 安稳办, latest message first; no contents.',
  })
  tips(
    @Ctx() context: RequestContext,
    @Arg('status', () => TipStatusEnum, { nullable: true, description: 'Only tips in this status.' })
    status: TipStatus | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many (1..100, default 50).' })
    first: number | null,
  ): Promise<TipListItem[]> {
    return listTips(context, status, first);
  }

  @Allow('VIEW_TIPS')
  @Query(() => Tip, {
    nullable: true,
    description: 'REP-9: one tip with its conversation. Every read is audited.',
  })
  tip(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID, { description: 'The tip.' }) id: string,
  ): Promise<Tip | null> {
    return readTip(context, id);
  }

  @Allow('VIEW_TIPS')
  @Mutation(() => AnswerTipResult, { description: 'REP-9: 安稳办 writes to the reporter.' })
  answerTip(
    @Ctx() context: RequestContext,
    @Arg('input', () => AnswerTipInput, { description: 'The answer.' }) input: AnswerTipInput,
  ) {
    return answerTip(context, input);
  }

  @Allow('VIEW_TIPS')
  @Mutation(() => CloseTipResult, { description: 'REP-9: 安稳办 closes a tip.' })
  closeTip(
    @Ctx() context: RequestContext,
    @Arg('input', () => CloseTipInput, { description: 'The tip.' }) input: CloseTipInput,
  ) {
    return closeTip(context, input);
  }

  @Allow('VIEW_TIPS')
  @Mutation(() => ConvertTipToCaseResult, {
    description:
      'REP-8, REP-3, REP-4: 安稳办 turns a tip into a case (the clock from the school’s first knowledge).',
  })
  convertTipToCase(
    @Ctx() context: RequestContext,
    @Arg('input', () => ConvertTipToCaseInput, { description: 'The case.' }) input: ConvertTipToCaseInput,
  ) {
    return convertTipToCase(context, input);
  }
}
