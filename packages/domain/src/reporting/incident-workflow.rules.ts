import { responsibleUnits } from '../organisation/organisation.rules';
import type { InstitutionKind, RuleId } from '../organisation/organisation.types';
import type { DistrictPolicy } from '../policy/policy';
import { requiresPoliceReport } from './reporting.rules';
import { isConfidentialByDefault } from './reporting-escalation.rules';
import {
  CLOSING_REASONS,
  EMERGENCY_STEPS,
  type AllowedClosingReason,
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

/** What a guard of the transition table looks at. */
interface GuardInput {
  facts: TransitionFacts;
  policy: DistrictPolicy;
}

/** A condition that refuses a move of the table, with its rule and the breach a refused attempt is. */
interface TransitionGuard {
  ruleId: RuleId;
  message: string;
  breachToRecord: BreachCode | null;
  refuses: (input: GuardInput) => boolean;
}

export type TransitionGuardCode = Extract<
  TransitionErrorCode,
  'CLOSING_REASON_REQUIRED' | 'PRIVATE_SETTLEMENT_FORBIDDEN' | 'POLICE_REPORT_REQUIRED'
>;

const GUARDS: Record<TransitionGuardCode, TransitionGuard> = {
  CLOSING_REASON_REQUIRED: {
    ruleId: 'REP-4',
    message: 'Closing needs a reason.',
    breachToRecord: null,
    refuses: ({ facts }) => !facts.closingReason,
  },
  // REP-4: any settlement between the parties instead of a report, whatever the category.
  PRIVATE_SETTLEMENT_FORBIDDEN: {
    ruleId: 'REP-4',
    message: 'A settlement between the parties never replaces a report (私下调解).',
    breachToRecord: 'PRIVATE_SETTLEMENT',
    refuses: ({ facts }) => facts.closingReason === 'PRIVATE_SETTLEMENT',
  },
  // REP-1, REP-4: a reportable case closes only after its police report (a duplicate excepted).
  POLICE_REPORT_REQUIRED: {
    ruleId: 'REP-4',
    message: 'This incident must be reported to the police before it is closed (漏报).',
    breachToRecord: 'OMISSION',
    refuses: ({ facts, policy }) =>
      requiresPoliceReport(facts.category, facts.suspectType, policy).isRequired &&
      facts.closingReason !== 'DUPLICATE',
  },
};

/** One allowed move of the incident workflow; the guards run in order and the first that refuses wins. */
export interface IncidentTransition {
  from: IncidentState;
  to: IncidentState;
  guards: readonly TransitionGuardCode[];
  ruleIds: readonly RuleId[];
}

const BEFORE_POLICE_CLOSING: readonly TransitionGuardCode[] = [
  'CLOSING_REASON_REQUIRED',
  'PRIVATE_SETTLEMENT_FORBIDDEN',
  'POLICE_REPORT_REQUIRED',
];

/**
 * REP-2 to REP-4: the incident workflow as data, REPORTED → HEAD_NOTIFIED → POLICE_REPORTED → CLOSED.
 * Steps may be skipped forward (a teacher calls the police first); any move not listed is refused.
 */
export const INCIDENT_TRANSITIONS: readonly IncidentTransition[] = Object.freeze([
  { from: 'REPORTED', to: 'HEAD_NOTIFIED', guards: [], ruleIds: ['REP-2'] },
  { from: 'REPORTED', to: 'POLICE_REPORTED', guards: [], ruleIds: ['REP-3'] },
  { from: 'HEAD_NOTIFIED', to: 'POLICE_REPORTED', guards: [], ruleIds: ['REP-3'] },
  { from: 'REPORTED', to: 'CLOSED', guards: BEFORE_POLICE_CLOSING, ruleIds: ['REP-4'] },
  { from: 'HEAD_NOTIFIED', to: 'CLOSED', guards: BEFORE_POLICE_CLOSING, ruleIds: ['REP-4'] },
  {
    from: 'POLICE_REPORTED',
    to: 'CLOSED',
    guards: ['CLOSING_REASON_REQUIRED', 'PRIVATE_SETTLEMENT_FORBIDDEN'],
    ruleIds: ['REP-4'],
  },
]);

// Why a move is not in the table at all.
function refuseUnlisted(from: IncidentState, to: IncidentState): TransitionDecision {
  if (from === to) return refuseTransition('SAME_STATE', 'REP-3', `The incident is already ${to}.`);
  if (from === 'CLOSED')
    return refuseTransition('INCIDENT_CLOSED', 'REP-4', 'A closed incident does not move.');
  return refuseTransition('BACKWARDS', 'REP-3', `An incident cannot go back from ${from} to ${to}.`);
}

/**
 * REP-2 to REP-4: may the incident move from `from` to `to` with these facts? Reads
 * INCIDENT_TRANSITIONS; a refusal says why and which breach the attempt itself is.
 */
export function canTransition(
  from: IncidentState,
  to: IncidentState,
  facts: TransitionFacts,
  policy: DistrictPolicy,
): TransitionDecision {
  const transition = INCIDENT_TRANSITIONS.find((t) => t.from === from && t.to === to);
  if (!transition) return refuseUnlisted(from, to);
  for (const code of transition.guards) {
    const guard = GUARDS[code];
    if (guard.refuses({ facts, policy })) {
      return refuseTransition(code, guard.ruleId, guard.message, guard.breachToRecord);
    }
  }
  return { allowed: true, ruleIds: [...transition.ruleIds] };
}

/** REP-4: the closing reasons canTransition allows now, each with its rules (for the UI's viewerCan). */
export function allowedClosingReasons(
  state: IncidentState,
  facts: Omit<TransitionFacts, 'closingReason'>,
  policy: DistrictPolicy,
): AllowedClosingReason[] {
  return CLOSING_REASONS.flatMap((reason) => {
    const decision = canTransition(state, 'CLOSED', { ...facts, closingReason: reason }, policy);
    return decision.allowed ? [{ reason, ruleIds: decision.ruleIds }] : [];
  });
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
