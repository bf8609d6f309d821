import { assessmentAccess, assessmentPeriodsAccess, VOCABULARY_ZH_CN } from '@xiaohu/domain';
import ExcelJS from 'exceljs';
import express, { type Express, type Request, type Response } from 'express';
import { buildContext, type AppDependencies, type RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { toAccessActor, type SignedInActor } from '../../shared/auth/actor';
import { hasPermission } from '../../shared/auth/permissions';
import { chinaDate, inertText } from '../staff/staff-roster.format';
import { policyFacts } from './assessment-facts';
import { isUuid, loadPeriodRows, loadReadableAssessment, readPeriods } from './assessment-queries.service';
import { buildCircularDocx, circularTitle } from './circular-docx';
import { circularNumberOf } from './circular-number';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const VETO_LABELS = VOCABULARY_ZH_CN.vetoStatus;
const KIND_LABELS = VOCABULARY_ZH_CN.institutionKind;

type Handler = (context: RequestContext, actor: SignedInActor, req: Request, res: Response) => Promise<void>;

function jsonError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

function attachment(res: Response, type: string, filename: string): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`);
  res.setHeader('Cache-Control', 'no-store');
}

/** Same session and permission table as /graphql; every answer, refusals included, leaves one audit row. */
function guarded(
  action: string,
  dependencies: AppDependencies,
  handler: Handler,
  log: (m: string, e?: unknown) => void,
) {
  return async (req: Request, res: Response) => {
    try {
      const context = await buildContext(dependencies, req, res);
      const actor = context.auth.actor;
      if (!actor) return jsonError(res, 401, 'UNAUTHENTICATED', 'Not signed in');
      if (!hasPermission(actor.role, 'VIEW_ASSESSMENTS')) {
        await audit(context, actor, action, 'FORBIDDEN', String(req.params.id).slice(0, 64));
        return jsonError(res, 403, 'FORBIDDEN', 'Not allowed');
      }
      await handler(context, actor, req, res);
    } catch (error) {
      log('Assessment route failed', error);
      if (!res.headersSent) jsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.destroy();
    }
  };
}

function audit(
  context: RequestContext,
  actor: SignedInActor,
  action: string,
  outcome: string,
  targetId: string | null,
  details: Record<string, unknown> | null = null,
) {
  const targetType = action === 'assessment.export' ? 'assessmentPeriod' : 'assessmentSanction';
  return recordAudit(context.dataSource.manager, actor, context.clock.now(), {
    action,
    outcome,
    targetType,
    targetId,
    details,
  });
}

type SanctionSql = {
  id: string;
  assessment_id: string;
  sanction: string;
  decided_at: Date;
  circular_year: number | null;
  circular_number: number | null;
};

/** ACC-2: the circular 通报 of a sanction as .docx, for the office to print and seal. */
async function downloadCircular(context: RequestContext, actor: SignedInActor, req: Request, res: Response) {
  const action = 'assessment.downloadCircular';
  const id = String(req.params.id);
  const manager = context.dataSource.manager;
  const [sanction]: SanctionSql[] = isUuid(id)
    ? await manager.query("SELECT * FROM assessment_sanction WHERE id = $1 AND sanction = 'CIRCULAR'", [id])
    : [];
  const loaded = sanction && (await loadReadableAssessment(context, manager, actor, sanction.assessment_id));
  if (!sanction || !loaded) {
    await audit(context, actor, action, 'NOT_FOUND', id.slice(0, 64));
    return jsonError(res, 404, 'NOT_FOUND', 'No such circular');
  }
  const permit = assessmentAccess(
    policyFacts(loaded),
    toAccessActor(actor),
    context.clock.now(),
    context.policy,
  ).can.downloadCircular;
  if (!permit.allowed) {
    await audit(context, actor, action, 'FORBIDDEN', id, { ruleId: permit.ruleId });
    return jsonError(res, 403, 'FORBIDDEN', 'Not allowed');
  }
  const [period] = await readPeriods(manager, actor, loaded.periodId);
  const findings: { text: string }[] = await manager.query(
    'SELECT text FROM assessment_finding WHERE assessment_id = $1 AND recorded_at <= $2 ORDER BY recorded_at, id',
    [loaded.id, sanction.decided_at],
  );
  const number = circularNumberOf({
    circularYear: sanction.circular_year,
    circularNumber: sanction.circular_number,
  })!;
  const buffer = await buildCircularDocx({
    number,
    institutionName: loaded.institutionName,
    periodName: period.name,
    findings: findings.map((f) => f.text),
    isVetoConfirmed: loaded.vetoStatus === 'CONFIRMED',
    issuedAt: sanction.decided_at,
    timeZone: context.policy.timeZone,
  });
  // The document is complete in memory before its audit row, which is written before the first byte.
  await audit(context, actor, action, 'OK', id, { assessmentId: loaded.id, number });
  attachment(res, DOCX_TYPE, `${circularTitle(loaded.institutionName)}.docx`);
  res.send(buffer);
}

/** ACC-1: a period's table as Excel: institution, kind, score, veto, eligibility. */
async function exportPeriod(context: RequestContext, actor: SignedInActor, req: Request, res: Response) {
  const action = 'assessment.export';
  const id = String(req.params.id);
  const permit = assessmentPeriodsAccess(toAccessActor(actor)).canExport;
  if (!permit.allowed) {
    await audit(context, actor, action, 'FORBIDDEN', id.slice(0, 64), { ruleId: permit.ruleId });
    return jsonError(res, 403, 'FORBIDDEN', 'Not allowed');
  }
  const manager = context.dataSource.manager;
  const [period] = isUuid(id) ? await readPeriods(manager, actor, id) : [];
  if (!period) {
    await audit(context, actor, action, 'NOT_FOUND', id.slice(0, 64));
    return jsonError(res, 404, 'NOT_FOUND', 'No such period');
  }
  const rows = await loadPeriodRows(manager, actor, context, id);
  attachment(res, XLSX_TYPE, `${period.name}-${chinaDate(context.clock.now())}.xlsx`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: res,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('考核结果');
  sheet.columns = [
    { header: '单位', key: 'institution', width: 32 },
    { header: '类别', key: 'kind', width: 12 },
    { header: '得分', key: 'score', width: 8 },
    { header: '一票否决', key: 'veto', width: 18 },
    { header: '评优评先资格', key: 'eligible', width: 14 },
  ];
  for (const row of rows) {
    sheet
      .addRow({
        institution: inertText(row.institutionName),
        kind: KIND_LABELS[row.institutionKind],
        score: row.score,
        veto: VETO_LABELS[row.vetoStatus],
        eligible: row.isEligibleForAwards ? '有' : '无',
      })
      .commit();
  }
  sheet.commit();
  // Like the staff and case exports: the row is written once every row is in, before the file's end.
  await audit(context, actor, action, 'OK', id, { rows: rows.length });
  await workbook.commit();
}

/** REST routes of the assessment at /api/assessments (mounted by server.ts). */
export function mountAssessmentRoutes(
  app: Express,
  dependencies: AppDependencies,
  log: (m: string, e?: unknown) => void = () => undefined,
): void {
  const router = express.Router();
  router.get(
    '/sanctions/:id/circular',
    guarded('assessment.downloadCircular', dependencies, downloadCircular, log),
  );
  router.get('/periods/:id/export', guarded('assessment.export', dependencies, exportPeriod, log));
  app.use('/api/assessments', router);
}
