import type { BreachCode } from '../reporting/reporting.types';
import type { RuleId } from '../organisation/organisation.types';
import type { HazardStatus } from '../prevention/prevention.types';

/** Red, amber, green; NONE when there is nothing to judge (no police report in the period, no staff). */
export type Rag = 'RED' | 'AMBER' | 'GREEN' | 'NONE';

export type IndicatorUnit = 'COUNT' | 'MINUTES' | 'PERCENT';

/**
 * The list behind a figure and its filter, in the words of the case list's URL (paths.cases) and the
 * due-checks list. The period and the dashboard's filters are added by the caller when `isPeriodic`.
 */
export type IndicatorDrill =
  | {
      list: 'CASES';
      state?: 'OPEN' | 'CLOSED';
      breach?: BreachCode | 'ANY';
      overdue?: boolean;
    }
  /** `kind` null: both kinds. */
  | { list: 'DUE_CHECKS'; kind: 'RECHECK' | 'REMINDER_INTERVIEW' | null; overdue: true }
  | { list: 'STAFF' }
  /** VET-11: the misconduct list (paths.staffMisconduct), open cases by default. */
  | { list: 'MISCONDUCT' }
  /** PRV-1: the hazard list (paths.hazards) with these statuses (hazardStatus, now). */
  | { list: 'HAZARDS'; statuses: readonly HazardStatus[] }
  /** PRV-1: the inspection campaigns with their completion. */
  | { list: 'CAMPAIGNS' }
  /** PRV-2: the places register, unmonitored one-to-one rooms first. */
  | { list: 'PLACES' }
  /** PRV-3: the surroundings list, open subjects. */
  | { list: 'SURROUNDINGS'; state: 'OPEN' }
  /** PRV-2, PRV-5 to PRV-10: the gaps found from records (paths.preventionGaps), counted by kind. */
  | { list: 'PREVENTION_GAPS' }
  | { list: 'NONE' };

/**
 * Where a figure turns amber and red. LOWER_IS_BETTER: green up to `good`, red above `bad`.
 * HIGHER_IS_BETTER: green from `good` up, red below `bad`. Amber between.
 */
export interface IndicatorThresholds {
  direction: 'LOWER_IS_BETTER' | 'HIGHER_IS_BETTER';
  good: number;
  bad: number;
}

export interface IndicatorDefinition {
  /** Stable id (SCREAMING_SNAKE); the UI translates it. */
  id: string;
  ruleIds: readonly RuleId[];
  unit: IndicatorUnit;
  thresholds: IndicatorThresholds;
  /** Counted over the chosen period (cases recorded in it); otherwise a reading at `now`. */
  isPeriodic: boolean;
  drill: IndicatorDrill;
}

/** The dashboard's period picker: 本月, 本学期, 本学年, 自定义. */
export type PeriodKind = 'MONTH' | 'TERM' | 'SCHOOL_YEAR' | 'CUSTOM';

/** A calendar date in the district's zone (month 1-12). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** [start, end): instants. */
export interface PeriodRange {
  start: Date;
  end: Date;
}
