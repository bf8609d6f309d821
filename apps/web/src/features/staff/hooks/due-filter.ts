import { INSTITUTION_KINDS } from '@xiaohu/domain';
import type { DueCheckFilter, DueCheckKind, InstitutionKind, UnitCode } from '../../../gql/graphql';

export const DUE_KINDS: readonly DueCheckKind[] = ['RECHECK', 'REMINDER_INTERVIEW'];
// The sections that supervise in-service checks (ORG-1 / VET-9).
export const SUPERVISING: readonly UnitCode[] = ['PRESCHOOL', 'BASIC', 'VOCATIONAL'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * ?kind=&section=&institutionKind=&street=&institution=&overdue=1 (paths.staffDue) → the dueChecks filter;
 * unknown values are ignored. `kind` is the check's kind; the institution's is `institutionKind`.
 */
export function parseDueFilter(params: URLSearchParams): DueCheckFilter {
  const kind = params.get('kind') as DueCheckKind | null;
  const section = params.get('section') as UnitCode | null;
  const institutionKind = params.get('institutionKind') as InstitutionKind | null;
  const street = params.get('street')?.trim().slice(0, 40);
  const institution = params.get('institution');
  return {
    ...(kind && DUE_KINDS.includes(kind) ? { kind } : {}),
    ...(section && SUPERVISING.includes(section) ? { section } : {}),
    ...(institutionKind && (INSTITUTION_KINDS as readonly string[]).includes(institutionKind)
      ? { institutionKind }
      : {}),
    ...(street ? { street } : {}),
    ...(institution && UUID.test(institution) ? { institutionId: institution } : {}),
    ...(params.get('overdue') === '1' ? { isOverdue: true } : {}),
  };
}
