import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  validate,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
  type ValueNode,
} from 'graphql';

const PAGE_ARGUMENTS = new Set(['first', 'last']);

/**
 * The document with every `first`/`last` given by a variable written as the literal value of that
 * request (or the variable's default); null when no page size comes from a variable.
 */
export function withPageSizesOfRequest(
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>>,
): DocumentNode | null {
  const defaults = new Map<string, ValueNode>();
  visit(document, {
    VariableDefinition(node) {
      if (node.defaultValue) defaults.set(node.variable.name.value, node.defaultValue);
    },
  });
  let replaced = false;
  const result = visit(document, {
    Argument(node) {
      if (!PAGE_ARGUMENTS.has(node.name.value) || node.value.kind !== Kind.VARIABLE) return undefined;
      const name = node.value.name.value;
      const given = variables[name];
      const value: ValueNode | undefined = Number.isInteger(given)
        ? { kind: Kind.INT, value: String(given) }
        : given === undefined
          ? defaults.get(name)
          : undefined;
      if (!value) return undefined;
      replaced = true;
      return { ...node, value };
    },
  });
  return replaced ? result : null;
}

// Apollo keeps one parsed document per query text: what is learnt of it is kept with it.
const pageVariablesByDocument = new WeakMap<DocumentNode, readonly string[]>();
const verdictsByDocument = new WeakMap<DocumentNode, Map<string, string | null>>();
// Page sizes beyond the API's largest are refused when the resolver runs: priced, never remembered;
// and a document remembers a bounded number of verdicts.
const REMEMBERED_PAGE_SIZE = 100;
const REMEMBERED_VERDICTS = 256;

/** The variables that give a page size (`first: $n`) in the document. */
function pageVariables(document: DocumentNode): readonly string[] {
  let names = pageVariablesByDocument.get(document);
  if (!names) {
    const found = new Set<string>();
    visit(document, {
      Argument(node) {
        if (PAGE_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) {
          found.add(node.value.name.value);
        }
      },
    });
    names = [...found];
    pageVariablesByDocument.set(document, names);
  }
  return names;
}

/** The refusal of the limits for the document at these page sizes, or null. */
function refusalAt(
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>>,
  schema: GraphQLSchema,
  rules: readonly ValidationRule[],
): string | null {
  const priced = withPageSizesOfRequest(document, variables);
  if (!priced) return null;
  try {
    return validate(schema, priced, rules)[0]?.message ?? null;
  } catch (error) {
    // The armor's rules throw their refusal.
    if (!(error instanceof GraphQLError)) throw error;
    return error.message;
  }
}

/**
 * graphql-armor multiplies a list's cost by a literal `first` only: a page size sent as a variable
 * would cost one row whatever its value (fifteen aliased lists of 100 would pass). Once the operation is
 * known, this runs the same limits again on the document with the request's page sizes written in
 * (once per document and page sizes: the verdict is kept with Apollo's cached document).
 * A refusal is a 400 like the armor's own.
 */
export function pageSizeCostPlugin(rules: readonly ValidationRule[]): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          const names = pageVariables(document);
          if (names.length === 0) return;
          const variables = request.variables ?? {};
          const sizes = names.map((name) => variables[name]);
          const remembered = sizes.every(
            (size) =>
              size === undefined ||
              (Number.isInteger(size) && (size as number) >= 0 && (size as number) <= REMEMBERED_PAGE_SIZE),
          );
          let message: string | null;
          if (remembered) {
            let verdicts = verdictsByDocument.get(document);
            if (!verdicts) {
              verdicts = new Map();
              verdictsByDocument.set(document, verdicts);
            }
            const key = sizes.join(',');
            const known = verdicts.get(key);
            message = known === undefined ? refusalAt(document, variables, schema, rules) : known;
            if (known === undefined && verdicts.size < REMEMBERED_VERDICTS) verdicts.set(key, message);
          } else {
            message = refusalAt(document, variables, schema, rules);
          }
          if (message) {
            throw new GraphQLError(message, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
