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

/** Positional parameters of a hand-written statement ($1, $2, …). */
export class SqlParameters {
  readonly values: unknown[] = [];

  /** Adds a value and answers its placeholder. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The domain's Scope as a SQL condition on an institution alias, for hand-written statements; null for all. */
export function scopeCondition(scope: Scope, alias: string, parameters: SqlParameters): string | null {
  switch (scope.type) {
    case 'ALL':
      return null;
    case 'KINDS':
      if (scope.kinds.length === 0) return 'FALSE';
      return `${alias}.kind = ANY(${parameters.add(scope.kinds)}::varchar[])`;
    case 'INSTITUTION':
      return `${alias}.id = ${parameters.add(scope.institutionId)}::uuid`;
  }
}
