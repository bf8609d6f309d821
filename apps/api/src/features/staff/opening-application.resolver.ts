import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Institution } from '../institutions/institution.type';
import { SetOpeningApplicationInput, SetOpeningApplicationResult } from './opening-application.types';
import { setOpeningApplication } from './opening-application.service';
import { staffLoaders } from './staff.loaders';

@Resolver(() => Institution)
export class OpeningApplicationResolver {
  @Allow('MANAGE_OPENING_APPLICATIONS')
  @Mutation(() => SetOpeningApplicationResult, {
    description:
      'Marks a kindergarten or training institution as applying to open, or ends it (VET-4). Audited.',
  })
  setOpeningApplication(
    @Ctx() context: RequestContext,
    @Arg('input', () => SetOpeningApplicationInput, { description: 'The institution and the state.' })
    input: SetOpeningApplicationInput,
  ) {
    return setOpeningApplication(context, input);
  }

  @FieldResolver(() => Boolean, {
    description: 'Applying to open: its proposed cadres and teachers need POLICY’s review (VET-4).',
  })
  isApplyingToOpen(@Root() institution: Institution, @Ctx() context: RequestContext): Promise<boolean> {
    return staffLoaders(context).applyingByInstitutionId.load(institution.id);
  }
}
