import { Arg, Ctx, FieldResolver, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { MyWork } from '../work/work.types';
import { readMyCareGaps, readPreventionGapOverview, readPreventionGaps } from './care-gaps.service';
import { MyCareGaps, PreventionGapInstitution, PreventionGaps } from './care-gaps.type';

@Resolver()
export class CareGapsResolver {
  @Allow('SIGNED_IN')
  @Query(() => PreventionGaps, {
    nullable: true,
    description:
      'PRV-2, PRV-5 to PRV-10: an institution’s prevention gaps found from its records: one by one for its head, counted for its inspectors and leadership; null for anyone else. Audited.',
  })
  preventionGaps(
    @Ctx() context: RequestContext,
    @Arg('institutionId', () => ID, { description: 'The institution.' }) institutionId: string,
  ): Promise<PreventionGaps | null> {
    return readPreventionGaps(context, institutionId);
  }

  @Allow('SIGNED_IN')
  @Query(() => [PreventionGapInstitution], {
    description:
      'PRV-2, PRV-5 to PRV-10, ACC-1: the gaps of every institution the viewer counts (inspectors, leadership; a head her own), counts only, most first; empty for anyone else.',
  })
  preventionGapOverview(@Ctx() context: RequestContext): Promise<PreventionGapInstitution[]> {
    return readPreventionGapOverview(context);
  }
}

@Resolver(() => MyWork)
export class MyWorkCareGapsResolver {
  @FieldResolver(() => MyCareGaps, {
    description: 'PRV-8 and the other prevention gaps on the home: the head’s all, a teacher’s her own.',
  })
  careGaps(@Ctx() context: RequestContext): Promise<MyCareGaps> {
    return readMyCareGaps(context);
  }
}
