import { translate } from '../../../i18n/i18n';
import { MESSAGES } from '../../../i18n/messages';
import { coverageSummary, parseSchoolYear, refusalKey, yearSummary } from './period-coverage';

const en = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate(MESSAGES.en, key, params);
const many = Array.from({ length: 7 }, (_, i) => ({ id: `i-${i}`, name: `School ${i}` }));

describe('the summary of what a period covers (ACC-1)', () => {
  it('ACC-1: says in English what each mode covers; a long list names five and counts the rest', () => {
    const base = { section: null, kinds: [], institutions: [] };
    expect(coverageSummary({ ...base, mode: 'ALL' }, en)).toBe('every institution in the district');
    expect(coverageSummary({ ...base, mode: 'SECTION', section: 'PRESCHOOL' }, en)).toBe(
      `every institution the ${en('unit.PRESCHOOL')} supervises`,
    );
    expect(coverageSummary({ ...base, mode: 'KINDS', kinds: ['KINDERGARTEN', 'PRIMARY'] }, en)).toBe(
      'every institution of these kinds: Primary school, Kindergarten',
    );
    expect(coverageSummary({ ...base, mode: 'LIST', institutions: many }, en)).toBe(
      'the 7 chosen institutions: School 0, School 1, School 2, School 3, School 4 and 2 more',
    );
    expect(yearSummary(2025, en)).toBe('school year 2025-2026');
    expect(yearSummary(null, en)).toBe('the current school year');
  });

  it('ACC-1: reads a school year and maps each refused field to its own message', () => {
    expect([parseSchoolYear(' '), parseSchoolYear('2025'), parseSchoolYear('2025.5')]).toEqual([
      null,
      2025,
      'INVALID',
    ]);
    expect(refusalKey('kinds')).toBe('assessment.open.refused.kinds');
    expect(refusalKey('endsAt')).toBe('assessment.open.failed');
    expect(refusalKey(null)).toBe('assessment.open.failed');
  });
});
