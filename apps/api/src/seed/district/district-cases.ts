import {
  assessReporting,
  EMERGENCY_STEPS,
  requiresPoliceReport,
  type CaseFacts,
  type IncidentCategory,
  type IncidentState,
  type ReportingTimeline,
  type SuspectType,
} from '@xiaohu/domain';
import type { DataCipher } from '../../shared/crypto/data-cipher';
import type { ExternalSourceCode } from '../../features/incidents/incident-external-source.entity';
import type { GeneratedInstitution } from './district-institutions';
import { writeAlerts, writeBreaches } from './district-case-jobs';
import type { CaseContext, CaseEvent, CaseTables, GeneratedCase } from './district-case.types';
import { personName } from './district-names';
import type { DistrictRandom } from './district-random';
import { CLASS_GRADES, CLASS_NUMBERS, STATEMENTS } from './district-names';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const CATEGORY_WEIGHTS: Record<IncidentCategory, number> = {
  BULLYING_VIOLENCE: 42,
  OTHER: 25,
  ABUSE: 13,
  MOLESTATION: 13,
  SEXUAL_ASSAULT: 7,
};

const SUSPECT_WEIGHTS: Record<IncidentCategory, Record<SuspectType, number>> = {
  BULLYING_VIOLENCE: { STUDENT: 80, OUTSIDER: 8, STAFF: 7, UNKNOWN: 5 },
  ABUSE: { STAFF: 55, OUTSIDER: 25, UNKNOWN: 10, STUDENT: 10 },
  MOLESTATION: { STAFF: 25, OUTSIDER: 35, STUDENT: 20, UNKNOWN: 20 },
  SEXUAL_ASSAULT: { STAFF: 25, OUTSIDER: 35, STUDENT: 20, UNKNOWN: 20 },
  OTHER: { STUDENT: 40, OUTSIDER: 20, UNKNOWN: 30, STAFF: 10 },
};

/** Where each generated case's rows go, table by table. */
/**
 * Encryption with the data key (the columns' own cipher), once per distinct generated text: AES-GCM
 * with a fresh IV costs tens of microseconds, and 200,000 children make 600,000 values. Equal texts
 * then have equal ciphertexts, which tells only that fictional values are equal; the app reads them
 * like any other.
 */
export function sealedTexts(cipher: DataCipher): (purpose: string, text: string) => string {
  const sealed = new Map<string, string>();
  return (purpose, text) => {
    const key = `${purpose}\u0000${text}`;
    let value = sealed.get(key);
    if (value === undefined) {
      value = cipher.encrypt(purpose, text);
      sealed.set(key, value);
    }
    return value;
  };
}

/**
 * Instants when `count` disclosures were received over the three years before `now` (school hours,
 * Asia/Shanghai), oldest first; none later than two hours before `now`, so every deadline has passed
 * and every alert has run: the generated district needs no pending job.
 */
export function receiptInstants(
  random: DistrictRandom,
  count: number,
  now: number,
  years: number,
): Float64Array {
  const start = now - years * 365 * DAY;
  const latest = now - 2 * HOUR;
  const instants = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    for (;;) {
      const someInstant = start + random.next() * (latest - start);
      // UTC+8 all year (no daylight saving): the local day's midnight, then 08:00-18:00 local time.
      const localMidnight = Math.floor((someInstant + 8 * HOUR) / DAY) * DAY - 8 * HOUR;
      const instant = Math.floor(localMidnight + 8 * HOUR + random.next() * 10 * HOUR);
      if (instant <= latest && instant >= start) {
        instants[i] = instant;
        break;
      }
    }
  }
  return instants.sort();
}

// Instants stay epoch milliseconds up to the insert (see district-insert.ts).
const iso = (ms: number | null | undefined): number | null => (ms === null || ms === undefined ? null : ms);
const date = (ms: number | null): Date | undefined => (ms === null ? undefined : new Date(ms));

/** One case received at `received` by `institution`, with every row the app would hold about it. */
export async function buildCase(
  context: CaseContext,
  institution: GeneratedInstitution,
  received: number,
  tables: CaseTables,
): Promise<GeneratedCase> {
  const { random, now, policy } = context;
  const id = random.uuid();
  const head = institution.headAccountId;
  const category = random.weighted(CATEGORY_WEIGHTS);
  const suspectType = random.weighted(SUSPECT_WEIGHTS[category]);
  const age = now - received;
  // REP-8: a case the district learned of from elsewhere (police, a parent, a tip) and opened itself.
  const isExternal = age > 5 * DAY && random.chance(0.015);
  let suspectStaffId: string | null = null;
  let suspectAccountId: string | null = null;
  if (suspectType === 'STAFF' && !isExternal) {
    if (random.chance(0.02)) {
      suspectStaffId = institution.headStaffId;
      suspectAccountId = head;
    } else if (institution.suspectStaffIds.length > 0 && random.chance(0.85)) {
      suspectStaffId = random.pick(institution.suspectStaffIds);
    }
  }
  const hasHeadDeclaredConflict = !isExternal && random.chance(0.003);
  // REP-11, as the domain reads it (isCaseHeadInConflict).
  const isHeadInConflict = hasHeadDeclaredConflict || suspectAccountId === head;
  const isReporterHead = !isExternal && !isHeadInConflict && random.chance(0.15);
  const reporter = isExternal
    ? context.safetyAccountId
    : isReporterHead
      ? head
      : institution.teacherAccountId;
  // Who acts for the institution: the head, unless in conflict (then the reporting teacher).
  const actor = isHeadInConflict ? institution.teacherAccountId : head;

  // The teacher → head hop (REP-2): most within "immediately", some late, a few very late.
  let recorded: number;
  if (isExternal) recorded = received + random.int(60, 48 * 60) * MINUTE;
  else if (isReporterHead) recorded = received + random.int(1, 30) * MINUTE;
  else {
    const lateness = random.weighted({ ON_TIME: 80, LATE: 15, VERY_LATE: 5 });
    recorded =
      received +
      (lateness === 'ON_TIME'
        ? random.int(1, 9)
        : lateness === 'LATE'
          ? random.int(11, 50)
          : random.int(61, 1_200)) *
        MINUTE;
  }
  recorded = Math.min(recorded, now - MINUTE);

  let acknowledged: number | null = null;
  if (!isHeadInConflict) {
    const roll = random.next();
    if (isExternal) acknowledged = recorded + random.int(10, 600) * MINUTE;
    else if (roll < 0.85)
      acknowledged = recorded + random.next() * Math.max(0, received + 9.5 * MINUTE - recorded);
    else if (roll < 0.97) acknowledged = recorded + random.int(9, 180) * MINUTE;
    if (acknowledged !== null) acknowledged = Math.floor(acknowledged);
    if (acknowledged !== null && acknowledged > now - MINUTE) acknowledged = null;
  }

  // REP-3: the police report, within the hour mostly; a few schools never make it (open, in breach).
  const isPoliceRequired = requiresPoliceReport(category, suspectType, policy).isRequired;
  let policeReported: number | null = null;
  let policeRecorded: number | null = null;
  const neverReports = isPoliceRequired && !isExternal && random.chance(0.01);
  if ((isPoliceRequired || random.chance(0.15)) && !neverReports) {
    const timing = isExternal ? 'AFTER_DISTRICT' : random.weighted({ PROMPT: 70, IN_TIME: 22, LATE: 8 });
    if (timing === 'AFTER_DISTRICT') policeReported = recorded + random.int(30, 48 * 60) * MINUTE;
    else if (timing === 'PROMPT') policeReported = received + random.int(8, 25) * MINUTE;
    else if (timing === 'IN_TIME') policeReported = received + random.int(26, 58) * MINUTE;
    else policeReported = received + random.int(61, 600) * MINUTE;
    policeRecorded =
      Math.max(policeReported, recorded) + random.int(1, timing === 'PROMPT' ? 4 : 30) * MINUTE;
    if (policeRecorded > now - MINUTE) policeReported = policeRecorded = null;
  }

  // REP-8: the district also heard from elsewhere; before the school told it, that is concealment.
  let external: { source: ExternalSourceCode; learnedAt: number; recordedAt: number } | null = null;
  if (isExternal) {
    external = {
      source: random.pick(['POLICE', 'TIP', 'PARENT', 'MEDIA'] as const),
      learnedAt: received,
      recordedAt: recorded,
    };
  } else if (random.chance(0.01)) {
    const learnedAt = random.chance(0.4)
      ? received + Math.floor(random.next() * (recorded - received))
      : recorded + random.int(1, 4_320) * MINUTE;
    const recordedAt = Math.min(Math.max(learnedAt, recorded) + random.int(10, 2_880) * MINUTE, now - MINUTE);
    if (learnedAt <= recordedAt)
      external = { source: random.pick(['POLICE', 'TIP', 'PARENT'] as const), learnedAt, recordedAt };
  }

  // REP-6: a staff suspect starts the emergency plan.
  const steps: { step: string; doneAt: number }[] = [];
  if (suspectType === 'STAFF' && !isExternal) {
    let doneAt = recorded;
    for (const step of EMERGENCY_STEPS) {
      doneAt += random.int(5, 40) * MINUTE;
      if (doneAt <= now - MINUTE) steps.push({ step, doneAt });
    }
  }

  // REP-4: a settlement between the parties, tried and refused (recorded as a breach).
  let settlementAttempt: number | null = null;
  if (!isExternal && random.chance(0.004)) {
    const at = recorded + random.int(1, 10) * DAY;
    if (at <= now - MINUTE) settlementAttempt = at;
  }

  // Most cases are closed; recent ones less often. A required police report must come first.
  const closeChance = age > 90 * DAY ? 0.98 : age > 30 * DAY ? 0.85 : age > 7 * DAY ? 0.5 : 0.15;
  let closed: number | null = null;
  const closingReason = random.weighted({ RESOLVED: 82, UNFOUNDED: 14, DUPLICATE: 4 });
  if ((!isPoliceRequired || policeRecorded !== null) && random.chance(closeChance)) {
    const last = Math.max(
      recorded,
      acknowledged ?? 0,
      policeRecorded ?? 0,
      settlementAttempt ?? 0,
      external?.recordedAt ?? 0,
      ...steps.map((s) => s.doneAt),
    );
    const at = last + random.int(1, 40) * DAY + random.int(0, 8) * HOUR;
    if (at <= now - MINUTE) closed = at;
  }

  const timeline: ReportingTimeline = {
    category,
    suspectType,
    receipts: [{ personId: reporter, receivedAt: new Date(received) }],
    recordedAt: !isExternal && reporter !== head ? new Date(recorded) : undefined,
    headNotifiedAt: date(acknowledged),
    policeReportedAt: date(policeReported),
    reportedToDistrictAt: isExternal ? undefined : new Date(recorded),
    closedAt: date(closed),
    privateSettlementAt: date(settlementAttempt),
    learnedFromElsewhere: external
      ? { source: external.source, learnedAt: new Date(external.learnedAt) }
      : undefined,
  };
  const assessed = assessReporting(timeline, new Date(now), policy);
  if (!assessed.ok) throw new Error(`Generated an invalid timeline (${assessed.error.code})`);
  const assessment = assessed.value;

  const stateAt = (t: number): IncidentState =>
    closed !== null && closed <= t
      ? 'CLOSED'
      : policeRecorded !== null && policeRecorded <= t
        ? 'POLICE_REPORTED'
        : acknowledged !== null && acknowledged <= t
          ? 'HEAD_NOTIFIED'
          : 'REPORTED';
  const state = stateAt(now);
  const factsAt = (t: number): CaseFacts => ({
    institution: { id: institution.id, kind: institution.kind },
    category,
    suspectType,
    isMarkedConfidential: false,
    reporterAccountId: reporter,
    headAccountId: head,
    suspect: { accountId: suspectAccountId, staffId: suspectStaffId },
    hasHeadDeclaredConflict,
    state: stateAt(t),
    isAcknowledged: acknowledged !== null && acknowledged <= t,
    isPoliceReported: policeRecorded !== null && policeRecorded <= t,
  });

  // incident, with its stored reporting state (stored-reporting.ts) from the same assessment: the breaches
  // written below are exactly the assessment's, so the status on record is the assessed one.
  const { seal } = context;
  // Drawn in the order the row lists them, as before: the seed stays the same for a given seed value.
  const suspectDescription =
    suspectType === 'OUTSIDER' && random.chance(0.5)
      ? seal(
          'incident.suspect_description',
          random.pick(['校外人员，中年男性', '校门口流动摊贩', '学生亲属的朋友']),
        )
      : null;
  const channel = random.chance(0.7) ? 'ORAL' : 'WRITTEN';
  const isChildInDanger = random.chance(0.05);
  await tables.incident([
    id,
    institution.id,
    isExternal ? 'EXTERNAL' : 'SCHOOL',
    reporter,
    head,
    category,
    suspectType,
    suspectStaffId,
    suspectAccountId,
    suspectDescription,
    hasHeadDeclaredConflict,
    channel,
    iso(received),
    iso(recorded),
    false,
    isChildInDanger,
    state,
    isExternal ? null : iso(recorded),
    iso(acknowledged),
    acknowledged === null ? null : head,
    iso(policeReported),
    policeReported === null ? null : `重庆市公安局九龙坡区分局${institution.place}派出所`,
    policeReported === null
      ? null
      : `JLPGA${new Date(policeReported).getUTCFullYear()}${String(random.int(0, 999_999)).padStart(6, '0')}`,
    policeReported === null ? null : `${personName(random)}警官`,
    policeReported === null ? null : actor,
    iso(policeRecorded),
    iso(closed),
    closed === null ? null : closingReason,
    null,
    closed === null ? null : actor,
    assessment.status,
    assessment.policeReport.isRequired ? assessment.deadlines.policeReportDueAt : null,
    assessment.breaches.length > 0,
  ]);

  // incident_child: the disclosure's child (a case opened from elsewhere has none yet).
  if (!isExternal) {
    const grade = `${random.pick(CLASS_GRADES[institution.kind])}${random.pick(CLASS_NUMBERS)}`;
    await tables.child([
      id,
      seal('incident_child.child_name', random.pick(context.childNames)),
      seal('incident_child.child_class', grade),
      seal('incident_child.statement', random.pick(STATEMENTS)),
    ]);
  }

  const event: CaseEvent = (
    kind: string,
    at: number,
    recordedAt: number,
    actorId: string | null,
    detail: string | null,
    deadline: 'HEAD_NOTIFICATION' | 'POLICE_REPORT' | null = null,
    dueAt: number | null = null,
    outcome: 'MET' | 'MISSED' | null = null,
  ) =>
    tables.event([
      random.uuid(),
      id,
      kind,
      iso(at),
      iso(recordedAt),
      actorId,
      detail,
      deadline,
      iso(dueAt),
      outcome,
    ]);

  const headDue = assessment.deadlines.headNotificationDueAt.getTime();
  const policeDue = assessment.deadlines.policeReportDueAt.getTime();
  if (!isExternal) await event('DISCLOSURE_RECORDED', received, recorded, reporter, category);
  if (external) {
    await event(
      'EXTERNAL_SOURCE_RECORDED',
      external.learnedAt,
      external.recordedAt,
      context.safetyAccountId,
      external.source,
    );
    await tables.externalSource([
      random.uuid(),
      id,
      external.source,
      iso(external.learnedAt),
      null,
      context.safetyAccountId,
      iso(external.recordedAt),
    ]);
  }
  if (acknowledged !== null) {
    const late = acknowledged > headDue;
    await event(
      'HEAD_ACKNOWLEDGED',
      acknowledged,
      acknowledged,
      head,
      null,
      'HEAD_NOTIFICATION',
      null,
      late ? 'MISSED' : 'MET',
    );
  }
  for (const { step, doneAt } of steps) {
    await event('EMERGENCY_STEP_DONE', doneAt, doneAt + random.int(0, 10) * MINUTE, actor, step);
    await tables.emergencyStep([id, step, iso(doneAt), actor]);
  }
  if (policeReported !== null) {
    const late = isPoliceRequired && policeReported > policeDue;
    await event(
      'POLICE_REPORTED',
      policeReported,
      policeRecorded!,
      actor,
      null,
      'POLICE_REPORT',
      null,
      late ? 'MISSED' : 'MET',
    );
  }
  if (settlementAttempt !== null)
    await event('CLOSE_REFUSED', settlementAttempt, settlementAttempt, actor, 'PRIVATE_SETTLEMENT_FORBIDDEN');
  if (closed !== null) await event('CLOSED', closed, closed, actor, closingReason);

  // Alerts as the escalation jobs ran them (district-case-jobs.ts).
  const policeAlertSentAt = isExternal
    ? null
    : await writeAlerts(tables, context, institution, event, {
        id,
        timeline,
        received,
        recorded,
        category,
        suspectType,
        isHeadInConflict,
        isChildInDanger,
        acknowledged,
        policeReported,
        policeRecorded,
        factsAt,
      });

  // incident_breach: exactly the assessment's breaches (district-case-jobs.ts).
  await writeBreaches(tables, context, event, id, assessment.breaches, {
    recorded,
    policeAlertSentAt,
    policeRecorded,
    externalRecordedAt: external?.recordedAt ?? null,
    settlementAttempt,
  });

  return { id, institutionId: institution.id, timeline, assessment, breaches: assessment.breaches, state };
}
