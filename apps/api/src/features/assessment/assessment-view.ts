import { assessmentAccess, statementWindow, type VetoVerdict } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { toAccessActor, type SignedInActor } from '../../shared/auth/actor';
import { IncidentEntity } from '../incidents/incident.entity';
import { whereCaseVisible } from '../incidents/case-scope';
import { policyFacts, type LoadedAssessment } from './assessment-facts';
import {
  AssessedCaseRef,
  Assessment,
  AssessmentPeriod,
  AssessmentRow,
  type AssessmentEvidence,
  type VetoVerdictView,
} from './assessment.type';
import { circularNumberOf } from './circular-number';
import { loadAssessmentDetails, type AssessmentDetails } from './assessment-details';

/** REP-7, REP-11: of these cases, the ones the viewer may open (the case list's own SQL filter). */
export async function visibleCaseIds(
  context: Pick<RequestContext, 'policy'>,
  manager: EntityManager,
  actor: SignedInActor,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const query = manager
    .getRepository(IncidentEntity)
    .createQueryBuilder('incident')
    .select('incident.id', 'id')
    .where('incident.id IN (:...assessedIds)', { assessedIds: [...new Set(ids)] });
  const rows: { id: string }[] = await whereCaseVisible(
    query,
    toAccessActor(actor),
    context.policy,
  ).getRawMany();
  return new Set(rows.map((r) => r.id));
}

/** A case named by the assessment: its id and category only when the viewer may open it. */
export function caseRef(
  id: string,
  visible: Set<string>,
  known: Map<string, { category: string; receivedAt: Date }>,
): AssessedCaseRef {
  const isVisible = visible.has(id);
  const facts = known.get(id);
  return Object.assign(new AssessedCaseRef(), {
    caseId: isVisible ? id : null,
    category: isVisible ? (facts?.category ?? null) : null,
    receivedAt: isVisible ? (facts?.receivedAt ?? null) : null,
  });
}

type Refs = (id: string) => AssessedCaseRef;

function verdictView(verdict: VetoVerdict, ref: Refs): VetoVerdictView {
  return {
    isVetoed: verdict.isVetoed,
    grounds: verdict.grounds.map((g) => ({ ...g, case: ref(g.caseId) })),
    excluded: verdict.excluded.map((e) => ({ case: ref(e.caseId), reason: e.reason })),
    leadershipResponsible: verdict.leadershipResponsible,
    ruleIds: verdict.ruleIds,
  };
}

/** The table row of an assessment. */
export function toRow(loaded: LoadedAssessment): AssessmentRow {
  return Object.assign(new AssessmentRow(), {
    id: loaded.id,
    institutionId: loaded.institutionId,
    institutionName: loaded.institutionName,
    institutionKind: loaded.institutionKind,
    score: loaded.score,
    vetoStatus: loaded.vetoStatus,
    isEligibleForAwards: loaded.isEligibleForAwards,
  });
}

/** The whole assessment as the viewer may see it: evidence, verdict, decisions and next actions. */
export async function toAssessment(
  context: RequestContext,
  manager: EntityManager,
  actor: SignedInActor,
  loaded: LoadedAssessment,
  period: AssessmentPeriod,
): Promise<Assessment> {
  const details: AssessmentDetails = await loadAssessmentDetails(manager, loaded, context.clock.now());
  const known = new Map<string, { category: string; receivedAt: Date }>();
  for (const c of loaded.cases) known.set(c.id, { category: c.category, receivedAt: c.foundAt });
  const named = [
    ...loaded.cases.map((c) => c.id),
    ...details.findings.flatMap((f) => (f.incidentId ? [f.incidentId] : [])),
    ...(loaded.review?.verdict.grounds.map((g) => g.caseId) ?? []),
    ...(loaded.review?.verdict.excluded.map((e) => e.caseId) ?? []),
  ];
  const visible = await visibleCaseIds(context, manager, actor, named);
  const ref: Refs = (id) => caseRef(id, visible, known);
  const now = context.clock.now();
  const access = assessmentAccess(policyFacts(loaded), toAccessActor(actor), now, context.policy);
  const evidence: AssessmentEvidence = {
    ...details.staff,
    cases: loaded.cases.map((c) => ({
      case: ref(c.id),
      breaches: c.breaches,
      failures: c.failures,
      impacts: c.impacts,
      isStaffSuspect: c.isSeriousStaffEthicsViolation,
    })),
    misconductCases: details.misconduct,
  };
  return Object.assign(new Assessment(), {
    ...toRow(loaded),
    period,
    outcomeRuleIds: loaded.outcomeRuleIds,
    verdict: verdictView(loaded.verdict, ref),
    vetoComputedAt: loaded.vetoComputedAt,
    statementDueAt: statementWindow(loaded.vetoComputedAt, context.policy)?.closesAt ?? null,
    statement: details.statement,
    review: details.review && {
      ...details.review,
      verdict: verdictView(loaded.review!.verdict, ref),
    },
    findings: details.findings.map((f) => ({ ...f, case: f.incidentId ? ref(f.incidentId) : null })),
    evidence,
    sanctionOptions: loaded.options,
    sanctions: details.sanctions.map((s) => ({ ...s, circularNumber: circularNumberOf(s) })),
    viewerCan: {
      canRecordFinding: access.can.recordFinding.allowed,
      canSubmitStatement: access.can.submitStatement.allowed,
      canReviewVeto: access.can.reviewVeto.allowed,
      canRecordSanction: access.can.recordSanction.allowed,
      canDownloadCircular: access.can.downloadCircular.allowed,
    },
  });
}
