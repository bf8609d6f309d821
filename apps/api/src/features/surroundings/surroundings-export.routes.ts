import {
  VOCABULARY_ZH_CN,
  INSTITUTION_KINDS,
  SUPERVISING_SECTIONS,
  type InstitutionKind,
  type RiskPersonType,
  type RiskSiteType,
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
import { listRiskSubjects } from './surroundings-queries.service';
import type { RiskSubjectFilter } from './surroundings.inputs';
import type { RiskSubject } from './surroundings.type';

const SITE_LABELS = VOCABULARY_ZH_CN.riskSiteType;
const PERSON_LABELS = VOCABULARY_ZH_CN.riskPersonType;
const STATUS_LABELS = VOCABULARY_ZH_CN.riskSubjectStatus;
const CLOSING_LABELS = VOCABULARY_ZH_CN.riskClosingReason;

/**
 * PRV-3: the sheet's columns. A risk person's identity (name, ID number, address, description), the
 * location and the notes are never columns, whoever exports: the register is for counting and follow-up;
 * a person's data is read one at a time on the page, each read audited.
 */
const COLUMNS = [
  { header: '单位', key: 'institution', width: 28 },
  { header: '类别', key: 'subjectType', width: 10 },
  { header: '类型', key: 'kind', width: 22 },
  { header: '场所名称', key: 'siteName', width: 24 },
  { header: '场所地址', key: 'siteAddress', width: 28 },
  { header: '状态', key: 'status', width: 10 },
  { header: '镇街', key: 'townshipOffice', width: 18 },
  { header: '报告镇街时间', key: 'townshipReferredAt', width: 18 },
  { header: '派出所', key: 'policeStation', width: 18 },
  { header: '报告派出所时间', key: 'policeReferredAt', width: 18 },
  { header: '最近跟进', key: 'lastFollowedUpAt', width: 18 },
  { header: '登记时间', key: 'recordedAt', width: 18 },
  { header: '登记人', key: 'recordedBy', width: 12 },
  { header: '销号原因', key: 'closingReason', width: 14 },
  { header: '销号时间', key: 'closedAt', width: 18 },
];
export const SURROUNDINGS_SHEET = '周边风险台账';
export const SURROUNDINGS_NOTE =
  '说明：本表不含风险人员的姓名、身份证号、住址、描述、位置及备注（无论导出人是谁）；如需查看，请在系统内逐条查阅，每次查阅均留痕。';

/** The list's filter from the query string (the page's own parameters), or why not. */
function readFilter(req: Request): { ok: true; filter: RiskSubjectFilter } | { ok: false; message: string } {
  const institutionId = readQueryParam(req.query, 'institution', 'uuid');
  const type = readQueryParam(req.query, 'type');
  const state = readQueryParam(req.query, 'state');
  const section = readQueryParam(req.query, 'section');
  const institutionKind = readQueryParam(req.query, 'institutionKind');
  const street = readQueryParam(req.query, 'street');
  for (const read of [institutionId, type, state, section, institutionKind, street])
    if (!read.ok) return read;
  const typeValue = type.ok ? type.value : null;
  if (typeValue && typeValue !== 'RISK_SITE' && typeValue !== 'RISK_PERSON')
    return { ok: false, message: 'unknown type' };
  const stateValue = state.ok ? state.value : null;
  if (stateValue && stateValue !== 'OPEN' && stateValue !== 'CLOSED')
    return { ok: false, message: 'unknown state' };
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
      subjectType: typeValue as RiskSubjectFilter['subjectType'],
      isOpen: stateValue === null ? null : stateValue === 'OPEN',
      section: sectionValue as SupervisingSection | null,
      institutionKind: kindValue as InstitutionKind | null,
      street: streetValue,
    },
  };
}

function rowOf(subject: RiskSubject) {
  const isPerson = subject.subjectType === 'RISK_PERSON';
  return {
    institution: inertText(subject.institutionName),
    subjectType: isPerson ? '风险人员' : '风险场所',
    kind: isPerson
      ? PERSON_LABELS[subject.personType as RiskPersonType]
      : SITE_LABELS[subject.siteType as RiskSiteType],
    // A site is internal, not a person: its name and address are the register's own.
    siteName: isPerson ? '' : inertText(subject.site?.name ?? ''),
    siteAddress: isPerson ? '' : inertText(subject.site?.address ?? ''),
    status: STATUS_LABELS[subject.status],
    townshipOffice: inertText(subject.referral.townshipOffice ?? ''),
    townshipReferredAt: chinaDateTime(subject.referral.townshipReferredAt),
    policeStation: inertText(subject.referral.policeStation ?? ''),
    policeReferredAt: chinaDateTime(subject.referral.policeReferredAt),
    lastFollowedUpAt: chinaDateTime(subject.lastFollowedUpAt),
    recordedAt: chinaDateTime(subject.recordedAt),
    recordedBy: inertText(subject.recordedByName),
    closingReason: subject.closingReason ? CLOSING_LABELS[subject.closingReason] : '',
    closedAt: chinaDateTime(subject.closedAt),
  };
}

/**
 * PRV-3: the risk subjects the viewer reads, as a streamed workbook, page after page of the list itself
 * (listRiskSubjects: the same scope and filters, never a person's identity). One audit row with the
 * filter and the count.
 */
export async function exportSurroundings(
  context: RequestContext,
  req: Request,
  res: Response,
): Promise<void> {
  const read = readFilter(req);
  if (!read.ok) return jsonError(res, 400, 'BAD_USER_INPUT', read.message);
  const actor = context.auth.actor!;
  const now = context.clock.now();
  sendWorkbookHeaders(res, `${SURROUNDINGS_SHEET}-${chinaDateTime(now).slice(0, 10)}.xlsx`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: res,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(SURROUNDINGS_SHEET);
  sheet.headerFooter.oddHeader = SURROUNDINGS_NOTE;
  sheet.columns = COLUMNS.map(({ key, width }) => ({ key, width }));
  sheet.addRow([SURROUNDINGS_NOTE]).commit();
  sheet.addRow(COLUMNS.map((c) => c.header)).commit();
  let rows = 0;
  let after: string | null = null;
  for (;;) {
    const page = await listRiskSubjects(context, read.filter, 100, after);
    for (const edge of page.edges) sheet.addRow(rowOf(edge.node)).commit();
    rows += page.edges.length;
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  sheet.commit();
  await recordAudit(context.dataSource.manager, actor, now, {
    action: 'riskSubject.export',
    outcome: 'OK',
    targetType: 'risk_subject',
    details: { filter: read.filter, rows, personalData: false },
  });
  await workbook.commit();
}

/** GET /api/surroundings/export: same session and permission table as /graphql (VIEW_SURROUNDINGS). */
export function mountSurroundingsRoutes(
  app: Express,
  dependencies: AppDependencies,
  log: (m: string, e?: unknown) => void,
) {
  const router = express.Router();
  router.get(
    '/export',
    guardedRoute(
      { action: 'riskSubject.export', permission: 'VIEW_SURROUNDINGS', targetType: 'risk_subject' },
      dependencies,
      exportSurroundings,
      log,
    ),
  );
  app.use('/api/surroundings', router);
}
