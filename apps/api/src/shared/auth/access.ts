import type { GraphQLResolveInfo } from 'graphql';
import { createMethodMiddlewareDecorator, type MiddlewareFn } from 'type-graphql';
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
 * A root field without @Allow is refused by `requireDeclaredAccess`.
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

function isRootField(info: GraphQLResolveInfo): boolean {
  return info.parentType === info.schema.getQueryType() || info.parentType === info.schema.getMutationType();
}

/** Global middleware: fail closed for a root field that forgot to declare its access. */
export const requireDeclaredAccess: MiddlewareFn<RequestContext> = ({ info }, next) => {
  if (isRootField(info) && !declaredAccess.has(info.fieldName)) throw forbiddenError();
  return next();
};
