import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  validate,
  visit,
  type DocumentNode,
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

/**
 * graphql-armor multiplies a list's cost by a literal `first` only: a page size sent as a variable
 * would cost one row whatever its value (fifteen aliased lists of 100 would pass). Once the operation is
 * known, this runs the same limits again on the document with the request's page sizes written in.
 * A refusal is a 400 like the armor's own.
 */
export function pageSizeCostPlugin(rules: readonly ValidationRule[]): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          const priced = withPageSizesOfRequest(document, request.variables ?? {});
          if (!priced) return;
          let message: string | undefined;
          try {
            message = validate(schema, priced, rules)[0]?.message;
          } catch (error) {
            // The armor's rules throw their refusal.
            if (!(error instanceof GraphQLError)) throw error;
            message = error.message;
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
