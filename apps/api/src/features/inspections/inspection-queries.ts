import {
  applicableItems,
  inspectionAccess,
  inspectionCampaignsAccess,
  inspectionTemplatesAccess,
  type DistrictPolicy,
  type InspectionKind,
  type InspectionResult,
  type InstitutionKind,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { toAccessActor, type SignedInActor } from '../../shared/auth/actor';
import type {
  Inspection,
  InspectionCampaign,
  InspectionTemplate,
  InspectionTemplateItem,
  CampaignInstitution,
} from './inspections.types';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string | null | undefined): value is string => !!value && UUID.test(value);

export interface ItemRow {
  id: string;
  code: string;
  item_group: InspectionTemplateItem['group'];
  rule_id: string;
  text_zh: string;
  text_en: string;
  kinds: InstitutionKind[];
}
export const ITEM_COLUMNS = 'id, code, item_group, rule_id, text_zh, text_en, kinds';
export const toItem = (row: ItemRow): InspectionTemplateItem => ({
  id: row.id,
  code: row.code,
  group: row.item_group,
  ruleId: row.rule_id,
  textZh: row.text_zh,
  textEn: row.text_en,
  kinds: row.kinds,
});

/** A template's items in order. */
export async function templateItems(
  manager: EntityManager,
  templateId: string,
): Promise<InspectionTemplateItem[]> {
  const rows: ItemRow[] = await manager.query(
    `SELECT ${ITEM_COLUMNS} FROM inspection_template_item WHERE template_id = $1 ORDER BY position, code`,
    [templateId],
  );
  return rows.map(toItem);
}

/** PRV-1: the district's templates, for the committee (inspectionTemplatesAccess). */
export async function listTemplates(
  context: RequestContext,
  actor: SignedInActor,
): Promise<InspectionTemplate[]> {
  if (!inspectionTemplatesAccess(toAccessActor(actor)).canView.allowed) return [];
  const manager = context.dataSource.manager;
  const templates: { id: string; code: string; name_zh: string; name_en: string }[] = await manager.query(
    'SELECT id, code, name_zh, name_en FROM inspection_template ORDER BY code',
  );
  const items: (ItemRow & { template_id: string })[] = await manager.query(
    `SELECT template_id, ${ITEM_COLUMNS} FROM inspection_template_item ORDER BY position, code`,
  );
  return templates.map((t) => ({
    id: t.id,
    code: t.code,
    nameZh: t.name_zh,
    nameEn: t.name_en,
    items: items.filter((i) => i.template_id === t.id).map(toItem),
  }));
}

interface CampaignRow {
  id: string;
  name: string;
  template_id: string;
  name_zh: string;
  name_en: string;
  starts_at: Date;
  ends_at: Date;
  covered_section: InspectionCampaign['coveredSection'];
  covered_kinds: InstitutionKind[];
  opened_at: Date;
  institution_count: number;
  submitted: number;
  own_id: string | null;
  own_submitted_at: Date | null;
  is_own_covered: boolean;
}

/** PRV-1, ORG-3: campaigns the actor reads with their completion; a head's counts are her institution's. */
export async function readCampaigns(
  manager: EntityManager,
  actor: SignedInActor,
  campaignId: string | null,
): Promise<InspectionCampaign[]> {
  const scope = inspectionCampaignsAccess(toAccessActor(actor)).scope;
  if (!scope) return [];
  const own = scope.type === 'INSTITUTION' ? scope.institutionId : null;
  const rows: CampaignRow[] = await manager.query(
    `SELECT c.id, c.name, c.template_id, t.name_zh, t.name_en, c.starts_at, c.ends_at, c.covered_section,
       c.covered_kinds, c.opened_at,
       (SELECT count(*)::int FROM inspection_campaign_institution ci
         WHERE ci.campaign_id = c.id AND ($1::uuid IS NULL OR ci.institution_id = $1)) AS institution_count,
       (SELECT count(*)::int FROM inspection i
         WHERE i.campaign_id = c.id AND i.kind = 'SELF' AND i.submitted_at IS NOT NULL
           AND ($1::uuid IS NULL OR i.institution_id = $1)) AS submitted,
       own.id AS own_id, own.submitted_at AS own_submitted_at,
       EXISTS (SELECT 1 FROM inspection_campaign_institution ci
         WHERE ci.campaign_id = c.id AND ci.institution_id = $1) AS is_own_covered
     FROM inspection_campaign c JOIN inspection_template t ON t.id = c.template_id
     LEFT JOIN inspection own ON own.campaign_id = c.id AND own.kind = 'SELF' AND own.institution_id = $1
     WHERE ($2::uuid IS NULL OR c.id = $2)
       AND ($1::uuid IS NULL OR EXISTS (SELECT 1 FROM inspection_campaign_institution ci
         WHERE ci.campaign_id = c.id AND ci.institution_id = $1))
     ORDER BY c.opened_at DESC, c.id`,
    [own, campaignId],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    templateId: r.template_id,
    templateNameZh: r.name_zh,
    templateNameEn: r.name_en,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    coveredSection: r.covered_section,
    coveredKinds: r.covered_kinds,
    openedAt: r.opened_at,
    institutionCount: r.institution_count,
    selfInspectionsSubmitted: r.submitted,
    ownSelfInspectionId: r.own_id,
    ownSelfInspectionSubmittedAt: r.own_submitted_at,
    viewerCan: { canStartSelfInspection: r.is_own_covered && r.own_id === null },
  }));
}

/** The institutions a campaign covers that the actor reads, with their self-inspections. */
export async function campaignInstitutions(
  manager: EntityManager,
  actor: SignedInActor,
  campaignId: string,
): Promise<CampaignInstitution[]> {
  const scope = inspectionCampaignsAccess(toAccessActor(actor)).scope;
  if (!scope) return [];
  const own = scope.type === 'INSTITUTION' ? scope.institutionId : null;
  const rows: {
    institution_id: string;
    name: string;
    kind: InstitutionKind;
    inspection_id: string | null;
    submitted_at: Date | null;
  }[] = await manager.query(
    `SELECT ci.institution_id, inst.name, inst.kind, i.id AS inspection_id, i.submitted_at
     FROM inspection_campaign_institution ci JOIN institution inst ON inst.id = ci.institution_id
     LEFT JOIN inspection i ON i.campaign_id = ci.campaign_id AND i.institution_id = ci.institution_id AND i.kind = 'SELF'
     WHERE ci.campaign_id = $1 AND ($2::uuid IS NULL OR ci.institution_id = $2)
     ORDER BY inst.name, inst.id`,
    [campaignId, own],
  );
  return rows.map((r) => ({
    institutionId: r.institution_id,
    institutionName: r.name,
    institutionKind: r.kind,
    selfInspectionId: r.inspection_id,
    submittedAt: r.submitted_at,
  }));
}

export interface LoadedInspection {
  id: string;
  kind: InspectionKind;
  campaignId: string | null;
  campaignName: string | null;
  institutionId: string;
  institutionName: string;
  institutionKind: InstitutionKind;
  templateId: string;
  startedAt: Date;
  submittedAt: Date | null;
  focusGroups: InspectionTemplateItem['group'][];
}

/** An inspection and its institution, whoever asks (callers apply inspectionAccess). */
export async function loadInspection(manager: EntityManager, id: string): Promise<LoadedInspection | null> {
  if (!isUuid(id)) return null;
  const [row] = (await manager.query(
    `SELECT i.id, i.kind, i.campaign_id, c.name AS campaign_name, i.institution_id, inst.name AS institution_name,
       inst.kind AS institution_kind, i.template_id, i.started_at, i.submitted_at, i.focus_groups
     FROM inspection i JOIN institution inst ON inst.id = i.institution_id
     LEFT JOIN inspection_campaign c ON c.id = i.campaign_id WHERE i.id = $1`,
    [id],
  )) as {
    id: string;
    kind: InspectionKind;
    campaign_id: string | null;
    campaign_name: string | null;
    institution_id: string;
    institution_name: string;
    institution_kind: InstitutionKind;
    template_id: string;
    started_at: Date;
    submitted_at: Date | null;
    focus_groups: InspectionTemplateItem['group'][];
  }[];
  return row
    ? {
        id: row.id,
        kind: row.kind,
        campaignId: row.campaign_id,
        campaignName: row.campaign_name,
        institutionId: row.institution_id,
        institutionName: row.institution_name,
        institutionKind: row.institution_kind,
        templateId: row.template_id,
        startedAt: row.started_at,
        submittedAt: row.submitted_at,
        focusGroups: row.focus_groups,
      }
    : null;
}

export const inspectionAccessOf = (loaded: LoadedInspection, actor: SignedInActor, policy: DistrictPolicy) =>
  inspectionAccess(
    {
      institution: { id: loaded.institutionId, kind: loaded.institutionKind },
      kind: loaded.kind,
      isSubmitted: loaded.submittedAt !== null,
    },
    toAccessActor(actor),
    policy,
  );

/** The inspection as the API shows it: the items that apply to the institution's kind, with results. */
export async function toInspection(
  manager: EntityManager,
  loaded: LoadedInspection,
  actor: SignedInActor,
  policy: DistrictPolicy,
): Promise<Inspection> {
  const applicable = applicableItems(await templateItems(manager, loaded.templateId), loaded.institutionKind);
  // After a case, the groups its category touches come first (the rest keep their order).
  const isFocus = (item: InspectionTemplateItem) => loaded.focusGroups.includes(item.group);
  const items = [...applicable.filter(isFocus), ...applicable.filter((i) => !isFocus(i))];
  const results: {
    item_id: string;
    result: InspectionResult;
    note: string | null;
    hazard_id: string | null;
  }[] = await manager.query(
    `SELECT r.item_id, r.result, r.note, h.id AS hazard_id FROM inspection_item_result r
       LEFT JOIN hazard h ON h.inspection_id = r.inspection_id AND h.item_id = r.item_id
       WHERE r.inspection_id = $1`,
    [loaded.id],
  );
  const byItem = new Map(results.map((r) => [r.item_id, r]));
  const access = inspectionAccessOf(loaded, actor, policy);
  return {
    id: loaded.id,
    kind: loaded.kind,
    campaignId: loaded.campaignId,
    campaignName: loaded.campaignName,
    institutionId: loaded.institutionId,
    institutionName: loaded.institutionName,
    startedAt: loaded.startedAt,
    submittedAt: loaded.submittedAt,
    focusGroups: loaded.focusGroups,
    items: items.map((item) => {
      const result = byItem.get(item.id);
      return {
        item,
        result: result?.result ?? null,
        note: result?.note ?? null,
        hazardId: result?.hazard_id ?? null,
      };
    }),
    viewerCan: { canRecordItem: access.can.recordItem.allowed, canSubmit: access.can.submit.allowed },
  };
}

/** PRV-1: one inspection, or null when missing or not readable. */
export async function readInspection(context: RequestContext, actor: SignedInActor, id: string) {
  const manager = context.dataSource.manager;
  const loaded = await loadInspection(manager, id);
  if (!loaded || !inspectionAccessOf(loaded, actor, context.policy).canView.allowed) return null;
  return toInspection(manager, loaded, actor, context.policy);
}
