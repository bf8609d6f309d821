import {
  DEFAULT_POLICY,
  maskResidentId,
  requiredChecks,
  schoolYearRange,
  type EmploymentType,
  type StaffRole,
  type TrainingTopic,
} from '@xiaohu/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { loadConfig } from '../config';
import { AccountEntity } from '../features/accounts/account.entity';
import { InstitutionEntity } from '../features/institutions/institution.entity';
import { idNumberCipher } from '../features/staff/id-number';
import { StaffMemberEntity } from '../features/staff/staff-member.entity';
import { VettingCheckEntity } from '../features/staff/vetting-check.entity';
import { TrainingSessionEntity } from '../features/training/training-session.entity';
import { recordAudit } from '../shared/audit/audit-log';
import { demoIdNumber } from './demo-staff.seed';

const DEMO_SCHOOL = '九龙坡区谢家湾小学';
const DAY = 86_400_000;

/** Serving support staff of the demo school, so that its coverage lists more than teachers. */
const SUPPORT_STAFF: {
  name: string;
  role: StaffRole;
  employmentType: EmploymentType;
  post: string;
  seq: number;
}[] = [
  { name: '黄秀英', role: 'CLEANER', employmentType: 'AGENCY', post: '保洁员', seq: 951 },
  { name: '马建国', role: 'CANTEEN_WORKER', employmentType: 'TEMPORARY', post: '食堂厨师', seq: 952 },
];

async function addSupportStaff(manager: EntityManager, institution: InstitutionEntity, now: Date) {
  const cipher = idNumberCipher(loadConfig());
  const startedAt = new Date('2024-03-01T00:00:00+08:00');
  for (const person of SUPPORT_STAFF) {
    const exists = await manager
      .getRepository(StaffMemberEntity)
      .existsBy({ institutionId: institution.id, name: person.name });
    if (exists) continue;
    const idNumber = demoIdNumber(person.seq, '19780512');
    const staff = await manager.getRepository(StaffMemberEntity).save(
      manager.getRepository(StaffMemberEntity).create({
        institutionId: institution.id,
        name: person.name,
        idNumberCiphertext: cipher.encrypt(idNumber),
        idNumberHash: cipher.hash(idNumber),
        idNumberMasked: maskResidentId(idNumber),
        phone: `137${String(30_000_000 + person.seq).padStart(8, '0')}`,
        role: person.role,
        employmentType: person.employmentType,
        post: person.post,
        hasStudentAccess: person.role !== 'CLEANER',
        startedAt,
        status: 'ACTIVE',
        activatedAt: startedAt,
      }),
    );
    const required = requiredChecks(
      {
        role: person.role,
        employmentType: person.employmentType,
        institution: { kind: institution.kind, isApplyingToOpen: false },
        hasCriminalPunishment: false,
        isDeprivedOfPoliticalRights: false,
        hasIntentionalCrimeImprisonment: false,
        isOnDistrictBanList: false,
        hasLostTeacherQualification: false,
      },
      DEFAULT_POLICY,
    );
    for (const check of required) {
      await manager.getRepository(VettingCheckEntity).insert({
        staffId: staff.id,
        check: check.check,
        outcome: 'CLEAR',
        checkedAt: new Date('2024-02-15T00:00:00+08:00'),
        checkedBy: '示例查询员',
        system: '严重违法犯罪案件教职员工信息库',
        referenceNumber: `DEMO-${person.seq}-${check.check.slice(0, 4)}`,
        recordedBy: check.recordedBy,
        recordedByAccountId: null,
        recordedAt: now,
      });
    }
  }
}

/**
 * PRV-5, PRV-9, PRV-10: training sessions of this school year at most institutions (every fifth has
 * none), with partial attendance so that coverage figures vary. At 谢家湾小学 the teachers and the head
 * were trained in law and ethics, the cleaner, the canteen worker and the security guard were not; of the
 * head teachers only teacher (王芳) attended the bullying-prevention training, teacher2 (陈静) did not.
 * Idempotent: nothing is added once a session exists.
 */
export async function seedDemoTraining(dataSource: DataSource, options: { now: Date }): Promise<void> {
  await dataSource.transaction(async (manager) => {
    if (await manager.getRepository(TrainingSessionEntity).exists()) return;
    const now = options.now;
    const recorder = await manager.getRepository(AccountEntity).findOneBy({ username: 'head.primary' });
    const safety = await manager.getRepository(AccountEntity).findOneBy({ username: 'safety' });
    if (!recorder || !safety) return;
    const school = await manager.getRepository(InstitutionEntity).findOneBy({ name: DEMO_SCHOOL });
    if (school) await addSupportStaff(manager, school, now);
    // Within this school year and before now, whatever day the demo starts on.
    const start = schoolYearRange(now, DEFAULT_POLICY).start.getTime();
    const heldAt = (daysAgo: number) =>
      new Date(Math.max(start + (now.getTime() - start) / 2, now.getTime() - daysAgo * DAY));
    const session = async (
      organiser: { institutionId: string } | { unit: 'SAFETY' },
      topic: TrainingTopic,
      daysAgo: number,
      trainer: string,
      accountId: string,
    ) =>
      (
        await manager.getRepository(TrainingSessionEntity).save({
          organiserInstitutionId: 'institutionId' in organiser ? organiser.institutionId : null,
          organiserUnit: 'unit' in organiser ? organiser.unit : null,
          topic,
          heldAt: heldAt(daysAgo),
          trainer,
          materials: '《中小学教师职业行为十项准则》；《未成年人保护法》学校保护专章',
          recordedByAccountId: accountId,
          recordedAt: now,
        })
      ).id;
    const tick = async (sessionId: string, staffIds: string[], accountId: string) => {
      if (staffIds.length === 0) return;
      await manager.query(
        `INSERT INTO training_attendance (session_id, staff_id, recorded_by_account_id, recorded_at)
         SELECT $1, unnest($2::uuid[]), $3, $4 ON CONFLICT DO NOTHING`,
        [sessionId, staffIds, accountId, now],
      );
    };
    const registerOf = async (institutionId: string) =>
      (await manager.query(
        `SELECT m.id, m.role, a.username FROM staff_member m LEFT JOIN account a ON a.staff_member_id = m.id
          WHERE m.institution_id = $1 AND m.status = 'ACTIVE' ORDER BY m.name, m.id`,
        [institutionId],
      )) as { id: string; role: StaffRole; username: string | null }[];
    const institutions = await manager.getRepository(InstitutionEntity).find({ order: { name: 'ASC' } });
    let sessions = 0;
    for (const [index, institution] of institutions.entries()) {
      if (institution.id === school?.id || index % 5 === 4) continue;
      const id = await session(
        { institutionId: institution.id },
        'LAW_AND_ETHICS',
        20 + (index % 10),
        '区司法局普法讲师团',
        recorder.id,
      );
      sessions += 1;
      // Every third institution leaves its first serving member out: coverage below 100 %.
      const register = await registerOf(institution.id);
      await tick(
        id,
        register.filter((_, i) => !(index % 3 === 0 && i === 0)).map((m) => m.id),
        recorder.id,
      );
    }
    if (school) {
      const register = await registerOf(school.id);
      const isSupport = (m: { role: StaffRole }) =>
        ['CLEANER', 'CANTEEN_WORKER', 'SECURITY_GUARD'].includes(m.role);
      const law = await session(
        { institutionId: school.id },
        'LAW_AND_ETHICS',
        25,
        '区检察院法治副校长',
        recorder.id,
      );
      await tick(
        law,
        register.filter((m) => m.username !== null).map((m) => m.id),
        recorder.id,
      );
      const bullying = await session(
        { institutionId: school.id },
        'BULLYING_PREVENTION_FOR_HEAD_TEACHERS',
        15,
        '区教委德育科',
        recorder.id,
      );
      await tick(
        bullying,
        register.filter((m) => m.username === 'teacher').map((m) => m.id),
        recorder.id,
      );
      // A district session of 安稳办: the school's support staff missed it too.
      const mental = await session(
        { unit: 'SAFETY' },
        'STAFF_MENTAL_HEALTH',
        10,
        '区心理健康教育中心',
        safety.id,
      );
      await tick(
        mental,
        register.filter((m) => !isSupport(m)).map((m) => m.id),
        safety.id,
      );
      sessions += 3;
    }
    await recordAudit(manager, null, now, {
      action: 'seed.demoTraining',
      outcome: 'OK',
      details: { sessions },
    });
  });
}
