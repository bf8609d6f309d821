import {
  hazardAccess,
  hazardListFilter,
  hazardProgress,
  type DistrictPolicy,
  type HazardFacts,
  type HazardStage,
  type HazardStatus,
  type InspectionKind,
  type InstitutionKind,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { toAccessActor, type SignedInActor } from '../../shared/auth/actor';
import { badUserInputError } from '../../shared/graphql/errors';
import { kindsOfSection, STREET_MAX_LENGTH } from '../incidents/case-filter-conditions';
import type { RectificationVerification } from './hazard.entities';
import { isUuid, toItem, type ItemRow } from './inspection-queries';
import type { HazardFilter } from './inspections.inputs';
import type { Hazard, HazardList } from './inspections.types';

// PRV-1: hazards as the lists and pages read them: one row shape, the viewer's access, the list's filter.

export interface HazardRow extends ItemRow {
  hazard_id: string;
  institution_id: string;
  institution_name: string;
  institution_kind: InstitutionKind;
  inspection_id: string;
  inspection_kind: InspectionKind;
  campaign_id: string | null;
  description: string;
  found_at: Date;
  owner_staff_id: string | null;
  owner_name: string | null;
  due_at: Date | null;
  stage: HazardStage;
  rectified_at: Date | null;
  pending_at: Date | null;
}

const HAZARD_SELECT = `SELECT h.id AS hazard_id, h.institution_id, inst.name AS institution_name, inst.kind AS institution_kind,
    h.inspection_id, ins.kind AS inspection_kind, ins.campaign_id, h.description, h.found_at, h.owner_staff_id,
    s.name AS owner_name, h.due_at, h.stage, h.rectified_at,
    (SELECT max(r.recorded_at) FROM hazard_rectification r WHERE r.hazard_id = h.id AND r.verification = 'PENDING') AS pending_at,
    item.id, item.code, item.item_group, item.rule_id, item.text_zh, item.text_en, item.kinds
  FROM hazard h JOIN institution inst ON inst.id = h.institution_id JOIN inspection ins ON ins.id = h.inspection_id
  JOIN inspection_template_item item ON item.id = h.item_id LEFT JOIN staff_member s ON s.id = h.owner_staff_id`;

/** The rectification rules' facts of a stored hazard (the stage and rectified time are stored). */
export function hazardFactsOf(
  row: Pick<HazardRow, 'found_at' | 'owner_staff_id' | 'due_at' | 'stage' | 'rectified_at' | 'pending_at'>,
): HazardFacts {
  const verification: RectificationVerification | null =
    row.stage === 'CLOSED' ? 'VERIFIED' : row.stage === 'AWAITING_VERIFICATION' ? 'PENDING' : null;
  const recordedAt = verification === 'VERIFIED' ? row.rectified_at : row.pending_at;
  return {
    foundAt: row.found_at,
    ownerStaffId: row.owner_staff_id,
    dueAt: row.due_at,
    latestRectification: verification && recordedAt ? { recordedAt, verification } : null,
  };
}

export function hazardAccessOf(row: HazardRow, actor: SignedInActor, policy: DistrictPolicy) {
  return hazardAccess(
    { ...hazardFactsOf(row), institution: { id: row.institution_id, kind: row.institution_kind } },
    toAccessActor(actor),
    policy,
  );
}

export function toHazard(row: HazardRow, actor: SignedInActor, now: Date, policy: DistrictPolicy): Hazard {
  const progress = hazardProgress(hazardFactsOf(row), now);
  const access = hazardAccessOf(row, actor, policy);
  return {
    id: row.hazard_id,
    institutionId: row.institution_id,
    institutionName: row.institution_name,
    inspectionId: row.inspection_id,
    inspectionKind: row.inspection_kind,
    campaignId: row.campaign_id,
    item: toItem(row),
    description: row.description,
    foundAt: row.found_at,
    ownerStaffId: row.owner_staff_id,
    ownerName: row.owner_name,
    dueAt: row.due_at,
    status: progress.status,
    missing: progress.missing,
    stage: progress.stage,
    rectifiedAt: progress.rectifiedAt,
    rectifications: [],
    viewerCan: {
      canAssign: access.can.assign.allowed,
      canRecordRectification: access.can.recordRectification.allowed,
      canVerify: access.can.verify.allowed,
    },
  };
}

/** A hazard's row, whoever asks (callers apply hazardAccess). */
export async function loadHazardRow(manager: EntityManager, id: string): Promise<HazardRow | null> {
  if (!isUuid(id)) return null;
  const [row] = (await manager.query(`${HAZARD_SELECT} WHERE h.id = $1`, [id])) as HazardRow[];
  return row ?? null;
}

/** The hazard with its rectifications, newest first. */
export async function hazardView(
  manager: EntityManager,
  row: HazardRow,
  actor: SignedInActor,
  now: Date,
  policy: DistrictPolicy,
): Promise<Hazard> {
  const rectifications: {
    id: string;
    note: string;
    recorded_at: Date;
    display_name: string | null;
    verification: RectificationVerification;
    verified_at: Date | null;
    send_back_reason: string | null;
  }[] = await manager.query(
    `SELECT r.id, r.note, r.recorded_at, a.display_name, r.verification, r.verified_at, r.send_back_reason
     FROM hazard_rectification r LEFT JOIN account a ON a.id = r.recorded_by_account_id
     WHERE r.hazard_id = $1 ORDER BY r.recorded_at DESC, r.id`,
    [row.hazard_id],
  );
  return {
    ...toHazard(row, actor, now, policy),
    rectifications: rectifications.map((r) => ({
      id: r.id,
      note: r.note,
      recordedAt: r.recorded_at,
      recordedByName: r.display_name ?? '',
      verification: r.verification,
      verifiedAt: r.verified_at,
      sendBackReason: r.send_back_reason,
    })),
  };
}

/** PRV-1: one hazard, or null when missing or not readable. */
export async function readHazard(
  context: RequestContext,
  actor: SignedInActor,
  id: string,
): Promise<Hazard | null> {
  const manager = context.dataSource.manager;
  const row = await loadHazardRow(manager, id);
  if (!row || !hazardAccessOf(row, actor, context.policy).canView.allowed) return null;
  return hazardView(manager, row, actor, context.clock.now(), context.policy);
}

/**
 * PRV-1: the SQL condition of the hazards the actor reads, written from the domain's hazardListFilter
 * (a test holds it to hazardAccess), and of a status now (hazardStatus over the stored columns).
 */
export function hazardConditions(
  actor: SignedInActor,
  filter: HazardFilter | null | undefined,
  now: Date,
  policy: DistrictPolicy,
): { conditions: string[]; values: unknown[] } {
  const scope = hazardListFilter(toAccessActor(actor), policy);
  const values: unknown[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const visible: string[] = [];
  if (scope.institutions?.type === 'ALL') visible.push('TRUE');
  if (scope.institutions?.type === 'KINDS')
    visible.push(`inst.kind = ANY(${param(scope.institutions.kinds)}::varchar[])`);
  if (scope.institutions?.type === 'INSTITUTION')
    visible.push(`h.institution_id = ${param(scope.institutions.institutionId)}`);
  if (scope.ownerStaffId) visible.push(`h.owner_staff_id = ${param(scope.ownerStaffId)}`);
  const conditions = [visible.length > 0 ? `(${visible.join(' OR ')})` : 'FALSE'];
  if (filter?.institutionId) conditions.push(`h.institution_id = ${param(filter.institutionId)}`);
  if (filter?.campaignId) conditions.push(`ins.campaign_id = ${param(filter.campaignId)}`);
  if (filter?.foundFrom) conditions.push(`h.found_at >= ${param(filter.foundFrom)}`);
  if (filter?.rectifiedFrom) conditions.push(`h.rectified_at >= ${param(filter.rectifiedFrom)}`);
  if (filter?.rectifiedBefore) conditions.push(`h.rectified_at < ${param(filter.rectifiedBefore)}`);
  // The dashboard's filters, with the case list's meanings (ORG-1: a section supervises kinds).
  if (filter?.section)
    conditions.push(`inst.kind = ANY(${param(kindsOfSection(filter.section, policy))}::varchar[])`);
  if (filter?.institutionKind) conditions.push(`inst.kind = ${param(filter.institutionKind)}`);
  if (filter?.street) conditions.push(`inst.street = ${param(filter.street)}`);
  if (filter?.statuses?.length) {
    let nowParam: string | null = null;
    const at = () => (nowParam ??= param(now));
    const byStatus: Record<HazardStatus, () => string> = {
      INCOMPLETE: () =>
        `(h.due_at IS NULL OR (h.rectified_at IS NULL AND h.owner_staff_id IS NULL AND h.due_at >= ${at()}))`,
      OPEN: () => `(h.rectified_at IS NULL AND h.owner_staff_id IS NOT NULL AND h.due_at >= ${at()})`,
      OVERDUE: () => `(h.rectified_at IS NULL AND h.due_at < ${at()})`,
      RECTIFIED: () => '(h.rectified_at IS NOT NULL AND h.rectified_at <= h.due_at)',
      RECTIFIED_LATE: () => '(h.rectified_at IS NOT NULL AND h.rectified_at > h.due_at)',
    };
    conditions.push(`(${filter.statuses.map((s) => byStatus[s]()).join(' OR ')})`);
  }
  return { conditions, values };
}

/** PRV-1: a page of the hazards the actor reads, newest first, with the total, in one snapshot. */
export async function listHazards(
  context: RequestContext,
  actor: SignedInActor,
  filter: HazardFilter | null | undefined,
  first: number,
  offset: number,
): Promise<HazardList> {
  if (!Number.isInteger(first) || first < 1 || first > 100) throw badUserInputError('first must be 1 to 100');
  if (!Number.isInteger(offset) || offset < 0) throw badUserInputError('offset must not be negative');
  if (filter?.institutionId && !isUuid(filter.institutionId)) throw badUserInputError('institutionId');
  if (filter?.campaignId && !isUuid(filter.campaignId)) throw badUserInputError('campaignId');
  if (filter?.street !== null && filter?.street !== undefined) {
    if (filter.street.trim() === '' || filter.street.length > STREET_MAX_LENGTH)
      throw badUserInputError(`street must be 1 to ${STREET_MAX_LENGTH} characters`);
  }
  const now = context.clock.now();
  const { conditions, values } = hazardConditions(actor, filter, now, context.policy);
  const where = `WHERE ${conditions.join(' AND ')}`;
  const [counted, rows] = await context.dataSource.transaction('REPEATABLE READ', async (snapshot) => [
    (await snapshot.query(
      `SELECT count(*)::int AS count FROM hazard h JOIN institution inst ON inst.id = h.institution_id
       JOIN inspection ins ON ins.id = h.inspection_id ${where}`,
      values,
    )) as { count: number }[],
    (await snapshot.query(
      `${HAZARD_SELECT} ${where} ORDER BY h.found_at DESC, h.id LIMIT ${first} OFFSET ${offset}`,
      values,
    )) as HazardRow[],
  ]);
  return {
    totalCount: counted[0]?.count ?? 0,
    items: rows.map((row) => toHazard(row, actor, now, context.policy)),
  };
}
