import { VOCABULARY_ZH_CN, TRAINING_TOPICS, type TrainingTopic } from '@xiaohu/domain';
import ExcelJS from 'exceljs';
import express, { type Express, type Request, type Response } from 'express';
import type { AppDependencies, RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { guardedRoute } from '../../shared/http/guarded-route';
import { jsonError, sendWorkbookHeaders, XLSX_TYPE } from '../../shared/http/workbook-response';
import { readQueryParam } from '../../shared/input/query-param';
import { chinaDateTime } from '../incidents/case-export.format';
import { EMPLOYMENT_LABELS, inertText, ROLE_LABELS } from '../staff/staff-roster.format';
import { ATTENDANCE_COLUMNS, importAttendance } from './attendance-import';
import { readTrainingCoverage, trainingCoverageOverview } from './training-coverage';

const UPLOAD_TYPES = [XLSX_TYPE, 'application/octet-stream'];

export const TOPIC_LABELS = VOCABULARY_ZH_CN.trainingTopic;

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** The sign-in sheet template: 姓名, 身份证号 (or its last four characters), 单位 (for district sessions). */
async function attendanceTemplate(_context: RequestContext, _req: Request, res: Response) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('签到表');
  sheet.columns = [
    { header: ATTENDANCE_COLUMNS.name, width: 14 },
    { header: `${ATTENDANCE_COLUMNS.idNumber}（可只填后四位）`, width: 24 },
    { header: `${ATTENDANCE_COLUMNS.institution}（区级培训必填）`, width: 28 },
  ];
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sendWorkbookHeaders(res, '培训签到表模板.xlsx');
  res.send(Buffer.from(await workbook.xlsx.writeBuffer()));
}

/**
 * PRV-5: the coverage as a workbook: with `institution`, that institution's figures and, for its head
 * only, the untrained by name (audited by readTrainingCoverage); without, the district overview (counts
 * only). One audit row per export.
 */
async function exportCoverage(context: RequestContext, req: Request, res: Response): Promise<void> {
  const topic = readQueryParam(req.query, 'topic');
  const institution = readQueryParam(req.query, 'institution', 'uuid');
  const schoolYear = readQueryParam(req.query, 'schoolYear');
  for (const read of [topic, institution, schoolYear])
    if (!read.ok) return jsonError(res, 400, 'BAD_USER_INPUT', read.message);
  const topicValue = topic.ok ? topic.value : null;
  if (!topicValue || !(TRAINING_TOPICS as readonly string[]).includes(topicValue))
    return jsonError(res, 400, 'BAD_USER_INPUT', 'topic must be a training topic');
  const yearText = schoolYear.ok ? schoolYear.value : null;
  const year = yearText ? Number(yearText) : null;
  if (yearText && !/^\d{4}$/.test(yearText))
    return jsonError(res, 400, 'BAD_USER_INPUT', 'schoolYear must be a year');
  const actor = context.auth.actor!;
  const now = context.clock.now();
  const institutionId = institution.ok ? institution.value : null;
  const workbook = new ExcelJS.Workbook();
  const label = TOPIC_LABELS[topicValue as TrainingTopic];
  let rows = 0;
  let names = false;
  try {
    if (institutionId) {
      const coverage = await readTrainingCoverage(context, institutionId, topicValue as TrainingTopic, year);
      if (!coverage) return jsonError(res, 404, 'NOT_FOUND', 'Not found');
      const sheet = workbook.addWorksheet('覆盖情况');
      sheet.addRow(['单位', inertText(coverage.institutionName)]);
      sheet.addRow(['培训主题', label]);
      sheet.addRow([
        '学年',
        `${chinaDateTime(coverage.schoolYearStart).slice(0, 10)} 至 ${chinaDateTime(new Date(coverage.schoolYearEnd.getTime() - 1)).slice(0, 10)}`,
      ]);
      sheet.addRow(['应训人数', coverage.audienceCount]);
      sheet.addRow(['已训人数', coverage.coveredCount]);
      sheet.addRow(['覆盖率', percent(coverage.share)]);
      rows = 1;
      if (coverage.untrained) {
        names = true;
        const list = workbook.addWorksheet('未培训人员');
        list.columns = [
          { header: '姓名', width: 14 },
          { header: '岗位', width: 18 },
          { header: '角色', width: 14 },
          { header: '用工形式', width: 12 },
        ];
        for (const m of coverage.untrained)
          list.addRow([
            inertText(m.name),
            inertText(m.post),
            ROLE_LABELS[m.role],
            EMPLOYMENT_LABELS[m.employmentType],
          ]);
        rows = coverage.untrained.length;
      }
    } else {
      const overview = await trainingCoverageOverview(context, topicValue as TrainingTopic, year);
      const sheet = workbook.addWorksheet('各单位覆盖情况');
      sheet.columns = [
        { header: '单位', width: 30 },
        { header: '应训人数', width: 10 },
        { header: '已训人数', width: 10 },
        { header: '覆盖率', width: 10 },
      ];
      for (const o of overview)
        sheet.addRow([inertText(o.institutionName), o.audienceCount, o.coveredCount, percent(o.share)]);
      rows = overview.length;
    }
  } catch (error) {
    if ((error as { extensions?: { code?: string } }).extensions?.code === 'BAD_USER_INPUT')
      return jsonError(res, 400, 'BAD_USER_INPUT', (error as Error).message);
    throw error;
  }
  await recordAudit(context.dataSource.manager, actor, now, {
    action: 'training.exportCoverage',
    outcome: 'OK',
    targetType: 'institution',
    targetId: institutionId,
    details: { topic: topicValue, schoolYear: year, rows, names },
  });
  sendWorkbookHeaders(res, `${label}覆盖情况-${chinaDateTime(now).slice(0, 10)}.xlsx`);
  res.send(Buffer.from(await workbook.xlsx.writeBuffer()));
}

/** REST routes of staff training at /api/training (mounted by server.ts), guarded by VIEW_TRAINING. */
export function mountTrainingRoutes(
  app: Express,
  dependencies: AppDependencies,
  log: (m: string, e?: unknown) => void,
) {
  const router = express.Router();
  router.get(
    '/attendance-template',
    guardedRoute(
      { action: 'training.attendanceTemplate', permission: 'VIEW_TRAINING', targetType: 'training_session' },
      dependencies,
      attendanceTemplate,
      log,
    ),
  );
  router.post(
    '/sessions/:id/attendance/import',
    express.raw({ type: UPLOAD_TYPES, limit: '5mb' }),
    guardedRoute(
      { action: 'training.importAttendance', permission: 'VIEW_TRAINING', targetType: 'training_session' },
      dependencies,
      async (context, req, res) => {
        if (!Buffer.isBuffer(req.body) || req.body.length === 0)
          return jsonError(res, 415, 'BAD_REQUEST', `Send the .xlsx bytes as ${XLSX_TYPE}`);
        const result = await importAttendance(context, String(req.params.id), req.body);
        if (result.ok) {
          const { ok: _ok, ...report } = result;
          res.status(200).json(report);
        } else jsonError(res, result.status, result.code, result.message);
      },
      log,
    ),
  );
  router.get(
    '/coverage/export',
    guardedRoute(
      { action: 'training.exportCoverage', permission: 'VIEW_TRAINING', targetType: 'institution' },
      dependencies,
      exportCoverage,
      log,
    ),
  );
  app.use('/api/training', router);
}
