import ExcelJS from 'exceljs';
import express, { type Express, type Request, type Response } from 'express';
import type { AppDependencies, RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { guardedRoute } from '../../shared/http/guarded-route';
import { jsonError, sendWorkbookHeaders } from '../../shared/http/workbook-response';
import { chinaDateTime, KIND_ZH } from '../incidents/case-export.format';
import { inertText } from '../staff/staff-roster.format';
import { campaignInstitutions, isUuid, readCampaigns } from './inspection-queries';

const COLUMNS = [
  { header: '单位', key: 'institution', width: 32 },
  { header: '类别', key: 'kind', width: 14 },
  { header: '自查状态', key: 'state', width: 10 },
  { header: '提交时间', key: 'submittedAt', width: 18 },
];

/**
 * PRV-1: one campaign's completion as a workbook, the institutions the viewer reads (a head: her own)
 * with their self-inspections, as on the campaign's page. A campaign the viewer does not read is 404.
 * One audit row with the campaign and the count.
 */
export async function exportCampaign(context: RequestContext, req: Request, res: Response): Promise<void> {
  const actor = context.auth.actor!;
  const now = context.clock.now();
  const id = String(req.params.id ?? '');
  const manager = context.dataSource.manager;
  const [campaign] = isUuid(id) ? await readCampaigns(manager, actor, id) : [];
  if (!campaign) {
    await recordAudit(manager, actor, now, {
      action: 'inspectionCampaign.export',
      outcome: 'NOT_FOUND',
      targetType: 'inspection_campaign',
    });
    return jsonError(res, 404, 'NOT_FOUND', 'No such campaign');
  }
  const institutions = await campaignInstitutions(manager, actor, campaign.id);
  sendWorkbookHeaders(res, `排查完成情况-${chinaDateTime(now).slice(0, 10)}.xlsx`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: res,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('排查完成情况');
  sheet.columns = COLUMNS;
  sheet.addRow({ institution: inertText(campaign.name) }).commit();
  for (const row of institutions) {
    sheet
      .addRow({
        institution: inertText(row.institutionName),
        kind: KIND_ZH[row.institutionKind],
        state: row.submittedAt ? '已提交' : row.selfInspectionId ? '自查中' : '未开始',
        submittedAt: chinaDateTime(row.submittedAt),
      })
      .commit();
  }
  sheet.commit();
  await recordAudit(manager, actor, now, {
    action: 'inspectionCampaign.export',
    outcome: 'OK',
    targetType: 'inspection_campaign',
    targetId: campaign.id,
    details: { rows: institutions.length, submitted: campaign.selfInspectionsSubmitted },
  });
  await workbook.commit();
}

/** GET /api/inspection-campaigns/:id/export: same session and permission table as /graphql (VIEW_INSPECTIONS). */
export function mountCampaignRoutes(
  app: Express,
  dependencies: AppDependencies,
  log: (m: string, e?: unknown) => void,
) {
  const router = express.Router();
  router.get(
    '/:id/export',
    guardedRoute(
      {
        action: 'inspectionCampaign.export',
        permission: 'VIEW_INSPECTIONS',
        targetType: 'inspection_campaign',
      },
      dependencies,
      exportCampaign,
      log,
    ),
  );
  app.use('/api/inspection-campaigns', router);
}
