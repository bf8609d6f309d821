import { caseListFilter, type AccessActor, type DistrictPolicy, type Scope } from '@xiaohu/domain';
import { Brackets, type SelectQueryBuilder } from 'typeorm';
import type { IncidentEntity } from './incident.entity';

/**
 * The domain's case list filter (caseListFilter: REP-7, REP-11, ORG-1) written as SQL on `incident`
 * (no join: an institution kind is a semi-join), so a page and its count come from the database.
 * Nothing here decides: each clause translates one field of the filter, and a property test holds the
 * SQL to caseAccess.
 */
export function whereCaseVisible(
  query: SelectQueryBuilder<IncidentEntity>,
  actor: AccessActor,
  policy: DistrictPolicy,
): SelectQueryBuilder<IncidentEntity> {
  const filter = caseListFilter(actor, policy);
  if (filter.isEmpty) return query.andWhere('FALSE');
  query.setParameters({
    caseSuspectAccount: filter.suspect.accountId,
    caseSuspectStaff: filter.suspect.staffId,
    caseConflictedHead: filter.conflictedHeadAccountId,
    caseConfidentialCategories: filter.confidentialCategories,
  });
  query.andWhere('incident.suspect_account_id IS DISTINCT FROM :caseSuspectAccount');
  if (filter.suspect.staffId !== null) {
    query.andWhere('incident.suspect_staff_id IS DISTINCT FROM :caseSuspectStaff');
  }
  query.andWhere(
    `(incident.head_account_id = :caseConflictedHead AND (incident.has_head_declared_conflict OR incident.suspect_account_id = incident.head_account_id)) IS NOT TRUE`,
  );
  return query.andWhere(
    new Brackets((visible) => {
      if (filter.needToKnow.type === 'ANY') visible.where('TRUE');
      else
        visible.where('(incident.reporter_account_id = :caseMe OR incident.head_account_id = :caseMe)', {
          caseMe: filter.needToKnow.accountId,
        });
      if (filter.summaryScope) {
        const scope = scopeCondition(filter.summaryScope);
        visible.orWhere(
          `(NOT (incident.category IN (:...caseConfidentialCategories) OR incident.is_marked_confidential) AND ${scope.sql})`,
          scope.parameters,
        );
      }
    }),
  );
}

function scopeCondition(scope: Scope): { sql: string; parameters: Record<string, unknown> } {
  switch (scope.type) {
    case 'ALL':
      return { sql: 'TRUE', parameters: {} };
    case 'KINDS':
      return scope.kinds.length === 0
        ? { sql: 'FALSE', parameters: {} }
        : {
            sql: 'incident.institution_id IN (SELECT scope_institution.id FROM institution scope_institution WHERE scope_institution.kind IN (:...caseScopeKinds))',
            parameters: { caseScopeKinds: scope.kinds },
          };
    case 'INSTITUTION':
      return {
        sql: 'incident.institution_id = :caseScopeInstitution',
        parameters: { caseScopeInstitution: scope.institutionId },
      };
  }
}
