import { isWatchCategory, type AccessActor, type DistrictPolicy, type Permit } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../../context';
import type { SignedInActor } from '../../../shared/auth/actor';
import { toAccessActor } from '../../../shared/auth/actor';
import { ValidationError } from '../../../shared/graphql/error-result';
import { isUuid } from '../../places/place-register';
import { accessToFile, loadChildFile, toChildFiles, type LoadedChildFile } from '../child-file-view';
import type { ChildFile } from '../child-files.type';
import { ChildFileForbiddenError, ChildFileNotFoundError, ChildFileStateError } from '../child-files.results';

/**
 * A file to change: locked, and answered as missing unless the viewer reads it (PRV-8: the need-to-know
 * group only learns that a file exists).
 */
export async function loadFileForChange(
  manager: EntityManager,
  actor: SignedInActor,
  fileId: string,
): Promise<LoadedChildFile | ChildFileNotFoundError> {
  const loaded = await loadChildFile(manager, fileId, true);
  if (!loaded || !accessToFile(loaded, toAccessActor(actor)).canView.allowed)
    return ChildFileNotFoundError.of();
  return loaded;
}

/** The permit's refusal, or a closed file's; null when the change may go ahead. */
export function refuseChange(
  loaded: LoadedChildFile,
  permit: Permit,
  message: string,
): ChildFileForbiddenError | ChildFileStateError | null {
  if (!permit.allowed) return ChildFileForbiddenError.of(permit.ruleId, message);
  return loaded.file.closedAt === null ? null : ChildFileStateError.of();
}

/** The file as the viewer now reads it, after a change. */
export async function viewAfterChange(
  manager: EntityManager,
  context: RequestContext,
  actor: SignedInActor,
  fileId: string,
): Promise<ChildFile> {
  const loaded = (await loadChildFile(manager, fileId))!;
  const access: AccessActor = toAccessActor(actor);
  return (await toChildFiles(manager, [loaded], access, context.clock.now(), context.policy, true))[0];
}

/** PRV-8: at least one category, each one the district knows, none twice. */
export function checkCategories(categories: string[], policy: DistrictPolicy): ValidationError | null {
  if (categories.length === 0) return ValidationError.of('categories', 'Choose at least one category');
  if (new Set(categories).size !== categories.length)
    return ValidationError.of('categories', 'A category is chosen twice');
  const unknown = categories.find((c) => !isWatchCategory(c, policy));
  return unknown === undefined ? null : ValidationError.of('categories', 'Unknown category');
}

/** Counsellors are serving staff of the file's institution's register; at most 10, none twice. */
export async function checkCounsellors(
  manager: EntityManager,
  institutionId: string,
  staffIds: string[],
): Promise<ValidationError | null> {
  if (staffIds.length > 10) return ValidationError.of('counsellorStaffIds', 'At most 10 counsellors');
  if (new Set(staffIds).size !== staffIds.length)
    return ValidationError.of('counsellorStaffIds', 'A counsellor is chosen twice');
  if (staffIds.length === 0) return null;
  if (!staffIds.every(isUuid))
    return ValidationError.of('counsellorStaffIds', 'A counsellor is not on the staff register');
  const [{ count }]: { count: number }[] = await manager.query(
    `SELECT count(*)::int AS count FROM staff_member
      WHERE id = ANY($1::uuid[]) AND institution_id = $2 AND status = 'ACTIVE'`,
    [staffIds, institutionId],
  );
  return count === staffIds.length
    ? null
    : ValidationError.of('counsellorStaffIds', 'A counsellor is not serving staff of this institution');
}
