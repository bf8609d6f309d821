import {
  VOCABULARY_ZH_CN,
  INSTITUTION_KINDS,
  SUPERVISING_SECTIONS,
  type InstitutionKind,
  type PreventionGapCode,
  type SupervisingSection,
} from '@xiaohu/domain';
import ExcelJS from 'exceljs';
import express, { type Express, type Request, type Response } from 'express';
import type { AppDependencies, RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { guardedRoute } from '../../shared/http/guarded-route';
import { jsonError, sendWorkbookHeaders } from '../../shared/http/workbook-response';
import { readQueryParam } from '../../shared/input/query-param';
import { chinaDateTime } from '../incidents/case-export.format';
import { STREET_MAX_LENGTH } from '../incidents/case-filter-conditions';
import { inertText } from '../staff/staff-roster.format';
import { listPlaceRegisters } from './place-registers';
import type { PlaceRegisterFilter } from './places.inputs';

const KIND_LABELS = VOCABULARY_ZH_CN.institutionKind;
const GAP_LABELS: Partial<Record<PreventionGapCode, string>> = {
  BLIND_SPOTS_NOT_SELF_INSPECTED: '监控死角未按期自查',
  ONE_TO_ONE_CLASSROOM_UNMONITORED: '一对一教室无监控',
};
const COLUMNS = [
  { header: '单位', key: 'institution', width: 28 },
  { header: '类型', key: 'kind', width: 14 },
  { header: '镇街', key: 'street', width: 16 },
  { header: '重点部位数', key: 'places', width: 10 },
  { header: '一对一教室', key: 'rooms', width: 10 },
  { header: '无监控一对一教室', key: 'unmonitored', width: 14 },
  { header: '最近监控死角自查', key: 'lastOn', width: 16 },
  { header: '下次自查期限', key: 'dueAt', width: 18 },
  { header: '自查到期', key: 'isDue', width: 10 },
  { header: '问题', key: 'gaps', width: 36 },
];
export const PLACES_SHEET = '重点部位监控台账';

/** The overview's filter from the query string (the page's own parameters), or why not. */
function readFilter(
  req: Request,
): { ok: true; filter: PlaceRegisterFilter } | { ok: false; message: string } {
  const section = readQueryParam(req.query, 'section');
  const institutionKind = readQueryParam(req.query, 'institutionKind');
  const street = readQueryParam(req.query, 'street');
  const gaps = readQueryParam(req.query, 'gaps');
  for (const read of [section, institutionKind, street, gaps]) if (!read.ok) return read;
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
      section: sectionValue as SupervisingSection | null,
      institutionKind: kindValue as InstitutionKind | null,
      street: streetValue,
      onlyWithGaps: gaps.ok && gaps.value === '1',
    },
  };
}

/** PRV-2: the district overview of place registers as a workbook (listPlaceRegisters); one audit row. */
export async function exportPlaceRegisters(context: RequestContext, req: Request, res: Response) {
  const read = readFilter(req);
  if (!read.ok) return jsonError(res, 400, 'BAD_USER_INPUT', read.message);
  const actor = context.auth.actor!;
  const now = context.clock.now();
  const registers = await listPlaceRegisters(
    context.dataSource.manager,
    actor,
    read.filter,
    now,
    context.policy,
  );
  sendWorkbookHeaders(res, `${PLACES_SHEET}-${chinaDateTime(now).slice(0, 10)}.xlsx`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: res,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(PLACES_SHEET);
  sheet.columns = COLUMNS;
  for (const r of registers)
    sheet
      .addRow({
        institution: inertText(r.institutionName),
        kind: KIND_LABELS[r.institutionKind],
        street: inertText(r.street ?? ''),
        places: r.placeCount,
        rooms: r.oneToOneRooms,
        unmonitored: r.unmonitoredOneToOneRooms,
        lastOn: r.lastBlindSpotSelfInspectionOn ?? '从未自查',
        dueAt: chinaDateTime(r.blindSpotSelfInspectionDueAt),
        isDue: r.isBlindSpotSelfInspectionDue ? '是' : '否',
        gaps: r.gaps.map((g) => GAP_LABELS[g] ?? g).join('；'),
      })
      .commit();
  sheet.commit();
  await recordAudit(context.dataSource.manager, actor, now, {
    action: 'place.export',
    outcome: 'OK',
    targetType: 'institution',
    details: { filter: read.filter, rows: registers.length },
  });
  await workbook.commit();
}

/** GET /api/places/export: same session and permission table as /graphql (VIEW_MONITORED_PLACES). */
export function mountPlacesRoutes(
  app: Express,
  dependencies: AppDependencies,
  log: (m: string, e?: unknown) => void,
) {
  const router = express.Router();
  router.get(
    '/export',
    guardedRoute(
      { action: 'place.export', permission: 'VIEW_MONITORED_PLACES', targetType: 'institution' },
      dependencies,
      exportPlaceRegisters,
      log,
    ),
  );
  app.use('/api/places', router);
}
