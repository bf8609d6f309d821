import {
  assessReporting,
  canTransition,
  emergencyChecklist,
  escalationPlan,
  type BreachCode,
  type IncidentActor,
  type IncidentState,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import type { SignedInActor } from '../../shared/auth/actor';
import { ValidationError } from '../../shared/graphql/error-result';
import { AccountEntity } from '../accounts/account.entity';
import { InstitutionEntity } from '../institutions/institution.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { loadMailSettings } from '../notifications/mail-settings';
import type { Case } from './case.type';
import type {
  CloseCaseInput,
  CompleteEmergencyStepInput,
  RecordDisclosureInput,
  RecordExternalSourceInput,
  RecordPoliceReportInput,
  RecordWelfareNoteInput,
} from './case.inputs';
import { accessOf, toCases } from './case-view';
import {
  CaseForbiddenError,
  CaseNotFoundError,
  ReportingTimeError,
  TransitionRefusedError,
} from './incident-errors.type';
import {
  recordAssessedBreaches,
  recordRefusedAttempt,
  scheduleAlerts,
  type AlertDependencies,
} from './incident-alerts';
import { IncidentChildEntity } from './incident-child.entity';
import { IncidentEventEntity } from './incident-event.entity';
import { IncidentExternalSourceEntity } from './incident-external-source.entity';
import { IncidentEntity } from './incident.entity';
import { IncidentWelfareNoteEntity } from './incident-welfare-note.entity';
import { conflictOfInterestOf } from './incident-conflict';
import {
  casePowers,
  receivesIncidentReports,
  toIncidentActor,
  toIncidentFacts,
  toTimeline,
  type CasePowers,
} from './incident-facts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function signedIn(context: RequestContext): SignedInActor {
  // The access guard runs first; reaching here without an actor is a bug.
  if (!context.auth.actor) throw new Error('Service called without a signed-in actor');
  return context.auth.actor;
}

export function alertDependencies(context: Pick<RequestContext, 'clock' | 'policy'>): AlertDependencies {
  return { clock: context.clock, policy: context.policy, mail: loadMailSettings() };
}

function text(
  value: string | null | undefined,
  field: string,
  max: number,
  required: boolean,
): string | null | ValidationError {
  const trimmed = value?.trim() ?? '';
  if (required && trimmed.length === 0) return ValidationError.of(field, `${field} is required`);
  if (trimmed.length > max) return ValidationError.of(field, `${field} is longer than ${max} characters`);
  return trimmed.length > 0 ? trimmed : null;
}

async function headOf(manager: EntityManager, institutionId: string): Promise<AccountEntity | null> {
  return manager.getRepository(AccountEntity).findOne({
    where: { institutionId, role: 'HEAD', isDisabled: false },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
}

async function event(
  manager: EntityManager,
  row: Partial<IncidentEventEntity> & Pick<IncidentEventEntity, 'incidentId' | 'kind' | 'at' | 'recordedAt'>,
) {
  await manager.getRepository(IncidentEventEntity).insert({
    actorAccountId: null,
    detail: null,
    deadline: null,
    deadlineOutcome: null,
    ...row,
  });
}

async function viewOne(
  context: RequestContext,
  manager: EntityManager,
  incidentId: string,
  actor: IncidentActor,
  withChild: boolean,
): Promise<Case> {
  const incident = await manager.getRepository(IncidentEntity).findOneByOrFail({ id: incidentId });
  const [view] = await toCases(manager, [incident], actor, context.clock.now(), context.policy, withChild);
  return view;
}

/** Issue 4: the teacher's record. Case, child, timeline, audit and escalation jobs in one transaction. */
export async function recordDisclosure(context: RequestContext, input: RecordDisclosureInput) {
  const result = await recordDisclosureOrRefuse(context, input);
  if (result instanceof ValidationError) {
    // Every mutation that runs leaves one audit row, refusals too (never the input: it may name the child).
    await recordAudit(context.dataSource.manager, signedIn(context), context.clock.now(), {
      action: 'incident.recordDisclosure',
      outcome: result.code,
      details: { field: result.field },
    });
  }
  return result;
}

async function recordDisclosureOrRefuse(context: RequestContext, input: RecordDisclosureInput) {
  const actor = signedIn(context);
  if (!actor.institutionId) return ValidationError.of(null, 'Only institution staff record disclosures');
  const childName = text(input.childName, 'childName', 60, true);
  const childClass = text(input.childClass, 'childClass', 60, true);
  const statement = text(input.childStatement, 'childStatement', 4000, true);
  const suspectDescription = text(input.suspectDescription, 'suspectDescription', 200, false);
  for (const checked of [childName, childClass, statement, suspectDescription]) {
    if (checked instanceof ValidationError) return checked;
  }
  if (input.isSuspectHead && input.suspectType !== 'STAFF') {
    return ValidationError.of('isSuspectHead', 'The head as suspect needs suspectType STAFF');
  }
  if (input.suspectStaffId && !UUID.test(input.suspectStaffId))
    return ValidationError.of('suspectStaffId', 'Invalid id');
  if (input.suspectStaffId && input.suspectType !== 'STAFF') {
    return ValidationError.of('suspectStaffId', 'A suspect from the staff register needs suspectType STAFF');
  }
  const now = context.clock.now();
  const receivedAt = input.receivedAt ?? now;
  const deps = alertDependencies(context);

  return context.dataSource.transaction(async (manager) => {
    const institution = await manager
      .getRepository(InstitutionEntity)
      .findOneByOrFail({ id: actor.institutionId! });
    const suspectStaff = input.suspectStaffId
      ? await manager
          .getRepository(StaffMemberEntity)
          .findOneBy({ id: input.suspectStaffId, institutionId: institution.id })
      : null;
    if (input.suspectStaffId && !suspectStaff) {
      return ValidationError.of('suspectStaffId', 'The suspect is not on the staff of this institution');
    }
    // REP-11: picking the head's staff record is the same fact as ticking "the suspect is the head".
    const isSuspectHead = input.isSuspectHead || suspectStaff?.role === 'SCHOOL_HEAD';
    const head = await headOf(manager, institution.id);
    const incident = manager.getRepository(IncidentEntity).create({
      institutionId: institution.id,
      origin: 'SCHOOL',
      reporterAccountId: actor.accountId,
      headAccountId: head?.id ?? null,
      category: input.category,
      suspectType: input.suspectType,
      suspectStaffId: input.suspectStaffId ?? null,
      suspectAccountId: isSuspectHead ? (head?.id ?? null) : null,
      suspectDescription: suspectDescription as string | null,
      hasHeadDeclaredConflict: input.isHeadOtherwiseInConflict || (isSuspectHead && !head),
      channel: input.channel,
      receivedAt,
      recordedAt: now,
      isMarkedConfidential: false,
      isChildInDanger: input.isChildInDanger,
      state: 'REPORTED',
      reportedToDistrictAt: now,
    });
    const plan = escalationPlan(
      {
        receipts: [{ personId: actor.accountId, receivedAt }],
        recordedAt: now,
        institution: { id: institution.id, kind: institution.kind },
        category: incident.category,
        suspectType: incident.suspectType,
        isHeadInConflict: conflictOfInterestOf(incident, institution.kind).isHeadInConflict,
      },
      context.policy,
    );
    if (!plan.ok) {
      await recordAudit(manager, actor, now, {
        action: 'incident.recordDisclosure',
        outcome: plan.error.code,
      });
      return ReportingTimeError.of(plan.error.code, plan.error.ruleId, plan.error.message, 'receivedAt');
    }
    await manager.getRepository(IncidentEntity).insert(incident);
    await manager.getRepository(IncidentChildEntity).insert({
      incidentId: incident.id,
      childName: childName as string,
      childClass: childClass as string,
      statement: statement as string,
    });
    await event(manager, {
      incidentId: incident.id,
      kind: 'DISCLOSURE_RECORDED',
      at: receivedAt,
      recordedAt: now,
      actorAccountId: actor.accountId,
      detail: input.category,
    });
    await recordAudit(manager, actor, now, {
      action: 'incident.recordDisclosure',
      outcome: 'OK',
      targetType: 'incident',
      targetId: incident.id,
      details: { category: incident.category, suspectType: incident.suspectType },
    });
    // REP-1, REP-2: a record entered after the head-notification deadline is a late teacher → head hop.
    await recordAssessedBreaches(manager, incident, now, context.policy, ['LATE_REPORT'], 'TEACHER_TO_HEAD');
    await scheduleAlerts(manager, incident, plan.value, deps);
    return viewOne(context, manager, incident.id, await toIncidentActor(manager, actor), false);
  });
}

const factsOf = (incident: IncidentEntity) => ({
  category: incident.category,
  suspectType: incident.suspectType,
});

interface LoadedCase {
  incident: IncidentEntity;
  actor: IncidentActor;
  powers: CasePowers;
}

/** Loads a case for a change (row locked); NOT_FOUND when missing or invisible to the actor. */
async function loadForChange(
  context: RequestContext,
  manager: EntityManager,
  caseId: string,
): Promise<LoadedCase | CaseNotFoundError> {
  if (!UUID.test(caseId)) return CaseNotFoundError.create();
  const incident = await manager
    .getRepository(IncidentEntity)
    .createQueryBuilder('incident')
    .setLock('pessimistic_write')
    .where('incident.id = :caseId', { caseId })
    .getOne();
  if (!incident) return CaseNotFoundError.create();
  const institution = await manager
    .getRepository(InstitutionEntity)
    .findOneByOrFail({ id: incident.institutionId });
  const actor = await toIncidentActor(manager, signedIn(context));
  const access = accessOf(incident, institution.kind, actor, context.policy);
  if (access === 'NONE') return CaseNotFoundError.create();
  return {
    incident,
    actor,
    powers: casePowers(toIncidentFacts(incident, institution.kind), actor, access, context.policy),
  };
}

function refused(
  decision: { code: Parameters<typeof TransitionRefusedError.of>[0]; ruleId: string; message: string },
  breach: BreachCode | null,
) {
  return TransitionRefusedError.of(decision.code, decision.ruleId, decision.message, breach);
}

async function audited(
  manager: EntityManager,
  context: RequestContext,
  action: string,
  caseId: string,
  outcome: string,
  details?: Record<string, unknown>,
) {
  await recordAudit(manager, signedIn(context), context.clock.now(), {
    action,
    outcome,
    targetType: 'incident',
    targetId: caseId,
    details: details ?? null,
  });
}

/** REP-2: the head acknowledges (REPORTED → HEAD_NOTIFIED). */
export async function acknowledgeCase(context: RequestContext, caseId: string) {
  const now = context.clock.now();
  return context.dataSource.transaction(async (manager) => {
    const loaded = await loadForChange(context, manager, caseId);
    if (loaded instanceof CaseNotFoundError) return loaded;
    const { incident, actor, powers } = loaded;
    if (!powers.canAcknowledge) return CaseForbiddenError.create('Only the head acknowledges a case');
    // Already acknowledged: the workflow's answer to standing still.
    const from = incident.acknowledgedAt ? 'HEAD_NOTIFIED' : incident.state;
    if (from === 'REPORTED' || from === 'CLOSED' || incident.acknowledgedAt) {
      const decision = canTransition(from, 'HEAD_NOTIFIED', factsOf(incident), context.policy);
      if (!decision.allowed) return refused(decision, null);
      incident.state = 'HEAD_NOTIFIED';
    }
    const sources = await manager
      .getRepository(IncidentExternalSourceEntity)
      .findBy({ incidentId: incident.id });
    const assessment = assessReporting(
      { ...toTimeline(incident, sources, undefined), headNotifiedAt: now },
      now,
      context.policy,
    );
    const isLate = assessment.ok ? assessment.value.isHeadNotificationLate : false;
    await manager
      .getRepository(IncidentEntity)
      .update(
        { id: incident.id },
        { state: incident.state, acknowledgedAt: now, acknowledgedByAccountId: actor.personId },
      );
    await event(manager, {
      incidentId: incident.id,
      kind: 'HEAD_ACKNOWLEDGED',
      at: now,
      recordedAt: now,
      actorAccountId: actor.personId,
      deadline: 'HEAD_NOTIFICATION',
      deadlineOutcome: isLate ? 'MISSED' : 'MET',
    });
    await audited(manager, context, 'incident.acknowledge', incident.id, 'OK');
    return viewOne(context, manager, incident.id, actor, false);
  });
}

/** REP-6: tick one emergency step, with time and person. */
export async function completeEmergencyStep(context: RequestContext, input: CompleteEmergencyStepInput) {
  const now = context.clock.now();
  const doneAt = input.doneAt ?? now;
  return context.dataSource.transaction(async (manager) => {
    const loaded = await loadForChange(context, manager, input.caseId);
    if (loaded instanceof CaseNotFoundError) return loaded;
    const { incident, actor, powers } = loaded;
    if (!powers.canManage)
      return CaseForbiddenError.create('Only the head or a designated SAFETY member works the checklist');
    if (!emergencyChecklist(incident.suspectType, {}).some((item) => item.step === input.step)) {
      return ValidationError.of('step', 'The emergency checklist applies to staff suspects only (REP-6)');
    }
    if (doneAt.getTime() > now.getTime())
      return ReportingTimeError.of(
        'EVENT_IN_FUTURE',
        'REP-6',
        'A step cannot be done in the future',
        'doneAt',
      );
    const inserted = (await manager.query(
      `INSERT INTO incident_emergency_step (incident_id, step, done_at, done_by_account_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING step`,
      [incident.id, input.step, doneAt, actor.personId],
    )) as unknown[];
    if (inserted.length > 0) {
      await event(manager, {
        incidentId: incident.id,
        kind: 'EMERGENCY_STEP_DONE',
        at: doneAt,
        recordedAt: now,
        actorAccountId: actor.personId,
        detail: input.step,
      });
      await audited(manager, context, 'incident.completeEmergencyStep', incident.id, 'OK', {
        step: input.step,
      });
    }
    return viewOne(context, manager, incident.id, actor, false);
  });
}

/** REP-3: the police report; a late one records 迟报 at once (the deadline job then skips). */
export async function recordPoliceReport(context: RequestContext, input: RecordPoliceReportInput) {
  const now = context.clock.now();
  const station = text(input.policeStation, 'policeStation', 120, true);
  const receipt = text(input.receiptNumber, 'receiptNumber', 60, true);
  const officer = text(input.officerName, 'officerName', 60, false);
  for (const checked of [station, receipt, officer]) if (checked instanceof ValidationError) return checked;
  return context.dataSource.transaction(async (manager) => {
    const loaded = await loadForChange(context, manager, input.caseId);
    if (loaded instanceof CaseNotFoundError) return loaded;
    const { incident, actor, powers } = loaded;
    if (!powers.canRecordPoliceReport)
      return CaseForbiddenError.create('Not allowed to record the police report');
    const decision = canTransition(incident.state, 'POLICE_REPORTED', factsOf(incident), context.policy);
    if (!decision.allowed) return refused(decision, null);
    const sources = await manager
      .getRepository(IncidentExternalSourceEntity)
      .findBy({ incidentId: incident.id });
    const assessment = assessReporting(
      { ...toTimeline(incident, sources, undefined), policeReportedAt: input.reportedAt },
      now,
      context.policy,
    );
    if (!assessment.ok)
      return ReportingTimeError.of(
        assessment.error.code,
        assessment.error.ruleId,
        assessment.error.message,
        'reportedAt',
      );
    const isLate = input.reportedAt.getTime() > assessment.value.deadlines.policeReportDueAt.getTime();
    Object.assign(incident, {
      state: 'POLICE_REPORTED' as IncidentState,
      policeReportedAt: input.reportedAt,
      policeStation: station,
      policeReceiptNumber: receipt,
      policeOfficerName: officer,
      policeRecordedByAccountId: actor.personId,
      policeRecordedAt: now,
    });
    await manager.getRepository(IncidentEntity).update(
      { id: incident.id },
      {
        state: incident.state,
        policeReportedAt: incident.policeReportedAt,
        policeStation: incident.policeStation,
        policeReceiptNumber: incident.policeReceiptNumber,
        policeOfficerName: incident.policeOfficerName,
        policeRecordedByAccountId: incident.policeRecordedByAccountId,
        policeRecordedAt: now,
      },
    );
    await event(manager, {
      incidentId: incident.id,
      kind: 'POLICE_REPORTED',
      at: input.reportedAt,
      recordedAt: now,
      actorAccountId: actor.personId,
      deadline: 'POLICE_REPORT',
      deadlineOutcome: isLate ? 'MISSED' : 'MET',
    });
    if (isLate) await recordAssessedBreaches(manager, incident, now, context.policy, ['LATE_REPORT']);
    await audited(manager, context, 'incident.recordPoliceReport', incident.id, 'OK', { isLate });
    return viewOne(context, manager, incident.id, actor, false);
  });
}

/** REP-8: the district learned of a case from elsewhere; where the school never reported it, 瞒报. */
export async function recordExternalSource(context: RequestContext, input: RecordExternalSourceInput) {
  const now = context.clock.now();
  const note = text(input.note, 'note', 500, false);
  if (note instanceof ValidationError) return note;
  const signedInActor = signedIn(context);
  return context.dataSource.transaction(async (manager) => {
    const actor = await toIncidentActor(manager, signedInActor);
    let incident: IncidentEntity;
    if (input.caseId) {
      const loaded = await loadForChange(context, manager, input.caseId);
      if (loaded instanceof CaseNotFoundError) return loaded;
      if (!loaded.powers.canRecordExternalSource)
        return CaseForbiddenError.create('Only 安稳办 records external sources');
      incident = loaded.incident;
    } else {
      if (!input.institutionId || !input.category || !input.suspectType) {
        return ValidationError.of(
          'caseId',
          'Give caseId, or institutionId, category and suspectType for a new case',
        );
      }
      const institution = UUID.test(input.institutionId)
        ? await manager.getRepository(InstitutionEntity).findOneBy({ id: input.institutionId })
        : null;
      if (!institution) return ValidationError.of('institutionId', 'No such institution');
      if (!receivesIncidentReports(actor, institution.kind, context.policy)) {
        return CaseForbiddenError.create('Only 安稳办 records external sources');
      }
      const head = await headOf(manager, institution.id);
      incident = manager.getRepository(IncidentEntity).create({
        institutionId: institution.id,
        origin: 'EXTERNAL',
        reporterAccountId: actor.personId,
        headAccountId: head?.id ?? null,
        category: input.category,
        suspectType: input.suspectType,
        suspectStaffId: null,
        suspectAccountId: null,
        suspectDescription: null,
        hasHeadDeclaredConflict: false,
        channel: 'ORAL',
        // The institution's own receipt is unknown: the clock starts when the district learned of it.
        receivedAt: input.learnedAt,
        recordedAt: now,
        isMarkedConfidential: false,
        isChildInDanger: false,
        state: 'REPORTED',
        reportedToDistrictAt: null,
      });
      if (input.learnedAt.getTime() > now.getTime()) {
        return ReportingTimeError.of('EVENT_IN_FUTURE', 'REP-8', 'learnedAt is in the future', 'learnedAt');
      }
      await manager.getRepository(IncidentEntity).insert(incident);
    }
    const existing = await manager
      .getRepository(IncidentExternalSourceEntity)
      .findBy({ incidentId: incident.id });
    const source = { source: input.source, learnedAt: input.learnedAt } as IncidentExternalSourceEntity;
    const assessment = assessReporting(
      toTimeline(incident, [...existing, source], undefined),
      now,
      context.policy,
    );
    if (!assessment.ok)
      return ReportingTimeError.of(
        assessment.error.code,
        assessment.error.ruleId,
        assessment.error.message,
        'learnedAt',
      );
    await manager.getRepository(IncidentExternalSourceEntity).insert({
      incidentId: incident.id,
      source: input.source,
      learnedAt: input.learnedAt,
      note: note as string | null,
      recordedByAccountId: actor.personId,
      recordedAt: now,
    });
    await event(manager, {
      incidentId: incident.id,
      kind: 'EXTERNAL_SOURCE_RECORDED',
      at: input.learnedAt,
      recordedAt: now,
      actorAccountId: actor.personId,
      detail: input.source,
    });
    await recordAssessedBreaches(manager, incident, now, context.policy, ['CONCEALMENT']);
    await audited(manager, context, 'incident.recordExternalSource', incident.id, 'OK', {
      source: input.source,
    });
    return viewOne(context, manager, incident.id, actor, false);
  });
}

/** REP-4: closing follows canTransition; a refused attempt that is itself a breach is recorded. */
export async function closeCase(context: RequestContext, input: CloseCaseInput) {
  const now = context.clock.now();
  const note = text(input.note, 'note', 500, false);
  return context.dataSource.transaction(async (manager) => {
    const loaded = await loadForChange(context, manager, input.caseId);
    if (loaded instanceof CaseNotFoundError) return loaded;
    const { incident, actor, powers } = loaded;
    if (!powers.canManage)
      return CaseForbiddenError.create('Only the head or a designated SAFETY member closes a case');
    const decision = canTransition(
      incident.state,
      'CLOSED',
      { category: incident.category, suspectType: incident.suspectType, closingReason: input.reason },
      context.policy,
    );
    if (!decision.allowed) {
      let recorded: BreachCode | null = null;
      if (decision.breachToRecord) {
        recorded = decision.breachToRecord;
        await recordRefusedAttempt(manager, incident, decision.breachToRecord, now, context.policy);
      }
      await event(manager, {
        incidentId: incident.id,
        kind: 'CLOSE_REFUSED',
        at: now,
        recordedAt: now,
        actorAccountId: actor.personId,
        detail: decision.code,
      });
      await audited(manager, context, 'incident.close', incident.id, decision.code, { reason: input.reason });
      return refused(decision, recorded);
    }
    await manager.getRepository(IncidentEntity).update(
      { id: incident.id },
      {
        state: 'CLOSED',
        closedAt: now,
        closingReason: input.reason,
        closingNote: note instanceof ValidationError ? null : note,
        closedByAccountId: actor.personId,
      },
    );
    await event(manager, {
      incidentId: incident.id,
      kind: 'CLOSED',
      at: now,
      recordedAt: now,
      actorAccountId: actor.personId,
      detail: input.reason,
    });
    await audited(manager, context, 'incident.close', incident.id, 'OK', { reason: input.reason });
    return viewOne(context, manager, incident.id, actor, false);
  });
}

/** REP-10: a welfare note on the case (concern, guardian told, 休学). Every attempt is audited, never the note's text. */
export async function recordWelfareNote(context: RequestContext, input: RecordWelfareNoteInput) {
  const now = context.clock.now();
  return context.dataSource.transaction(async (manager) => {
    const loaded = await loadForChange(context, manager, input.caseId);
    const outcome = await welfareNoteOrRefusal(manager, loaded, input, now);
    await audited(
      manager,
      context,
      'incident.recordWelfareNote',
      input.caseId.slice(0, 64),
      outcome instanceof IncidentWelfareNoteEntity ? 'OK' : outcome.code,
      {
        isStudySuspended: input.isStudySuspended,
        isGuardianTold: Boolean(input.guardianToldAt),
      },
    );
    if (!(outcome instanceof IncidentWelfareNoteEntity)) return outcome;
    // The recorder is in the need-to-know group: the answer shows the notes.
    return viewOne(context, manager, outcome.incidentId, (loaded as LoadedCase).actor, true);
  });
}

async function welfareNoteOrRefusal(
  manager: EntityManager,
  loaded: LoadedCase | CaseNotFoundError,
  input: RecordWelfareNoteInput,
  now: Date,
): Promise<IncidentWelfareNoteEntity | CaseNotFoundError | CaseForbiddenError | ValidationError> {
  if (loaded instanceof CaseNotFoundError) return loaded;
  const { incident, actor, powers } = loaded;
  if (!powers.canRecordWelfareNote)
    return CaseForbiddenError.create(
      'Only the reporter, the head or a designated SAFETY member records welfare notes',
    );
  const note = text(input.concernNote, 'concernNote', 2000, true);
  if (note instanceof ValidationError) return note;
  if (input.guardianToldAt && input.guardianToldAt.getTime() > now.getTime()) {
    return ValidationError.of('guardianToldAt', 'guardianToldAt is in the future');
  }
  const row = manager.getRepository(IncidentWelfareNoteEntity).create({
    incidentId: incident.id,
    concernNote: note!,
    guardianToldAt: input.guardianToldAt ?? null,
    isStudySuspended: input.isStudySuspended,
    recordedByAccountId: actor.personId,
    recordedAt: now,
  });
  await manager.getRepository(IncidentWelfareNoteEntity).insert(row);
  return row;
}
