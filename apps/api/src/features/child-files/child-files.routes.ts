import express, { type Express } from 'express';
import type { AppDependencies } from '../../context';
import { guardedRoute } from '../../shared/http/guarded-route';
import { jsonError, sendWorkbookHeaders, XLSX_TYPE } from '../../shared/http/workbook-response';
import { buildChildListTemplate, importChildList } from './child-list-import';

// Only non-simple content types: a cross-site form cannot send them without a CORS preflight (CSRF).
const UPLOAD_TYPES = [XLSX_TYPE, 'application/octet-stream'];

/** REST routes of watched children's files at /api/child-files (mounted by server.ts): the Excel import. */
export function mountChildFileRoutes(
  app: Express,
  dependencies: AppDependencies,
  log: (m: string, e?: unknown) => void = () => undefined,
): void {
  const router = express.Router();
  router.get(
    '/import-template',
    guardedRoute(
      { action: 'childFile.importTemplate', permission: 'VIEW_CHILD_FILES', targetType: 'child_file' },
      dependencies,
      async (_context, _req, res) => {
        sendWorkbookHeaders(res, '关爱儿童名单导入模板.xlsx');
        res.send(await buildChildListTemplate());
      },
      log,
    ),
  );
  router.post(
    '/import',
    express.raw({ type: UPLOAD_TYPES, limit: '5mb' }),
    guardedRoute(
      { action: 'childFile.import', permission: 'VIEW_CHILD_FILES', targetType: 'institution' },
      dependencies,
      async (context, req, res) => {
        if (!Buffer.isBuffer(req.body) || req.body.length === 0)
          return jsonError(res, 415, 'BAD_REQUEST', `Send the .xlsx bytes as ${XLSX_TYPE}`);
        const answer = await importChildList(context, req.body);
        res.status(answer.status).json(answer.body);
      },
      log,
    ),
  );
  app.use('/api/child-files', router);
}
