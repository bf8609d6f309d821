import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { isAnnounced } from './changelog';

/** One change between the base schema and this one, as graphql-inspector classifies it. */
export interface SchemaChange {
  level: 'BREAKING' | 'DANGEROUS' | 'NON_BREAKING';
  /** The schema coordinate, e.g. Query.cases or Query.cases.filter; the type name for a type. */
  path: string;
  message: string;
  /** A breaking change listed under "## Unreleased" → "### Breaking" of CHANGELOG.md. */
  isAnnounced: boolean;
}

export interface SchemaComparison {
  changes: SchemaChange[];
  /** Breaking changes that CHANGELOG.md does not announce: the check fails on any. */
  unannounced: SchemaChange[];
}

const LEVELS: Record<CriticalityLevel, SchemaChange['level']> = {
  [CriticalityLevel.Breaking]: 'BREAKING',
  [CriticalityLevel.Dangerous]: 'DANGEROUS',
  [CriticalityLevel.NonBreaking]: 'NON_BREAKING',
};

function toChange(change: Change, announced: readonly string[]): SchemaChange {
  const level = LEVELS[change.criticality.level];
  const path = change.path ?? '';
  return {
    level,
    path,
    message: change.message,
    isAnnounced: level === 'BREAKING' && path !== '' && isAnnounced(path, announced),
  };
}

/**
 * Compares two SDL texts with @graphql-inspector/core: every change with its level, and the breaking
 * ones that are not announced. Adding a field, an optional argument or a deprecation is not breaking;
 * removing or retyping a field, an argument, an enum value or a type is.
 */
export async function compareSchemas(
  baseSdl: string,
  currentSdl: string,
  announced: readonly string[],
): Promise<SchemaComparison> {
  const changes = (await diff(buildSchema(baseSdl), buildSchema(currentSdl))).map((change) =>
    toChange(change, announced),
  );
  return {
    changes,
    unannounced: changes.filter((change) => change.level === 'BREAKING' && !change.isAnnounced),
  };
}
