import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { signedIn } from '../../shared/auth/signed-in';
import { loadCareInstitution } from './care-institution';
import { readCareRecords } from './care-records-view';
import {
  RecordCounsellingInput,
  RecordCourseDeliveryInput,
  RecordLegalVicePrincipalInput,
  RecordTeachingPlanInput,
} from './care-records.inputs';
import {
  RecordCounsellingResult,
  RecordCourseDeliveryResult,
  RecordLegalVicePrincipalResult,
  RecordTeachingPlanResult,
} from './care-records.results';
import { CareRecords } from './care-records.type';
import { recordCounselling } from './commands/record-counselling';
import { recordCourseDelivery } from './commands/record-course-delivery';
import { recordLegalVicePrincipal } from './commands/record-legal-vice-principal';
import { recordTeachingPlan } from './commands/record-teaching-plan';

@Resolver()
export class CareRecordsResolver {
  @Allow('VIEW_CARE_RECORDS')
  @Query(() => CareRecords, {
    nullable: true,
    description:
      'PRV-5 to PRV-7, PRV-10: an institution’s care records with their statuses; null when missing or not readable.',
  })
  async careRecords(
    @Ctx() context: RequestContext,
    @Arg('institutionId', () => ID, { description: 'The institution.' }) institutionId: string,
  ): Promise<CareRecords | null> {
    const manager = context.dataSource.manager;
    const institution = await loadCareInstitution(manager, signedIn(context), institutionId, context.policy);
    return institution ? readCareRecords(manager, institution, context.clock.now(), context.policy) : null;
  }

  @Allow('VIEW_CARE_RECORDS')
  @Mutation(() => RecordLegalVicePrincipalResult, {
    description: 'PRV-5: the head records a vice-principal for legal affairs 法治副校长.',
  })
  recordLegalVicePrincipal(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordLegalVicePrincipalInput, { description: 'The appointment.' })
    input: RecordLegalVicePrincipalInput,
  ) {
    return recordLegalVicePrincipal(context, input);
  }

  @Allow('VIEW_CARE_RECORDS')
  @Mutation(() => RecordCourseDeliveryResult, {
    description:
      'PRV-6: the head records the sexual-abuse-prevention course delivered to classes of an intake.',
  })
  recordCourseDelivery(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordCourseDeliveryInput, { description: 'The delivery.' })
    input: RecordCourseDeliveryInput,
  ) {
    return recordCourseDelivery(context, input);
  }

  @Allow('VIEW_CARE_RECORDS')
  @Mutation(() => RecordTeachingPlanResult, {
    description: 'PRV-7: the head records lessons of a class in the term’s teaching plan.',
  })
  recordTeachingPlan(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordTeachingPlanInput, { description: 'The lessons.' })
    input: RecordTeachingPlanInput,
  ) {
    return recordTeachingPlan(context, input);
  }

  @Allow('VIEW_CARE_RECORDS')
  @Mutation(() => RecordCounsellingResult, {
    description: 'PRV-7: the head records the counselling room and hotline.',
  })
  recordCounselling(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordCounsellingInput, { description: 'Room and hotline.' })
    input: RecordCounsellingInput,
  ) {
    return recordCounselling(context, input);
  }
}
