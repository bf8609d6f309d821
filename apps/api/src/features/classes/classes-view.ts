import type { EntityManager } from 'typeorm';
import { readStaffChoices, type CareInstitution } from '../care-records/care-institution';
import { Intake, SchoolClass, type IntakeRegister } from './classes.type';

interface ClassRow {
  id: string;
  name: string;
  intake_id: string;
  head_teacher_staff_id: string | null;
  head_teacher_name: string | null;
  closed_at: Date | null;
}

const CLASS_SELECT = `
  SELECT c.id, c.name, c.intake_id, c.head_teacher_staff_id, m.name AS head_teacher_name, c.closed_at
    FROM school_class c LEFT JOIN staff_member m ON m.id = c.head_teacher_staff_id`;

const toClass = (row: ClassRow): SchoolClass =>
  Object.assign(new SchoolClass(), {
    id: row.id,
    name: row.name,
    intakeId: row.intake_id,
    headTeacherStaffId: row.head_teacher_staff_id,
    headTeacherName: row.head_teacher_name,
    closedAt: row.closed_at,
  });

/** One class as the API shows it, read in the caller's transaction. */
export async function readClass(manager: EntityManager, id: string): Promise<SchoolClass> {
  const [row]: ClassRow[] = await manager.query(`${CLASS_SELECT} WHERE c.id = $1`, [id]);
  return toClass(row);
}

export const toIntake = (row: { id: string; name: string; enrolled_at: Date }, classes: SchoolClass[]) =>
  Object.assign(new Intake(), { id: row.id, name: row.name, enrolledAt: row.enrolled_at, classes });

/** PRV-6 to PRV-8: the institution's intakes, each with its classes and their head teachers. */
export async function readIntakeRegister(
  manager: EntityManager,
  institution: CareInstitution,
): Promise<IntakeRegister> {
  const intakes: { id: string; name: string; enrolled_at: Date }[] = await manager.query(
    'SELECT id, name, enrolled_at FROM intake WHERE institution_id = $1 ORDER BY enrolled_at DESC, name, id',
    [institution.id],
  );
  const classes: ClassRow[] = await manager.query(
    `${CLASS_SELECT} WHERE c.institution_id = $1 ORDER BY c.closed_at IS NOT NULL, c.name, c.id`,
    [institution.id],
  );
  const canManage = institution.access.can.manageClasses.allowed;
  return {
    institutionId: institution.id,
    institutionName: institution.name,
    intakes: intakes.map((intake) =>
      toIntake(intake, classes.filter((c) => c.intake_id === intake.id).map(toClass)),
    ),
    viewerCan: { manageClasses: canManage },
    staffChoices: await readStaffChoices(manager, institution, canManage),
  };
}
