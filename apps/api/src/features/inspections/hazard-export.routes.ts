import {
  VOCABULARY_ZH_CN,
  HAZARD_STATUSES,
  INSTITUTION_KINDS,
  SUPERVISING_SECTIONS,
  type HazardStatus,
  type InstitutionKind,
  type SupervisingSection,
  parseCalendarDate,
  periodRange,
  type DistrictPolicy,
  type PeriodRange,
} from '@xiaohu/domain';
import ExcelJS from 'exceljs';
import express, { type Express, type Request, type Response } from 'express';
import type { AppDependencies, RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { guardedRoute } from '../../shared/http/guarded-route';
import { jsonError, sendWorkbookHeaders } from '../../shared/http/workbook-response';
import { readQueryParam } from '../../shared/input/query-param';
import { STREET_MAX_LENGTH } from '../incidents/case-filter-conditions';
import { chinaDateTime } from '../incidents/case-export.format';
import { inertText } from '../staff/staff-roster.format';
import { listHazards } from './hazard-queries';
import type { HazardFilter } from './inspections.inputs';

const STATUS_LABELS = VOCABULARY_ZH_CN.hazardStatus;
const COLUMNS = [
  { header: '单位', key: 'institution', width: 28 },
  { header: '检查项', key: 'item', width: 40 },
  { header: '依据', key: 'ruleId', width: 8 },
  { header: '隐患描述', key: 'description', width: 40 },
  { header: '发现时间', key: 'foundAt', width: 18 },
  { header: '责任人', key: 'owner', width: 12 },
  { header: '整改期限', key: 'dueAt', width: 18 },
  { header: '状态', key: 'status', width: 10 },
  { header: '整改完成', key: 'rectifiedAt', width: 18 },
];

/** The hazard list's filter from the query string (the page's own parameters), or why not. */
function readFilter(
  req: Request,
  policy: DistrictPolicy,
): { ok: true; filter: HazardFilter } | { ok: false; message: string } {
  const institutionId = readQueryParam(req.query, 'institution', 'uuid');
  const campaignId = readQueryParam(req.query, 'campaign', 'uuid');
  const status = readQueryParam(req.query, 'status');
  const section = readQueryParam(req.query, 'section');
  const institutionKind = readQueryParam(req.query, 'institutionKind');
  const street = readQueryParam(req.query, 'street');
  const rectifiedFrom = readQueryParam(req.query, 'rectifiedFrom');
  const rectifiedTo = readQueryParam(req.query, 'rectifiedTo');
  for (const read of [
    institutionId,
    campaignId,
    status,
    section,
    institutionKind,
    street,
    rectifiedFrom,
    rectifiedTo,
  ])
    if (!read.ok) return read;
  const rectified = rectifiedRange(
    rectifiedFrom.ok ? rectifiedFrom.value : null,
    rectifiedTo.ok ? rectifiedTo.value : null,
    policy,
  );
  if (!rectified.ok) return rectified;
  const statuses = status.ok && status.value ? status.value.split(',') : [];
  if (statuses.some((s) => !(HAZARD_STATUSES as readonly string[]).includes(s)))
    return { ok: false, message: 'unknown status' };
  const sectionValue = section.ok ? section.value : null;
  if (sectionValue && !(SUPERVISING_SECTIONS as readonly string[]).includes(sectionValue))
    return { ok: false, message: 'unknown section' };
  const kindValue = institutionKind.ok ? institutionKind.value : null;
  if (kindValue && !(INSTITUTION_KINDS as readonly string[]).includes(kindValue))
    return { ok: false, message: 'unknown institution kind' };
  const streetValue = street.ok ? street.value?.trim() || null : null;
  if (streetValue && streetValue.length > STREET_MAX_LENGTH)
    return { ok: false, message: `street must be 1 to ${STREET_MAX_LENGTH} characters` };
  return {
    ok: true,
    filter: {
      institutionId: institutionId.ok ? institutionId.value : null,
      campaignId: campaignId.ok ? campaignId.value : null,
      statuses: statuses as HazardStatus[],
      section: (sectionValue as SupervisingSection | null) ?? null,
      institutionKind: (kindValue as InstitutionKind | null) ?? null,
      street: streetValue,
      rectifiedFrom: rectified.range?.start ?? null,
      rectifiedBefore: rectified.range?.end ?? null,
    },
  };
}

/** The page's rectifiedFrom/rectifiedTo calendar dates (both or neither) as [start, end) in the district's zone. */
function rectifiedRange(
  from: string | null | undefined,
  to: string | null | undefined,
  policy: DistrictPolicy,
): { ok: true; range: PeriodRange | null } | { ok: false; message: string } {
  if (!from && !to) return { ok: true, range: null };
  const days = { from: from ? parseCalendarDate(from) : null, to: to ? parseCalendarDate(to) : null };
  if (!days.from || !days.to)
    return { ok: false, message: 'rectifiedFrom and rectifiedTo are dates YYYY-MM-DD' };
  const range = periodRange('CUSTOM', new Date(), policy, { from: days.from, to: days.to });
  return range.ok ? { ok: true, range: range.value } : { ok: false, message: range.error.message };
}

/**
 * PRV-1: the hazard list the viewer reads, as a streamed workbook, page after page of the list itself
 * (listHazards: the same scope and filters). One audit row with the filter and the count.
 */
export async function exportHazards(context: RequestContext, req: Request, res: Response): Promise<void> {
  const read = readFilter(req, context.policy);
  if (!read.ok) return jsonError(res, 400, 'BAD_USER_INPUT', read.message);
  const actor = context.auth.actor!;
  const now = context.clock.now();
  sendWorkbookHeaders(res, `隐患整改台账-${chinaDateTime(now).slice(0, 10)}.xlsx`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: res,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('隐患整改台账');
  sheet.columns = COLUMNS;
  let rows = 0;
  for (;;) {
    const page = await listHazards(context, actor, read.filter, 100, rows);
    for (const hazard of page.items) {
      sheet
        .addRow({
          institution: inertText(hazard.institutionName),
          item: inertText(hazard.item.textZh),
          ruleId: hazard.item.ruleId,
          description: inertText(hazard.description),
          foundAt: chinaDateTime(hazard.foundAt),
          owner: inertText(hazard.ownerName ?? ''),
          dueAt: chinaDateTime(hazard.dueAt),
          status: STATUS_LABELS[hazard.status],
          rectifiedAt: chinaDateTime(hazard.rectifiedAt),
        })
        .commit();
    }
    rows += page.items.length;
    if (page.items.length < 100) break;
  }
  sheet.commit();
  await recordAudit(context.dataSource.manager, actor, now, {
    action: 'hazard.export',
    outcome: 'OK',
    targetType: 'hazard',
    details: { filter: read.filter, rows },
  });
  await workbook.commit();
}

/** GET /api/hazards/export: same session and permission table as /graphql (VIEW_HAZARDS). */
export function mountHazardRoutes(
  app: Express,
  dependencies: AppDependencies,
  log: (m: string, e?: unknown) => void,
) {
  const router = express.Router();
  router.get(
    '/export',
    guardedRoute(
      { action: 'hazard.export', permission: 'VIEW_HAZARDS', targetType: 'hazard' },
      dependencies,
      exportHazards,
      log,
    ),
  );
  app.use('/api/hazards', router);
}
