import {
  courseStatus,
  hasAdoptedBullyingDocument,
  hasCounsellingRoomOrHotline,
  legalVicePrincipalStatus,
  teachingPlanStatus,
  type DistrictPolicy,
  type LegalVicePrincipalUnit,
  type PlanLessonTopic,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import { BullyingDocumentEntity } from './bullying-document.entity';
import { readStaffChoices, type CareInstitution } from './care-institution';
import {
  BullyingDocument,
  Counselling,
  CourseDelivery,
  LegalVicePrincipal,
  TeachingPlanEntry,
  type CareRecords,
  type IntakeCourse,
} from './care-records.type';
import { CounsellingFacilityEntity } from './counselling-facility.entity';

interface LvpRow {
  id: string;
  name: string;
  unit: LegalVicePrincipalUnit;
  organisation: string;
  phone: string | null;
  term_start: Date;
  term_end: Date;
}

export const toLegalVicePrincipal = (row: LvpRow): LegalVicePrincipal =>
  Object.assign(new LegalVicePrincipal(), {
    id: row.id,
    name: row.name,
    unit: row.unit,
    organisation: row.organisation,
    phone: row.phone,
    termStart: row.term_start,
    termEnd: row.term_end,
  });

interface DeliveryRow {
  id: string;
  intake_id: string;
  delivered_at: Date;
  class_ids: string[];
  teacher_staff_id: string;
  teacher_name: string;
  note: string | null;
}

const DELIVERY_SELECT = `
  SELECT d.id, d.intake_id, d.delivered_at, d.class_ids, d.teacher_staff_id, m.name AS teacher_name, d.note
    FROM course_delivery d JOIN staff_member m ON m.id = d.teacher_staff_id`;

/** One delivery as the API shows it (class names from the institution's classes). */
export async function readDelivery(manager: EntityManager, id: string): Promise<CourseDelivery> {
  const [row]: DeliveryRow[] = await manager.query(`${DELIVERY_SELECT} WHERE d.id = $1`, [id]);
  const names: { id: string; name: string }[] = await manager.query(
    'SELECT id, name FROM school_class WHERE id = ANY($1)',
    [row.class_ids],
  );
  return toDelivery(row, new Map(names.map((c) => [c.id, c.name])));
}

const toDelivery = (row: DeliveryRow, classNames: Map<string, string>): CourseDelivery =>
  Object.assign(new CourseDelivery(), {
    id: row.id,
    intakeId: row.intake_id,
    deliveredAt: row.delivered_at,
    classIds: row.class_ids,
    classNames: row.class_ids.map((id) => classNames.get(id) ?? '—'),
    teacherStaffId: row.teacher_staff_id,
    teacherName: row.teacher_name,
    note: row.note,
  });

interface PlanRow {
  id: string;
  class_id: string;
  class_name: string;
  topic: PlanLessonTopic;
  lessons: number;
  planned_at: Date;
}

export const toPlanEntry = (row: PlanRow): TeachingPlanEntry =>
  Object.assign(new TeachingPlanEntry(), {
    id: row.id,
    classId: row.class_id,
    className: row.class_name,
    topic: row.topic,
    lessons: row.lessons,
    plannedAt: row.planned_at,
  });

export const PLAN_SELECT = `
  SELECT e.id, e.class_id, c.name AS class_name, e.topic, e.lessons, e.planned_at
    FROM teaching_plan_entry e JOIN school_class c ON c.id = e.class_id`;

export function toCounselling(row: CounsellingFacilityEntity | null): Counselling {
  const facilities = { hasCounsellingRoom: row?.hasCounsellingRoom ?? false, hotline: row?.hotline ?? null };
  return Object.assign(new Counselling(), {
    ...facilities,
    roomLocation: row?.roomLocation ?? null,
    isProvided: hasCounsellingRoomOrHotline(facilities),
    recordedAt: row?.recordedAt ?? null,
  });
}

export const toBullyingDocument = (row: BullyingDocumentEntity): BullyingDocument =>
  Object.assign(new BullyingDocument(), {
    id: row.id,
    kind: row.kind,
    title: row.title,
    adoptedAt: row.adoptedAt,
    fileName: row.fileName,
    contentType: row.contentType,
    byteSize: row.byteSize,
  });

/** PRV-5 to PRV-7, PRV-10: every care record of the institution, each status from the domain's rules. */
export async function readCareRecords(
  manager: EntityManager,
  institution: CareInstitution,
  now: Date,
  policy: DistrictPolicy,
): Promise<CareRecords> {
  const id = institution.id;
  const lvps: LvpRow[] = await manager.query(
    `SELECT id, name, unit, organisation, phone, term_start, term_end FROM legal_vice_principal
      WHERE institution_id = $1 ORDER BY term_end DESC, id`,
    [id],
  );
  const appointments = lvps.map(toLegalVicePrincipal);
  const lvpStatus = legalVicePrincipalStatus(appointments, now, policy);
  const intakes: { id: string; name: string; enrolled_at: Date }[] = await manager.query(
    'SELECT id, name, enrolled_at FROM intake WHERE institution_id = $1 ORDER BY enrolled_at DESC, name',
    [id],
  );
  const classes: { id: string; name: string; intake_id: string; closed_at: Date | null }[] =
    await manager.query(
      'SELECT id, name, intake_id, closed_at FROM school_class WHERE institution_id = $1 ORDER BY name, id',
      [id],
    );
  const classNames = new Map(classes.map((c) => [c.id, c.name]));
  const deliveryRows: DeliveryRow[] = await manager.query(
    `${DELIVERY_SELECT} WHERE d.institution_id = $1 ORDER BY d.delivered_at DESC, d.id`,
    [id],
  );
  const deliveries = deliveryRows.map((row) => toDelivery(row, classNames));
  const courses: IntakeCourse[] = intakes.map((intake) => {
    const status = courseStatus(
      {
        cohortId: intake.id,
        enrolledAt: intake.enrolled_at,
        classIds: classes.filter((c) => c.intake_id === intake.id).map((c) => c.id),
      },
      deliveries.map((d) => ({ ...d, cohortId: d.intakeId })),
      now,
      policy,
    );
    return {
      intakeId: intake.id,
      intakeName: intake.name,
      enrolledAt: intake.enrolled_at,
      status: status.status,
      deadline: status.deadline,
      deliveredAt: status.deliveredAt,
      undeliveredClassNames: status.undeliveredClassIds.map((c) => classNames.get(c) ?? '—'),
      deliveries: deliveries.filter((d) => d.intakeId === intake.id),
    };
  });
  const openClasses = classes.filter((c) => c.closed_at === null || c.closed_at.getTime() > now.getTime());
  const planRows: PlanRow[] = await manager.query(
    `${PLAN_SELECT} WHERE e.institution_id = $1 ORDER BY e.planned_at DESC, e.id`,
    [id],
  );
  const entries = planRows.map(toPlanEntry);
  const plan = teachingPlanStatus(
    openClasses.map((c) => c.id),
    entries,
    now,
    policy,
  );
  const short = new Set(plan.shortClassIds);
  const inTerm = (at: Date) =>
    at.getTime() >= plan.term.start.getTime() && at.getTime() < plan.term.end.getTime();
  const counselling = await manager.getRepository(CounsellingFacilityEntity).findOneBy({ institutionId: id });
  const documents = await manager
    .getRepository(BullyingDocumentEntity)
    .find({ where: { institutionId: id }, order: { adoptedAt: 'DESC', id: 'ASC' } });
  const can = institution.access.can;
  return {
    institutionId: id,
    institutionName: institution.name,
    legalVicePrincipal: {
      status: lvpStatus.status,
      isGap: lvpStatus.isGap,
      isWarning: lvpStatus.isWarning,
      endsAt: lvpStatus.endsAt,
      appointmentId: lvpStatus.appointmentId,
      appointments,
    },
    courses,
    classes: openClasses.map((c) => ({ id: c.id, name: c.name, intakeId: c.intake_id })),
    teachingPlan: {
      termStart: plan.term.start,
      termEnd: plan.term.end,
      minLessonsPerClass: policy.minMentalHealthLessonsPerClass,
      classes: plan.lessonsByClass.map((c) => ({
        classId: c.classId,
        className: classNames.get(c.classId) ?? '—',
        lessons: c.lessons,
        isShort: short.has(c.classId),
      })),
      entries: entries.filter((e) => inTerm(e.plannedAt)),
    },
    counselling: toCounselling(counselling),
    bullyingDocuments: documents.map(toBullyingDocument),
    hasBullyingDocuments:
      hasAdoptedBullyingDocument(documents, 'RULES', now) &&
      hasAdoptedBullyingDocument(documents, 'HANDBOOK', now),
    viewerCan: {
      recordLegalVicePrincipal: can.recordLegalVicePrincipal.allowed,
      recordCourseDelivery: can.recordCourseDelivery.allowed,
      recordTeachingPlan: can.recordTeachingPlan.allowed,
      recordCounselling: can.recordCounselling.allowed,
      recordBullyingDocument: can.recordBullyingDocument.allowed,
      manageClasses: can.manageClasses.allowed,
    },
    staffChoices: await readStaffChoices(
      manager,
      institution,
      Object.values(can).some((p) => p.allowed),
    ),
  };
}
