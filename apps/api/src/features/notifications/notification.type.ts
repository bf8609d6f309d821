import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../shared/graphql/connection';
import { enumObject } from '../../shared/graphql/enum-object';

export const NOTIFICATION_KINDS = [
  'DISCLOSURE_RECEIVED',
  'CONFLICT_OF_INTEREST',
  'HEAD_NOTIFICATION_MISSED',
  'POLICE_REPORT_REMINDER',
  'POLICE_DEADLINE_MISSED',
  'BREACH_RECORDED',
] as const;
export const NotificationKindEnum = enumObject(NOTIFICATION_KINDS);
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
});

@ObjectType({
  description: 'An in-app notification for the signed-in account; its text never names a child.',
})
export class Notification {
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Field(() => NotificationKindEnum, { description: 'What it is about.' })
  kind: string;

  @Field(() => ID, { nullable: true, description: 'The case it is about.' })
  caseId: string | null;

  @Field({ description: 'Title (zh-CN / en).' })
  title: string;

  @Field({ description: 'Body (zh-CN, then en).' })
  body: string;

  @Field({ description: 'When it was created.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was read; null while unread.' })
  readAt: Date | null;
}

@ObjectType({ description: 'A notification in a page.' })
export class NotificationEdge {
  @Field({ description: 'Opaque cursor.' })
  cursor: string;

  @Field(() => Notification, { description: 'The notification.' })
  node: Notification;
}

@ObjectType({ description: 'The viewer’s notifications, newest first.' })
export class NotificationConnection {
  @Field(() => [NotificationEdge], { description: 'This page.' })
  edges: NotificationEdge[];

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many are unread.' })
  unreadCount: number;
}

@ObjectType({ description: 'A mail kept or sent by the outbox (administrators only).' })
export class OutboxMail {
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Field({ description: 'Recipient address.' })
  to: string;

  @Field({ description: 'Subject.' })
  subject: string;

  @Field({ description: 'Plain-text body.' })
  body: string;

  @Field({ description: 'When it was written.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was sent; null while kept.' })
  sentAt: Date | null;

  @Field(() => Int, { description: 'Failed delivery attempts.' })
  failedAttempts: number;
}

@ObjectType({ description: 'An outbox mail in a page.' })
export class OutboxMailEdge {
  @Field({ description: 'Opaque cursor.' })
  cursor: string;

  @Field(() => OutboxMail, { description: 'The mail.' })
  node: OutboxMail;
}

@ObjectType({ description: 'Outbox mails, newest first.' })
export class OutboxMailConnection {
  @Field(() => [OutboxMailEdge], { description: 'This page.' })
  edges: OutboxMailEdge[];

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;
}

@ObjectType({ description: 'REP-9: the district’s reporting mailbox and hotline.' })
export class ReportingChannels {
  @Field({ description: 'Reporting mailbox (e-mail address).' })
  mailbox: string;

  @Field({ description: 'Reporting hotline.' })
  hotline: string;
}
