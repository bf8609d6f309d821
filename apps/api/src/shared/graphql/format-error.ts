import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { CLIENT_ERROR_CODES } from './errors';

const EXPOSED: ReadonlySet<string> = new Set(CLIENT_ERROR_CODES);

/**
 * Expected errors keep their code and message; everything else (a bug, SQL, a file path) becomes a
 * generic INTERNAL_SERVER_ERROR. The original goes to the server log only.
 */
export function createFormatError(log: (message: string, error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && EXPOSED.has(code)) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code },
      };
    }
    log('Unexpected GraphQL error', unwrapResolverError(error));
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
