import type { InstitutionKind } from '@xiaohu/domain';
import type { InstitutionFacts } from './institution.type';

// The institution reads are the smallest and most frequent requests: hand-written statements, read as
// plain rows (no query builder, no entity hydration).

/** The columns every institution read selects, on the alias `i`. */
export const INSTITUTION_COLUMNS = 'i.id, i.name, i.kind, i.address, i.head_name, i.street';

export interface InstitutionRow {
  id: string;
  name: string;
  kind: InstitutionKind;
  address: string;
  head_name: string | null;
  street: string | null;
}

export function institutionFacts(row: InstitutionRow): InstitutionFacts {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    address: row.address,
    headName: row.head_name,
    street: row.street,
  };
}
