import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { toAccessActor } from '../../shared/auth/actor';
import { notFoundError } from '../../shared/graphql/errors';
import { signedIn } from '../../shared/auth/signed-in';
import type { ChangeSignal } from '../../shared/realtime/change-feed';
import { LiveSignal } from '../../shared/realtime/live-signal.type';
import { liveChanges } from '../../shared/realtime/live-subscription';
import { institutionsOf } from './case-view';
import { accessOf } from './incident-facts';
import { IncidentEntity } from './incident.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** REP-7: only a case the viewer may read can be watched; missing and hidden get the same answer. */
async function watchedCase(context: RequestContext, id: string): Promise<string> {
  const actor = toAccessActor(signedIn(context));
  const incident = UUID.test(id)
    ? await context.dataSource.getRepository(IncidentEntity).findOneBy({ id })
    : null;
  const institution = incident
    ? (await institutionsOf(context.dataSource.manager, [incident])).get(incident.institutionId)
    : undefined;
  if (
    !incident ||
    !institution ||
    accessOf(incident, institution.kind, actor, context.policy).level === 'NONE'
  )
    throw notFoundError();
  return incident.id;
}

@Resolver()
export class CaseLiveResolver {
  @Allow('VIEW_INCIDENTS')
  @Subscription(() => LiveSignal, {
    description:
      'A signal each time the case or one of its records changes (an alert, a breach, a step): refetch case(id). ' +
      'Refused as NOT_FOUND for a case the viewer may not read.',
    subscribe: ({ context, args }) =>
      liveChanges('caseChanged', context as RequestContext, async (c) => ({
        topic: 'case',
        key: await watchedCase(c, String(args.id)),
      })),
  })
  caseChanged(
    @Root() signal: ChangeSignal,
    @Ctx() _context: RequestContext,
    @Arg('id', () => ID, { description: 'The case id.' }) _id: string,
  ): LiveSignal {
    return { at: signal.at };
  }
}
