import { supervisingSection } from '../organisation/organisation.rules';
import {
  INSTITUTION_KINDS,
  SUPERVISING_SECTIONS,
  type InstitutionKind,
  type UnitCode,
} from '../organisation/organisation.types';
import type { DistrictPolicy } from '../policy/policy';
import { isInScope, isLeadership, isMemberOfAny } from './access.rules';
import type { AccessActor, InstitutionFacts } from './access.types';

// Who inspects an institution's prevention (issue 11): one answer for inspections, hazards, the place
// register and the surroundings, so that the four policies cannot drift apart.

/** Units inspecting every institution: 安稳办 (三: guides the 三防, PRV-1 to PRV-3) and 督导室 (ACC-1). */
export const DISTRICT_INSPECTORS: readonly UnitCode[] = ['SAFETY', 'INSPECT'];

/** PRV-1, ORG-1: the institution's inspectors: 安稳办, 督导室 and the section supervising its kind. */
export function isInspectorOf(
  actor: AccessActor,
  institution: InstitutionFacts,
  policy: DistrictPolicy,
): boolean {
  return (
    isMemberOfAny(actor, [...DISTRICT_INSPECTORS, supervisingSection(institution.kind, policy).unit]) &&
    isInScope(actor, institution, policy)
  );
}

/** Does the actor inspect some institution: 安稳办, 督导室 or a supervising section (a nav entry point)? */
export function inspectsAny(actor: AccessActor): boolean {
  return isMemberOfAny(actor, [...DISTRICT_INSPECTORS, ...SUPERVISING_SECTIONS]);
}

/** Which institutions' prevention records a committee member reads. */
export type CommitteePreventionScope = { type: 'ALL' } | { type: 'KINDS'; kinds: InstitutionKind[] } | null;

/**
 * PRV-1 to PRV-3, ORG-1: leadership, 安稳办 and 督导室 read every institution's prevention records, a
 * supervising section those of the kinds it supervises; null for anyone else (institution staff included:
 * their own policies say what they read).
 */
export function committeePreventionScope(
  actor: AccessActor,
  policy: DistrictPolicy,
): CommitteePreventionScope {
  if (isLeadership(actor) || isMemberOfAny(actor, DISTRICT_INSPECTORS)) return { type: 'ALL' };
  const kinds = INSTITUTION_KINDS.filter((kind) =>
    isMemberOfAny(actor, [supervisingSection(kind, policy).unit]),
  );
  return kinds.length > 0 ? { type: 'KINDS', kinds } : null;
}
