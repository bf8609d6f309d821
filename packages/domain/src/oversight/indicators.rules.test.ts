import { DEFAULT_POLICY } from '../policy/policy';
import {
  IndicatorRegistry,
  INDICATORS,
  breachIndicatorId,
  rag,
  timeToPoliceBuckets,
} from './indicators.rules';
import type { IndicatorDefinition } from './oversight.types';

const byId = (id: string): IndicatorDefinition => {
  const found = INDICATORS.find(id, DEFAULT_POLICY);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};

describe('the indicator registry (issue 10)', () => {
  it('ORG-2: lists every indicator of the dashboard once, each with its rules, unit and list', () => {
    const ids = INDICATORS.all(DEFAULT_POLICY).map((d) => d.id);
    expect(ids).toEqual([
      'OPEN_CASES',
      'POLICE_DEADLINE_PASSED',
      'TIME_TO_POLICE_MEDIAN',
      'TIME_TO_POLICE_P90',
      'TIME_TO_POLICE_WITHIN_DEADLINE',
      'BREACHES',
      'BREACH_LATE_REPORT',
      'BREACH_OMISSION',
      'BREACH_CONCEALMENT',
      'BREACH_PRIVATE_SETTLEMENT',
      'VETTING_COVERAGE',
      'OVERDUE_RECHECKS',
      'OVERDUE_INTERVIEWS',
      'OPEN_MISCONDUCT',
      'HAZARDS_OPEN',
      'HAZARDS_OVERDUE',
      'RECTIFIED_ON_TIME',
      'CAMPAIGN_COMPLETION',
      'ONE_TO_ONE_UNMONITORED',
      'SURROUNDINGS_OPEN',
      'PREVENTION_GAPS',
      'WELFARE_TALKS_OVERDUE',
      'BULLYING_STEPS_OVERDUE',
    ]);
    for (const d of INDICATORS.all(DEFAULT_POLICY)) expect(d.ruleIds.length).toBeGreaterThan(0);
  });

  it('PRV-1, PRV-2, PRV-3: the prevention figures drill to their lists; overdue hazards are red from 3', () => {
    expect(byId('HAZARDS_OVERDUE')).toMatchObject({
      isPeriodic: false,
      drill: { list: 'HAZARDS', statuses: ['OVERDUE'] },
    });
    expect(rag(byId('HAZARDS_OVERDUE').thresholds, 0)).toBe('GREEN');
    expect(rag(byId('HAZARDS_OVERDUE').thresholds, 3)).toBe('RED');
    expect(byId('HAZARDS_OPEN').drill).toEqual({
      list: 'HAZARDS',
      statuses: ['INCOMPLETE', 'OPEN', 'OVERDUE'],
    });
    expect(byId('RECTIFIED_ON_TIME')).toMatchObject({ unit: 'PERCENT', isPeriodic: true });
    expect(byId('CAMPAIGN_COMPLETION').drill).toEqual({ list: 'CAMPAIGNS' });
    expect(byId('ONE_TO_ONE_UNMONITORED')).toMatchObject({ ruleIds: ['PRV-2'], drill: { list: 'PLACES' } });
    expect(rag(byId('ONE_TO_ONE_UNMONITORED').thresholds, 1)).toBe('RED');
    expect(byId('SURROUNDINGS_OPEN')).toMatchObject({
      ruleIds: ['PRV-3'],
      drill: { list: 'SURROUNDINGS', state: 'OPEN' },
    });
  });

  it('PRV-8, PRV-10: the gaps found from records drill to the gaps; one overdue bullying step is red', () => {
    for (const id of ['PREVENTION_GAPS', 'WELFARE_TALKS_OVERDUE', 'BULLYING_STEPS_OVERDUE'])
      expect(byId(id)).toMatchObject({
        unit: 'COUNT',
        isPeriodic: false,
        drill: { list: 'PREVENTION_GAPS' },
      });
    expect(byId('WELFARE_TALKS_OVERDUE').ruleIds).toEqual(['PRV-8']);
    expect(rag(byId('BULLYING_STEPS_OVERDUE').thresholds, 1)).toBe('RED');
    expect(rag(byId('PREVENTION_GAPS').thresholds, 5)).toBe('AMBER');
  });

  it('REP-3, REP-4: the police-deadline figure drills to the overdue cases, breaches to their kind', () => {
    expect(byId('POLICE_DEADLINE_PASSED').drill).toEqual({ list: 'CASES', overdue: true });
    expect(byId('POLICE_DEADLINE_PASSED').ruleIds).toContain('REP-3');
    expect(byId(breachIndicatorId('CONCEALMENT')).drill).toEqual({ list: 'CASES', breach: 'CONCEALMENT' });
    expect(byId('BREACHES')).toMatchObject({ isPeriodic: true, drill: { list: 'CASES', breach: 'ANY' } });
    expect(byId('OPEN_CASES')).toMatchObject({ isPeriodic: false, drill: { list: 'CASES', state: 'OPEN' } });
  });

  it('VET-9, VET-10, VET-11: overdue re-checks and interviews drill to the due-checks list, open misconduct to its list', () => {
    expect(byId('OVERDUE_RECHECKS')).toMatchObject({
      ruleIds: ['VET-9'],
      drill: { list: 'DUE_CHECKS', kind: 'RECHECK', overdue: true },
    });
    expect(byId('OVERDUE_INTERVIEWS').drill).toEqual({
      list: 'DUE_CHECKS',
      kind: 'REMINDER_INTERVIEW',
      overdue: true,
    });
    // VET-1: the coverage figure opens the overdue checks of both kinds, the staff who bring it down.
    expect(byId('VETTING_COVERAGE')).toMatchObject({
      unit: 'PERCENT',
      drill: { list: 'DUE_CHECKS', kind: null, overdue: true },
    });
    expect(byId('OPEN_MISCONDUCT')).toMatchObject({ ruleIds: ['VET-11'], drill: { list: 'MISCONDUCT' } });
  });

  it('REP-3: the time-to-police thresholds follow the district’s police deadline', () => {
    const policy = { ...DEFAULT_POLICY, policeReportMinutes: 30 };
    expect(INDICATORS.find('TIME_TO_POLICE_MEDIAN', policy)?.thresholds).toMatchObject({ good: 15, bad: 30 });
    expect(INDICATORS.find('TIME_TO_POLICE_P90', policy)?.thresholds).toMatchObject({ good: 30, bad: 60 });
    expect(INDICATORS.find('NOT_AN_INDICATOR', policy)).toBeNull();
  });

  it('PRV-5: another area adds its indicator once; a taken id is refused', () => {
    const registry = new IndicatorRegistry();
    const hazards: IndicatorDefinition = {
      id: 'LEGAL_VICE_PRINCIPALS_MISSING',
      ruleIds: ['PRV-5'],
      unit: 'COUNT',
      thresholds: { direction: 'LOWER_IS_BETTER', good: 0, bad: 3 },
      isPeriodic: false,
      drill: { list: 'NONE' },
    };
    expect(registry.register(hazards)).toBe(true);
    expect(registry.register(hazards)).toBe(false);
    expect(registry.register({ ...hazards, id: 'OPEN_CASES' })).toBe(false);
    expect(registry.register({ ...hazards, id: 'HAZARDS_OVERDUE' })).toBe(false);
    expect(registry.all(DEFAULT_POLICY).at(-1)?.id).toBe('LEGAL_VICE_PRINCIPALS_MISSING');
    expect(registry.find('LEGAL_VICE_PRINCIPALS_MISSING', DEFAULT_POLICY)).toBe(hazards);
  });
});

describe('rag (red, amber, green)', () => {
  it('REP-3: any case past its police deadline is red, none is green', () => {
    const t = byId('POLICE_DEADLINE_PASSED').thresholds;
    expect(rag(t, 0)).toBe('GREEN');
    expect(rag(t, 1)).toBe('RED');
  });

  it('REP-3: a median within half the deadline is green, up to the deadline amber, beyond it red', () => {
    const t = byId('TIME_TO_POLICE_MEDIAN').thresholds;
    expect(rag(t, 30)).toBe('GREEN');
    expect(rag(t, 31)).toBe('AMBER');
    expect(rag(t, 60)).toBe('AMBER');
    expect(rag(t, 61)).toBe('RED');
  });

  it('VET-1: coverage is green from 98 %, amber from 90 %, red below', () => {
    const t = byId('VETTING_COVERAGE').thresholds;
    expect(rag(t, 100)).toBe('GREEN');
    expect(rag(t, 98)).toBe('GREEN');
    expect(rag(t, 90)).toBe('AMBER');
    expect(rag(t, 89.9)).toBe('RED');
  });

  it('REP-3: no figure (no police report in the period) is judged NONE', () => {
    const t = byId('TIME_TO_POLICE_MEDIAN').thresholds;
    expect(rag(t, null)).toBe('NONE');
    expect(rag(t, Number.NaN)).toBe('NONE');
  });
});

describe('timeToPoliceBuckets', () => {
  it('REP-3: the chart’s buckets have the police deadline as an edge', () => {
    expect(timeToPoliceBuckets(DEFAULT_POLICY)).toEqual([0, 15, 30, 45, 60, 90, 120, 240]);
    expect(timeToPoliceBuckets({ ...DEFAULT_POLICY, policeReportMinutes: 120 })).toContain(120);
  });
});
