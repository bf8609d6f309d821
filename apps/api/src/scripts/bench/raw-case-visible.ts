import { caseListFilter } from '@xiaohu/domain';
import { toAccessActor } from '../../shared/auth/actor';
import { scopeCondition, type Parameters, type RawRequest } from './raw-sql';

// The case list's visibility as hand-written SQL, shared by the raw case and oversight statements.

/**
 * REP-7, REP-11, ORG-1: the domain's caseListFilter as SQL on `i` (incident) and `inst` (institution).
 * `part` FULL gives the need-to-know part alone (the audit of case(id) says which part admitted it).
 */
export function caseVisible(request: RawRequest, params: Parameters, part: 'ANY' | 'FULL' = 'ANY'): string {
  const filter = caseListFilter(toAccessActor(request.actor), request.policy);
  if (filter.isEmpty) return 'FALSE';
  const clauses = [`i.suspect_account_id IS DISTINCT FROM ${params.add(filter.suspect.accountId)}::uuid`];
  if (filter.suspect.staffId !== null)
    clauses.push(`i.suspect_staff_id IS DISTINCT FROM ${params.add(filter.suspect.staffId)}::uuid`);
  const head = params.add(filter.conflictedHeadAccountId);
  clauses.push(
    `(i.head_account_id = ${head}::uuid AND (i.has_head_declared_conflict OR i.suspect_account_id = i.head_account_id)) IS NOT TRUE`,
  );
  const needToKnow =
    filter.needToKnow.type === 'ANY'
      ? 'TRUE'
      : `(i.reporter_account_id = ${params.add(filter.needToKnow.accountId)}::uuid OR i.head_account_id = $${params.values.length}::uuid)`;
  const summary =
    part === 'ANY' && filter.summaryScope
      ? ` OR (NOT (i.category = ANY(${params.add(filter.confidentialCategories)}::text[]) OR i.is_marked_confidential) AND ${scopeCondition(filter.summaryScope, params, 'i.institution_id', 'inst.kind')})`
      : '';
  clauses.push(`(${needToKnow}${summary})`);
  return clauses.join(' AND ');
}
