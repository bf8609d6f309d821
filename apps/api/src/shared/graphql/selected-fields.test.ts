import {
  Kind,
  parse,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { selectedFieldNames } from './selected-fields';

function infoOf(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const root = operation.selectionSet.selections[0];
  return { fieldNodes: [root], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectedFieldNames (issue 15: a list loads only what is asked)', () => {
  it('collects fields at every depth, through named and inline fragments, each fragment once', () => {
    const names = selectedFieldNames(
      infoOf(`query {
        cases(first: 10) { totalCount edges { node { ...Row ... on Case { timeline { kind } } } } }
      }
      fragment Row on Case { id reporter { displayName } ...Row }`),
    );
    expect([...names].sort()).toEqual(
      ['displayName', 'edges', 'id', 'kind', 'node', 'reporter', 'timeline', 'totalCount'].sort(),
    );
  });

  it('does not see fields outside the resolver’s own field', () => {
    const names = selectedFieldNames(infoOf(`query { cases { edges { node { id } } } }`));
    expect(names.has('timeline')).toBe(false);
    expect(names.has('id')).toBe(true);
  });
});
