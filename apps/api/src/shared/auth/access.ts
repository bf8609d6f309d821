import type { GraphQLSchema } from 'graphql';
import { createMethodMiddlewareDecorator } from 'type-graphql';
import type { RequestContext } from '../../context';
import { forbiddenError, unauthenticatedError } from '../graphql/errors';
import { hasPermission, type Permission } from './permissions';

/** Who may call an operation: anyone, any signed-in account, or holders of a permission. */
export type Access = 'PUBLIC' | 'SIGNED_IN' | Permission;

// Root field name -> declared access. Filled by @Allow at class definition time.
const declaredAccess = new Map<string, Access>();

export function declaredAccessOf(fieldName: string): Access | undefined {
  return declaredAccess.get(fieldName);
}

function check(access: Access, context: RequestContext): void {
  if (access === 'PUBLIC') return;
  if (!context.auth.actor) throw unauthenticatedError();
  if (access === 'SIGNED_IN') return;
  if (!hasPermission(context.auth.actor.role, access)) throw forbiddenError();
}

/** Throws as @Allow would for this root field: for checks that must not run before access is known. */
export function enforceDeclaredAccess(fieldName: string, context: RequestContext): void {
  const access = declaredAccess.get(fieldName);
  if (!access) throw forbiddenError();
  check(access, context);
}

/**
 * Declares who may call a Query or Mutation. The resolver method's name must be the field name.
 * A schema with a root field without @Allow refuses to build (`assertEveryRootFieldDeclared`).
 */
export function Allow(access: Access): MethodDecorator {
  const enforce = createMethodMiddlewareDecorator<RequestContext>(({ context }, next) => {
    check(access, context);
    return next();
  });
  return (target, propertyKey, descriptor) => {
    const name = String(propertyKey);
    if (declaredAccess.has(name) && declaredAccess.get(name) !== access) {
      throw new Error(`Operation ${name} declares access twice`);
    }
    declaredAccess.set(name, access);
    enforce(target, propertyKey, descriptor);
  };
}

/**
 * Fail closed for a root field that forgot to declare its access: checked once when the schema is built
 * (start-up fails), not per field and request. Each declared field enforces its access itself (@Allow).
 */
export function assertEveryRootFieldDeclared(schema: GraphQLSchema): void {
  const undeclared = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
    .flatMap((type) => (type ? Object.keys(type.getFields()) : []))
    .filter((name) => !declaredAccess.has(name));
  if (undeclared.length > 0) {
    throw new Error(`Root fields without @Allow (refused to start): ${undeclared.join(', ')}`);
  }
}
