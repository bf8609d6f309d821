import { developerAccess } from '@xiaohu/domain';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { toAccessActor } from '../../shared/auth/actor';
import { Viewer } from '../auth/viewer.type';
import { developerFactsOf } from './developer-facts';

@Resolver(() => Viewer)
export class ViewerDeveloperResolver {
  @FieldResolver(() => Boolean, {
    description:
      'The viewer may open the developer page 开发者 (schema, example query, typed client, changelog): developerAccess (ORG-3).',
  })
  async canOpenDeveloperPage(@Root() _viewer: Viewer, @Ctx() context: RequestContext): Promise<boolean> {
    const actor = context.auth.actor;
    if (!actor) return false;
    const facts = await developerFactsOf(context.dataSource.manager, actor);
    return developerAccess(toAccessActor(actor), facts).allowed;
  }
}
