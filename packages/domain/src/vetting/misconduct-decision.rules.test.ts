import { decideMisconductCase, MISCONDUCT_REFUSALS } from './misconduct-decision.rules';
import type { MisconductFacts } from './vetting.types';

const facts = (overrides: Partial<MisconductFacts> = {}): MisconductFacts => ({
  factsVerified: true,
  severity: 'MISCONDUCT',
  involvesCrime: false,
  holdsTeacherQualification: true,
  ...overrides,
});

describe('decideMisconductCase (VET-11)', () => {
  it('VET-11: nothing is decided before the facts are investigated and verified', () => {
    expect(decideMisconductCase(facts({ factsVerified: false }), ['ADJUST_POST'])).toMatchObject({
      ok: false,
      refusal: 'INVESTIGATE_FIRST',
    });
  });

  it('VET-11: at least one outcome, each allowed by the ladder', () => {
    expect(decideMisconductCase(facts(), [])).toMatchObject({ ok: false, refusal: 'NO_OUTCOME' });
    expect(decideMisconductCase(facts(), ['TRANSFER_TO_JUDICIAL_ORGANS'])).toMatchObject({
      ok: false,
      refusal: 'OUTCOME_NOT_ALLOWED',
    });
  });

  it('VET-11: a crime makes the transfer to the judicial organs mandatory', () => {
    const decided = decideMisconductCase(facts({ severity: 'SERIOUS', involvesCrime: true }), [
      'ADJUST_POST',
    ]);
    expect(decided).toMatchObject({ ok: false, refusal: 'MANDATORY_OUTCOME_MISSING' });
    expect(decided.ok ? [] : decided.missing).toContain('TRANSFER_TO_JUDICIAL_ORGANS');
  });

  it('VET-6, VET-7: a crime revokes the qualification, bans district-wide and dismisses', () => {
    const crime = facts({ severity: 'GRAVE', involvesCrime: true });
    const mandatory = [
      'TRANSFER_TO_JUDICIAL_ORGANS',
      'EXPEL_FROM_EDUCATION_SECTOR',
      'REVOKE_TEACHER_QUALIFICATION',
    ] as const;
    const decided = decideMisconductCase(crime, [...mandatory]);
    if (!decided.ok) throw new Error(decided.refusal);
    expect(decided.consequences).toEqual({
      revokeQualificationUnder: ['VET-11', 'VET-6'],
      districtBan: 'CRIMINAL_PUNISHMENT',
      isDismissed: true,
    });
  });

  it('VET-11: expulsion bans as EXPELLED; adjusting a post changes nothing else', () => {
    const serious = facts({ severity: 'GRAVE' });
    const expelled = decideMisconductCase(serious, [
      'EXPEL_FROM_EDUCATION_SECTOR',
      'EXPEL_FROM_EDUCATION_SECTOR',
    ]);
    expect(expelled).toMatchObject({ ok: true, outcomes: ['EXPEL_FROM_EDUCATION_SECTOR'] });
    expect(expelled.ok && expelled.consequences).toMatchObject({
      districtBan: 'EXPELLED',
      isDismissed: true,
    });
    const adjusted = decideMisconductCase(facts(), ['ADJUST_POST']);
    expect(adjusted.ok && adjusted.consequences).toEqual({
      revokeQualificationUnder: [],
      districtBan: null,
      isDismissed: false,
    });
    expect(MISCONDUCT_REFUSALS).toHaveLength(4);
  });
});
