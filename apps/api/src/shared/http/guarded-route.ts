import type { Request, Response } from 'express';
import { buildContext, type AppDependencies, type RequestContext } from '../../context';
import { recordAudit } from '../audit/audit-log';
import { hasPermission, type Permission } from '../auth/permissions';
import { jsonError } from './workbook-response';

export type RouteHandler = (context: RequestContext, req: Request, res: Response) => Promise<void>;

/** What a REST route asks before its handler runs, and what a refusal's audit row says. */
export interface RouteGuard {
  /** The audit action, e.g. hazard.export. */
  action: string;
  /** The role permission, from the same table as /graphql. */
  permission: Permission;
  targetType: string;
}

/**
 * Same session cookie and permission table as /graphql: 401 without a session, 403 (with its audit row, like
 * a refused mutation) without the permission; unexpected errors answer 500 without details, or cut a
 * download already under way.
 */
export function guardedRoute(
  guard: RouteGuard,
  dependencies: AppDependencies,
  handler: RouteHandler,
  log: (m: string, e?: unknown) => void,
) {
  return async (req: Request, res: Response) => {
    try {
      const context = await buildContext(dependencies, req, res);
      const actor = context.auth.actor;
      if (!actor) return jsonError(res, 401, 'UNAUTHENTICATED', 'Not signed in');
      if (!hasPermission(actor.role, guard.permission)) {
        await recordAudit(context.dataSource.manager, actor, context.clock.now(), {
          action: guard.action,
          outcome: 'FORBIDDEN',
          targetType: guard.targetType,
        });
        return jsonError(res, 403, 'FORBIDDEN', 'Not allowed');
      }
      await handler(context, req, res);
    } catch (error) {
      log(`${guard.action} failed`, error);
      if (!res.headersSent) jsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.destroy();
    }
  };
}
