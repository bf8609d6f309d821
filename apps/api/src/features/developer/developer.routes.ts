import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { developerAccess } from '@xiaohu/domain';
import express, { type Express, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { findRepoRoot } from '../../config';
import { buildContext, type AppDependencies } from '../../context';
import { renderSchemaSdl } from '../../schema';
import { recordAudit } from '../../shared/audit/audit-log';
import { toAccessActor } from '../../shared/auth/actor';
import { jsonError } from '../../shared/http/workbook-response';
import { developerFactsOf } from './developer-facts';

/** CHANGELOG.md at the repository root (in the Docker image too: the image copies the repository). */
export function readChangelog(root: string = findRepoRoot()): string {
  const file = path.join(root, 'CHANGELOG.md');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/**
 * Issue 13: the developer page's material, for whoever developerAccess admits: the SDL of the running
 * schema (production turns introspection off; this is the published schema instead) and the changelog.
 * No data is in either; a refusal is still audited, like any refused request for a protected page.
 */
export function mountDeveloperRoutes(
  app: Express,
  dependencies: AppDependencies,
  schema: GraphQLSchema,
  log: (m: string, e?: unknown) => void = () => undefined,
): void {
  const sdl = renderSchemaSdl(schema);
  const router = express.Router();
  const serve = (name: string, type: string, body: () => string) =>
    router.get(`/${name}`, async (req: Request, res: Response) => {
      try {
        const context = await buildContext(dependencies, req, res);
        const actor = context.auth.actor;
        if (!actor) return jsonError(res, 401, 'UNAUTHENTICATED', 'Not signed in');
        const facts = await developerFactsOf(context.dataSource.manager, actor);
        const permit = developerAccess(toAccessActor(actor), facts);
        if (!permit.allowed) {
          await recordAudit(context.dataSource.manager, actor, context.clock.now(), {
            action: 'developer.read',
            outcome: 'FORBIDDEN',
            targetType: 'developer',
            targetId: name,
            details: { ruleId: permit.ruleId },
          });
          return jsonError(res, 403, 'FORBIDDEN', 'Not allowed', { ruleId: permit.ruleId });
        }
        res.type(type).send(body());
      } catch (error) {
        log('Developer page material failed', error);
        if (!res.headersSent) jsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      }
    });
  serve('schema.graphql', 'text/plain; charset=utf-8', () => sdl);
  serve('changelog.md', 'text/markdown; charset=utf-8', () => readChangelog());
  app.use('/api/developer', router);
}
