import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../shared/graphql/connection';
import { enumObject } from '../../shared/graphql/enum-object';
import { DeadlineKindEnum, IncidentCategoryEnum } from '../incidents/incident.enums';

export const NOTIFICATION_KINDS = [
  'DISCLOSURE_RECEIVED',
  'CONFLICT_OF_INTEREST',
  'HEAD_NOTIFICATION_MISSED',
  'POLICE_REPORT_REMINDER',
  'POLICE_DEADLINE_MISSED',
  'BREACH_RECORDED',
  'HAZARD_OVERDUE',
  'HAZARD_ESCALATION',
] as const;
export const NotificationKindEnum = enumObject(NOTIFICATION_KINDS);
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
});

@ObjectType({
  description:
    'What a notification is about, for the app to word it in the reader’s language (never a child, an id or a code).',
})
export class NotificationFacts {
  @Field({ description: 'The school or institution.' })
  institutionName: string;

  @Field(() => IncidentCategoryEnum, { nullable: true, description: 'The case’s category, for case alerts.' })
  category: string | null;

  @Field(() => DeadlineKindEnum, { nullable: true, description: 'The case deadline the alert concerns.' })
  deadlineKind: string | null;

  @Field(() => Date, { nullable: true, description: 'The deadline (case) or due date (hazard).' })
  dueAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The hazard’s checklist item (zh-CN).' })
  hazardItemZh: string | null;

  @Field(() => String, { nullable: true, description: 'The hazard’s checklist item (en).' })
  hazardItemEn: string | null;

  @Field(() => ID, { nullable: true, description: 'The hazard it is about (to open it).' })
  hazardId: string | null;

  @Field({ description: 'REP-6: the child was in danger when the case was recorded.' })
  isChildInDanger: boolean;
}

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

  @Field({ description: 'Title, in the recipient’s language when it was written.' })
  title: string;

  @Field({ description: 'Body, in the recipient’s language when it was written.' })
  body: string;

  @Field(() => NotificationFacts, {
    nullable: true,
    description:
      'What it is about, for wording it in the reader’s current language; null on notifications written before (show title and body).',
  })
  facts: NotificationFacts | null;

  @Field({ description: 'REP-6: about a child in danger: shown first and marked urgent.' })
  urgent: boolean;

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

  @Field(() => [Notification], {
    description:
      'REP-6: the unread urgent ones (a child in danger), newest first, at most 20: shown before the rest.',
  })
  urgentUnread: Notification[];
}

export const MAIL_DELIVERY_STATUSES = ['WAITING', 'SENT', 'FAILING'] as const;
export type MailDeliveryStatus = (typeof MAIL_DELIVERY_STATUSES)[number];
export const MailDeliveryStatusEnum = enumObject(MAIL_DELIVERY_STATUSES);
registerEnumType(MailDeliveryStatusEnum, {
  name: 'MailDeliveryStatus',
  description:
    'WAITING: not sent yet (no SMTP configured, or queued); SENT: accepted by the mail server; ' +
    'FAILING: delivery failed and is being retried.',
});

@ObjectType({
  description:
    'The delivery status of one outbox mail (administrators). Never its subject or body: an alert may ' +
    'say what only its recipient may know (REP-11).',
})
export class OutboxMail {
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Sign-in name of the recipient account.' })
  recipientUsername: string | null;

  @Field(() => String, { nullable: true, description: 'Display name of the recipient account.' })
  recipientDisplayName: string | null;

  @Field({ description: 'Recipient address.' })
  to: string;

  @Field(() => NotificationKindEnum, { nullable: true, description: 'What kind of alert it carries.' })
  kind: string | null;

  @Field(() => MailDeliveryStatusEnum, { description: 'Where delivery stands.' })
  status: MailDeliveryStatus;

  @Field({ description: 'When it was written.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was sent; null until then.' })
  sentAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When delivery last failed.' })
  lastFailedAt: Date | null;

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

@ObjectType({ description: 'Outbox mails (delivery status only), newest first.' })
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
