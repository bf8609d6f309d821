import {
  INSTITUTION_KINDS,
  inspectionCampaignsAccess,
  SUPERVISING_SECTIONS,
  supervisingSection,
  type DistrictPolicy,
  type InstitutionKind,
} from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { toAccessActor } from '../../../shared/auth/actor';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { InspectionCampaignEntity } from '../inspection-campaign.entities';
import { isUuid, readCampaigns } from '../inspection-queries';
import type { OpenInspectionCampaignInput } from '../inspections.inputs';
import { InspectionForbiddenError, InspectionNotFoundError } from '../inspections.results';

const MAX_LISTED = 2000;

/** The kinds a campaign covers: a section's (ORG-1) and the kinds asked for, or every kind. */
function coveredKinds(input: OpenInspectionCampaignInput, policy: DistrictPolicy): InstitutionKind[] {
  const bySection = input.section
    ? INSTITUTION_KINDS.filter((k) => supervisingSection(k, policy).unit === input.section)
    : INSTITUTION_KINDS;
  const asked = input.kinds?.length ? input.kinds : INSTITUTION_KINDS;
  return bySection.filter((k) => asked.includes(k));
}

/** PRV-1: 安稳办 or 督导室 opens a campaign 排查 from a template over institutions by kind, section or list. */
export async function openInspectionCampaign(context: RequestContext, input: OpenInspectionCampaignInput) {
  const name = boundedText(input.name, 'name', 'inspectionCampaignName', true);
  const ids = [...new Set(input.institutionIds ?? [])];
  return runCommand(context, {
    action: 'inspection.openCampaign',
    targetType: 'inspectionCampaign',
    targetId: null,
    validate: () =>
      firstInvalid(name) ??
      (input.startsAt.getTime() >= input.endsAt.getTime()
        ? ValidationError.of('endsAt', 'A campaign needs a start before its end')
        : input.section && !(SUPERVISING_SECTIONS as readonly string[]).includes(input.section)
          ? ValidationError.of('section', 'Not a supervising section')
          : ids.length > MAX_LISTED
            ? ValidationError.of('institutionIds', `At most ${MAX_LISTED} institutions may be listed`)
            : ids.some((id) => !isUuid(id)) || !isUuid(input.templateId)
              ? ValidationError.of(
                  ids.some((id) => !isUuid(id)) ? 'institutionIds' : 'templateId',
                  'Not a valid id',
                )
              : null),
    load: async (manager) => {
      const [template] = (await manager.query('SELECT id FROM inspection_template WHERE id = $1', [
        input.templateId,
      ])) as { id: string }[];
      return template ?? InspectionNotFoundError.of('Template');
    },
    authorize: (_loaded, actor) => {
      const permit = inspectionCampaignsAccess(toAccessActor(actor)).canOpen;
      return permit.allowed
        ? null
        : InspectionForbiddenError.of('Only 安稳办 or 督导室 open campaigns', permit.ruleId);
    },
    execute: async (manager, template, actor) => {
      const kinds = coveredKinds(input, context.policy);
      const covered: { id: string }[] = await manager.query(
        `SELECT i.id FROM institution i
         WHERE i.kind = ANY($1::varchar[]) AND (cardinality($2::uuid[]) = 0 OR i.id = ANY($2::uuid[]))`,
        [kinds, ids],
      );
      if (covered.length === 0 || covered.length < ids.length) {
        const refusal = ValidationError.of(
          ids.length > 0 ? 'institutionIds' : 'kinds',
          ids.length > 0
            ? 'A listed institution does not exist or is outside the chosen section and kinds'
            : 'No institution of the chosen section and kinds exists',
        );
        return { result: refusal, details: { field: refusal.field } };
      }
      const { identifiers } = await manager.getRepository(InspectionCampaignEntity).insert({
        name: name as string,
        templateId: template.id,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        coveredSection: input.section ?? null,
        coveredKinds: input.section || input.kinds?.length ? kinds : [],
        openedByAccountId: actor.accountId,
        openedAt: context.clock.now(),
      });
      const campaignId = identifiers[0].id as string;
      await manager.query(
        'INSERT INTO inspection_campaign_institution (campaign_id, institution_id) SELECT $1, unnest($2::uuid[])',
        [campaignId, covered.map((c) => c.id)],
      );
      const [view] = await readCampaigns(manager, actor, campaignId);
      return { result: view, targetId: campaignId, details: { institutions: covered.length, kinds } };
    },
  });
}
