import { addCalendarDays, DEFAULT_POLICY, type LegalVicePrincipalUnit } from '@xiaohu/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AccountEntity } from '../features/accounts/account.entity';
import { BullyingDocumentEntity } from '../features/care-records/bullying-document.entity';
import { CounsellingFacilityEntity } from '../features/care-records/counselling-facility.entity';
import { CourseDeliveryEntity } from '../features/care-records/course-delivery.entity';
import { DEMO_DOCUMENTS } from '../features/care-records/demo-documents';
import { LegalVicePrincipalEntity } from '../features/care-records/legal-vice-principal.entity';
import { TeachingPlanEntryEntity } from '../features/care-records/teaching-plan-entry.entity';
import { IntakeEntity } from '../features/classes/intake.entity';
import { SchoolClassEntity } from '../features/classes/school-class.entity';
import { InstitutionEntity } from '../features/institutions/institution.entity';
import { recordAudit } from '../shared/audit/audit-log';
import { contentKey } from '../shared/storage/object-store';

const ZONE = DEFAULT_POLICY.timeZone;

/** The demo's gaps, one kind at one school each, so a newcomer sees each status. */
export const DEMO_CARE_GAPS = {
  /** PRV-5: the vice-principal's term ended a month ago (EXPIRED). */
  expiredLegalVicePrincipal: '九龙坡区杨家坪小学',
  /** PRV-6: last year's intake never had its course (OVERDUE). */
  overdueCourse: '九龙坡区华岩小学',
  /** PRV-7: neither a counselling room nor a hotline. */
  noCounselling: '九龙坡区二郎小学',
  /** PRV-7: teacher2's class has no mental-health lessons this term. */
  shortLessons: '九龙坡区谢家湾小学',
  /** PRV-5 (a warning, not a gap): the vice-principal's term ends in 20 days with no successor yet. */
  expiringLegalVicePrincipal: '九龙坡区谢家湾小学',
} as const;

const UNITS: readonly { unit: LegalVicePrincipalUnit; organisation: string }[] = [
  { unit: 'POLICE', organisation: '九龙坡区公安分局杨家坪派出所' },
  { unit: 'PROCURATORATE', organisation: '九龙坡区人民检察院' },
  { unit: 'COURT', organisation: '九龙坡区人民法院' },
  { unit: 'JUSTICE_BUREAU', organisation: '九龙坡区司法局' },
];
const SURNAMES = ['张', '刘', '陈', '杨', '黄', '周', '吴', '徐', '孙', '马'];
const GIVEN_NAMES = ['建国', '明辉', '晓东', '立新', '志强', '海燕', '文静'];

interface Recorder {
  accountId: string;
  now: Date;
}

async function seedInstitution(
  manager: EntityManager,
  institution: InstitutionEntity,
  index: number,
  by: Recorder,
): Promise<void> {
  const { now, accountId } = by;
  const recorded = { recordedByAccountId: accountId, recordedAt: now };
  const at = (daysFromNow: number) => addCalendarDays(now, daysFromNow, ZONE);
  const appointment = UNITS[index % UNITS.length];
  const isExpired = institution.name === DEMO_CARE_GAPS.expiredLegalVicePrincipal;
  const isExpiring = institution.name === DEMO_CARE_GAPS.expiringLegalVicePrincipal;
  await manager.getRepository(LegalVicePrincipalEntity).insert({
    institutionId: institution.id,
    name: `${SURNAMES[index % SURNAMES.length]}${GIVEN_NAMES[index % GIVEN_NAMES.length]}`,
    ...appointment,
    phone: `023-6878${String(1000 + index).slice(-4)}`,
    termStart: isExpired ? at(-3 * 365 - 30) : at(-365),
    termEnd: isExpired ? at(-30) : isExpiring ? at(20) : at(2 * 365),
    ...recorded,
  });
  const intakes = await manager
    .getRepository(IntakeEntity)
    .find({ where: { institutionId: institution.id }, order: { enrolledAt: 'ASC' } });
  const classes = await manager
    .getRepository(SchoolClassEntity)
    .find({ where: { institutionId: institution.id }, order: { name: 'ASC' } });
  const teacher = classes.find((c) => c.headTeacherStaffId)?.headTeacherStaffId;
  const [{ id: anyStaff } = { id: null }]: { id: string | null }[] = await manager.query(
    `SELECT id FROM staff_member WHERE institution_id = $1 AND status = 'ACTIVE' ORDER BY name, id LIMIT 1`,
    [institution.id],
  );
  const courseTeacher = teacher ?? anyStaff;
  for (const [i, intake] of intakes.entries()) {
    const isOverdue = institution.name === DEMO_CARE_GAPS.overdueCourse && i === 0;
    const deliveredAt = addCalendarDays(intake.enrolledAt, 21, ZONE);
    if (isOverdue || !courseTeacher || deliveredAt.getTime() > now.getTime()) continue;
    await manager.getRepository(CourseDeliveryEntity).insert({
      institutionId: institution.id,
      intakeId: intake.id,
      deliveredAt,
      classIds: classes.filter((c) => c.intakeId === intake.id).map((c) => c.id),
      teacherStaffId: courseTeacher,
      note: null,
      ...recorded,
    });
  }
  const shortClass =
    institution.name === DEMO_CARE_GAPS.shortLessons
      ? classes.find((c) => c.headTeacherStaffId && c.name.includes('(2)'))
      : undefined;
  for (const schoolClass of classes) {
    if (schoolClass.closedAt || schoolClass.id === shortClass?.id) continue;
    await manager.getRepository(TeachingPlanEntryEntity).insert({
      institutionId: institution.id,
      classId: schoolClass.id,
      topic: 'MENTAL_HEALTH',
      lessons: 4,
      plannedAt: now,
      ...recorded,
    });
  }
  const noCounselling = institution.name === DEMO_CARE_GAPS.noCounselling;
  await manager.getRepository(CounsellingFacilityEntity).insert({
    institutionId: institution.id,
    hasCounsellingRoom: !noCounselling,
    roomLocation: noCounselling ? null : '综合楼二楼 心理辅导室',
    hotline: noCounselling ? null : '12355',
    ...recorded,
  });
  for (const kind of ['RULES', 'HANDBOOK'] as const) {
    const bytes = DEMO_DOCUMENTS[kind];
    const title = kind === 'RULES' ? '学生欺凌防治工作制度' : '防治学生欺凌工作手册';
    await manager.getRepository(BullyingDocumentEntity).insert({
      institutionId: institution.id,
      kind,
      title,
      adoptedAt: at(-200),
      storageKey: contentKey(bytes),
      fileName: `${title}.pdf`,
      contentType: 'application/pdf',
      byteSize: bytes.length,
      ...recorded,
    });
  }
}

/**
 * PRV-5 to PRV-7, PRV-10: care records at every institution that teaches in classes (after the demo
 * classes): a vice-principal in office, each intake's course delivered three weeks after enrolment,
 * mental-health lessons this term, a counselling room and hotline, adopted anti-bullying rules and
 * handbook; with the few gaps (and one warning) of DEMO_CARE_GAPS. Idempotent: an institution with a record is left alone.
 */
export async function seedDemoCareRecords(dataSource: DataSource, options: { now: Date }): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const recorder = await manager.getRepository(AccountEntity).findOneBy({ username: 'head.primary' });
    if (!recorder) return;
    const institutions: InstitutionEntity[] = await manager
      .getRepository(InstitutionEntity)
      .createQueryBuilder('i')
      .where('EXISTS (SELECT 1 FROM intake k WHERE k.institution_id = i.id)')
      .andWhere('NOT EXISTS (SELECT 1 FROM legal_vice_principal l WHERE l.institution_id = i.id)')
      .andWhere('NOT EXISTS (SELECT 1 FROM counselling_facility f WHERE f.institution_id = i.id)')
      .orderBy('i.name', 'ASC')
      .getMany();
    for (const [index, institution] of institutions.entries()) {
      await seedInstitution(manager, institution, index, { accountId: recorder.id, now: options.now });
    }
    if (institutions.length > 0)
      await recordAudit(manager, null, options.now, {
        action: 'seed.demoCareRecords',
        outcome: 'OK',
        details: { institutions: institutions.length },
      });
  });
}
