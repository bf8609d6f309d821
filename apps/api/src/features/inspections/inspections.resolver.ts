import { inspectionCampaignsAccess } from '@xiaohu/domain';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { toAccessActor } from '../../shared/auth/actor';
import { signedIn } from '../../shared/auth/signed-in';
import { assignHazard } from './commands/assign-hazard';
import { openInspectionCampaign } from './commands/open-inspection-campaign';
import { recordInspectionItem } from './commands/record-inspection-item';
import { recordRectification } from './commands/record-rectification';
import { startInspection } from './commands/start-inspection';
import { submitInspection } from './commands/submit-inspection';
import { verifyRectification } from './commands/verify-rectification';
import {
  campaignInstitutions,
  isUuid,
  listTemplates,
  readCampaigns,
  readInspection,
} from './inspection-queries';
import { listHazards, readHazard } from './hazard-queries';
import {
  AssignHazardInput,
  HazardFilter,
  OpenInspectionCampaignInput,
  RecordInspectionItemInput,
  RecordRectificationInput,
  StartInspectionInput,
  SubmitInspectionInput,
  VerifyRectificationInput,
} from './inspections.inputs';
import {
  AssignHazardResult,
  OpenInspectionCampaignResult,
  RecordInspectionItemResult,
  RecordRectificationResult,
  StartInspectionResult,
  SubmitInspectionResult,
  VerifyRectificationResult,
} from './inspections.results';
import {
  CampaignInstitution,
  Hazard,
  HazardList,
  Inspection,
  InspectionCampaign,
  InspectionCampaignList,
  InspectionTemplate,
} from './inspections.types';

@Resolver(() => InspectionCampaign)
export class InspectionsResolver {
  @Allow('VIEW_INSPECTIONS')
  @Query(() => [InspectionTemplate], {
    description: 'PRV-1: the district’s checklist templates (the committee reads them; empty otherwise).',
  })
  inspectionTemplates(@Ctx() context: RequestContext): Promise<InspectionTemplate[]> {
    return listTemplates(context, signedIn(context));
  }

  @Allow('VIEW_INSPECTIONS')
  @Query(() => InspectionCampaignList, {
    description: 'PRV-1: campaigns the viewer reads (a head: those covering her institution), newest first.',
  })
  async inspectionCampaigns(@Ctx() context: RequestContext): Promise<InspectionCampaignList> {
    const actor = signedIn(context);
    return {
      items: await readCampaigns(context.dataSource.manager, actor, null),
      canOpen: inspectionCampaignsAccess(toAccessActor(actor)).canOpen.allowed,
    };
  }

  @Allow('VIEW_INSPECTIONS')
  @Query(() => InspectionCampaign, {
    nullable: true,
    description: 'One campaign; null when missing or not readable.',
  })
  async inspectionCampaign(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID, { description: 'The campaign.' }) id: string,
  ): Promise<InspectionCampaign | null> {
    if (!isUuid(id)) return null;
    const [campaign] = await readCampaigns(context.dataSource.manager, signedIn(context), id);
    return campaign ?? null;
  }

  @FieldResolver(() => [CampaignInstitution], {
    description: 'The covered institutions the viewer reads, by name, with their self-inspections.',
  })
  institutions(
    @Ctx() context: RequestContext,
    @Root() campaign: InspectionCampaign,
  ): Promise<CampaignInstitution[]> {
    return campaignInstitutions(context.dataSource.manager, signedIn(context), campaign.id);
  }

  @Allow('VIEW_INSPECTIONS')
  @Query(() => Inspection, {
    nullable: true,
    description: 'PRV-1: one inspection; null when missing or not readable.',
  })
  inspection(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID, { description: 'The inspection.' }) id: string,
  ): Promise<Inspection | null> {
    return readInspection(context, signedIn(context), id);
  }

  @Allow('VIEW_INSPECTIONS')
  @Mutation(() => OpenInspectionCampaignResult, {
    description: 'PRV-1: 安稳办 or 督导室 opens a campaign 排查.',
  })
  openInspectionCampaign(
    @Ctx() context: RequestContext,
    @Arg('input', () => OpenInspectionCampaignInput, { description: 'The campaign.' })
    input: OpenInspectionCampaignInput,
  ) {
    return openInspectionCampaign(context, input);
  }

  @Allow('VIEW_INSPECTIONS')
  @Mutation(() => StartInspectionResult, {
    description:
      'PRV-1, ORG-3: the head starts a self-inspection; an inspector an on-site or unannounced one.',
  })
  startInspection(
    @Ctx() context: RequestContext,
    @Arg('input', () => StartInspectionInput, { description: 'The inspection.' }) input: StartInspectionInput,
  ) {
    return startInspection(context, input);
  }

  @Allow('VIEW_INSPECTIONS')
  @Mutation(() => RecordInspectionItemResult, {
    description: 'PRV-1: one item PASSED, FAILED (a hazard) or NOT_APPLICABLE.',
  })
  recordInspectionItem(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordInspectionItemInput, { description: 'The item’s result.' })
    input: RecordInspectionItemInput,
  ) {
    return recordInspectionItem(context, input);
  }

  @Allow('VIEW_INSPECTIONS')
  @Mutation(() => SubmitInspectionResult, {
    description: 'PRV-1: submit an inspection with every item recorded.',
  })
  submitInspection(
    @Ctx() context: RequestContext,
    @Arg('input', () => SubmitInspectionInput, { description: 'The inspection.' })
    input: SubmitInspectionInput,
  ) {
    return submitInspection(context, input);
  }

  @Allow('VIEW_HAZARDS')
  @Query(() => HazardList, {
    description: 'PRV-1: hazards the viewer reads (hazardListFilter), newest first, paged.',
  })
  hazards(
    @Ctx() context: RequestContext,
    @Arg('filter', () => HazardFilter, { nullable: true, description: 'Conditions.' })
    filter: HazardFilter | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Rows, 1 to 100.' }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'Rows to skip.' }) offset: number,
  ): Promise<HazardList> {
    return listHazards(context, signedIn(context), filter, first, offset);
  }

  @Allow('VIEW_HAZARDS')
  @Query(() => Hazard, {
    nullable: true,
    description: 'PRV-1: one hazard; null when missing or not readable.',
  })
  hazard(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID, { description: 'The hazard.' }) id: string,
  ): Promise<Hazard | null> {
    return readHazard(context, signedIn(context), id);
  }

  @Allow('VIEW_HAZARDS')
  @Mutation(() => AssignHazardResult, {
    description: 'PRV-1: the head or an inspector sets the owner and due date.',
  })
  assignHazard(
    @Ctx() context: RequestContext,
    @Arg('input', () => AssignHazardInput, { description: 'Owner and due date.' }) input: AssignHazardInput,
  ) {
    return assignHazard(context, input);
  }

  @Allow('VIEW_HAZARDS')
  @Mutation(() => RecordRectificationResult, {
    description: 'PRV-1: the owner or the head records the rectification.',
  })
  recordRectification(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordRectificationInput, { description: 'What was done.' })
    input: RecordRectificationInput,
  ) {
    return recordRectification(context, input);
  }

  @Allow('VIEW_HAZARDS')
  @Mutation(() => VerifyRectificationResult, {
    description: 'PRV-1: an inspector verifies the rectification or sends it back with a reason.',
  })
  verifyRectification(
    @Ctx() context: RequestContext,
    @Arg('input', () => VerifyRectificationInput, { description: 'The decision.' })
    input: VerifyRectificationInput,
  ) {
    return verifyRectification(context, input);
  }
}
