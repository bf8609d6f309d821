import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  Lexer,
  parse,
  print,
  Source,
  specifiedRules,
  TokenKind,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  visit,
} from 'graphql';
import { buildAppSchema } from '../../schema';
import { QUERY_LIMITS, queryArmor } from '../../server';
import { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';

// The query limits (server.ts QUERY_LIMITS) are chosen from what this file measures: every operation the
// SPA sends, as written with its fragments and with them inlined as an integrator would paste it, must
// pass; the abuse set the limits exist for must be refused with a 400 that says which limit.

const webSource = path.resolve(__dirname, '../../../../web/src');

/** Every GraphQL document the SPA's codegen reads (apps/web/codegen.ts: src/**\/*.graphql.ts). */
function spaDocuments(): string[] {
  const files = readdirSync(webSource, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.graphql.ts'),
  );
  return files.flatMap((file) =>
    [...readFileSync(path.join(webSource, file), 'utf8').matchAll(/graphql\(`([^`]*)`\)/g)].map(
      (match) => match[1],
    ),
  );
}

interface SpaOperations {
  operations: OperationDefinitionNode[];
  fragments: Map<string, FragmentDefinitionNode>;
}

function spaOperations(): SpaOperations {
  const definitions = spaDocuments().flatMap((text) => parse(text).definitions);
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  return { operations, fragments };
}

/** The operation with the fragments it spreads, transitively: what the SPA sends. */
function withFragments(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>) {
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment) throw new Error(`Unknown fragment ${name}`);
        if (!used.has(name)) {
          used.set(name, fragment);
          collect(fragment.selectionSet);
        }
      } else {
        collect(selection.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] } as DocumentNode;
}

type Inlining = 'inline-fragments' | 'pasted';

/**
 * The operation with every fragment spread replaced: by an inline fragment (`... on T { … }`), or
 * ("pasted") by the fragment's fields themselves where its type is the parent's, as a person copying
 * the SPA's query into their own would write it.
 */
function inlined(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  how: Inlining,
): DocumentNode {
  const inlineSet = (set: SelectionSetNode, parent: GraphQLNamedType): SelectionSetNode => ({
    ...set,
    selections: set.selections.flatMap((selection) => inlineSelection(selection, parent)),
  });
  const inlineSelection = (selection: SelectionNode, parent: GraphQLNamedType): SelectionNode[] => {
    if (selection.kind === Kind.FIELD) {
      if (!selection.selectionSet) return [selection];
      if (!isObjectType(parent) && !isInterfaceType(parent)) throw new Error(`${parent.name} has no fields`);
      const field = parent.getFields()[selection.name.value];
      return [{ ...selection, selectionSet: inlineSet(selection.selectionSet, getNamedType(field.type)) }];
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
      if (!type) throw new Error('Unknown type condition');
      return [{ ...selection, selectionSet: inlineSet(selection.selectionSet, type) }];
    }
    const fragment = fragments.get(selection.name.value);
    if (!fragment) throw new Error(`Unknown fragment ${selection.name.value}`);
    const type = schema.getType(fragment.typeCondition.name.value);
    if (!type || !isCompositeType(type)) throw new Error(`Unknown type ${fragment.typeCondition.name.value}`);
    const selectionSet = inlineSet(fragment.selectionSet, type);
    if (how === 'pasted' && type.name === parent.name) return [...selectionSet.selections];
    return [
      { kind: Kind.INLINE_FRAGMENT, typeCondition: fragment.typeCondition, selectionSet, directives: [] },
    ];
  };
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) throw new Error('No root type');
  return {
    kind: Kind.DOCUMENT,
    definitions: [{ ...operation, selectionSet: inlineSet(operation.selectionSet, root) }],
  };
}

/** The largest page the API serves (shared/graphql/connection.ts pageSize). */
const LARGEST_PAGE = 100;

/**
 * The operation with its page sizes written as literals (`first: 100`) instead of variables, as an
 * integrator copying the query with its values would: graphql-armor multiplies a list's cost by a
 * literal `first`, never by a variable.
 */
function withLiteralPageSizes(document: DocumentNode): DocumentNode {
  const replaced = visit(document, {
    Argument(node) {
      if ((node.name.value === 'first' || node.name.value === 'last') && node.value.kind === Kind.VARIABLE) {
        return { ...node, value: { kind: Kind.INT, value: String(LARGEST_PAGE) } };
      }
      return undefined;
    },
  });
  const used = new Set<string>();
  visit(replaced, {
    OperationDefinition: { leave: () => undefined },
    Variable(node) {
      used.add(node.name.value);
    },
    VariableDefinition() {
      return false;
    },
  });
  return visit(replaced, {
    VariableDefinition(node) {
      return used.has(node.variable.name.value) ? undefined : null;
    },
  });
}

function tokenCount(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

interface Measured {
  name: string;
  errors: string[];
  cost: number;
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
}

/** Validation as the server runs it: graphql-js's rules and the armor's, with the server's limits. */
function measure(schema: GraphQLSchema, name: string, document: DocumentNode): Measured {
  const text = print(document);
  const measured: Measured = { name, errors: [], cost: 0, depth: 0, aliases: 0, directives: 0, tokens: 0 };
  measured.tokens = tokenCount(text);
  const armor = queryArmor({
    cost: (n) => (measured.cost = Math.max(measured.cost, n)),
    depth: (n) => (measured.depth = Math.max(measured.depth, n)),
    aliases: (n) => (measured.aliases = Math.max(measured.aliases, n)),
    directives: (n) => (measured.directives = Math.max(measured.directives, n)),
  });
  try {
    const parsed = parse(text, { maxTokens: QUERY_LIMITS.maxTokens });
    measured.errors = validate(schema, parsed, [...specifiedRules, ...armor.validationRules]).map(
      (error) => error.message,
    );
  } catch (error) {
    // The armor's rules throw their refusal (Apollo answers it as a 400).
    measured.errors = [(error as Error).message];
  }
  return measured;
}

let schema: GraphQLSchema;
let app: TestApp;
beforeAll(async () => {
  schema = await buildAppSchema();
  app = await startTestApp();
});
afterAll(() => app.close());

describe('every operation of the SPA passes the query limits, with its fragments or inlined', () => {
  it('finds the SPA’s operations', () => {
    const { operations, fragments } = spaOperations();
    expect(operations.length).toBeGreaterThanOrEqual(50);
    expect(fragments.size).toBeGreaterThanOrEqual(5);
  });

  it('passes as written, with inline fragments and pasted, and prints the largest measures', () => {
    const { operations, fragments } = spaOperations();
    const results: Measured[] = [];
    for (const operation of operations) {
      const name = operation.name?.value ?? '(anonymous)';
      const variants: [string, DocumentNode][] = [
        ['fragments', withFragments(operation, fragments)],
        ['inline fragments', inlined(schema, operation, fragments, 'inline-fragments')],
        ['pasted', inlined(schema, operation, fragments, 'pasted')],
      ];
      for (const [how, document] of variants) {
        results.push(measure(schema, `${name} (${how})`, document));
        results.push(
          measure(schema, `${name} (${how}, first: ${LARGEST_PAGE})`, withLiteralPageSizes(document)),
        );
      }
    }
    const refused = results.filter((result) => result.errors.length > 0);
    expect(refused.map((result) => `${result.name}: ${result.errors.join('; ')}`)).toEqual([]);

    const largest = (key: 'cost' | 'depth' | 'aliases' | 'directives' | 'tokens') =>
      results.reduce((max, result) => (result[key] > max[key] ? result : max));
    const report = (['cost', 'depth', 'aliases', 'directives', 'tokens'] as const).map((key) => {
      const top = largest(key);
      return `${key}: ${top[key]} of ${limitOf(key)} (${top.name})`;
    });
    console.log(`The SPA's ${operations.length} operations, largest measures:\n  ${report.join('\n  ')}`);
    // Headroom for the SPA to grow before a limit needs raising (see docs/ARCHITECTURE.md).
    expect(largest('cost').cost * 1.5).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
    expect(largest('tokens').tokens * 1.5).toBeLessThanOrEqual(QUERY_LIMITS.maxTokens);
  });
});

function limitOf(key: 'cost' | 'depth' | 'aliases' | 'directives' | 'tokens'): number {
  const limits = {
    cost: QUERY_LIMITS.maxCost,
    depth: QUERY_LIMITS.maxDepth,
    aliases: QUERY_LIMITS.maxAliases,
    directives: QUERY_LIMITS.maxDirectives,
    tokens: QUERY_LIMITS.maxTokens,
  };
  return limits[key];
}

// What the limits exist for (docs/ARCHITECTURE.md, "Query limits"). Each must be refused before execution.
const list100 = `institutions(first: 100) { edges { node { id name duties { duty responsibilities { unit ruleId clause } } } } }`;
const ABUSE: { name: string; query: string; variables?: Record<string, unknown>; refusedBy: RegExp }[] = [
  {
    name: 'deep nesting',
    query: `{ me { institution { duties { responsibilities { ${'a { '.repeat(8)}b${' }'.repeat(8)} } } } } }`,
    refusedBy: /depth limit of 8 exceeded/,
  },
  {
    name: 'alias flooding',
    query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: me { id }`).join(' ')} }`,
    refusedBy: /Aliases limit of 15 exceeded/,
  },
  {
    name: 'huge lists × nested lists',
    query: `{ ${Array.from({ length: 10 }, (_, i) => `l${i}: ${list100}`).join(' ')} }`,
    refusedBy: /Cost limit of 30000 exceeded/,
  },
  {
    // armor prices a variable page size as one row: the server prices it again with the request's value.
    name: 'huge lists × nested lists, the page size in a variable',
    query: `query Lists($n: Int) { ${Array.from({ length: 10 }, (_, i) => `l${i}: ${list100.replace('first: 100', 'first: $n')}`).join(' ')} }`,
    variables: { n: 100 },
    refusedBy: /Cost limit of 30000 exceeded/,
  },
  {
    name: 'directive flooding',
    query: `{ me { ${Array.from({ length: 50 }, () => 'id @skip(if: false)').join(' ')} } }`,
    refusedBy: /Directives limit of 20 exceeded/,
  },
  {
    name: 'token flooding',
    query: `{ me { ${Array.from({ length: 2100 }, () => 'id').join(' ')} } }`,
    // graphql-js spells it "more that".
    refusedBy: /contains more tha[nt] 2000 tokens/,
  },
  {
    // Under the token limit, but quadratic work for field merging: graphql-js's own budget stops it.
    name: 'one field repeated',
    query: `{ me { ${Array.from({ length: 1100 }, () => 'id').join(' ')} } }`,
    refusedBy: /Validation aborted/,
  },
];

it('a page size in a variable is priced with its value, and the SPA’s own pages pass', async () => {
  const client = await app.signedIn('basic');
  const lists = Array.from({ length: 6 }, (_, i) => `l${i}: ${list100.replace('first: 100', 'first: $n')}`);
  const query = `query Lists($n: Int) { ${lists.join(' ')} }`;
  const small = await client.request(query, { n: 2 });
  expect(small.status).toBe(200);
  expect(small.body.errors).toBeUndefined();
  const refused = await client.request(query, { n: 100 });
  expect(refused.status).toBe(400);
  expect(refused.body.errors?.[0]?.message).toMatch(/Cost limit of 30000 exceeded, found 36581.25/);
  expect(GraphQLTestClient.errorCode(refused)).toBe('GRAPHQL_VALIDATION_FAILED');
});

describe('the abuse set is refused with a clear 400, never a 500', () => {
  it.each(ABUSE)('$name', async ({ query, variables, refusedBy }) => {
    const response = await (await app.signedIn('basic')).request(query, variables);
    // The refusal names the measure ("… exceeded, found 60968.75"): the abuse's own figure.
    console.log(`abuse: ${query.slice(0, 50)}… → ${response.status} ${response.body.errors?.[0]?.message}`);
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors?.[0]?.message).toMatch(refusedBy);
    expect(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']).toContain(
      GraphQLTestClient.errorCode(response),
    );
  });
});
