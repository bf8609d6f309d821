import type { Plugin } from 'vite';

type Documents = Record<string, unknown>;

const CALL = /graphql\(\s*`([^`]*)`\s*\)/g;
const GQL_IMPORT = /^import \{ graphql \} from '(?:\.\.\/)+gql';$/m;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;

/** The generated export that holds a document's AST: `MeDocument`, `ViewerFieldsFragmentDoc`. */
export function documentExportName(source: string): string {
  const match = DEFINITION.exec(source);
  if (!match) throw new Error(`no named operation or fragment in a graphql() call: ${source.slice(0, 80)}`);
  return match[1] === 'fragment' ? `${match[2]}FragmentDoc` : `${match[2]}Document`;
}

/**
 * Replaces each `graphql(\`...\`)` call of a `*.graphql.ts` file with the document's AST as codegen
 * generated it (src/gql/graphql.ts), and drops the import of `graphql`. What the client preset's
 * babel/swc plugin does: without it, `graphql()` imports a map of every document of the app, one 22 KiB
 * gzip chunk that every page and the sign-in route load (first paint, issue 14). Now each feature's
 * chunk carries its own documents. Line breaks are kept so the source map's lines stay right.
 * Jest and the type checker still use the real `graphql()` (same documents, same types).
 */
export function inlineGraphqlDocuments(documents: Documents): Plugin {
  return {
    name: 'xiaohu-inline-graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.graphql\.ts$/.test(id.split('?')[0] ?? '')) return null;
      const inlined = code.replace(CALL, (call, source: string) => {
        const name = documentExportName(source);
        const document = documents[name];
        if (!document) throw new Error(`${id}: ${name} is not in src/gql/graphql.ts (run pnpm codegen)`);
        const lineBreaks = call.split('\n').length - 1;
        return `${JSON.stringify(document)}${'\n'.repeat(lineBreaks)}`;
      });
      if (inlined === code) return null;
      return { code: inlined.replace(GQL_IMPORT, ''), map: null };
    },
  };
}
