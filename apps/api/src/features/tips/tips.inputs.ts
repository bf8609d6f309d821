import type { IncidentCategory, SuspectType } from '@xiaohu/domain';
import { Field, ID, InputType } from 'type-graphql';
import { IncidentCategoryEnum, SuspectTypeEnum } from '../incidents/incident.enums';

@InputType({ description: 'REP-9: an anonymous tip, with the browser’s proof of work.' })
export class SubmitTipInput {
  @Field(() => IncidentCategoryEnum, { description: 'What happened.' })
  category: IncidentCategory;

  @Field(() => ID, { nullable: true, description: 'The school chosen from the list.' })
  institutionId?: string | null;

  @Field(() => String, { nullable: true, description: 'The school as typed, up to 60 characters.' })
  schoolName?: string | null;

  @Field(() => String, { nullable: true, description: 'When it happened, up to 100 characters.' })
  happenedWhen?: string | null;

  @Field({ description: 'What happened, up to 2000 characters.' })
  description: string;

  @Field(() => String, { nullable: true, description: 'A way to be contacted, up to 100 characters.' })
  contact?: string | null;

  @Field({ description: 'The challenge from tipChallenge.' })
  challenge: string;

  @Field({ description: 'The decimal nonce that solves it.' })
  nonce: string;
}

@InputType({ description: 'REP-9: the reporter writes back with the tip code and passphrase.' })
export class ReplyToTipInput {
  @Field({ description: 'The tip code.' })
  code: string;

  @Field({ description: 'The passphrase.' })
  passphrase: string;

  @Field({ description: 'The message, up to 2000 characters.' })
  body: string;
}

@InputType({ description: 'REP-9: 安稳办 writes to the reporter.' })
export class AnswerTipInput {
  @Field(() => ID, { description: 'The tip.' })
  tipId: string;

  @Field({ description: 'The message, up to 2000 characters.' })
  body: string;
}

@InputType({ description: 'REP-9: 安稳办 closes a tip; the conversation ends.' })
export class CloseTipInput {
  @Field(() => ID, { description: 'The tip.' })
  tipId: string;
}

@InputType({
  description: 'REP-8, REP-3: 安稳办 turns a tip into a case (recorded as a case from elsewhere).',
})
export class ConvertTipToCaseInput {
  @Field(() => ID, { description: 'The tip.' })
  tipId: string;

  @Field(() => ID, { nullable: true, description: 'The institution; the tip’s chosen school by default.' })
  institutionId?: string | null;

  @Field(() => IncidentCategoryEnum, { nullable: true, description: 'The tip’s category by default.' })
  category?: IncidentCategory | null;

  @Field(() => SuspectTypeEnum, { description: 'Who the suspect is, as far as known.' })
  suspectType: SuspectType;

  @Field(() => Date, {
    nullable: true,
    description:
      'REP-3: when the school first knew (the police clock starts there); the tip’s time by default. ' +
      'Earlier than the tip, and never reported, is 瞒报 (REP-4).',
  })
  institutionKnewAt?: Date | null;
}
