import {
  buildMandatoryReport,
  mandatoryReportAccess,
  mandatoryReportFileName,
  type MandatoryReport,
  type MandatoryReportFacts,
} from '@xiaohu/domain';
import express, { type Express, type Request, type Response } from 'express';
import type { EntityManager } from 'typeorm';
import { buildContext, type AppDependencies, type RequestContext } from '../../context';
import { AccountEntity } from '../accounts/account.entity';
import { recordAudit } from '../../shared/audit/audit-log';
import { toAccessActor, type SignedInActor } from '../../shared/auth/actor';
import { jsonError } from '../../shared/http/workbook-response';
import { InstitutionEntity } from '../institutions/institution.entity';
import { raiseCaseEvent } from '../webhooks/record-webhook-events';
import { IncidentBreachEntity } from './incident-breach.entity';
import { IncidentChildEntity } from './incident-child.entity';
import { IncidentEmergencyStepEntity } from './incident-emergency-step.entity';
import { IncidentExternalSourceEntity } from './incident-external-source.entity';
import { IncidentEntity } from './incident.entity';
import { toCaseFacts } from './incident-facts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Outcome = { status: 200; report: MandatoryReport } | { status: 403; ruleId: string } | { status: 404 };

/** The stored facts of one case as the domain's builder reads them; the child only when entitled. */
async function loadFacts(
  manager: EntityManager,
  incident: IncidentEntity,
  institution: InstitutionEntity,
  withChild: boolean,
): Promise<MandatoryReportFacts> {
  const where = { incidentId: incident.id };
  const steps = await manager.getRepository(IncidentEmergencyStepEntity).findBy(where);
  const sources = await manager
    .getRepository(IncidentExternalSourceEntity)
    .find({ where, select: { source: true, learnedAt: true }, order: { learnedAt: 'ASC' } });
  const breaches = await manager
    .getRepository(IncidentBreachEntity)
    .find({ where, select: { code: true, occurredAt: true }, order: { occurredAt: 'ASC' } });
  const reporter = await manager.getRepository(AccountEntity).findOne({
    where: { id: incident.reporterAccountId },
    select: { id: true, role: true, displayName: true },
  });
  const child = withChild
    ? await manager
        .getRepository(IncidentChildEntity)
        .findOne({ where, select: { incidentId: true, childName: true, childClass: true } })
    : null;
  const police =
    incident.policeReportedAt && incident.policeStation && incident.policeReceiptNumber
      ? {
          reportedAt: incident.policeReportedAt,
          policeStation: incident.policeStation,
          receiptNumber: incident.policeReceiptNumber,
        }
      : null;
  return {
    caseId: incident.id,
    institution: {
      id: institution.id,
      name: institution.name,
      kind: institution.kind,
      street: institution.street,
    },
    origin: incident.origin,
    category: incident.category,
    suspectType: incident.suspectType,
    channel: incident.channel,
    reporter: { role: reporter!.role, displayName: reporter!.displayName },
    receivedAt: incident.receivedAt,
    recordedAt: incident.recordedAt,
    headToldAt: incident.acknowledgedAt,
    reportedToDistrictAt: incident.reportedToDistrictAt,
    policeReportDueAt: incident.policeReportDueAt,
    policeReport: police,
    isChildInDanger: incident.isChildInDanger,
    state: incident.state,
    closedAt: incident.closedAt,
    closingReason: incident.closingReason,
    emergencySteps: steps.map((s) => ({ step: s.step, doneAt: s.doneAt })),
    externalSources: sources.map((s) => ({ source: s.source, learnedAt: s.learnedAt })),
    breaches: breaches.map((b) => ({ code: b.code, occurredAt: b.occurredAt })),
    child: child ? { name: child.childName, className: child.childClass } : null,
  };
}

/**
 * Issue 13: one case as the 强制报告 document (docs/MANDATORY-REPORT.md), decided by mandatoryReportAccess.
 * Read, decision and audit row in one transaction; a refusal is audited too (NOT_FOUND where the case
 * policy hides the case, FORBIDDEN where the viewer sees it but may not export). The audit row says
 * whether the child's identity went out, never the identity. Only an export that happened raises the
 * webhook event case.mandatoryReportExported.
 */
export async function exportMandatoryReport(
  context: RequestContext,
  actor: SignedInActor,
  id: string,
): Promise<Outcome> {
  const now = context.clock.now();
  return context.dataSource.transaction(async (manager) => {
    const incident = UUID.test(id) ? await manager.getRepository(IncidentEntity).findOneBy({ id }) : null;
    const institution = incident
      ? await manager.getRepository(InstitutionEntity).findOneBy({ id: incident.institutionId })
      : null;
    const access =
      incident && institution
        ? mandatoryReportAccess(toCaseFacts(incident, institution.kind), toAccessActor(actor), context.policy)
        : null;
    const audit = (outcome: string, details: Record<string, unknown> | null) =>
      recordAudit(manager, actor, now, {
        action: 'incident.exportMandatoryReport',
        outcome,
        targetType: 'incident',
        targetId: id.slice(0, 64),
        details,
      });
    if (!incident || !institution || !access || access.caseLevel === 'NONE') {
      await audit('NOT_FOUND', null);
      return { status: 404 };
    }
    if (!access.allowed) {
      await audit('FORBIDDEN', { ruleId: access.ruleId });
      return { status: 403, ruleId: access.ruleId };
    }
    const facts = await loadFacts(manager, incident, institution, access.includesChildIdentity);
    const exporter = { role: actor.role, unit: actor.unitCode, displayName: actor.displayName };
    const report = buildMandatoryReport(
      facts,
      exporter,
      access.includesChildIdentity,
      now,
      context.policy.timeZone,
    );
    // Issue 13: integrators learn of the export (ids and instants only), in this transaction.
    await raiseCaseEvent(manager, 'case.mandatoryReportExported', incident, now, context.policy);
    await audit('OK', {
      ruleId: access.ruleId,
      schemaVersion: report.schemaVersion,
      childIdentity: report.childIdentity,
    });
    return { status: 200, report };
  });
}

/** GET /api/cases/:id/mandatory-report.json: the document as a download (mounted by server.ts). */
export function mountMandatoryReportRoutes(
  app: Express,
  dependencies: AppDependencies,
  log: (m: string, e?: unknown) => void = () => undefined,
): void {
  const router = express.Router();
  router.get('/:id/mandatory-report.json', async (req: Request<{ id: string }>, res: Response) => {
    try {
      const context = await buildContext(dependencies, req, res);
      const actor = context.auth.actor;
      if (!actor) return jsonError(res, 401, 'UNAUTHENTICATED', 'Not signed in');
      const outcome = await exportMandatoryReport(context, actor, req.params.id);
      if (outcome.status === 404) return jsonError(res, 404, 'NOT_FOUND', 'Not found');
      if (outcome.status === 403)
        return jsonError(res, 403, 'FORBIDDEN', 'Not allowed', { ruleId: outcome.ruleId });
      const filename = mandatoryReportFileName(outcome.report);
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      // The ASCII fallback names no institution; neither names the child (REP-7).
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="mandatory-report-${outcome.report.caseId.slice(0, 8)}.json"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      );
      res.setHeader('Cache-Control', 'no-store');
      res.send(JSON.stringify(outcome.report, null, 2));
    } catch (error) {
      log('Mandatory report export failed', error);
      if (!res.headersSent) jsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  });
  app.use('/api/cases', router);
}
