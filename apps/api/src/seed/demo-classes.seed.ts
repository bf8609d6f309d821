import { In, type DataSource } from 'typeorm';
import { AccountEntity } from '../features/accounts/account.entity';
import { IntakeEntity } from '../features/classes/intake.entity';
import { SchoolClassEntity } from '../features/classes/school-class.entity';
import { InstitutionEntity } from '../features/institutions/institution.entity';
import { recordAudit } from '../shared/audit/audit-log';

// Institutions that teach in classes; a training institution's courses are not classes of an intake.
const CLASS_KINDS = [
  'PRIMARY',
  'SECONDARY',
  'KINDERGARTEN',
  'VOCATIONAL_SCHOOL',
  'SPECIAL_EDUCATION',
] as const;

const classNames = (kind: string, year: number, now: number): string[] => {
  const grade = now - year + 1;
  if (kind === 'KINDERGARTEN') return [`${year}级小${grade}班`, `${year}级小${grade + 1}班`];
  return [`${year}级(1)班`, `${year}级(2)班`];
};

/**
 * PRV-6 to PRV-8: two intakes (this school year's and last year's) of two classes each at every
 * institution that teaches in classes. At 谢家湾小学 the classes of this year's intake have the demo
 * teachers as head teachers 班主任 (teacher: (1)班, teacher2: (2)班), so a watched child's file has a
 * need-to-know group to show. Idempotent: an institution with an intake is left alone.
 */
export async function seedDemoClasses(dataSource: DataSource, options: { now: Date }): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const institutions = await manager
      .getRepository(InstitutionEntity)
      .find({ where: { kind: In([...CLASS_KINDS]) }, order: { name: 'ASC' } });
    const seeded = new Set(
      (await manager.getRepository(IntakeEntity).find({ select: { institutionId: true } })).map(
        (i) => i.institutionId,
      ),
    );
    const accounts = await manager
      .getRepository(AccountEntity)
      .find({ where: { username: In(['head.primary', 'teacher', 'teacher2']) } });
    const staffOf = (username: string) =>
      accounts.find((a) => a.username === username)?.staffMemberId ?? null;
    const recorder = accounts.find((a) => a.username === 'head.primary');
    if (!recorder) return;
    const thisYear =
      options.now.getUTCMonth() >= 8 ? options.now.getUTCFullYear() : options.now.getUTCFullYear() - 1;
    let made = 0;
    for (const institution of institutions) {
      if (seeded.has(institution.id)) continue;
      for (const year of [thisYear, thisYear - 1]) {
        const intake = await manager.getRepository(IntakeEntity).save({
          institutionId: institution.id,
          name: `${year}级`,
          enrolledAt: new Date(`${year}-09-01T00:00:00+08:00`),
          recordedByAccountId: recorder.id,
          recordedAt: options.now,
        });
        const names = classNames(institution.kind, year, thisYear);
        for (const [index, name] of names.entries()) {
          const isDemoSchool = institution.name === '九龙坡区谢家湾小学' && year === thisYear;
          await manager.getRepository(SchoolClassEntity).insert({
            institutionId: institution.id,
            intakeId: intake.id,
            name,
            headTeacherStaffId: isDemoSchool ? staffOf(index === 0 ? 'teacher' : 'teacher2') : null,
            closedAt: null,
            recordedByAccountId: recorder.id,
            recordedAt: options.now,
          });
          made += 1;
        }
      }
    }
    if (made > 0)
      await recordAudit(manager, null, options.now, {
        action: 'seed.demoClasses',
        outcome: 'OK',
        details: { classes: made },
      });
  });
}
