import {
  emergencyChecklist,
  isCaseConfidential,
  mandatoryReportAccess,
  type AccessActor,
  type DistrictPolicy,
  type EmergencyStep,
} from '@xiaohu/domain';
import { In, type EntityManager } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { InstitutionEntity } from '../institutions/institution.entity';
import { Case, type CasePerson } from './case.type';
import { IncidentBreachEntity } from './incident-breach.entity';
import { IncidentChildEntity } from './incident-child.entity';
import { IncidentEmergencyStepEntity } from './incident-emergency-step.entity';
import { IncidentEventEntity } from './incident-event.entity';
import { IncidentExternalSourceEntity } from './incident-external-source.entity';
import { IncidentWelfareNoteEntity } from './incident-welfare-note.entity';
import type { IncidentEntity } from './incident.entity';
import { accessOf, toCaseFacts } from './incident-facts';
import { reportingOf } from './stored-reporting';

const groupBy = <T>(rows: T[], key: (row: T) => string) => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

/** Institution kinds and names for a set of incidents, in one query. */
export async function institutionsOf(manager: EntityManager, incidents: readonly IncidentEntity[]) {
  const ids = [...new Set(incidents.map((i) => i.institutionId))];
  const rows = ids.length ? await manager.getRepository(InstitutionEntity).findBy({ id: In(ids) }) : [];
  return new Map(rows.map((row) => [row.id, row]));
}

/** Fields of a case whose rows are loaded only when selected (a list page asks for few of them). */
const PERSON_FIELDS = ['reporter', 'acknowledgedBy', 'recordedBy', 'doneBy', 'actor'];

/**
 * The API view of cases, with a fixed number of queries whatever the page size. The child's identity
 * is loaded only when `withChild` (case(id)) and shown only to FULL access (REP-7). `institutions`,
 * when the caller has them already (the list), saves a query. `selected`, the field names the request
 * asks for (selectedFieldNames), skips the timeline, the emergency steps and the people's names when no
 * field needs them; without it everything is loaded.
 */
export async function toCases(
  manager: EntityManager,
  incidents: readonly IncidentEntity[],
  actor: AccessActor,
  now: Date,
  policy: DistrictPolicy,
  withChild: boolean,
  loadedInstitutions?: ReadonlyMap<string, InstitutionEntity>,
  selected?: ReadonlySet<string>,
): Promise<Case[]> {
  if (incidents.length === 0) return [];
  const ids = incidents.map((i) => i.id);
  const needs = (...names: string[]) => !selected || names.some((name) => selected.has(name));
  // One after another: inside a transaction they share one connection (pg refuses overlapping queries from 9.0).
  const institutions = loadedInstitutions ?? (await institutionsOf(manager, incidents));
  const breaches = await manager
    .getRepository(IncidentBreachEntity)
    .find({ where: { incidentId: In(ids) }, order: { occurredAt: 'ASC' } });
  const steps = needs('emergencyChecklist')
    ? await manager.getRepository(IncidentEmergencyStepEntity).findBy({ incidentId: In(ids) })
    : [];
  const sources = await manager
    .getRepository(IncidentExternalSourceEntity)
    .find({ where: { incidentId: In(ids) }, order: { learnedAt: 'ASC' } });
  const events = needs('timeline')
    ? await manager
        .getRepository(IncidentEventEntity)
        .find({ where: { incidentId: In(ids) }, order: { at: 'ASC', recordedAt: 'ASC' } })
    : [];
  const access = new Map(
    incidents.map(
      (i) => [i.id, accessOf(i, institutions.get(i.institutionId)!.kind, actor, policy)] as const,
    ),
  );
  const fullIds = ids.filter((id) => access.get(id)!.parts.childIdentity);
  const children =
    withChild && fullIds.length
      ? new Map(
          (await manager.getRepository(IncidentChildEntity).findBy({ incidentId: In(fullIds) })).map((c) => [
            c.incidentId,
            c,
          ]),
        )
      : new Map<string, IncidentChildEntity>();
  // REP-10 notes, like the child, only in case(id) and only for the need-to-know group.
  const notes =
    withChild && fullIds.length
      ? await manager
          .getRepository(IncidentWelfareNoteEntity)
          .find({ where: { incidentId: In(fullIds) }, order: { recordedAt: 'ASC', id: 'ASC' } })
      : [];

  const personIds = new Set<string>();
  for (const i of incidents) {
    for (const id of [i.reporterAccountId, i.acknowledgedByAccountId, i.policeRecordedByAccountId])
      if (id) personIds.add(id);
  }
  for (const s of steps) personIds.add(s.doneByAccountId);
  for (const s of sources) personIds.add(s.recordedByAccountId);
  for (const n of notes) personIds.add(n.recordedByAccountId);
  for (const e of events) if (e.actorAccountId) personIds.add(e.actorAccountId);
  const accounts =
    personIds.size && needs(...PERSON_FIELDS)
      ? await manager
          .getRepository(AccountEntity)
          .find({ select: { id: true, displayName: true }, where: { id: In([...personIds]) } })
      : [];
  const people = new Map(accounts.map((a) => [a.id, { id: a.id, displayName: a.displayName }]));
  const person = (id: string | null): CasePerson | null =>
    id ? (people.get(id) ?? { id, displayName: '—' }) : null;

  const breachesBy = groupBy(breaches, (b) => b.incidentId);
  const stepsBy = groupBy(steps, (s) => s.incidentId);
  const sourcesBy = groupBy(sources, (s) => s.incidentId);
  const eventsBy = groupBy(events, (e) => e.incidentId);
  const notesBy = groupBy(notes, (n) => n.incidentId);

  return incidents.map((incident) => {
    const institution = institutions.get(incident.institutionId)!;
    const policyAnswer = access.get(incident.id)!;
    const { parts, can } = policyAnswer;
    const facts = toCaseFacts(incident, institution.kind);
    const recorded = breachesBy.get(incident.id) ?? [];
    // The truth for display, at now; the stored columns hold the same (stored-reporting.ts).
    const reporting = reportingOf(incident, sourcesBy.get(incident.id) ?? [], recorded, now, policy);
    const done = Object.fromEntries((stepsBy.get(incident.id) ?? []).map((s) => [s.step, s])) as Partial<
      Record<EmergencyStep, IncidentEmergencyStepEntity>
    >;
    const child = children.get(incident.id);
    // Union members must be class instances for type-graphql to tell them apart.
    return Object.assign(new Case(), {
      id: incident.id,
      institutionId: incident.institutionId,
      institutionName: institution.name,
      category: incident.category,
      suspectType: incident.suspectType,
      suspectDescription: parts.caseNotes ? incident.suspectDescription : null,
      isSuspectHead:
        incident.suspectAccountId !== null && incident.suspectAccountId === incident.headAccountId,
      channel: incident.channel,
      receivedAt: incident.receivedAt,
      recordedAt: incident.recordedAt,
      reporter: person(incident.reporterAccountId)!,
      state: incident.state,
      isConfidential: isCaseConfidential(facts),
      isChildInDanger: incident.isChildInDanger,
      isHeadInConflict: policyAnswer.isHeadInConflict,
      access: policyAnswer.level,
      child: parts.childIdentity && child ? { name: child.childName, className: child.childClass } : null,
      childStatement: parts.childStatement && child ? child.statement : null,
      reporting: { ...reporting, assessedAt: now },
      breaches: recorded.map((b) => ({
        code: b.code,
        hop: b.hop,
        ruleIds: b.ruleIds.split(','),
        occurredAt: b.occurredAt,
        recordedAt: b.recordedAt,
      })),
      acknowledgedAt: incident.acknowledgedAt,
      acknowledgedBy: person(incident.acknowledgedByAccountId),
      emergencyChecklist: emergencyChecklist(
        incident.suspectType,
        Object.fromEntries(Object.entries(done).map(([step, row]) => [step, row.doneAt])),
      ).map((item) => ({ ...item, doneBy: person(done[item.step]?.doneByAccountId ?? null) })),
      policeReport:
        incident.policeReportedAt &&
        incident.policeStation &&
        incident.policeReceiptNumber &&
        incident.policeRecordedAt
          ? {
              reportedAt: incident.policeReportedAt,
              policeStation: incident.policeStation,
              receiptNumber: incident.policeReceiptNumber,
              officerName: incident.policeOfficerName,
              recordedBy: person(incident.policeRecordedByAccountId)!,
              recordedAt: incident.policeRecordedAt,
            }
          : null,
      externalSources: (sourcesBy.get(incident.id) ?? []).map((s) => ({
        source: s.source,
        learnedAt: s.learnedAt,
        note: parts.caseNotes ? s.note : null,
        recordedBy: person(s.recordedByAccountId)!,
      })),
      closedAt: incident.closedAt,
      closingReason: incident.closingReason,
      timeline: (eventsBy.get(incident.id) ?? []).map((e) => ({
        kind: e.kind,
        at: e.at,
        actor: person(e.actorAccountId),
        detail: e.detail,
        deadline: e.deadline,
        dueAt: e.dueAt,
        deadlineOutcome: e.deadlineOutcome,
      })),
      viewerCan: {
        canAcknowledge: can.acknowledge.allowed,
        canCompleteEmergencyStep: can.completeEmergencyStep.allowed,
        canRecordPoliceReport: can.recordPoliceReport.allowed,
        canRecordExternalSource: can.recordExternalSource.allowed,
        canClose: can.close.allowed,
        canRecordWelfareNote: can.recordWelfareNote.allowed,
        canExportMandatoryReport: mandatoryReportAccess(facts, actor, policy).allowed,
        closingReasons: policyAnswer.closingReasons.map((o) => ({
          reason: o.reason,
          isAllowed: o.allowed,
          ruleId: o.ruleId,
          refusal: o.refusal,
        })),
      },
      welfareNotes:
        withChild && parts.welfareNotes
          ? (notesBy.get(incident.id) ?? []).map((n) => ({
              id: n.id,
              concernNote: n.concernNote,
              guardianToldAt: n.guardianToldAt,
              isStudySuspended: n.isStudySuspended,
              recordedBy: person(n.recordedByAccountId)!,
              recordedAt: n.recordedAt,
            }))
          : null,
    });
  });
}
