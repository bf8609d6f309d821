import type { RuleId } from '../organisation/organisation.types';
import type { DistrictPolicy } from '../policy/policy';
import { isMemberOfAny } from './access.rules';
import type { AccessActor } from './access.types';
import { caseAccess, type CaseAccessLevel, type CaseFacts } from './case-access.rules';

/** The policy's answer for the 强制报告 export of one case. */
export interface MandatoryReportAccess {
  allowed: boolean;
  ruleId: RuleId;
  /** The case policy's level: NONE answers as if the case did not exist (404), never 403. */
  caseLevel: CaseAccessLevel;
  /** REP-7: the child's identity goes into the document only for the case's need-to-know group. */
  includesChildIdentity: boolean;
}

/**
 * REP-1, REP-8, REP-7 (issue 13): who may export a case to the procuratorate's mandatory-reporting
 * (强制报告) intake. The institution reports through its head (REP-1: the head carries the duty to
 * report; the case's head, not one in conflict, whom caseAccess already hides the case from); 安稳办
 * is the committee's liaison with police and procuratorate (REP-8) and exports any case it can see.
 * Nobody else: a teacher reports to the head, a section supervises, leadership reads. The child's
 * identity is in the document only where caseAccess gives it (REP-7).
 */
export function mandatoryReportAccess(
  facts: CaseFacts,
  actor: AccessActor,
  policy: DistrictPolicy,
): MandatoryReportAccess {
  const access = caseAccess(facts, actor, policy);
  const isVisible = access.level !== 'NONE';
  const isCaseHead =
    actor.role === 'HEAD' &&
    actor.institutionId === facts.institution.id &&
    facts.headAccountId === actor.accountId;
  const isLiaison = isMemberOfAny(actor, ['SAFETY']);
  const allowed = isVisible && (isCaseHead || isLiaison);
  return {
    allowed,
    ruleId: !isVisible ? access.reason.ruleId : isCaseHead ? 'REP-1' : 'REP-8',
    caseLevel: access.level,
    includesChildIdentity: allowed && access.parts.childIdentity,
  };
}
