import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

export const config: CodegenConfig = {
  // The API emits its schema from the code and commits it: the one source of the client's types.
  schema: '../api/schema.graphql',
  documents: ['src/**/*.graphql.ts'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      // persisted-documents.json: the SPA's allow-list (hash -> document), read by the API, which refuses
      // any other document from the SPA in production; each document carries its hash in `__meta__`.
      // __typename is added here as Apollo Client adds it before sending, so that the stored document is
      // the one the client's cache expects (issue 13).
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: 'string', ID: 'string' },
        skipTypename: false,
        nonOptionalTypename: true,
      },
    },
  },
};

// graphql-codegen loads the config through its default export.
export default config;
