import type { DistrictPolicy } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { SignedInActor } from '../../../shared/auth/actor';
import { ValidationError } from '../../../shared/graphql/error-result';
import { inspectionAccessOf, isUuid, loadInspection, type LoadedInspection } from '../inspection-queries';
import { hazardAccessOf, loadHazardRow, type HazardRow } from '../hazard-queries';
import {
  InspectionForbiddenError,
  InspectionNotFoundError,
  InspectionStateError,
} from '../inspections.results';

/** An inspection for a change, locked; NOT_FOUND when missing or not readable (answered as missing). */
export async function loadInspectionForChange(
  manager: EntityManager,
  actor: SignedInActor,
  id: string,
  policy: DistrictPolicy,
): Promise<LoadedInspection | InspectionNotFoundError> {
  if (!isUuid(id)) return InspectionNotFoundError.of('Inspection');
  await manager.query('SELECT id FROM inspection WHERE id = $1 FOR UPDATE', [id]);
  const loaded = await loadInspection(manager, id);
  if (!loaded || !inspectionAccessOf(loaded, actor, policy).canView.allowed) {
    return InspectionNotFoundError.of('Inspection');
  }
  return loaded;
}

/** A hazard for a change, locked; NOT_FOUND when missing or not readable. */
export async function loadHazardForChange(
  manager: EntityManager,
  actor: SignedInActor,
  id: string,
  policy: DistrictPolicy,
): Promise<HazardRow | InspectionNotFoundError> {
  if (!isUuid(id)) return InspectionNotFoundError.of('Hazard');
  await manager.query('SELECT id FROM hazard WHERE id = $1 FOR UPDATE', [id]);
  const row = await loadHazardRow(manager, id);
  if (!row || !hazardAccessOf(row, actor, policy).canView.allowed)
    return InspectionNotFoundError.of('Hazard');
  return row;
}

/** PRV-1: an owner is a member of the institution's staff register, not dismissed; a due date lies ahead. */
export async function assignmentRefusal(
  manager: EntityManager,
  institutionId: string,
  ownerStaffId: string | null | undefined,
  dueAt: Date | null | undefined,
  now: Date,
): Promise<ValidationError | null> {
  if (ownerStaffId) {
    const [member] = isUuid(ownerStaffId)
      ? ((await manager.query(
          `SELECT id FROM staff_member WHERE id = $1 AND institution_id = $2 AND status <> 'DISMISSED'`,
          [ownerStaffId, institutionId],
        )) as unknown[])
      : [];
    if (!member)
      return ValidationError.of('ownerStaffId', 'The owner is not on the institution’s staff register');
  }
  if (dueAt && dueAt.getTime() <= now.getTime()) return ValidationError.of('dueAt', 'A due date lies ahead');
  return null;
}

type HazardPermit = 'assign' | 'recordRectification' | 'verify';
// The stage in which each action is open: a refusal there too is about the actor, not the hazard's stage.
const OPEN_STAGE: Record<HazardPermit, HazardRow['stage']> = {
  assign: 'AWAITING_RECTIFICATION',
  recordRectification: 'AWAITING_RECTIFICATION',
  verify: 'AWAITING_VERIFICATION',
};

/** The hazard policy's refusal of an action: forbidden for the actor, or not at this stage (PRV-1). */
export function hazardRefusal(
  row: HazardRow,
  actor: SignedInActor,
  action: HazardPermit,
  policy: DistrictPolicy,
): InspectionForbiddenError | InspectionStateError | null {
  const permit = hazardAccessOf(row, actor, policy).can[action];
  if (permit.allowed) return null;
  const atOpenStage = { ...row, stage: OPEN_STAGE[action], pending_at: row.pending_at ?? row.found_at };
  return hazardAccessOf(atOpenStage, actor, policy).can[action].allowed
    ? InspectionStateError.of(`Not at this stage of the rectification (${row.stage})`)
    : InspectionForbiddenError.of('The viewer may not do this with the hazard', permit.ruleId);
}
