// The examples of the developer page: code, the same in every language, built from the page's origin.

/** A first query an integrator can run with curl: the institutions its client may read. */
export function curlExample(origin: string): string {
  const body = JSON.stringify({
    query: '{ institutions(first: 5) { totalCount edges { node { id name kind } } } }',
  });
  return [
    `curl -s ${origin}/graphql \\`,
    `  -H 'Authorization: Bearer <token>' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '${body}'`,
  ].join('\n');
}

/** graphql-codegen (the versions the SPA itself uses) against the schema downloaded with the token. */
export function codegenExample(origin: string): string {
  return [
    '# 1. the schema, with your token',
    `curl -s ${origin}/api/developer/schema.graphql -H 'Authorization: Bearer <token>' -o schema.graphql`,
    '',
    '# 2. the generator',
    'npm install --save-dev @graphql-codegen/cli@7.4.3 @graphql-codegen/client-preset@5.1.1',
    '',
    '# 3. codegen.ts',
    "import type { CodegenConfig } from '@graphql-codegen/cli';",
    'const config: CodegenConfig = {',
    "  schema: 'schema.graphql',",
    "  documents: ['src/**/*.ts'],",
    "  generates: { './src/gql/': { preset: 'client' } },",
    '};',
    'export default config;',
    '',
    '# 4. generate, then write queries with graphql(`...`) from ./src/gql',
    'npx graphql-codegen --config codegen.ts',
  ].join('\n');
}
