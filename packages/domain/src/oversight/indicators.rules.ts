import { BREACH_CODES, type BreachCode } from '../reporting/reporting.types';
import { DEFAULT_POLICY, type DistrictPolicy } from '../policy/policy';
import type { IndicatorDefinition, IndicatorThresholds, Rag } from './oversight.types';

const lower = (good: number, bad: number): IndicatorThresholds => ({
  direction: 'LOWER_IS_BETTER',
  good,
  bad,
});
const higher = (good: number, bad: number): IndicatorThresholds => ({
  direction: 'HIGHER_IS_BETTER',
  good,
  bad,
});

/** The case-list drill of one REP-4 breach kind: BREACH_LATE_REPORT, BREACH_OMISSION, … */
export const breachIndicatorId = (code: BreachCode): string => `BREACH_${code}`;

/**
 * The dashboard's indicators (issue 10), in display order. Thresholds are the district's defaults for
 * one institution's figures; counts over many institutions are judged by the same bounds. The prevention
 * issues add theirs (hazards overdue, prevention gaps) with `registerIndicator`.
 */
function defaultIndicators(policy: DistrictPolicy): IndicatorDefinition[] {
  return [
    {
      id: 'OPEN_CASES',
      ruleIds: ['REP-2', 'REP-3'],
      unit: 'COUNT',
      thresholds: lower(2, 10),
      isPeriodic: false,
      drill: { list: 'CASES', state: 'OPEN' },
    },
    {
      id: 'POLICE_DEADLINE_PASSED',
      ruleIds: ['REP-3', 'REP-4'],
      unit: 'COUNT',
      thresholds: lower(0, 0),
      isPeriodic: false,
      drill: { list: 'CASES', overdue: true },
    },
    {
      id: 'TIME_TO_POLICE_MEDIAN',
      ruleIds: ['REP-3'],
      unit: 'MINUTES',
      thresholds: lower(policy.policeReportMinutes / 2, policy.policeReportMinutes),
      isPeriodic: true,
      drill: { list: 'CASES' },
    },
    {
      id: 'TIME_TO_POLICE_P90',
      ruleIds: ['REP-3'],
      unit: 'MINUTES',
      thresholds: lower(policy.policeReportMinutes, policy.policeReportMinutes * 2),
      isPeriodic: true,
      drill: { list: 'CASES' },
    },
    {
      id: 'TIME_TO_POLICE_WITHIN_DEADLINE',
      ruleIds: ['REP-3'],
      unit: 'PERCENT',
      thresholds: higher(95, 80),
      isPeriodic: true,
      drill: { list: 'CASES' },
    },
    {
      id: 'BREACHES',
      ruleIds: ['REP-4'],
      unit: 'COUNT',
      thresholds: lower(0, 2),
      isPeriodic: true,
      drill: { list: 'CASES', breach: 'ANY' },
    },
    ...BREACH_CODES.map((code): IndicatorDefinition => ({
      id: breachIndicatorId(code),
      ruleIds: ['REP-4'],
      unit: 'COUNT',
      thresholds: lower(0, 2),
      isPeriodic: true,
      drill: { list: 'CASES', breach: code },
    })),
    {
      id: 'VETTING_COVERAGE',
      ruleIds: ['VET-1', 'VET-9', 'VET-10'],
      unit: 'PERCENT',
      thresholds: higher(98, 90),
      isPeriodic: false,
      // The staff who bring coverage down: every overdue re-check and interview, of either kind.
      drill: { list: 'DUE_CHECKS', kind: null, overdue: true },
    },
    {
      id: 'OVERDUE_RECHECKS',
      ruleIds: ['VET-9'],
      unit: 'COUNT',
      thresholds: lower(0, 5),
      isPeriodic: false,
      drill: { list: 'DUE_CHECKS', kind: 'RECHECK', overdue: true },
    },
    {
      id: 'OVERDUE_INTERVIEWS',
      ruleIds: ['VET-10'],
      unit: 'COUNT',
      thresholds: lower(0, 5),
      isPeriodic: false,
      drill: { list: 'DUE_CHECKS', kind: 'REMINDER_INTERVIEW', overdue: true },
    },
    {
      id: 'OPEN_MISCONDUCT',
      ruleIds: ['VET-11'],
      unit: 'COUNT',
      thresholds: lower(0, 2),
      isPeriodic: false,
      // The misconduct list counts with the same conditions (misconductCountFilter).
      drill: { list: 'MISCONDUCT' },
    },
    ...preventionIndicators(),
  ];
}

/** The prevention figures (issue 11): hazards and their rectification, campaigns, cameras, surroundings. */
function preventionIndicators(): IndicatorDefinition[] {
  return [
    {
      id: 'HAZARDS_OPEN',
      ruleIds: ['PRV-1'],
      unit: 'COUNT',
      thresholds: lower(2, 10),
      isPeriodic: false,
      drill: { list: 'HAZARDS', statuses: ['INCOMPLETE', 'OPEN', 'OVERDUE'] },
    },
    {
      id: 'HAZARDS_OVERDUE',
      ruleIds: ['PRV-1'],
      unit: 'COUNT',
      thresholds: lower(0, 2),
      isPeriodic: false,
      drill: { list: 'HAZARDS', statuses: ['OVERDUE'] },
    },
    {
      // Of the hazards rectified in the period, the share rectified by their due date.
      id: 'RECTIFIED_ON_TIME',
      ruleIds: ['PRV-1'],
      unit: 'PERCENT',
      thresholds: higher(90, 70),
      isPeriodic: true,
      drill: { list: 'HAZARDS', statuses: ['RECTIFIED', 'RECTIFIED_LATE'] },
    },
    {
      // Of the institutions that campaigns running now cover, the share whose self-inspection is in.
      id: 'CAMPAIGN_COMPLETION',
      ruleIds: ['PRV-1'],
      unit: 'PERCENT',
      thresholds: higher(95, 80),
      isPeriodic: false,
      drill: { list: 'CAMPAIGNS' },
    },
    {
      id: 'ONE_TO_ONE_UNMONITORED',
      ruleIds: ['PRV-2'],
      unit: 'COUNT',
      thresholds: lower(0, 0),
      isPeriodic: false,
      drill: { list: 'PLACES' },
    },
    {
      id: 'SURROUNDINGS_OPEN',
      ruleIds: ['PRV-3'],
      unit: 'COUNT',
      thresholds: lower(3, 10),
      isPeriodic: false,
      drill: { list: 'SURROUNDINGS', state: 'OPEN' },
    },
    ...careGapIndicators(),
  ];
}

/** The gaps found from the care records (issue 12): all of them, and the two that concern a child now. */
function careGapIndicators(): IndicatorDefinition[] {
  return [
    {
      id: 'PREVENTION_GAPS',
      ruleIds: ['PRV-2', 'PRV-5', 'PRV-6', 'PRV-7', 'PRV-8', 'PRV-9', 'PRV-10'],
      unit: 'COUNT',
      thresholds: lower(0, 10),
      isPeriodic: false,
      drill: { list: 'PREVENTION_GAPS' },
    },
    {
      id: 'WELFARE_TALKS_OVERDUE',
      ruleIds: ['PRV-8'],
      unit: 'COUNT',
      thresholds: lower(0, 3),
      isPeriodic: false,
      drill: { list: 'PREVENTION_GAPS' },
    },
    {
      id: 'BULLYING_STEPS_OVERDUE',
      ruleIds: ['PRV-10'],
      unit: 'COUNT',
      thresholds: lower(0, 0),
      isPeriodic: false,
      drill: { list: 'PREVENTION_GAPS' },
    },
  ];
}

/** The registry: the defaults and whatever other areas registered, in that order. */
export class IndicatorRegistry {
  private readonly added: IndicatorDefinition[] = [];

  /** Adds an indicator (e.g. HAZARDS_OVERDUE); an id already taken is refused. */
  register(definition: IndicatorDefinition): boolean {
    if (this.added.some((d) => d.id === definition.id) || definition.id in BUILT_IN_IDS) return false;
    this.added.push(definition);
    return true;
  }

  /** Every indicator under a district's policy. */
  all(policy: DistrictPolicy): IndicatorDefinition[] {
    return [...defaultIndicators(policy), ...this.added];
  }

  /** One indicator, or null. */
  find(id: string, policy: DistrictPolicy): IndicatorDefinition | null {
    return this.all(policy).find((d) => d.id === id) ?? null;
  }
}

const BUILT_IN_IDS: Record<string, true> = Object.fromEntries(
  defaultIndicators(DEFAULT_POLICY).map((d) => [d.id, true]),
);

/** The registry the API reads. */
export const INDICATORS = new IndicatorRegistry();

/** Red, amber or green for a figure under its thresholds; NONE when there is no figure. */
export function rag(thresholds: IndicatorThresholds, value: number | null): Rag {
  if (value === null || Number.isNaN(value)) return 'NONE';
  const { good, bad } = thresholds;
  if (thresholds.direction === 'LOWER_IS_BETTER') {
    if (value <= good) return 'GREEN';
    return value > bad ? 'RED' : 'AMBER';
  }
  if (value >= good) return 'GREEN';
  return value < bad ? 'RED' : 'AMBER';
}

/**
 * REP-3: the buckets of the time-to-police chart, in minutes from the school's first knowledge, with the
 * deadline as one edge: [0, 15), [15, 30), …, [deadline, …), the last one open.
 */
export function timeToPoliceBuckets(policy: DistrictPolicy): number[] {
  const d = policy.policeReportMinutes;
  return [0, d / 4, d / 2, (d * 3) / 4, d, d * 1.5, d * 2, d * 4];
}
