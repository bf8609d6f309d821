import {
  fromZoned,
  type BullyingDocumentKind,
  type BullyingStep,
  type DistrictPolicy,
  type EmploymentType,
  type InstitutionCareRecords,
  type InstitutionKind,
  type LegalVicePrincipalUnit,
  type MonitoredPlaceKind,
  type PlanLessonTopic,
  type StaffRole,
  type TrainingTopic,
} from '@xiaohu/domain';

/** What the gaps' labels are resolved from: names by id, never a child's (those come per viewer). */
export interface CareRecordNames {
  staff: Map<string, string>;
  classes: Map<string, string>;
  intakes: Map<string, string>;
  places: Map<string, string>;
  appointments: Map<string, string>;
}

/** A SQL runner (TypeORM's manager.query or the bench's raw client): the loader stays plain code. */
export type RunSql = (sql: string, parameters: unknown[]) => Promise<unknown[]>;

/** The day 'YYYY-MM-DD' as the instant its morning starts in the district's zone (as the place register). */
function startOfDay(day: string, policy: DistrictPolicy): Date {
  const [year, month, date] = day.split('-').map(Number);
  return fromZoned({ year, month, day: date, hour: 0, minute: 0, second: 0 }, policy.timeZone);
}

/** One institution's records for `preventionGapsFromRecords`, and the names its gaps are labelled with. */
export interface LoadedCareRecords {
  institutionId: string;
  records: InstitutionCareRecords;
  names: CareRecordNames;
}

type Row = Record<string, unknown>;
const group = <T extends Row>(rows: T[], key: keyof T): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const id = row[key] as string;
    map.set(id, [...(map.get(id) ?? []), row]);
  }
  return map;
};
const names = (rows: { id: string; name: string }[]) => new Map(rows.map((r) => [r.id, r.name]));

/**
 * PRV-2, PRV-5 to PRV-10: every issue-12 table and the place register, for many institutions at once, as
 * the domain's InstitutionCareRecords: one statement per table whatever the number of institutions. Child
 * identities are never read here (the files' presence only); bullying reports are the open cases of the
 * bullying category with their steps. Plain code over `run`, so the bench's raw baseline reuses it.
 */
export async function loadCareRecords(
  run: RunSql,
  institutions: { id: string; kind: InstitutionKind }[],
  policy: DistrictPolicy,
): Promise<LoadedCareRecords[]> {
  if (institutions.length === 0) return [];
  const ids = institutions.map((i) => i.id);
  // One after another: inside a transaction the statements share one connection.
  let queue: Promise<unknown> = Promise.resolve();
  const q = <T extends Row>(sql: string): Promise<T[]> => {
    const next = queue.then(() => run(sql, [ids]) as Promise<T[]>);
    queue = next.catch(() => undefined);
    return next;
  };
  const [
    places,
    inspections,
    appointments,
    staff,
    sessions,
    attendance,
    intakes,
    classes,
    deliveries,
    plan,
    counselling,
    files,
    talks,
    documents,
    reports,
    steps,
  ] = await Promise.all([
    q<{ id: string; institution_id: string; name: string; kind: MonitoredPlaceKind; is_monitored: boolean }>(
      'SELECT id, institution_id, name, kind, is_monitored FROM monitored_place WHERE institution_id = ANY($1::uuid[])',
    ),
    q<{ institution_id: string; inspected_on: string }>(
      `SELECT institution_id, to_char(max(inspected_on), 'YYYY-MM-DD') AS inspected_on
         FROM blind_spot_self_inspection WHERE institution_id = ANY($1::uuid[]) GROUP BY institution_id`,
    ),
    q<{
      id: string;
      institution_id: string;
      name: string;
      unit: LegalVicePrincipalUnit;
      term_start: Date;
      term_end: Date;
    }>(
      'SELECT id, institution_id, name, unit, term_start, term_end FROM legal_vice_principal WHERE institution_id = ANY($1::uuid[])',
    ),
    q<{ id: string; institution_id: string; name: string; role: StaffRole; employment_type: EmploymentType }>(
      `SELECT id, institution_id, name, role, employment_type FROM staff_member
        WHERE institution_id = ANY($1::uuid[]) AND status = 'ACTIVE' ORDER BY name, id`,
    ),
    // The institution's own sessions and the committee's sessions its staff attended.
    q<{ id: string; topic: TrainingTopic; held_at: Date }>(
      `SELECT DISTINCT s.id, s.topic, s.held_at FROM training_session s
        WHERE s.organiser_institution_id = ANY($1::uuid[])
           OR s.id IN (SELECT a.session_id FROM training_attendance a JOIN staff_member m ON m.id = a.staff_id
                        WHERE m.institution_id = ANY($1::uuid[]))`,
    ),
    q<{ session_id: string; staff_id: string; institution_id: string }>(
      `SELECT a.session_id, a.staff_id, m.institution_id FROM training_attendance a
         JOIN staff_member m ON m.id = a.staff_id WHERE m.institution_id = ANY($1::uuid[])`,
    ),
    q<{ id: string; institution_id: string; name: string; enrolled_at: Date }>(
      'SELECT id, institution_id, name, enrolled_at FROM intake WHERE institution_id = ANY($1::uuid[])',
    ),
    q<{
      id: string;
      institution_id: string;
      intake_id: string;
      name: string;
      head_teacher_staff_id: string | null;
      closed_at: Date | null;
    }>(
      `SELECT id, institution_id, intake_id, name, head_teacher_staff_id, closed_at FROM school_class
        WHERE institution_id = ANY($1::uuid[]) ORDER BY name, id`,
    ),
    q<{
      institution_id: string;
      intake_id: string;
      delivered_at: Date;
      class_ids: string[];
      teacher_staff_id: string;
    }>(
      `SELECT institution_id, intake_id, delivered_at, class_ids, teacher_staff_id FROM course_delivery
        WHERE institution_id = ANY($1::uuid[])`,
    ),
    q<{
      institution_id: string;
      class_id: string;
      topic: PlanLessonTopic;
      lessons: number;
      planned_at: Date;
    }>(
      `SELECT institution_id, class_id, topic, lessons, planned_at FROM teaching_plan_entry
        WHERE institution_id = ANY($1::uuid[])`,
    ),
    q<{ institution_id: string; has_counselling_room: boolean; hotline: string | null }>(
      'SELECT institution_id, has_counselling_room, hotline FROM counselling_facility WHERE institution_id = ANY($1::uuid[])',
    ),
    // Whether each file is present, never what it says or whose it is.
    q<{
      id: string;
      institution_id: string;
      class_id: string;
      categories: string[];
      counsellor_staff_ids: string[];
      opened_at: Date;
      closed_at: Date | null;
      has_personal_file: boolean;
      has_growth_file: boolean;
    }>(
      `SELECT id, institution_id, class_id, categories, counsellor_staff_ids, opened_at, closed_at,
              personal_file IS NOT NULL AS has_personal_file, growth_file IS NOT NULL AS has_growth_file
         FROM child_file WHERE institution_id = ANY($1::uuid[])`,
    ),
    q<{
      child_file_id: string;
      institution_id: string;
      held_at: Date;
      kind: 'TALK' | 'CLASS_MEETING';
      by_staff_id: string | null;
    }>(
      `SELECT t.child_file_id, f.institution_id, t.held_at, t.kind, t.by_staff_id FROM welfare_talk t
         JOIN child_file f ON f.id = t.child_file_id WHERE f.institution_id = ANY($1::uuid[])`,
    ),
    q<{ institution_id: string; kind: BullyingDocumentKind; adopted_at: Date }>(
      'SELECT institution_id, kind, adopted_at FROM bullying_document WHERE institution_id = ANY($1::uuid[])',
    ),
    q<{ id: string; institution_id: string; received_at: Date }>(
      `SELECT id, institution_id, received_at FROM incident
        WHERE institution_id = ANY($1::uuid[]) AND category = 'BULLYING_VIOLENCE' AND state <> 'CLOSED'`,
    ),
    q<{ case_id: string; step: BullyingStep; completed_at: Date }>(
      `SELECT s.case_id, s.step, s.completed_at FROM bullying_step s JOIN incident i ON i.id = s.case_id
        WHERE i.institution_id = ANY($1::uuid[]) AND i.category = 'BULLYING_VIOLENCE' AND i.state <> 'CLOSED'`,
    ),
  ]);
  const by = {
    places: group(places, 'institution_id'),
    appointments: group(appointments, 'institution_id'),
    staff: group(staff, 'institution_id'),
    attendance: group(attendance, 'institution_id'),
    intakes: group(intakes, 'institution_id'),
    classes: group(classes, 'institution_id'),
    deliveries: group(deliveries, 'institution_id'),
    plan: group(plan, 'institution_id'),
    files: group(files, 'institution_id'),
    talks: group(talks, 'institution_id'),
    documents: group(documents, 'institution_id'),
    reports: group(reports, 'institution_id'),
    steps: group(steps, 'case_id'),
  };
  const lastInspection = new Map(inspections.map((r) => [r.institution_id, r.inspected_on]));
  const counsellingOf = new Map(counselling.map((r) => [r.institution_id, r]));
  const classIntake = new Map(classes.map((c) => [c.id, c.intake_id]));
  const headTeacherOf = new Map(classes.map((c) => [c.id, c.head_teacher_staff_id]));
  return institutions.map((institution) => {
    const own = <T>(map: Map<string, T[]>) => map.get(institution.id) ?? [];
    const ownClasses = own(by.classes);
    const openClasses = ownClasses.filter((c) => c.closed_at === null);
    const ownAttendance = own(by.attendance);
    const attendedSessions = new Set(ownAttendance.map((a) => a.session_id));
    const lastOn = lastInspection.get(institution.id) ?? null;
    const room = counsellingOf.get(institution.id);
    const ownIntakes = own(by.intakes).filter((intake) => openClasses.some((c) => c.intake_id === intake.id));
    const records: InstitutionCareRecords = {
      institutionKind: institution.kind,
      places: {
        institutionKind: institution.kind,
        lastBlindSpotSelfInspectionAt: lastOn ? startOfDay(lastOn, policy) : null,
        places: own(by.places).map((p) => ({ id: p.id, kind: p.kind, isMonitored: p.is_monitored })),
      },
      legalVicePrincipals: own(by.appointments).map((a) => ({
        id: a.id,
        name: a.name,
        unit: a.unit,
        termStart: a.term_start,
        termEnd: a.term_end,
      })),
      register: own(by.staff).map((m) => ({
        staffId: m.id,
        role: m.role,
        employmentType: m.employment_type,
      })),
      trainingSessions: sessions
        .filter((s) => attendedSessions.has(s.id))
        .map((s) => ({ id: s.id, topic: s.topic, heldAt: s.held_at })),
      attendance: ownAttendance.map((a) => ({ sessionId: a.session_id, staffId: a.staff_id })),
      intakes: ownIntakes.map((intake) => ({
        cohortId: intake.id,
        enrolledAt: intake.enrolled_at,
        classIds: openClasses.filter((c) => c.intake_id === intake.id).map((c) => c.id),
      })),
      courseDeliveries: own(by.deliveries).map((d) => ({
        cohortId: d.intake_id,
        deliveredAt: d.delivered_at,
        classIds: d.class_ids.filter((id) => classIntake.get(id) === d.intake_id),
        teacherStaffId: d.teacher_staff_id,
      })),
      classIds: openClasses.map((c) => c.id),
      teachingPlan: own(by.plan).map((e) => ({
        classId: e.class_id,
        topic: e.topic,
        lessons: e.lessons,
        plannedAt: e.planned_at,
      })),
      counselling: {
        hasCounsellingRoom: room?.has_counselling_room ?? false,
        hotline: room?.hotline ?? null,
      },
      childFiles: own(by.files).map((f) => ({
        childId: f.id,
        classId: f.class_id,
        headTeacherStaffId: headTeacherOf.get(f.class_id) ?? null,
        counsellorStaffIds: f.counsellor_staff_ids,
        categories: f.categories,
        openedAt: f.opened_at,
        closedAt: f.closed_at,
        hasPersonalFile: f.has_personal_file,
        hasGrowthFile: f.has_growth_file,
      })),
      welfareTalks: own(by.talks).map((t) => ({
        childId: t.child_file_id,
        heldAt: t.held_at,
        kind: t.kind,
        byStaffId: t.by_staff_id ?? '',
      })),
      bullyingDocuments: own(by.documents).map((d) => ({ kind: d.kind, adoptedAt: d.adopted_at })),
      bullyingReports: own(by.reports).map((r) => ({
        report: { caseId: r.id, reportedAt: r.received_at },
        steps: (by.steps.get(r.id) ?? []).map((s) => ({ step: s.step, completedAt: s.completed_at })),
      })),
    };
    return {
      institutionId: institution.id,
      records,
      names: {
        staff: names(own(by.staff)),
        classes: names(ownClasses),
        intakes: names(own(by.intakes)),
        places: names(own(by.places)),
        appointments: names(own(by.appointments)),
      },
    };
  });
}
