import { canStartInspection } from '@xiaohu/domain';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { toAccessActor } from '../../shared/auth/actor';
import { Case } from '../incidents/case.type';

@Resolver(() => Case)
export class CaseInspectionResolver {
  @FieldResolver(() => Boolean, {
    description:
      'PRV-1: the viewer may start an unannounced inspection at the case’s institution (its inspectors), the items the case’s category touches first.',
  })
  async canStartUnannouncedInspection(
    @Root() incident: Case,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    const actor = context.auth.actor;
    const institution = await context.loaders.institutionById.load(incident.institutionId);
    if (!actor || !institution) return false;
    return canStartInspection('UNANNOUNCED', institution, false, toAccessActor(actor), context.policy)
      .allowed;
  }
}
