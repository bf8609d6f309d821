import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema as buildSdlSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { buildAppSchema, renderSchemaSdl } from './schema';

const apiDir = path.resolve(__dirname, '..');

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

it('the committed schema.graphql is exactly what the code emits (run `pnpm --filter @xiaohu/api emit-schema`)', () => {
  const committed = readFileSync(path.join(apiDir, 'schema.graphql'), 'utf8');
  expect(renderSchemaSdl(schema)).toBe(committed);
});

// The web app is built against the contract of issue 2: every name in it must exist, with the same type.
it('implements every name of the issue-2 contract with the same types', () => {
  const contract = buildSdlSchema(readFileSync(path.join(apiDir, 'test/contract-issue2.graphql'), 'utf8'));
  const problems: string[] = [];
  const describe = (type: GraphQLNamedType): string[] => {
    if (isObjectType(type) || isInterfaceType(type)) {
      return [
        ...Object.values(type.getFields()).flatMap((field) => [
          `${type.name}.${field.name}: ${String(field.type)}`,
          ...field.args.map(
            (arg) =>
              `${type.name}.${field.name}(${arg.name}: ${String(arg.type)} = ${JSON.stringify(arg.defaultValue)})`,
          ),
        ]),
        ...type.getInterfaces().map((i) => `${type.name} implements ${i.name}`),
      ];
    }
    if (isInputObjectType(type)) {
      return Object.values(type.getFields()).map(
        (field) => `${type.name}.${field.name}: ${String(field.type)}`,
      );
    }
    if (isEnumType(type)) return type.getValues().map((value) => `${type.name}.${value.name}`);
    if (isUnionType(type)) return type.getTypes().map((member) => `${type.name} | ${member.name}`);
    return [`scalar ${type.name}`];
  };
  for (const [name, wanted] of Object.entries(contract.getTypeMap())) {
    if (name.startsWith('__')) continue;
    const actual = schema.getType(name);
    if (!actual) {
      problems.push(`missing type ${name}`);
      continue;
    }
    const have = new Set(describe(actual));
    problems.push(
      ...describe(wanted)
        .filter((line) => !have.has(line))
        .map((line) => `missing ${line}`),
    );
  }
  expect(problems).toEqual([]);
});

it('every field and argument has a description', () => {
  const undocumented: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      type.name.startsWith('__') ||
      !(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))
    )
      continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.description) undocumented.push(`${type.name}.${field.name}`);
      if ('args' in field) {
        for (const arg of field.args)
          if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
  }
  expect(undocumented).toEqual([]);
});
