import type { Scope } from '@xiaohu/domain';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** The domain's Scope as a SQL condition on an institution alias (ORG-1, ORG-3). */
export function whereInScope<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  scope: Scope,
): SelectQueryBuilder<T> {
  switch (scope.type) {
    case 'ALL':
      return query;
    case 'KINDS':
      if (scope.kinds.length === 0) return query.andWhere('FALSE');
      return query.andWhere(`${alias}.kind IN (:...scopeKinds)`, { scopeKinds: scope.kinds });
    case 'INSTITUTION':
      return query.andWhere(`${alias}.id = :scopeInstitutionId`, {
        scopeInstitutionId: scope.institutionId,
      });
  }
}
