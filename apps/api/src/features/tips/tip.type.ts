import type { IncidentCategory, TipAuthor, TipStatus } from '@xiaohu/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { IncidentCategoryEnum } from '../incidents/incident.enums';
import { TipAuthorEnum, TipStatusEnum } from './tips.enums';

@ObjectType({ description: 'REP-9: one message of a tip’s conversation.' })
export class TipMessage {
  @Field(() => TipAuthorEnum, { description: 'The anonymous reporter or 安稳办 (never an officer’s name).' })
  author: TipAuthor;

  @Field({ description: 'What was written.' })
  body: string;

  @Field({ description: 'When it was sent.' })
  sentAt: Date;
}

@ObjectType({ description: 'What the viewer may do with a tip now (the tip policy’s answer).' })
export class TipViewerCan {
  @Field({ description: 'Write to the reporter.' })
  answer: boolean;

  @Field({ description: 'Close the tip (the conversation ends).' })
  close: boolean;

  @Field({ description: 'Turn the tip into a case (REP-8, REP-3).' })
  convert: boolean;
}

@ObjectType({ description: 'REP-9: a tip as the inbox lists it: no contents.' })
export class TipListItem {
  @Field(() => ID, { description: 'The tip.' })
  id: string;

  @Field({ description: 'The tip code, in groups of four.' })
  tipCode: string;

  @Field(() => IncidentCategoryEnum, { description: 'What happened, as the reporter chose.' })
  category: IncidentCategory;

  @Field({ description: 'REP-7: a sexual-abuse lead, for the designated officers only.' })
  isConfidential: boolean;

  @Field(() => String, { nullable: true, description: 'The school chosen from the list, or as typed.' })
  school: string | null;

  @Field(() => TipStatusEnum, { description: 'Open, a case, or closed.' })
  status: TipStatus;

  @Field({ description: 'When it was sent.' })
  submittedAt: Date;

  @Field({ description: 'When the last message was written.' })
  lastMessageAt: Date;

  @Field(() => TipAuthorEnum, { nullable: true, description: 'Who is to write next; null once closed.' })
  awaiting: TipAuthor | null;
}

@ObjectType({ description: 'REP-9: one tip as 安稳办 reads it. Every read is audited.' })
export class Tip extends TipListItem {
  @Field(() => ID, { nullable: true, description: 'The school chosen from the list.' })
  institutionId: string | null;

  @Field(() => String, { nullable: true, description: 'When it happened, in the reporter’s words.' })
  happenedWhen: string | null;

  @Field({ description: 'What happened, in the reporter’s words.' })
  description: string;

  @Field(() => String, { nullable: true, description: 'A way to reach the reporter, if they gave one.' })
  contact: string | null;

  @Field(() => ID, { nullable: true, description: 'The case it became.' })
  caseId: string | null;

  @Field(() => [TipMessage], { description: 'The conversation, oldest first.' })
  messages: TipMessage[];

  @Field(() => TipViewerCan, { description: 'What the viewer may do now.' })
  viewerCan: TipViewerCan;

  @Field(() => [String], { description: 'The rules routing it (REP-9, REP-8, and REP-7 when confidential).' })
  ruleIds: string[];
}

@ObjectType({ description: 'REP-9: what the reporter writes down: shown once, never recoverable.' })
export class TipReceipt {
  @Field({ description: 'The tip code, in groups of four.' })
  tipCode: string;

  @Field({ description: 'The passphrase, in groups of four; stored only as a hash.' })
  passphrase: string;
}

@ObjectType({ description: 'REP-9: the conversation as the reporter reads it with the code and passphrase.' })
export class TipThread {
  @Field({ description: 'The tip code, in groups of four.' })
  tipCode: string;

  @Field(() => TipStatusEnum, { description: 'Open, a case, or closed.' })
  status: TipStatus;

  @Field(() => IncidentCategoryEnum, { description: 'What happened, as the reporter chose.' })
  category: IncidentCategory;

  @Field({ description: 'When it was sent.' })
  submittedAt: Date;

  @Field({ description: 'What the reporter wrote first.' })
  description: string;

  @Field(() => [TipMessage], { description: 'The conversation, oldest first.' })
  messages: TipMessage[];

  @Field({ description: 'Whether the reporter may still write (not once closed).' })
  canReply: boolean;
}

@ObjectType({ description: 'REP-9: a proof-of-work challenge for the browser (no third-party CAPTCHA).' })
export class TipChallenge {
  @Field({ description: 'Signed by the server; valid for ten minutes, once.' })
  challenge: string;

  @Field(() => Int, {
    description:
      'Leading zero bits SHA-256(challenge + ":" + nonce) must have; the nonce is a decimal integer.',
  })
  difficulty: number;
}

@ObjectType({ description: 'A school the tip page offers (public: name only).' })
export class TipSchool {
  @Field(() => ID, { description: 'The institution.' })
  id: string;

  @Field({ description: 'Its name.' })
  name: string;
}
