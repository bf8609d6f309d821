import { responsibleUnits } from '../organisation/organisation.rules';
import type { InstitutionKind, RuleId } from '../organisation/organisation.types';
import type { DistrictPolicy } from '../policy/policy';
import { requiresPoliceReport } from './reporting.rules';
import { isConfidentialByDefault } from './reporting-escalation.rules';
import {
  EMERGENCY_STEPS,
  INCIDENT_STATES,
  type EmergencyChecklistItem,
  type EmergencyStep,
  type IncidentState,
  type PsychologicalConcern,
  type StudentWelfareAction,
  type SuspectType,
  type Tip,
  type TipRouting,
  type TransitionDecision,
  type TransitionErrorCode,
  type BreachCode,
  type TransitionFacts,
} from './reporting.types';

const refuseTransition = (
  code: TransitionErrorCode,
  ruleId: RuleId,
  message: string,
  breachToRecord: BreachCode | null = null,
): TransitionDecision => ({ allowed: false, code, ruleId, message, breachToRecord });

/**
 * The incident workflow REPORTED → HEAD_NOTIFIED → POLICE_REPORTED → CLOSED (steps may be skipped
 * forward, e.g. a teacher calls the police first). Closing is where REP-4 bites.
 */
export function canTransition(
  from: IncidentState,
  to: IncidentState,
  facts: TransitionFacts,
  policy: DistrictPolicy,
): TransitionDecision {
  if (from === to) return refuseTransition('SAME_STATE', 'REP-3', `The incident is already ${to}.`);
  if (from === 'CLOSED')
    return refuseTransition('INCIDENT_CLOSED', 'REP-4', 'A closed incident does not move.');
  if (INCIDENT_STATES.indexOf(to) < INCIDENT_STATES.indexOf(from)) {
    return refuseTransition('BACKWARDS', 'REP-3', `An incident cannot go back from ${from} to ${to}.`);
  }
  if (to === 'HEAD_NOTIFIED') return { allowed: true, ruleIds: ['REP-2'] };
  if (to === 'POLICE_REPORTED') return { allowed: true, ruleIds: ['REP-3'] };
  const reason = facts.closingReason;
  if (!reason) return refuseTransition('CLOSING_REASON_REQUIRED', 'REP-4', 'Closing needs a reason.');
  const { isRequired } = requiresPoliceReport(facts.category, facts.suspectType, policy);
  if (isRequired && reason === 'PRIVATE_SETTLEMENT') {
    return refuseTransition(
      'PRIVATE_SETTLEMENT_FORBIDDEN',
      'REP-4',
      'A settlement between the parties never replaces the police report (私下调解).',
      'PRIVATE_SETTLEMENT',
    );
  }
  if (isRequired && from !== 'POLICE_REPORTED' && reason !== 'DUPLICATE') {
    return refuseTransition(
      'POLICE_REPORT_REQUIRED',
      'REP-4',
      'This incident must be reported to the police before it is closed (漏报).',
      'OMISSION',
    );
  }
  return { allowed: true, ruleIds: ['REP-4'] };
}

/** REP-6: the emergency steps after a staff member's infringement, each with when it was done. */
export function emergencyChecklist(
  suspectType: SuspectType,
  done: Partial<Record<EmergencyStep, Date>>,
): EmergencyChecklistItem[] {
  if (suspectType !== 'STAFF') return [];
  return EMERGENCY_STEPS.map((step) => ({ step, doneAt: done[step] ?? null, ruleId: 'REP-6' }));
}

/** REP-9, REP-8, REP-7: where a mailbox or hotline lead goes, and whether it is confidential. */
export function routeTip(tip: Tip, kind: InstitutionKind, policy: DistrictPolicy): TipRouting {
  const isConfidential = isConfidentialByDefault(tip.category);
  const ruleIds: RuleId[] = isConfidential ? ['REP-9', 'REP-8', 'REP-7'] : ['REP-9', 'REP-8'];
  return {
    recipients: responsibleUnits('LETTERS_AND_VISITS', kind, policy).map((r) => r.unit),
    isConfidential,
    ruleIds,
  };
}

/** REP-10: tell the guardian of a psychological abnormality; suspend study when unfit to continue. */
export function studentWelfareActions(concern: PsychologicalConcern): {
  actions: StudentWelfareAction[];
  ruleIds: RuleId[];
} {
  const actions: StudentWelfareAction[] = [];
  if (concern.isAbnormal) actions.push('NOTIFY_GUARDIAN');
  if (!concern.isFitToContinueStudy) actions.push('SUSPEND_STUDY');
  return { actions, ruleIds: ['REP-10'] };
}
