import {
  caseAccess,
  type AccessActor,
  type CaseAccess,
  type CaseFacts,
  type DistrictPolicy,
  type InstitutionKind,
  type ReportingTimeline,
} from '@xiaohu/domain';
import type { IncidentExternalSourceEntity } from './incident-external-source.entity';
import type { IncidentEntity } from './incident.entity';

/** The case policy's view of a stored incident (packages/domain/src/access/case-access). */
export function toCaseFacts(incident: IncidentEntity, kind: InstitutionKind): CaseFacts {
  return {
    institution: { id: incident.institutionId, kind },
    category: incident.category,
    suspectType: incident.suspectType,
    isMarkedConfidential: incident.isMarkedConfidential,
    reporterAccountId: incident.reporterAccountId,
    headAccountId: incident.headAccountId,
    suspect: { accountId: incident.suspectAccountId, staffId: incident.suspectStaffId },
    hasHeadDeclaredConflict: incident.hasHeadDeclaredConflict,
    state: incident.state,
    isAcknowledged: incident.acknowledgedAt !== null,
    isPoliceReported: incident.policeReportedAt !== null,
  };
}

/** The policy's answer for one actor and one stored incident. */
export function accessOf(
  incident: IncidentEntity,
  kind: InstitutionKind,
  actor: AccessActor,
  policy: DistrictPolicy,
): CaseAccess {
  return caseAccess(toCaseFacts(incident, kind), actor, policy);
}

/** The facts of an incident that its reporting timeline reads. */
export type ReportingFactsOf = Pick<
  IncidentEntity,
  | 'category'
  | 'suspectType'
  | 'origin'
  | 'reporterAccountId'
  | 'headAccountId'
  | 'receivedAt'
  | 'recordedAt'
  | 'acknowledgedAt'
  | 'policeReportedAt'
  | 'reportedToDistrictAt'
  | 'closedAt'
>;

/** The domain's reporting timeline of an incident (REP-2 to REP-4, REP-8). */
export function toTimeline(
  incident: ReportingFactsOf,
  externalSources: readonly Pick<IncidentExternalSourceEntity, 'source' | 'learnedAt'>[],
  privateSettlementAt: Date | undefined,
): ReportingTimeline {
  const firstExternal = [...externalSources].sort((a, b) => a.learnedAt.getTime() - b.learnedAt.getTime())[0];
  return {
    category: incident.category,
    suspectType: incident.suspectType,
    receipts: [{ personId: incident.reporterAccountId, receivedAt: incident.receivedAt }],
    // REP-2: entering the record is the teacher → head hop; none for an external case or the head's own receipt.
    recordedAt:
      incident.origin === 'SCHOOL' && incident.reporterAccountId !== incident.headAccountId
        ? incident.recordedAt
        : undefined,
    headNotifiedAt: incident.acknowledgedAt ?? undefined,
    policeReportedAt: incident.policeReportedAt ?? undefined,
    reportedToDistrictAt: incident.reportedToDistrictAt ?? undefined,
    closedAt: incident.closedAt ?? undefined,
    privateSettlementAt,
    learnedFromElsewhere: firstExternal
      ? { source: firstExternal.source, learnedAt: firstExternal.learnedAt }
      : undefined,
  };
}
