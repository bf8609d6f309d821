import {
  CASE_LIST_PARAMS,
  caseExportAccess,
  parseCaseListParams,
  type CaseListParams,
  type ReportingStatus,
  VOCABULARY_ZH_CN,
} from '@xiaohu/domain';
import ExcelJS from 'exceljs';
import express, { type Express, type Request, type Response } from 'express';
import { In } from 'typeorm';
import { buildContext, type AppDependencies, type RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { toAccessActor } from '../../shared/auth/actor';
import { hasPermission } from '../../shared/auth/permissions';
import { jsonError, sendWorkbookHeaders } from '../../shared/http/workbook-response';
import { readQueryParam } from '../../shared/input/query-param';
import { chinaDate, inertText } from '../staff/staff-roster.format';
import {
  BREACH_ZH,
  CASE_EXPORT_COLUMNS,
  CHILD_WITHHELD,
  chinaDateTime,
  KIND_ZH,
  REPORTING_STATUS_ZH,
  STATE_ZH,
} from './case-export.format';
import { matchingCases, orderedAfter, type CasePosition } from './case-list-query';
import { institutionsOf } from './case-view';
import { IncidentBreachEntity } from './incident-breach.entity';
import { IncidentChildEntity } from './incident-child.entity';
import type { IncidentEntity } from './incident.entity';
import { accessOf } from './incident-facts';

const BATCH = 1000;
const ACTION = 'incident.export';

/** The list's link parameters as given (only those set): what the audit row records of the filter. */
function readParams(req: Request): { ok: true; params: CaseListParams } | { ok: false; message: string } {
  const params: CaseListParams = {};
  for (const name of CASE_LIST_PARAMS) {
    const read = readQueryParam(req.query, name);
    if (!read.ok) return { ok: false, message: read.message };
    if (read.value !== null) params[name] = read.value;
  }
  return { ok: true, params };
}

/** REP-3: the status at `now` on the stored columns (stored-reporting.ts). */
function statusAt(incident: IncidentEntity, now: Date): ReportingStatus {
  const isPastDue =
    incident.reportingStatus === 'AWAITING_POLICE_REPORT' &&
    incident.policeReportDueAt !== null &&
    incident.policeReportDueAt.getTime() < now.getTime();
  return isPastDue ? 'IN_BREACH' : incident.reportingStatus;
}

/**
 * The filtered case list as a streamed workbook (contract 2's parameters, the list's order), in batches
 * of 1,000 on the list's keyset. REP-7: the child's name and class only where caseAccess gives the child's
 * identity; never for anyone else. One audit row with the filter and the counts, no child.
 */
async function exportCases(context: RequestContext, req: Request, res: Response): Promise<void> {
  const actor = context.auth.actor!;
  const accessActor = toAccessActor(actor);
  const { policy } = context;
  const manager = context.dataSource.manager;
  const now = context.clock.now();
  // Refused before the first byte: once the workbook has started, a failure can only cut the download.
  const read = readParams(req);
  if (!read.ok) return jsonError(res, 400, 'BAD_USER_INPUT', read.message);
  const parsed = parseCaseListParams(read.params, policy.timeZone);
  if (!parsed.ok) return jsonError(res, 400, 'BAD_USER_INPUT', parsed.message, { param: parsed.param });
  const { order, ...filter } = parsed.value;

  sendWorkbookHeaders(res, `案件清单-${chinaDate(now)}.xlsx`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: res,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('案件清单');
  sheet.columns = CASE_EXPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  let position: CasePosition | null = null;
  let rows = 0;
  let rowsWithChild = 0;
  for (;;) {
    const { entities, raw }: { entities: IncidentEntity[]; raw: { cursor_at: string | null }[] } =
      await orderedAfter(matchingCases(manager, accessActor, filter, now, policy), order, position)
        .limit(BATCH)
        .getRawAndEntities<{ cursor_at: string | null }>();
    if (entities.length === 0) break;
    const ids = entities.map((i) => i.id);
    const institutions = await institutionsOf(manager, entities);
    const breaches = new Map<string, Set<string>>();
    for (const b of await manager
      .getRepository(IncidentBreachEntity)
      .find({ where: { incidentId: In(ids) }, select: { incidentId: true, code: true } })) {
      breaches.set(b.incidentId, (breaches.get(b.incidentId) ?? new Set()).add(BREACH_ZH[b.code]));
    }
    const access = new Map(
      entities.map((i) => [i.id, accessOf(i, institutions.get(i.institutionId)!.kind, accessActor, policy)]),
    );
    const childIds = ids.filter((id) => access.get(id)!.parts.childIdentity);
    const children = new Map(
      (childIds.length
        ? await manager.getRepository(IncidentChildEntity).find({
            where: { incidentId: In(childIds) },
            select: { incidentId: true, childName: true, childClass: true },
          })
        : []
      ).map((c) => [c.incidentId, c]),
    );
    for (const incident of entities) {
      // The SQL is written from the same policy; a row it would still hide is left out.
      if (access.get(incident.id)!.level === 'NONE') continue;
      const institution = institutions.get(incident.institutionId)!;
      const child = children.get(incident.id);
      const isEntitled = access.get(incident.id)!.parts.childIdentity;
      sheet
        .addRow({
          id: incident.id,
          institution: inertText(institution.name),
          kind: KIND_ZH[institution.kind],
          street: inertText(institution.street ?? ''),
          category: VOCABULARY_ZH_CN.incidentCategory[incident.category],
          recordedAt: chinaDateTime(incident.recordedAt),
          state: STATE_ZH[incident.state],
          reportingStatus: REPORTING_STATUS_ZH[statusAt(incident, now)],
          policeDueAt: chinaDateTime(incident.policeReportDueAt),
          policeReportedAt: chinaDateTime(incident.policeReportedAt),
          breaches: [...(breaches.get(incident.id) ?? [])].join('、'),
          // Entitled but nothing recorded (a case opened by the district from another source): empty.
          childName: isEntitled ? inertText(child?.childName ?? '') : CHILD_WITHHELD,
          childClass: isEntitled ? inertText(child?.childClass ?? '') : CHILD_WITHHELD,
        })
        .commit();
      rows += 1;
      if (child) rowsWithChild += 1;
    }
    if (entities.length < BATCH) break;
    position = { at: raw[entities.length - 1].cursor_at, id: entities[entities.length - 1].id };
  }
  sheet.commit();
  await recordAudit(manager, actor, now, {
    action: ACTION,
    outcome: 'OK',
    targetType: 'incident',
    details: { filter: read.params, order, rows, rowsWithChild },
  });
  await workbook.commit();
}

/** REST routes of the case list at /api/cases (mounted by server.ts); the same session cookie as /graphql. */
export function mountCaseRoutes(
  app: Express,
  dependencies: AppDependencies,
  log: (m: string, e?: unknown) => void = () => undefined,
): void {
  const router = express.Router();
  router.get('/export', async (req: Request, res: Response) => {
    try {
      const context = await buildContext(dependencies, req, res);
      const actor = context.auth.actor;
      if (!actor) return jsonError(res, 401, 'UNAUTHENTICATED', 'Not signed in');
      const permit = caseExportAccess(toAccessActor(actor));
      if (!hasPermission(actor.role, 'VIEW_INCIDENTS') || !permit.allowed) {
        // A refused export leaves its audit row like a refused mutation.
        await recordAudit(context.dataSource.manager, actor, context.clock.now(), {
          action: ACTION,
          outcome: 'FORBIDDEN',
          targetType: 'incident',
          details: { ruleId: permit.ruleId },
        });
        return jsonError(res, 403, 'FORBIDDEN', 'Not allowed', { ruleId: permit.ruleId });
      }
      await exportCases(context, req, res);
    } catch (error) {
      log('Case export failed', error);
      if (!res.headersSent) jsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.destroy();
    }
  });
  app.use('/api/cases', router);
}
