import { CombinedGraphQLErrors } from '@apollo/client';

/** Codes the API puts in `extensions.code` of a GraphQL error. */
export type GraphQLErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN';

export function hasErrorCode(error: unknown, code: GraphQLErrorCode): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === code);
}

export function isUnauthenticated(error: unknown): boolean {
  return hasErrorCode(error, 'UNAUTHENTICATED');
}

export function isForbidden(error: unknown): boolean {
  return hasErrorCode(error, 'FORBIDDEN');
}
