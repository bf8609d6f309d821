import { maskResidentId, residentIdCheckCharacter } from '@xiaohu/domain';
import type { EmploymentType, StaffRole } from '@xiaohu/domain';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../config';
import { InstitutionEntity } from '../features/institutions/institution.entity';
import { DistrictBanEntity } from '../features/staff/district-ban.entity';
import { idNumberCipher } from '../features/staff/id-number';
import { InstitutionOpeningApplicationEntity } from '../features/staff/institution-opening-application.entity';
import { StaffMemberEntity, type StaffStatus } from '../features/staff/staff-member.entity';
import { VettingCheckEntity } from '../features/staff/vetting-check.entity';
import type { VettingCheckKind } from '../features/staff/staff.enums';

/** A kindergarten that is applying to open in the demo (VET-4: POLICY reviews its proposed teachers). */
export const DEMO_APPLYING_KINDERGARTEN = '九龙坡区含谷幼儿园';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高';
const GIVEN = ['丽', '伟', '芳', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超'];

/** A valid demo ID number: 500107 (九龙坡区) + birth date + sequence + check character. */
export function demoIdNumber(seq: number, birth = '19900101'): string {
  const first17 = `500107${birth}${String(seq % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

interface DemoMember {
  role: StaffRole;
  employmentType: EmploymentType;
  post: string;
  status: StaffStatus;
  checks: { check: VettingCheckKind; outcome: 'CLEAR' | 'RECORD_FOUND' }[];
}

function membersFor(kind: string, withBlocked: boolean): DemoMember[] {
  const isKindergarten = kind === 'KINDERGARTEN';
  const members: DemoMember[] = [
    // CLEAR and active.
    isKindergarten
      ? {
          role: 'CHILDCARE_WORKER',
          employmentType: 'ESTABLISHED',
          post: '小一班保育员',
          status: 'ACTIVE',
          checks: [
            { check: 'CRIMINAL_DATABASE', outcome: 'CLEAR' },
            { check: 'CHILDCARE_TRAINING', outcome: 'CLEAR' },
          ],
        }
      : {
          role: 'SECURITY_GUARD',
          employmentType: 'ESTABLISHED',
          post: '校门保安',
          status: 'ACTIVE',
          checks: [{ check: 'CRIMINAL_DATABASE', outcome: 'CLEAR' }],
        },
    // INCOMPLETE candidate: the criminal-database check is done, the teacher checks are missing.
    {
      role: isKindergarten ? 'KINDERGARTEN_TEACHER' : 'TEACHER',
      employmentType: 'TEMPORARY',
      post: isKindergarten ? '中二班教师' : '语文教师',
      status: 'CANDIDATE',
      checks: [{ check: 'CRIMINAL_DATABASE', outcome: 'CLEAR' }],
    },
  ];
  if (withBlocked) {
    members.push({
      role: 'CLEANER',
      employmentType: 'AGENCY',
      post: '保洁',
      status: 'BLOCKED',
      checks: [{ check: 'CRIMINAL_DATABASE', outcome: 'RECORD_FOUND' }],
    });
  }
  return members;
}

/**
 * Demo staff for every demo institution: one CLEAR and active, one INCOMPLETE candidate, and in some
 * a BLOCKED candidate (on the district ban register). Idempotent: an institution with staff is left alone.
 */
export async function seedDemoStaff(dataSource: DataSource, options: { now: Date }): Promise<void> {
  const cipher = idNumberCipher(loadConfig());
  await dataSource.transaction(async (manager) => {
    const institutions = await manager.getRepository(InstitutionEntity).find({ order: { name: 'ASC' } });
    const staffed = new Set(
      (
        await manager
          .getRepository(StaffMemberEntity)
          .createQueryBuilder('s')
          .select('DISTINCT s.institution_id', 'id')
          .getRawMany<{ id: string }>()
      ).map((r) => r.id),
    );
    const applying = institutions.find((i) => i.name === DEMO_APPLYING_KINDERGARTEN);
    if (applying) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(InstitutionOpeningApplicationEntity)
        .values({ institutionId: applying.id, appliedAt: new Date('2026-01-05T01:00:00Z'), closedAt: null })
        .orIgnore()
        .execute();
    }
    let seq = 0;
    for (const [index, institution] of institutions.entries()) {
      const members = membersFor(
        institution.kind,
        index % 5 === 0 || institution.name === '九龙坡区机关幼儿园',
      );
      for (const member of members) {
        seq += 1;
        if (staffed.has(institution.id)) continue;
        const idNumber = demoIdNumber(seq, `19${70 + (seq % 25)}0${1 + (seq % 9)}1${seq % 10}`);
        const startedAt = new Date(Date.UTC(2024, seq % 12, 1 + (seq % 27)));
        const staff = await manager.getRepository(StaffMemberEntity).save(
          manager.getRepository(StaffMemberEntity).create({
            institutionId: institution.id,
            name: `${SURNAMES[seq % SURNAMES.length]}${GIVEN[seq % GIVEN.length]}${GIVEN[(seq * 7) % GIVEN.length]}`,
            idNumberCiphertext: cipher.encrypt(idNumber),
            idNumberHash: cipher.hash(idNumber),
            idNumberMasked: maskResidentId(idNumber),
            phone: `139${String(10_000_000 + seq).padStart(8, '0')}`,
            role: member.role,
            employmentType: member.employmentType,
            post: member.post,
            hasStudentAccess: member.role !== 'CLEANER',
            startedAt: member.status === 'ACTIVE' ? startedAt : null,
            status: member.status,
            activatedAt: member.status === 'ACTIVE' ? startedAt : null,
          }),
        );
        for (const check of member.checks) {
          await manager.getRepository(VettingCheckEntity).insert({
            staffId: staff.id,
            check: check.check,
            outcome: check.outcome,
            checkedAt: new Date(startedAt.getTime() - 14 * 86_400_000),
            checkedBy: '示例查询员',
            system:
              check.check === 'CRIMINAL_DATABASE' ? '严重违法犯罪案件教职员工信息库' : '保育员培训合格证',
            referenceNumber: `DEMO-${seq}-${check.check.slice(0, 4)}`,
            recordedBy: 'INSTITUTION',
            recordedByAccountId: null,
            recordedAt: options.now,
          });
          if (check.outcome === 'RECORD_FOUND') {
            await manager.getRepository(DistrictBanEntity).insert({
              idNumberHash: staff.idNumberHash,
              reason: 'CRIMINAL_RECORD',
              bannedUntil: null,
              sourceStaffId: staff.id,
              recordedAt: options.now,
            });
          }
        }
      }
    }
  });
}
