import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from '../config';
import { buildAppSchema, renderSchemaSdl } from '../schema';

// Writes apps/api/schema.graphql, the artifact the web's codegen reads and CI compares.
buildAppSchema()
  .then((schema) => {
    const file = path.join(findRepoRoot(), 'apps/api/schema.graphql');
    writeFileSync(file, renderSchemaSdl(schema));
    console.log(`Wrote ${file}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
