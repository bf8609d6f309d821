import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { InstitutionConnection, InstitutionFilter } from './institution-connection.type';
import { InstitutionDuty } from '../organisation/responsibility.type';
import { dutiesOfKind, Institution } from './institution.type';
import { listInstitutions, readInstitution } from './institutions.service';

@Resolver(() => Institution)
export class InstitutionsResolver {
  @Allow('VIEW_INSTITUTIONS')
  @Query(() => InstitutionConnection, {
    description: 'Institutions within the viewer’s scope, in name order.',
  })
  institutions(
    @Ctx() context: RequestContext,
    @Arg('filter', () => InstitutionFilter, { nullable: true, description: 'Optional conditions.' })
    filter: InstitutionFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
  ): Promise<InstitutionConnection> {
    return listInstitutions(context, filter, first, after);
  }

  @Allow('VIEW_INSTITUTIONS')
  @Query(() => Institution, {
    nullable: true,
    description:
      'One institution; null when it does not exist or is outside the viewer’s scope (same answer).',
  })
  institution(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID, { description: 'The institution’s id.' }) id: string,
  ): Promise<Institution | null> {
    return readInstitution(context, id);
  }

  @FieldResolver(() => [InstitutionDuty], {
    description: 'Duties that apply to it and who is responsible (ORG-2).',
  })
  duties(@Root() institution: Institution, @Ctx() context: RequestContext): InstitutionDuty[] {
    return dutiesOfKind(institution.kind, context.policy);
  }
}
