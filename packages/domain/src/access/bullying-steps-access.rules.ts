import type { IncidentCategory } from '../reporting/reporting.types';
import type { DistrictPolicy } from '../policy/policy';
import { permit } from './access.rules';
import type { AccessActor, Permit } from './access.types';
import { caseAccess, type CaseFacts } from './case-access.rules';

/** PRV-10: is this a bullying report (欺凌暴力), handled through the school's bullying steps? */
export function isBullyingCase(category: IncidentCategory): boolean {
  return category === 'BULLYING_VIOLENCE';
}

export interface BullyingStepsAccess {
  /** The steps with their notes: the case's own need-to-know group (FULL access, REP-7). */
  canView: Permit;
  /** Record the next step: whoever manages the case (the head, a designated 安稳办 officer) while it is open. */
  canRecord: Permit;
}

/**
 * PRV-10, REP-7: a bullying case's handling steps follow the case's own policy: the steps' notes name
 * children, so only the case's need-to-know group reads them, and whoever may close the case records them.
 * Cases of other categories have no bullying steps.
 */
export function bullyingStepsAccess(
  facts: CaseFacts,
  actor: AccessActor,
  policy: DistrictPolicy,
): BullyingStepsAccess {
  const isBullying = isBullyingCase(facts.category);
  const access = caseAccess(facts, actor, policy);
  return {
    canView: permit(isBullying && access.level === 'FULL', isBullying ? access.reason.ruleId : 'PRV-10'),
    canRecord: permit(isBullying && access.can.close.allowed, 'PRV-10'),
  };
}
