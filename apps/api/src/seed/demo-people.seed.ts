import { DEFAULT_POLICY, maskResidentId, requiredChecks, type StaffRole } from '@xiaohu/domain';
import type { DataSource } from 'typeorm';
import { IsNull } from 'typeorm';
import { loadConfig } from '../config';
import { AccountEntity } from '../features/accounts/account.entity';
import { InstitutionEntity } from '../features/institutions/institution.entity';
import { idNumberCipher } from '../features/staff/id-number';
import { StaffMemberEntity } from '../features/staff/staff-member.entity';
import { VettingCheckEntity } from '../features/staff/vetting-check.entity';
import { recordAudit } from '../shared/audit/audit-log';
import { demoIdNumber } from './demo-staff.seed';

/** The staff record of the person behind each demo institution account (issue 8: accounts are people). */
export const DEMO_ACCOUNT_PEOPLE: readonly {
  username: string;
  institutionName: string;
  name: string;
  role: StaffRole;
  post: string;
  seq: number;
}[] = [
  {
    username: 'teacher',
    institutionName: '九龙坡区谢家湾小学',
    name: '王芳',
    role: 'TEACHER',
    post: '语文教师',
    seq: 901,
  },
  {
    username: 'teacher2',
    institutionName: '九龙坡区谢家湾小学',
    name: '陈静',
    role: 'TEACHER',
    post: '数学教师',
    seq: 904,
  },
  {
    username: 'head.primary',
    institutionName: '九龙坡区谢家湾小学',
    name: '刘文静',
    role: 'SCHOOL_HEAD',
    post: '校长',
    seq: 902,
  },
  {
    username: 'head.kg',
    institutionName: '九龙坡区机关幼儿园',
    name: '冯晓红',
    role: 'SCHOOL_HEAD',
    post: '园长',
    seq: 903,
  },
];

/**
 * Links the demo institution accounts to their holders' staff records, creating each record when
 * missing: active, with every check its role needs recorded CLEAR (VET-1 to VET-5). Idempotent: an
 * account already linked, or a record already there, is left alone.
 */
export async function seedDemoPeople(dataSource: DataSource, options: { now: Date }): Promise<void> {
  const cipher = idNumberCipher(loadConfig());
  await dataSource.transaction(async (manager) => {
    const linked: string[] = [];
    for (const person of DEMO_ACCOUNT_PEOPLE) {
      const account = await manager
        .getRepository(AccountEntity)
        .findOneBy({ username: person.username, staffMemberId: IsNull() });
      if (!account) continue;
      const institution = await manager
        .getRepository(InstitutionEntity)
        .findOneByOrFail({ name: person.institutionName });
      let staff = await manager
        .getRepository(StaffMemberEntity)
        .findOneBy({ institutionId: institution.id, name: person.name, role: person.role });
      if (!staff) {
        const idNumber = demoIdNumber(person.seq, '19800101');
        const startedAt = new Date('2015-09-01T00:00:00+08:00');
        staff = await manager.getRepository(StaffMemberEntity).save(
          manager.getRepository(StaffMemberEntity).create({
            institutionId: institution.id,
            name: person.name,
            idNumberCiphertext: cipher.encrypt(idNumber),
            idNumberHash: cipher.hash(idNumber),
            idNumberMasked: maskResidentId(idNumber),
            phone: `138${String(20_000_000 + person.seq).padStart(8, '0')}`,
            role: person.role,
            employmentType: 'ESTABLISHED',
            post: person.post,
            hasStudentAccess: true,
            startedAt,
            status: 'ACTIVE',
            activatedAt: startedAt,
          }),
        );
        const required = requiredChecks(
          {
            role: person.role,
            employmentType: 'ESTABLISHED',
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
            checkedAt: new Date('2015-08-15T00:00:00+08:00'),
            checkedBy: '示例查询员',
            system:
              check.check === 'CRIMINAL_DATABASE' ? '严重违法犯罪案件教职员工信息库' : '教师入职查询系统',
            referenceNumber: `DEMO-${person.seq}-${check.check.slice(0, 4)}`,
            recordedBy: check.recordedBy,
            recordedByAccountId: null,
            recordedAt: options.now,
          });
        }
      }
      // One staff record, at most one account: never take a record another account holds.
      if (await manager.getRepository(AccountEntity).existsBy({ staffMemberId: staff.id })) continue;
      await manager.getRepository(AccountEntity).update({ id: account.id }, { staffMemberId: staff.id });
      linked.push(person.username);
    }
    if (linked.length > 0) {
      await recordAudit(manager, null, options.now, {
        action: 'seed.demoPeople',
        outcome: 'OK',
        details: { linked },
      });
    }
  });
}
