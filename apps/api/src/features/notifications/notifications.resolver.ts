import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, createUnionType } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { CaseNotFoundError } from '../incidents/incident-errors.type';
import {
  Notification,
  NotificationConnection,
  OutboxMailConnection,
  ReportingChannels,
} from './notification.type';
import {
  listMailOutbox,
  listMyNotifications,
  markNotificationRead,
  reportingChannels,
} from './notifications.service';

export const MarkNotificationReadResult = createUnionType({
  name: 'MarkNotificationReadResult',
  description: 'The notification, or NOT_FOUND when it is not the viewer’s.',
  types: () => [Notification, CaseNotFoundError] as const,
});

@Resolver()
export class NotificationsResolver {
  @Allow('SIGNED_IN')
  @Query(() => NotificationConnection, { description: 'The viewer’s notifications, newest first.' })
  myNotifications(
    @Ctx() context: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
    @Arg('unreadOnly', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Only unread ones.',
    })
    unreadOnly: boolean | null,
  ) {
    return listMyNotifications(context, first, after, unreadOnly ?? false);
  }

  @Allow('SIGNED_IN')
  @Mutation(() => MarkNotificationReadResult, {
    description: 'Marks one of the viewer’s notifications read.',
  })
  async markNotificationRead(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID, { description: 'The notification.' }) id: string,
  ) {
    return (await markNotificationRead(context, id)) ?? CaseNotFoundError.create();
  }

  @Allow('VIEW_MAIL_OUTBOX')
  @Query(() => OutboxMailConnection, {
    description: 'Mail kept or sent by the outbox, newest first (ADMIN).',
  })
  mailOutbox(
    @Ctx() context: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
  ) {
    return listMailOutbox(context, first, after);
  }

  @Allow('SIGNED_IN')
  @Query(() => ReportingChannels, { description: 'REP-9: the district’s reporting mailbox and hotline.' })
  reportingChannels() {
    return reportingChannels();
  }
}
