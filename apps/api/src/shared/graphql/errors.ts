import { GraphQLError } from 'graphql';

/** The error codes a client may see in `extensions.code`; anything else is masked as INTERNAL_SERVER_ERROR. */
export const CLIENT_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_REQUIRED',
  'OPERATION_RESOLUTION_FAILURE',
] as const;

export function unauthenticatedError(): GraphQLError {
  return new GraphQLError('Not signed in', { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbiddenError(): GraphQLError {
  return new GraphQLError('Not allowed', { extensions: { code: 'FORBIDDEN' } });
}

export function badUserInputError(message = 'Invalid input'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** A record that does not exist or that the caller may not read: the same answer for both. */
export function notFoundError(): GraphQLError {
  return new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } });
}
