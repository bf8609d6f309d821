import type { RuleId } from '../organisation/organisation.types';
import { misconductOutcomes } from './vetting-in-service.rules';
import type { MisconductFacts, MisconductOutcome } from './vetting.types';

export const MISCONDUCT_REFUSALS = [
  'INVESTIGATE_FIRST',
  'NO_OUTCOME',
  'OUTCOME_NOT_ALLOWED',
  'MANDATORY_OUTCOME_MISSING',
] as const;
export type MisconductRefusal = (typeof MISCONDUCT_REFUSALS)[number];

/** What a decided misconduct case does to the person (VET-6, VET-7, VET-11). */
export interface MisconductConsequences {
  /** The teacher qualification is revoked, under these rules (VET-11 chosen, VET-6 for a crime). */
  revokeQualificationUnder: RuleId[];
  /** The person joins the district-wide ban register (VET-7), and why. */
  districtBan: 'CRIMINAL_PUNISHMENT' | 'EXPELLED' | null;
  /** The person leaves the institution's active staff. */
  isDismissed: boolean;
}

export type MisconductDecisionCheck =
  | { ok: true; outcomes: MisconductOutcome[]; consequences: MisconductConsequences }
  | { ok: false; refusal: MisconductRefusal; missing: MisconductOutcome[]; ruleId: RuleId };

/**
 * VET-11: checks the chosen outcomes against the ladder (misconductOutcomes: every chosen one allowed,
 * every mandatory one chosen) and returns what the decision does to the person.
 */
export function decideMisconductCase(
  facts: MisconductFacts,
  chosenOutcomes: readonly MisconductOutcome[],
): MisconductDecisionCheck {
  const ladder = misconductOutcomes(facts);
  const chosen = [...new Set(chosenOutcomes)];
  const refuse = (
    refusal: MisconductRefusal,
    missing: MisconductOutcome[] = [],
  ): MisconductDecisionCheck => ({
    ok: false,
    refusal,
    missing,
    ruleId: 'VET-11',
  });
  if (ladder.status === 'INVESTIGATE_FIRST') return refuse('INVESTIGATE_FIRST');
  if (chosen.length === 0) return refuse('NO_OUTCOME');
  const allowed = ladder.options.map((o) => o.outcome);
  if (chosen.some((o) => !allowed.includes(o))) return refuse('OUTCOME_NOT_ALLOWED');
  const missing = ladder.options
    .filter((o) => o.isMandatory && !chosen.includes(o.outcome))
    .map((o) => o.outcome);
  if (missing.length > 0) return refuse('MANDATORY_OUTCOME_MISSING', missing);
  const isExpelled = chosen.includes('EXPEL_FROM_EDUCATION_SECTOR');
  const revokeQualificationUnder: RuleId[] = [
    ...(chosen.includes('REVOKE_TEACHER_QUALIFICATION') ? (['VET-11'] as RuleId[]) : []),
    // VET-6: a crime loses the qualification; VET-7: dismissed and never employed again in the sector.
    ...(facts.involvesCrime ? (['VET-6'] as RuleId[]) : []),
  ];
  return {
    ok: true,
    outcomes: chosen,
    consequences: {
      revokeQualificationUnder,
      districtBan: facts.involvesCrime ? 'CRIMINAL_PUNISHMENT' : isExpelled ? 'EXPELLED' : null,
      isDismissed: facts.involvesCrime || isExpelled,
    },
  };
}
