import { mayReadIdNumbers } from '@xiaohu/domain';
import ExcelJS from 'exceljs';
import express, { type Express, type Request, type Response } from 'express';
import type { AppDependencies, RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { toAccessActor } from '../../shared/auth/actor';
import { guardedRoute } from '../../shared/http/guarded-route';
import { readQueryParam } from '../../shared/input/query-param';
import { InstitutionEntity } from '../institutions/institution.entity';
import { exportDueChecks } from './due-checks-export';
import { buildRosterTemplate } from './roster-template';
import { idNumberCipher } from './id-number';
import { IMPORT_QUEUE_FULL, importRoster } from './staff-import.service';
import { ImportRejectedError, StaffImportReport } from './staff.results';
import { staffInScope } from './staff-scope';
import {
  chinaDate,
  EMPLOYMENT_LABELS,
  inertText,
  ROLE_LABELS,
  ROSTER_COLUMNS,
  STATUS_LABELS,
} from './staff-roster.format';
import type { StaffMemberEntity } from './staff-member.entity';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// Only non-simple content types: a cross-site form cannot send them without a CORS preflight (CSRF).
const UPLOAD_TYPES = [XLSX_TYPE, 'application/octet-stream'];
const MAX_UPLOAD = '20mb';

function jsonError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

function sendWorkbookHeaders(res: Response, filename: string): void {
  res.setHeader('Content-Type', XLSX_TYPE);
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`);
  res.setHeader('Cache-Control', 'no-store');
}

async function exportRegister(context: RequestContext, req: Request, res: Response): Promise<void> {
  const actor = context.auth.actor!;
  // VET-2: full ID numbers for PERSONNEL only, and never a member's own (the domain's staff policy).
  const accessActor = toAccessActor(actor);
  const isPersonnel = mayReadIdNumbers(accessActor);
  const fullIdNumber = (s: StaffMemberEntity) => isPersonnel && s.id !== accessActor.staffId;
  // Refused before the first byte: once the workbook has started, a failure can only cut the download.
  const institutionIdParam = readQueryParam(req.query, 'institutionId', 'uuid');
  if (!institutionIdParam.ok) return jsonError(res, 400, 'BAD_USER_INPUT', institutionIdParam.message);
  const institutionId = institutionIdParam.value;
  const cipher = idNumberCipher(context.config);
  const names = new Map(
    (
      await context.dataSource.getRepository(InstitutionEntity).find({ select: { id: true, name: true } })
    ).map((i) => [i.id, i.name]),
  );
  sendWorkbookHeaders(res, `教职工名册-${chinaDate(context.clock.now())}.xlsx`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: res,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('教职工名册');
  sheet.columns = [
    { header: '单位', key: 'institution', width: 28 },
    ...ROSTER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width })),
    { header: '状态', key: 'status', width: 10 },
  ];
  let after: [string, string] | null = null;
  let count = 0;
  for (;;) {
    const query = staffInScope(context.dataSource.manager, actor, context.policy)
      .orderBy('staff.name', 'ASC')
      .addOrderBy('staff.id', 'ASC')
      .limit(2000);
    if (institutionId) query.andWhere('staff.institution_id = :institutionId', { institutionId });
    if (after)
      query.andWhere('(staff.name, staff.id) > (:afterName, :afterId)', {
        afterName: after[0],
        afterId: after[1],
      });
    const rows: StaffMemberEntity[] = await query.getMany();
    for (const s of rows) {
      sheet
        .addRow({
          institution: inertText(names.get(s.institutionId) ?? ''),
          name: inertText(s.name),
          idNumber: fullIdNumber(s) ? cipher.decrypt(s.idNumberCiphertext) : s.idNumberMasked,
          phone: inertText(s.phone),
          role: ROLE_LABELS[s.role],
          employmentType: EMPLOYMENT_LABELS[s.employmentType],
          post: inertText(s.post),
          hasStudentAccess: s.hasStudentAccess ? '是' : '否',
          startedAt: s.startedAt ? chinaDate(s.startedAt) : '',
          status: STATUS_LABELS[s.status],
        })
        .commit();
    }
    count += rows.length;
    if (rows.length < 2000) break;
    const last = rows[rows.length - 1];
    after = [last.name, last.id];
  }
  sheet.commit();
  await recordAudit(context.dataSource.manager, actor, context.clock.now(), {
    action: 'staff.export',
    targetType: 'institution',
    targetId: institutionId,
    outcome: 'OK',
    details: { rows: count, fullIdNumbers: isPersonnel },
  });
  await workbook.commit();
}

/** REST routes of the staff register at /api/staff (mounted by server.ts). Throws in production without XIAOHU_DATA_KEY. */
export function mountStaffRoutes(
  app: Express,
  dependencies: AppDependencies,
  log: (m: string, e?: unknown) => void = () => undefined,
): void {
  idNumberCipher(dependencies.config);
  const router = express.Router();
  router.get(
    '/import-template',
    guardedRoute(
      { action: 'staff.importTemplate', permission: 'MANAGE_STAFF', targetType: 'staff' },
      dependencies,
      async (_context, _req, res) => {
        sendWorkbookHeaders(res, '教职工花名册导入模板.xlsx');
        res.send(await buildRosterTemplate());
      },
      log,
    ),
  );
  router.post(
    '/import',
    express.raw({ type: UPLOAD_TYPES, limit: MAX_UPLOAD }),
    guardedRoute(
      { action: 'staff.import', permission: 'MANAGE_STAFF', targetType: 'staff' },
      dependencies,
      async (context, req, res) => {
        if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
          return jsonError(res, 415, 'BAD_REQUEST', `Send the .xlsx bytes as ${XLSX_TYPE}`);
        }
        const institutionId = readQueryParam(req.query, 'institutionId');
        if (!institutionId.ok) return jsonError(res, 400, 'BAD_USER_INPUT', institutionId.message);
        const result = await importRoster(context, institutionId.value, req.body);
        if (result instanceof StaffImportReport) {
          res.status(200).json({ __typename: 'StaffImportReport', ...result });
        } else if (result instanceof ImportRejectedError) {
          const isQueueFull = result.errors[0]?.code === IMPORT_QUEUE_FULL;
          if (isQueueFull) res.setHeader('Retry-After', '30');
          res.status(isQueueFull ? 429 : 422).json({ __typename: 'ImportRejectedError', ...result });
        } else {
          res.status(400).json({ __typename: 'ValidationError', ...result });
        }
      },
      log,
    ),
  );
  router.get(
    '/export',
    guardedRoute(
      { action: 'staff.export', permission: 'VIEW_STAFF', targetType: 'staff' },
      dependencies,
      exportRegister,
      log,
    ),
  );
  router.get(
    '/due-checks/export',
    guardedRoute(
      { action: 'staff.dueChecks.export', permission: 'VIEW_STAFF', targetType: 'staff' },
      dependencies,
      exportDueChecks,
      log,
    ),
  );
  app.use('/api/staff', router);
}
