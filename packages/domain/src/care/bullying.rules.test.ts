import { DEFAULT_POLICY } from '../policy/policy';
import { formatInZone } from '../shared/zoned-time';
import {
  bullyingStepDays,
  bullyingStepStatus,
  canCompleteBullyingStep,
  hasAdoptedBullyingDocument,
} from './bullying.rules';
import { at, zone } from './care.testing';
import type { BullyingStepRecord } from './care.types';

const report = { caseId: 'case-1', reportedAt: at('2026-11-02 09:00') };

describe('bullyingStepDays', () => {
  it('PRV-10: each step’s limit is the district’s (defaults 10, 15, 30, 60 days)', () => {
    expect(
      (['INVESTIGATION', 'FINDING', 'MEASURES', 'FOLLOW_UP_TALKS'] as const).map((s) =>
        bullyingStepDays(s, DEFAULT_POLICY),
      ),
    ).toEqual([10, 15, 30, 60]);
  });
});

describe('bullyingStepStatus', () => {
  it('PRV-10: steps in order with due dates from the report; done, due or overdue at now', () => {
    const steps: BullyingStepRecord[] = [
      { step: 'INVESTIGATION', completedAt: at('2026-11-13 10:00') },
      { step: 'FINDING', completedAt: at('2026-11-30') },
    ];
    const status = bullyingStepStatus(report, steps, at('2026-11-20'), DEFAULT_POLICY);
    expect(status.map((s) => [s.step, s.status, s.isLate, formatInZone(s.dueAt, zone)])).toEqual([
      ['INVESTIGATION', 'DONE', true, '2026-11-12 09:00:00'],
      ['FINDING', 'OVERDUE', false, '2026-11-17 09:00:00'],
      ['MEASURES', 'DUE', false, '2026-12-02 09:00:00'],
      ['FOLLOW_UP_TALKS', 'DUE', false, '2027-01-01 09:00:00'],
    ]);
    expect(status[0]).toMatchObject({ completedAt: at('2026-11-13 10:00'), ruleIds: ['PRV-10'] });
    expect(status[1].completedAt).toBeNull();
  });

  it('PRV-10: a step done in time is not late; the limits are the district’s', () => {
    const steps: BullyingStepRecord[] = [{ step: 'INVESTIGATION', completedAt: at('2026-11-03') }];
    const status = bullyingStepStatus(report, steps, at('2026-11-04'), {
      ...DEFAULT_POLICY,
      bullyingFindingDays: 1,
    });
    expect(status[0]).toMatchObject({ status: 'DONE', isLate: false });
    expect(status[1].status).toBe('OVERDUE');
  });
});

describe('canCompleteBullyingStep', () => {
  const investigated: BullyingStepRecord[] = [{ step: 'INVESTIGATION', completedAt: at('2026-11-05') }];
  it('PRV-10: the steps come in order, each once, none before the report', () => {
    expect(canCompleteBullyingStep(report, [], 'INVESTIGATION', at('2026-11-05')).ok).toBe(true);
    expect(canCompleteBullyingStep(report, investigated, 'FINDING', at('2026-11-06')).ok).toBe(true);
    const refusal = (r: ReturnType<typeof canCompleteBullyingStep>) => (r.ok ? null : r.error.code);
    expect(refusal(canCompleteBullyingStep(report, investigated, 'INVESTIGATION', at('2026-11-06')))).toBe(
      'STEP_ALREADY_DONE',
    );
    expect(refusal(canCompleteBullyingStep(report, investigated, 'MEASURES', at('2026-11-06')))).toBe(
      'STEP_OUT_OF_ORDER',
    );
    expect(refusal(canCompleteBullyingStep(report, investigated, 'FINDING', at('2026-11-04')))).toBe(
      'STEP_OUT_OF_ORDER',
    );
    expect(refusal(canCompleteBullyingStep(report, [], 'INVESTIGATION', at('2026-11-01')))).toBe(
      'BEFORE_REPORT',
    );
  });
});

describe('hasAdoptedBullyingDocument', () => {
  it('PRV-10: rules and handbook count once adopted', () => {
    const documents = [{ kind: 'RULES' as const, adoptedAt: at('2026-09-01') }];
    expect(hasAdoptedBullyingDocument(documents, 'RULES', at('2026-09-01'))).toBe(true);
    expect(hasAdoptedBullyingDocument(documents, 'RULES', at('2026-08-31'))).toBe(false);
    expect(hasAdoptedBullyingDocument(documents, 'HANDBOOK', at('2026-10-01'))).toBe(false);
  });
});
