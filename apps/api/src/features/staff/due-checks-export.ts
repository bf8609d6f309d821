import {
  VOCABULARY_ZH_CN,
  INSTITUTION_KINDS,
  UNIT_CODES,
  type InstitutionKind,
  type UnitCode,
} from '@xiaohu/domain';
import ExcelJS from 'exceljs';
import type { Request, Response } from 'express';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { jsonError, sendWorkbookHeaders } from '../../shared/http/workbook-response';
import { readQueryParam } from '../../shared/input/query-param';
import { chinaDateTime } from '../incidents/case-export.format';
import type { DueCheckFilter } from './due-check.type';
import { listDueChecks } from './due-checks.service';
import { DUE_CHECK_KINDS, type DueCheckKind } from './staff.enums';
import { chinaDate, inertText, ROLE_LABELS } from './staff-roster.format';

const KIND_LABELS: Record<DueCheckKind, string> = VOCABULARY_ZH_CN.dueCheckKind;
const COLUMNS = [
  { header: '姓名', key: 'name', width: 12 },
  { header: '身份证号', key: 'idNumber', width: 22 },
  { header: '岗位角色', key: 'role', width: 12 },
  { header: '单位', key: 'institution', width: 28 },
  { header: '事项', key: 'kind', width: 10 },
  { header: '上次', key: 'lastAt', width: 18 },
  { header: '到期', key: 'dueAt', width: 18 },
  { header: '是否逾期', key: 'isOverdue', width: 10 },
  { header: '依据', key: 'ruleId', width: 8 },
];

type Params = {
  institutionId: string | null;
  section: string | null;
  institutionKind: string | null;
  street: string | null;
  kind: string | null;
  overdue: string | null;
};

/** The due list's filter from the query string (the page's own parameters), or why not. */
function readFilter(
  req: Request,
): { ok: true; filter: DueCheckFilter; params: Params } | { ok: false; message: string } {
  const institutionId = readQueryParam(req.query, 'institutionId', 'uuid');
  const section = readQueryParam(req.query, 'section');
  const institutionKind = readQueryParam(req.query, 'institutionKind');
  const street = readQueryParam(req.query, 'street');
  const kind = readQueryParam(req.query, 'kind');
  const overdue = readQueryParam(req.query, 'overdue');
  for (const read of [institutionId, section, institutionKind, street, kind, overdue])
    if (!read.ok) return read;
  const params = {
    institutionId: institutionId.ok ? institutionId.value : null,
    section: section.ok ? section.value : null,
    institutionKind: institutionKind.ok ? institutionKind.value : null,
    street: street.ok ? street.value : null,
    kind: kind.ok ? kind.value : null,
    overdue: overdue.ok ? overdue.value : null,
  };
  if (params.section && !(UNIT_CODES as readonly string[]).includes(params.section))
    return { ok: false, message: `unknown section ${params.section}` };
  if (params.institutionKind && !(INSTITUTION_KINDS as readonly string[]).includes(params.institutionKind))
    return { ok: false, message: `unknown institution kind ${params.institutionKind}` };
  if (params.street !== null && params.street.length > 40)
    return { ok: false, message: 'street must be 1 to 40 characters' };
  if (params.kind && !(DUE_CHECK_KINDS as readonly string[]).includes(params.kind))
    return { ok: false, message: `unknown kind ${params.kind}` };
  if (params.overdue && params.overdue !== '1' && params.overdue !== '0')
    return { ok: false, message: 'overdue must be 1 or 0' };
  return {
    ok: true,
    params,
    filter: {
      institutionId: params.institutionId,
      section: params.section as UnitCode | null,
      institutionKind: params.institutionKind as InstitutionKind | null,
      street: params.street || null,
      kind: params.kind as DueCheckKind | null,
      isOverdue: params.overdue === null ? null : params.overdue === '1',
    },
  };
}

/**
 * VET-9, VET-10: the due list in scope as a streamed workbook, page after page of the list itself
 * (listDueChecks), soonest first; masked ID numbers only. One audit row with the filter and the count.
 */
export async function exportDueChecks(context: RequestContext, req: Request, res: Response): Promise<void> {
  const read = readFilter(req);
  if (!read.ok) return jsonError(res, 400, 'BAD_USER_INPUT', read.message);
  const now = context.clock.now();
  sendWorkbookHeaders(res, `到期复查与约谈-${chinaDate(now)}.xlsx`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: res,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('到期复查与约谈');
  sheet.columns = COLUMNS;
  let after: string | null = null;
  let rows = 0;
  for (;;) {
    const page = await listDueChecks(context, read.filter, 200, after);
    for (const item of page.items) {
      sheet
        .addRow({
          name: inertText(item.staffName),
          idNumber: item.idNumberMasked,
          role: ROLE_LABELS[item.role],
          institution: inertText(item.institutionName),
          kind: KIND_LABELS[item.kind],
          lastAt: chinaDateTime(item.lastAt),
          dueAt: chinaDateTime(item.dueAt),
          isOverdue: item.isOverdue ? '是' : '否',
          ruleId: item.ruleId,
        })
        .commit();
    }
    rows += page.items.length;
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  sheet.commit();
  await recordAudit(context.dataSource.manager, context.auth.actor!, now, {
    action: 'staff.dueChecks.export',
    outcome: 'OK',
    targetType: 'staff',
    details: { filter: Object.fromEntries(Object.entries(read.params).filter(([, v]) => v !== null)), rows },
  });
  await workbook.commit();
}
