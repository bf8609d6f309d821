import { oversightAccess, type OversightHome } from '@xiaohu/domain';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Viewer } from '../auth/viewer.type';
import { loadMyWork } from './my-work.service';
import { MyWork, ViewerHomeEnum } from './work.types';

@Resolver()
export class WorkResolver {
  @Allow('SIGNED_IN')
  @Query(() => MyWork, {
    description:
      'Issue 10: the viewer’s home 工作台: what waits on the viewer, soonest deadline first, and the cases the viewer reported.',
  })
  myWork(@Ctx() context: RequestContext): Promise<MyWork> {
    return loadMyWork(context);
  }
}

@Resolver(() => Viewer)
export class ViewerHomeResolver {
  @FieldResolver(() => ViewerHomeEnum, {
    description: 'Issue 10: which home 工作台 the viewer lands on (from the domain’s oversightAccess).',
  })
  home(@Root() viewer: Viewer, @Ctx() context: RequestContext): OversightHome {
    // The home reads the role and what it scopes (institution, unit) only; the viewer carries them also
    // right after sign-in, before the request has a session.
    const actor = {
      accountId: viewer.id,
      role: viewer.role,
      institutionId: viewer.institutionId,
      unit: viewer.unit,
      staffId: null,
      isDesignatedCaseOfficer: false,
    };
    return oversightAccess(actor, context.policy).home;
  }
}
