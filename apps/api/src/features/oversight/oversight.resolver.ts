import { oversightAccess } from '@xiaohu/domain';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { toAccessActor } from '../../shared/auth/actor';
import { Viewer } from '../auth/viewer.type';
import { OversightFilter, OversightTablePage } from './oversight.inputs';
import { InstitutionRecord, Oversight } from './oversight.type';
import { readInstitutionRecord, readOversight } from './oversight.service';

@Resolver()
export class OversightResolver {
  // Who sees which figures is oversightAccess's answer (ORG-1, ORG-3): refused with FORBIDDEN otherwise.
  @Allow('SIGNED_IN')
  @Query(() => Oversight, {
    description:
      'The oversight dashboard 监管总览 over the viewer’s scope (leadership and the committee’s sections); FORBIDDEN for anyone else.',
  })
  oversight(
    @Ctx() context: RequestContext,
    @Arg('filter', () => OversightFilter, { nullable: true, description: 'Period and filters.' })
    filter: OversightFilter | null,
    @Arg('table', () => OversightTablePage, { nullable: true, description: 'The institution table’s page.' })
    table: OversightTablePage | null,
  ): Promise<Oversight> {
    return readOversight(context, filter, table);
  }

  @Allow('SIGNED_IN')
  @Query(() => InstitutionRecord, {
    nullable: true,
    description:
      'An institution’s card 校园保护档案 (its head, and committee members whose scope holds it); null when out of reach; FORBIDDEN for teachers and the administrator.',
  })
  institutionRecord(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID, { description: 'The institution’s id.' }) id: string,
  ): Promise<InstitutionRecord | null> {
    return readInstitutionRecord(context, id);
  }
}

@Resolver(() => Viewer)
export class ViewerOversightResolver {
  @FieldResolver(() => Boolean, {
    description:
      'The viewer may open the oversight dashboard 监管总览 (oversightAccess); the UI shows its entry.',
  })
  canViewDashboard(@Root() _viewer: Viewer, @Ctx() context: RequestContext): boolean {
    const actor = context.auth.actor;
    return actor ? oversightAccess(toAccessActor(actor), context.policy).canViewDashboard.allowed : false;
  }
}
