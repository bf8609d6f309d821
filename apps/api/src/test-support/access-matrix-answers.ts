import type { GraphQLResponse } from './graphql-test-client';

/** The role gate's answer to a probe, or null when it let the call through (the access matrices). */
export function denial(response: GraphQLResponse): 'UNAUTHENTICATED' | 'FORBIDDEN' | null {
  const code = response.body.errors?.[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return code;
  if (code) throw new Error(`Unexpected error: ${response.text}`);
  return null;
}

/** The result union member a probe got back. */
export const typename = (response: GraphQLResponse, field: string): string | undefined =>
  (response.body.data?.[field] as { __typename?: string } | null | undefined)?.__typename;
