import { responsibilityMatrix } from '@xiaohu/domain';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { MatrixCell } from './responsibility.type';

@Resolver()
export class OrganisationResolver {
  @Allow('VIEW_RESPONSIBILITY_MATRIX')
  @Query(() => [MatrixCell], {
    description: 'The whole responsibility matrix, duties × institution kinds (ORG-2).',
  })
  responsibilityMatrix(@Ctx() context: RequestContext): MatrixCell[] {
    return responsibilityMatrix(context.policy);
  }
}
