import {
  canStartInspection,
  DEFAULT_INSPECTION_TEMPLATE,
  isInScope,
  itemGroupsForCategory,
  type InspectionItemGroup,
  type InstitutionKind,
} from '@xiaohu/domain';
import { IncidentEntity } from '../../incidents/incident.entity';
import { accessOf } from '../../incidents/incident-facts';
import type { RequestContext } from '../../../context';
import { toAccessActor } from '../../../shared/auth/actor';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { InspectionEntity } from '../inspection.entities';
import { isUuid, loadInspection, toInspection } from '../inspection-queries';
import type { StartInspectionInput } from '../inspections.inputs';
import {
  InspectionForbiddenError,
  InspectionNotFoundError,
  InspectionStateError,
} from '../inspections.results';

interface Loaded {
  institution: { id: string; kind: InstitutionKind };
  templateId: string;
  isCovered: boolean;
  existingSelfId: string | null;
  focusGroups: InspectionItemGroup[];
}

/**
 * PRV-1, ORG-3: the head starts her institution's self-inspection in a campaign covering it (one per
 * campaign); an inspector starts an on-site or unannounced one (with a campaign's template or any).
 */
export async function startInspection(context: RequestContext, input: StartInspectionInput) {
  return runCommand<Loaded | InspectionNotFoundError>(context, {
    action: 'inspection.start',
    targetType: 'inspection',
    targetId: null,
    validate: () =>
      !isUuid(input.institutionId)
        ? ValidationError.of('institutionId', 'Not a valid id')
        : input.campaignId && !isUuid(input.campaignId)
          ? ValidationError.of('campaignId', 'Not a valid id')
          : input.templateId && !isUuid(input.templateId)
            ? ValidationError.of('templateId', 'Not a valid id')
            : input.kind === 'SELF' && !input.campaignId
              ? ValidationError.of('campaignId', 'A self-inspection belongs to a campaign')
              : input.caseId && (input.kind !== 'UNANNOUNCED' || !isUuid(input.caseId))
                ? ValidationError.of('caseId', 'An inspection after a case is an unannounced one')
                : null,
    load: async (manager, actor) => {
      const [institution] = (await manager.query('SELECT id, kind FROM institution WHERE id = $1', [
        input.institutionId,
      ])) as Loaded['institution'][];
      // An institution outside the actor's scope answers as a missing one (ORG-1).
      if (!institution || !isInScope(toAccessActor(actor), institution, context.policy)) {
        return InspectionNotFoundError.of('Institution');
      }
      let focusGroups: InspectionItemGroup[] = [];
      if (input.caseId) {
        // A case the actor may not open answers as a missing one (REP-7, REP-11); it must be at this institution.
        const incident = await manager.getRepository(IncidentEntity).findOneBy({ id: input.caseId });
        const isVisible =
          incident !== null &&
          accessOf(incident, institution.kind, toAccessActor(actor), context.policy).level !== 'NONE';
        if (!incident || !isVisible || incident.institutionId !== institution.id) {
          return InspectionNotFoundError.of('Case');
        }
        focusGroups = [...itemGroupsForCategory(incident.category)];
      }
      if (input.campaignId) {
        const [campaign] = (await manager.query(
          `SELECT c.template_id,
             EXISTS (SELECT 1 FROM inspection_campaign_institution ci WHERE ci.campaign_id = c.id AND ci.institution_id = $2) AS is_covered,
             (SELECT i.id FROM inspection i WHERE i.campaign_id = c.id AND i.institution_id = $2 AND i.kind = 'SELF') AS self_id
           FROM inspection_campaign c WHERE c.id = $1`,
          [input.campaignId, institution.id],
        )) as { template_id: string; is_covered: boolean; self_id: string | null }[];
        if (!campaign) return InspectionNotFoundError.of('Campaign');
        return {
          institution,
          templateId: campaign.template_id,
          isCovered: campaign.is_covered,
          existingSelfId: campaign.self_id,
          focusGroups,
        };
      }
      const [template] = (await manager.query(
        'SELECT id FROM inspection_template WHERE ($1::uuid IS NOT NULL AND id = $1) OR ($1::uuid IS NULL AND code = $2)',
        [input.templateId ?? null, DEFAULT_INSPECTION_TEMPLATE.code],
      )) as { id: string }[];
      if (!template) return InspectionNotFoundError.of('Template');
      return { institution, templateId: template.id, isCovered: false, existingSelfId: null, focusGroups };
    },
    authorize: (loaded, actor) => {
      const permit = canStartInspection(
        input.kind,
        loaded.institution,
        loaded.isCovered,
        toAccessActor(actor),
        context.policy,
      );
      return permit.allowed
        ? null
        : InspectionForbiddenError.of(
            input.kind === 'SELF'
              ? 'Only the head of a covered institution runs its self-inspection'
              : 'Only the institution’s inspectors record this inspection',
            permit.ruleId,
          );
    },
    execute: async (manager, loaded, actor) => {
      if (loaded.existingSelfId) {
        return { result: InspectionStateError.of('This campaign’s self-inspection is already started') };
      }
      const { identifiers } = await manager.getRepository(InspectionEntity).insert({
        campaignId: input.campaignId ?? null,
        institutionId: loaded.institution.id,
        templateId: loaded.templateId,
        kind: input.kind,
        startedByAccountId: actor.accountId,
        startedAt: context.clock.now(),
        submittedAt: null,
        submittedByAccountId: null,
        focusGroups: loaded.focusGroups,
      });
      const id = identifiers[0].id as string;
      const view = await toInspection(manager, (await loadInspection(manager, id))!, actor, context.policy);
      return {
        result: view,
        targetId: id,
        details: { kind: input.kind, campaignId: input.campaignId ?? null },
      };
    },
  });
}
