import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { RequestContext } from '../../context';
import { recordAudit } from '../audit/audit-log';
import { enforceDeclaredAccess } from '../auth/access';
import { cleanText, describeTextProblem, type TextKind, type TextProblem } from '../input/clean-text';
import { textKindOf } from '../input/text-fields';
import { ErrorCode, ValidationError } from './error-result';
import { badUserInputError } from './errors';

type Walked = { ok: true; value: unknown } | { ok: false; path: string; problem: TextProblem };

// The services name fields inside `input` without the argument's name ("childName"); so does this.
function fieldPath(path: readonly (string | number)[]): string {
  const parts = path[0] === 'input' && path.length > 1 ? path.slice(1) : path;
  return parts.join('.');
}

/** Walks one argument value along its input type, cleaning every String and ID. */
function walk(type: GraphQLInputType, value: unknown, path: (string | number)[], kind: TextKind): Walked {
  if (value === null || value === undefined) return { ok: true, value };
  if (isNonNullType(type)) return walk(type.ofType, value, path, kind);
  if (isListType(type)) {
    if (!Array.isArray(value)) return walk(type.ofType, value, path, kind);
    const items: unknown[] = [];
    for (const [index, item] of value.entries()) {
      const walked = walk(type.ofType, item, [...path, index], kind);
      if (!walked.ok) return walked;
      items.push(walked.value);
    }
    return { ok: true, value: items };
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    const cleaned: Record<string, unknown> = {};
    for (const [key, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[key];
      const walked = field
        ? walk(field.type, fieldValue, [...path, key], textKindOf(type.name, key))
        : { ok: true as const, value: fieldValue };
      if (!walked.ok) return walked;
      cleaned[key] = walked.value;
    }
    return { ok: true, value: cleaned };
  }
  if (typeof value === 'string' && isScalarType(type) && (type.name === 'String' || type.name === 'ID')) {
    const cleaned = cleanText(value, kind);
    return cleaned.ok
      ? { ok: true, value: cleaned.value }
      : { ok: false, path: fieldPath(path), problem: cleaned.problem };
  }
  return { ok: true, value };
}

function returnsValidationError(info: GraphQLResolveInfo): boolean {
  const type = getNullableType(info.returnType);
  return isUnionType(type) && type.getTypes().some((member) => member.name === ValidationError.name);
}

async function refuse(
  info: GraphQLResolveInfo,
  context: RequestContext,
  path: string,
  problem: TextProblem,
): Promise<ValidationError> {
  const { schema, parentType } = info;
  const isMutation = parentType === schema.getMutationType();
  // Who may call it is decided first: a stranger learns nothing from how their input is refused.
  if (isMutation || parentType === schema.getQueryType()) enforceDeclaredAccess(info.fieldName, context);
  const message = describeTextProblem(path, problem);
  if (isMutation) {
    // A refused change leaves its audit row like any other refusal; never the refused text itself.
    await recordAudit(context.dataSource.manager, context.auth.actor, context.clock.now(), {
      action: 'input.refused',
      outcome: ErrorCode.VALIDATION_FAILED,
      targetType: 'operation',
      targetId: info.fieldName,
      details: { field: path, textProblem: problem },
    });
    if (returnsValidationError(info)) return ValidationError.of(path, message, problem);
  }
  throw badUserInputError(message);
}

/** Whether a value of this input type can hold a String or an ID somewhere inside. */
function holdsText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'String' || named.name === 'ID';
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => holdsText(field.type, seen));
}

function cleaningResolver(
  field: GraphQLField<unknown, RequestContext>,
): GraphQLFieldResolver<unknown, RequestContext> {
  const resolve = field.resolve ?? defaultFieldResolver;
  const textArguments = field.args.filter((argument) => holdsText(argument.type));
  // Not async: a field whose text is clean must not pay for a promise.
  return (source, args, context, info) => {
    let cleaned = args;
    for (const argument of textArguments) {
      if (!(argument.name in args)) continue;
      const walked = walk(argument.type, args[argument.name], [argument.name], 'LINE');
      if (!walked.ok) return refuse(info, context, walked.path, walked.problem);
      if (cleaned === args) cleaned = { ...args };
      cleaned[argument.name] = walked.value;
    }
    return resolve(source, cleaned, context, info);
  };
}

/**
 * Every String and ID argument of every field, variables and inline values alike, is NFC-normalised
 * and checked (clean-text.ts) before any resolver sees it. A refusal is the operation's
 * ValidationError when its result union has one, otherwise BAD_USER_INPUT. Only the fields that take
 * text are wrapped, once, when the schema is built: the others run no code of this module.
 */
export function applyInputHygiene(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, RequestContext>[]) {
      if (field.args.some((argument) => holdsText(argument.type))) field.resolve = cleaningResolver(field);
    }
  }
  return schema;
}
