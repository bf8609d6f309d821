import type { CombinedGraphQLErrors } from '@apollo/client';

/** Codes the API puts in `extensions.code` of a GraphQL error. */
export type GraphQLErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN';

/**
 * Apollo's `CombinedGraphQLErrors.is`, by the brand Apollo puts on its errors: the error page and the
 * sign-in route use this without loading Apollo Client (first paint, issue 14).
 */
export function isCombinedGraphQLErrors(error: unknown): error is CombinedGraphQLErrors {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as Record<symbol, unknown>)[Symbol.for('apollo.error')] === 'CombinedGraphQLErrors'
  );
}

export function hasErrorCode(error: unknown, code: GraphQLErrorCode): boolean {
  return isCombinedGraphQLErrors(error) && error.errors.some((e) => e.extensions?.['code'] === code);
}

export function isUnauthenticated(error: unknown): boolean {
  return hasErrorCode(error, 'UNAUTHENTICATED');
}

export function isForbidden(error: unknown): boolean {
  return hasErrorCode(error, 'FORBIDDEN');
}
