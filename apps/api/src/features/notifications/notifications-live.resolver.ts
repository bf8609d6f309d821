import { Ctx, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { signedIn } from '../../shared/auth/signed-in';
import type { ChangeSignal } from '../../shared/realtime/change-feed';
import { LiveSignal } from '../../shared/realtime/live-signal.type';
import { liveChanges } from '../../shared/realtime/live-subscription';

@Resolver()
export class NotificationsLiveResolver {
  @Allow('SIGNED_IN')
  @Subscription(() => LiveSignal, {
    description:
      'A signal each time the viewer’s notifications change (a new one, one read): refetch myNotifications.',
    subscribe: ({ context }) =>
      liveChanges('myNotificationsChanged', context as RequestContext, (c) =>
        Promise.resolve({ topic: 'notification', key: signedIn(c).accountId }),
      ),
  })
  myNotificationsChanged(@Root() signal: ChangeSignal, @Ctx() _context: RequestContext): LiveSignal {
    return { at: signal.at };
  }
}
