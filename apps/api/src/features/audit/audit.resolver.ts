import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { AuditActor, AuditEventConnection, AuditFilter } from './audit-event.type';
import { listAuditActors, listAuditEvents } from './audit.service';

@Resolver()
export class AuditResolver {
  @Allow('VIEW_AUDIT')
  @Query(() => AuditEventConnection, {
    description: 'The audit trail, newest first (LEADER and ADMIN only).',
  })
  auditEvents(
    @Ctx() context: RequestContext,
    @Arg('filter', () => AuditFilter, { nullable: true, description: 'Optional conditions.' })
    filter: AuditFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Page size, 1 to 100.' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
  ): Promise<AuditEventConnection> {
    return listAuditEvents(context, filter, first, after);
  }

  @Allow('VIEW_AUDIT')
  @Query(() => [AuditActor], {
    description: 'Issue 10: accounts by name, for the audit trail’s person filter (LEADER and ADMIN only).',
  })
  auditActors(
    @Ctx() context: RequestContext,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name or sign-in name.' })
    search: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'At most this many, 1 to 50.' })
    first: number | null,
  ): Promise<AuditActor[]> {
    return listAuditActors(context, search, first);
  }
}
