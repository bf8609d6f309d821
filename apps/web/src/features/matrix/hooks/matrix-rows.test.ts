import { DEFAULT_POLICY, responsibilityMatrix, UNIT_CODES } from '@xiaohu/domain';
import { toMatrixGroups } from './matrix-rows';

const buildCells = () =>
  responsibilityMatrix(DEFAULT_POLICY).map((cell) => ({
    __typename: 'MatrixCell' as const,
    duty: cell.duty,
    kind: cell.kind,
    responsibilities: cell.responsibilities.map((r) => ({ __typename: 'Responsibility' as const, ...r })),
  }));

describe('responsibility matrix pivot', () => {
  it('ORG-2: groups duties under their unit in section 三 order', () => {
    const groups = toMatrixGroups(buildCells());
    // Every unit of section 三 holds a duty, so every unit shows, in the domain's order.
    expect(groups.map((g) => g.unit)).toEqual(UNIT_CODES);
    expect(groups.find((g) => g.unit === 'SAFETY')?.rows.map((r) => r.duty)).toEqual([
      'POLICE_LIAISON',
      'INCIDENT_REPORT_RECEIPT',
      'LETTERS_AND_VISITS',
      'THREE_PROTECTIONS',
    ]);
  });

  it('ORG-1: BASIC holds anti-sexual-abuse education for schools and, by default, special education only', () => {
    const basic = toMatrixGroups(buildCells()).find((g) => g.unit === 'BASIC');
    const row = basic?.rows.find((r) => r.duty === 'ANTI_SEXUAL_ABUSE_EDUCATION');
    expect(row?.byKind.PRIMARY).toEqual({ ruleId: 'ORG-1', clause: '三' });
    expect(row?.byKind.SPECIAL_EDUCATION).toEqual({ ruleId: 'ORG-1', clause: '三' });
    expect(row?.byKind.KINDERGARTEN).toBeNull();
    expect(row?.byKind.TRAINING_INSTITUTION).toBeNull();
  });

  it('leaves out units with no duty at all', () => {
    expect(toMatrixGroups([])).toEqual([]);
  });
});
