import { existsSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

// The API emits its schema once it exists; until then the agreed contract stands in for it.
const apiSchema = '../api/schema.graphql';
const schema = existsSync(apiSchema) ? apiSchema : './schema.contract.graphql';

export const config: CodegenConfig = {
  schema,
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
