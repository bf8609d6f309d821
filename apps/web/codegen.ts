import type { CodegenConfig } from '@graphql-codegen/cli';

export const config: CodegenConfig = {
  // The API emits its schema from the code and commits it: the one source of the client's types.
  schema: '../api/schema.graphql',
  documents: ['src/**/*.graphql.ts'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
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
