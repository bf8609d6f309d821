import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, visit, type ConstDirectiveNode } from 'graphql';

/** Coordinates of every @deprecated in an SDL text, each with its reason (null when none is given). */
function deprecationsOf(sdl: string): { coordinate: string; reason: string | null }[] {
  const found: { coordinate: string; reason: string | null }[] = [];
  const names: string[] = [];
  const record = (name: string, directives: readonly ConstDirectiveNode[] | undefined) => {
    const deprecated = directives?.find((d) => d.name.value === 'deprecated');
    if (!deprecated) return;
    const reason = deprecated.arguments?.find((a) => a.name.value === 'reason')?.value;
    found.push({
      coordinate: [...names, name].join('.'),
      reason: reason?.kind === Kind.STRING && reason.value.trim() !== '' ? reason.value : null,
    });
  };
  const enter = (node: { name: { value: string } }) => void names.push(node.name.value);
  const leave = () => void names.pop();
  visit(parse(sdl), {
    ObjectTypeDefinition: { enter, leave },
    InterfaceTypeDefinition: { enter, leave },
    InputObjectTypeDefinition: { enter, leave },
    EnumTypeDefinition: { enter, leave },
    FieldDefinition: {
      enter(node) {
        record(node.name.value, node.directives);
        names.push(node.name.value);
      },
      leave,
    },
    InputValueDefinition: (node) => record(node.name.value, node.directives),
    EnumValueDefinition: (node) => record(node.name.value, node.directives),
  });
  return found;
}

describe('deprecations in schema.graphql (issue 13)', () => {
  const sdl = readFileSync(path.resolve(__dirname, '../schema.graphql'), 'utf8');

  it('every @deprecated field, argument, input field and enum value gives its reason', () => {
    expect(deprecationsOf(sdl).filter((d) => d.reason === null)).toEqual([]);
  });

  it('marks the superseded parts of the schema', () => {
    expect(deprecationsOf(sdl).map((d) => d.coordinate)).toEqual(
      expect.arrayContaining(['MyWork.home', 'VettingCheckKind.TEMPORARY_HIRE_CHECK']),
    );
  });

  it('finds a deprecation without a reason (printSchema drops graphql-js’s default one)', () => {
    const bare =
      'type Q { a: Int @deprecated b(x: Int @deprecated(reason: "")): Int } enum E { X @deprecated(reason: "Use Y.") Y }';
    expect(deprecationsOf(bare)).toEqual([
      { coordinate: 'Q.a', reason: null },
      { coordinate: 'Q.b.x', reason: null },
      { coordinate: 'E.X', reason: 'Use Y.' },
    ]);
  });
});
