import { DUTY_CODES, INSTITUTION_KINDS, UNIT_CODES } from '@xiaohu/domain';
import type { DutyCode, InstitutionKind, ResponsibilityMatrixQuery, UnitCode } from '../../../gql/graphql';

type Cell = ResponsibilityMatrixQuery['responsibilityMatrix'][number];

export interface MatrixRow {
  unit: UnitCode;
  duty: DutyCode;
  /** Per institution kind: why the unit holds the duty there, or null where it does not. */
  byKind: Record<InstitutionKind, { ruleId: string; clause: string } | null>;
}

export interface MatrixUnitGroup {
  unit: UnitCode;
  rows: MatrixRow[];
}

/**
 * Pivots the API's cells (duty × kind → units) into section 三's reading order: unit, then its duties,
 * then a column per institution kind. Ordering comes from the domain's code lists.
 */
export function toMatrixGroups(cells: readonly Cell[]): MatrixUnitGroup[] {
  const index = new Map<string, { ruleId: string; clause: string }>();
  for (const cell of cells) {
    for (const r of cell.responsibilities) {
      index.set(`${r.unit}|${cell.duty}|${cell.kind}`, { ruleId: r.ruleId, clause: r.clause });
    }
  }

  return UNIT_CODES.map((unit) => ({
    unit,
    rows: DUTY_CODES.flatMap((duty) => {
      const byKind = Object.fromEntries(
        INSTITUTION_KINDS.map((kind) => [kind, index.get(`${unit}|${duty}|${kind}`) ?? null]),
      ) as MatrixRow['byKind'];
      const applies = INSTITUTION_KINDS.some((kind) => byKind[kind] !== null);
      return applies ? [{ unit, duty, byKind }] : [];
    }),
  })).filter((group) => group.rows.length > 0);
}
