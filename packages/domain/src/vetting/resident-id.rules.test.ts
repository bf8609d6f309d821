import fc from 'fast-check';
import {
  isValidResidentId,
  maskResidentId,
  normaliseResidentId,
  residentIdCheckCharacter,
  residentIdProblem,
} from './resident-id.rules';

// 11010519491231002X is the standard's own worked example (check character X).
const EXAMPLE = '11010519491231002X';

describe('resident ID numbers (VET-7: the district ban matches people by their ID number)', () => {
  it('VET-7: accepts the worked example of GB 11643, including a lower-case x and pasted spaces', () => {
    expect(residentIdProblem(EXAMPLE)).toBeNull();
    expect(isValidResidentId('110105 19491231 002x')).toBe(true);
    expect(normaliseResidentId('110105 19491231 002x')).toBe(EXAMPLE);
  });

  it('VET-7: names what is wrong: length, format, birth date, check digit', () => {
    expect(residentIdProblem('1101051949123100')).toBe('LENGTH');
    expect(residentIdProblem('11010519491231002Y')).toBe('FORMAT');
    expect(residentIdProblem('110105194902300021')).toBe('BIRTH_DATE'); // 30 February
    expect(residentIdProblem('110105189912310021')).toBe('BIRTH_DATE'); // before 1900
    expect(residentIdProblem('110105194913310021')).toBe('BIRTH_DATE'); // month 13
    expect(residentIdProblem('110105194912000021')).toBe('BIRTH_DATE'); // day 0
    expect(residentIdProblem('110105194912310021')).toBe('CHECK_DIGIT');
    expect(isValidResidentId('110105194912310021')).toBe(false);
  });

  it('VET-7: any 17 valid digits completed by their check character are valid, and no other character is', () => {
    const first17 = fc
      .tuple(
        fc.integer({ min: 110000, max: 659999 }),
        fc.date({
          min: new Date('1950-01-01T00:00:00Z'),
          max: new Date('2010-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 999 }),
      )
      .map(([area, birth, sequence]) => {
        const yyyymmdd = birth.toISOString().slice(0, 10).replace(/-/g, '');
        return `${area}${yyyymmdd}${String(sequence).padStart(3, '0')}`;
      });
    fc.assert(
      fc.property(first17, (digits) => {
        const check = residentIdCheckCharacter(digits);
        expect(isValidResidentId(digits + check)).toBe(true);
        for (const other of '0123456789X'.replace(check, '')) {
          expect(residentIdProblem(digits + other)).toBe('CHECK_DIGIT');
        }
      }),
    );
  });

  it('VET-7: masks all but the first and last four characters', () => {
    expect(maskResidentId('500101 19900101 123x')).toBe('5001**********123X');
  });
});
