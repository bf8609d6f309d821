import {
  buildDecideMisconductSchema,
  toDecideMisconductInput,
  type DecideMisconductFormValues,
} from './misconduct-form.schema';

const buildValues = (overrides: Partial<DecideMisconductFormValues> = {}): DecideMisconductFormValues => ({
  investigation: ' 调取监控核实 ',
  factsVerified: true,
  severity: 'GRAVE',
  involvesCrime: false,
  outcomes: ['EXPEL_FROM_EDUCATION_SECTOR'],
  proposedAt: '2026-11-29',
  decidedAt: '2026-11-29',
  ...overrides,
});

describe('VET-11 decision form', () => {
  it('refuses a proposal before the case was opened and a decision before the proposal', () => {
    const schema = buildDecideMisconductSchema('2026-11-30', '2026-11-29');
    const early = schema.safeParse(buildValues({ proposedAt: '2026-11-28' }));
    expect(early.success).toBe(false);
    expect(early.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([
      'proposedAt',
      'staff.validation.proposedBeforeOpened',
    ]);
    const backwards = schema.safeParse(buildValues({ proposedAt: '2026-11-30', decidedAt: '2026-11-29' }));
    expect(backwards.error?.issues.map((i) => i.message)).toContain('staff.validation.decidedBeforeProposed');
    expect(schema.safeParse(buildValues({ decidedAt: '2026-12-01' })).success).toBe(false);
    expect(schema.safeParse(buildValues()).success).toBe(true);
  });

  it('sends days as Shanghai instants, never before the moment the case was opened', () => {
    // Opened 2026-11-29 00:12 in Shanghai; both dates that same day.
    const openedAt = '2026-11-28T16:12:00.000Z';
    const input = toDecideMisconductInput('case-1', openedAt, buildValues());
    expect(input).toEqual({
      caseId: 'case-1',
      investigation: '调取监控核实',
      factsVerified: true,
      severity: 'GRAVE',
      involvesCrime: false,
      outcomes: ['EXPEL_FROM_EDUCATION_SECTOR'],
      proposedAt: openedAt,
      decidedAt: openedAt,
    });
    const later = toDecideMisconductInput(
      'case-1',
      openedAt,
      buildValues({ proposedAt: '2026-11-30', decidedAt: '2026-12-01' }),
    );
    expect(later.proposedAt).toBe('2026-11-29T16:00:00.000Z');
    expect(later.decidedAt).toBe('2026-11-30T16:00:00.000Z');
  });
});
