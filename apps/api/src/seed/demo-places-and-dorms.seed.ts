import {
  DEFAULT_POLICY,
  dormDoorDecision,
  fromZoned,
  isNightEntry,
  maskResidentId,
  requiredChecks,
  toZoned,
  type MonitoredPlaceKind,
  type OneToOneRoomType,
  type StaffRole,
} from '@xiaohu/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { loadConfig } from '../config';
import { AccountEntity } from '../features/accounts/account.entity';
import { DormEntryEntity, type DormPurpose } from '../features/dorms/dorm-entry.entity';
import { InstitutionEntity } from '../features/institutions/institution.entity';
import {
  BlindSpotSelfInspectionEntity,
  MonitoredPlaceEntity,
} from '../features/places/monitored-place.entity';
import { idNumberCipher } from '../features/staff/id-number';
import { refreshStaffDueDates } from '../features/staff/staff-due-dates';
import { StaffMemberEntity } from '../features/staff/staff-member.entity';
import { VettingCheckEntity } from '../features/staff/vetting-check.entity';
import { recordAudit } from '../shared/audit/audit-log';
import { demoIdNumber } from './demo-staff.seed';

/** The demo's boarding institutions (PRV-4): the head.primary account keeps 谢家湾小学's dormitory door. */
export const DEMO_BOARDING = ['九龙坡区谢家湾小学', '九龙坡区西彭中学'] as const;
const DORM_SCHOOL = '九龙坡区谢家湾小学';
const TRAINING = '九龙坡区启明培训学校';

type DemoPlace = readonly [
  name: string,
  kind: MonitoredPlaceKind,
  room: OneToOneRoomType | null,
  cameras: number,
  note: string | null,
];

// PRV-2: a training institution with one unmonitored one-to-one room (the gap the dashboard shows).
const PLACES: Record<string, readonly DemoPlace[]> = {
  [TRAINING]: [
    ['钢琴房 1', 'ONE_TO_ONE_ROOM', 'PRACTICE', 1, null],
    ['钢琴房 2', 'ONE_TO_ONE_ROOM', 'PRACTICE', 0, '摄像头已报修，暂停一对一课程'],
    ['教师办公室', 'ONE_TO_ONE_ROOM', 'OFFICE', 1, null],
    ['大门', 'GATE', null, 2, null],
    ['三楼楼梯间', 'STAIRWELL', null, 0, '自查发现的死角，待安装'],
  ],
  [DORM_SCHOOL]: [
    ['心理咨询室', 'ONE_TO_ONE_ROOM', 'COUNSELLING', 1, '不拍摄咨询内容，只覆盖门口与室内全景'],
    ['校门', 'GATE', null, 3, null],
    ['男生宿舍走廊', 'DORM_CORRIDOR', null, 4, null],
    ['女生宿舍走廊', 'DORM_CORRIDOR', null, 4, null],
  ],
};

// PRV-4: the people of the dormitory door's demo (on 谢家湾小学's register).
const DORM_PEOPLE: readonly { name: string; role: StaffRole; post: string; seq: number }[] = [
  { name: '李春燕', role: 'HEAD_TEACHER', post: '四年级二班班主任', seq: 921 },
  { name: '陈桂兰', role: 'LIFE_TEACHER', post: '女生宿舍生活老师', seq: 922 },
  { name: '周秀兰', role: 'CLEANER', post: '保洁', seq: 923 },
];

/** The instant `daysAgo` days before now at a local wall-clock time in the district's zone. */
function localTime(now: Date, daysAgo: number, hour: number, minute: number): Date {
  const today = toZoned(now, DEFAULT_POLICY.timeZone);
  const noon = fromZoned({ ...today, hour: 12, minute: 0, second: 0 }, DEFAULT_POLICY.timeZone);
  const day = toZoned(new Date(noon.getTime() - daysAgo * 86_400_000), DEFAULT_POLICY.timeZone);
  return fromZoned({ ...day, hour, minute, second: 0 }, DEFAULT_POLICY.timeZone);
}

async function ensurePerson(
  manager: EntityManager,
  institution: InstitutionEntity,
  person: (typeof DORM_PEOPLE)[number],
): Promise<StaffMemberEntity> {
  const repository = manager.getRepository(StaffMemberEntity);
  const existing = await repository.findOneBy({
    institutionId: institution.id,
    name: person.name,
    role: person.role,
  });
  if (existing) return existing;
  const cipher = idNumberCipher(loadConfig());
  const idNumber = demoIdNumber(person.seq, '19850301');
  const startedAt = new Date('2019-09-01T00:00:00+08:00');
  const staff = await repository.save(
    repository.create({
      institutionId: institution.id,
      name: person.name,
      idNumberCiphertext: cipher.encrypt(idNumber),
      idNumberHash: cipher.hash(idNumber),
      idNumberMasked: maskResidentId(idNumber),
      phone: `137${String(30_000_000 + person.seq).padStart(8, '0')}`,
      role: person.role,
      employmentType: person.role === 'CLEANER' ? 'AGENCY' : 'ESTABLISHED',
      post: person.post,
      hasStudentAccess: person.role !== 'CLEANER',
      startedAt,
      status: 'ACTIVE',
      activatedAt: startedAt,
    }),
  );
  const checks = requiredChecks(
    {
      role: person.role,
      employmentType: staff.employmentType,
      institution: { kind: institution.kind, isApplyingToOpen: false },
      hasCriminalPunishment: false,
      isDeprivedOfPoliticalRights: false,
      hasIntentionalCrimeImprisonment: false,
      isOnDistrictBanList: false,
      hasLostTeacherQualification: false,
    },
    DEFAULT_POLICY,
  );
  for (const check of checks) {
    await manager.getRepository(VettingCheckEntity).insert({
      staffId: staff.id,
      check: check.check,
      outcome: 'CLEAR',
      checkedAt: new Date('2019-08-15T00:00:00+08:00'),
      checkedBy: '示例查询员',
      system: check.check === 'CRIMINAL_DATABASE' ? '严重违法犯罪案件教职员工信息库' : '教师入职查询系统',
      referenceNumber: `DEMO-${person.seq}-${check.check.slice(0, 4)}`,
      recordedBy: 'INSTITUTION',
      recordedByAccountId: null,
      recordedAt: startedAt,
    });
  }
  await refreshStaffDueDates(manager, [staff.id]);
  return staff;
}

/**
 * Issue 11's demo of PRV-2 and PRV-4: boarding schools, place registers (an unmonitored one-to-one room
 * at a training institution) and a dormitory door's entries: a head teacher's registered check, a night
 * entry and a refused cleaner. Idempotent: an institution with places or entries is left alone.
 */
export async function seedDemoPlacesAndDorms(dataSource: DataSource, options: { now: Date }): Promise<void> {
  const { now } = options;
  await dataSource.transaction(async (manager) => {
    const institutions = await manager.getRepository(InstitutionEntity).find();
    const byName = new Map(institutions.map((i) => [i.name, i]));
    const head = await manager.getRepository(AccountEntity).findOneBy({ username: 'head.primary' });
    if (!head) return;
    await manager
      .createQueryBuilder()
      .update(InstitutionEntity)
      .set({ isBoarding: true })
      .where('name IN (:...names)', { names: [...DEMO_BOARDING] })
      .execute();

    let places = 0;
    for (const [name, list] of Object.entries(PLACES)) {
      const institution = byName.get(name);
      if (!institution) continue;
      if (await manager.getRepository(MonitoredPlaceEntity).existsBy({ institutionId: institution.id }))
        continue;
      for (const [placeName, kind, roomType, cameras, note] of list) {
        await manager.getRepository(MonitoredPlaceEntity).insert({
          institutionId: institution.id,
          name: placeName,
          kind,
          roomType,
          isMonitored: cameras > 0,
          cameraCount: cameras,
          note,
          updatedByAccountId: head.id,
          updatedAt: localTime(now, 20, 10, 0),
        });
        places += 1;
      }
      if (name === DORM_SCHOOL) {
        const day = toZoned(localTime(now, 45, 12, 0), DEFAULT_POLICY.timeZone);
        await manager.getRepository(BlindSpotSelfInspectionEntity).insert({
          institutionId: institution.id,
          inspectedOn: `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`,
          recordedByAccountId: head.id,
          recordedAt: localTime(now, 45, 16, 0),
        });
      }
    }

    let entries = 0;
    const school = byName.get(DORM_SCHOOL);
    if (school && !(await manager.getRepository(DormEntryEntity).existsBy({ institutionId: school.id }))) {
      const people: StaffMemberEntity[] = [];
      for (const person of DORM_PEOPLE) people.push(await ensurePerson(manager, school, person));
      const attempts: {
        who: StaffMemberEntity;
        purpose: DormPurpose;
        at: Date;
        out: Date | null;
        note: string | null;
      }[] = [
        {
          who: people[0],
          purpose: 'DORM_CHECK',
          at: localTime(now, 2, 20, 30),
          out: localTime(now, 2, 20, 50),
          note: '晚间查寝',
        },
        { who: people[2], purpose: 'OTHER', at: localTime(now, 1, 15, 10), out: null, note: '打扫宿舍' },
        {
          who: people[1],
          purpose: 'OTHER',
          at: localTime(now, 1, 22, 40),
          out: localTime(now, 1, 23, 5),
          note: '学生发烧，夜间照看',
        },
      ];
      for (const attempt of attempts) {
        const decision = dormDoorDecision({
          role: attempt.who.role,
          purpose: attempt.purpose,
          isActive: true,
        });
        await manager.getRepository(DormEntryEntity).insert({
          institutionId: school.id,
          staffMemberId: attempt.who.id,
          purpose: attempt.purpose,
          purposeNote: attempt.note,
          decision: decision.allowed ? 'ALLOWED' : 'REFUSED',
          refusal: decision.refusal,
          isRegistrationRequired: decision.mustRegister,
          enteredAt: attempt.at,
          exitedAt: decision.allowed ? attempt.out : null,
          isNight: isNightEntry(attempt.at, DEFAULT_POLICY),
          recordedByAccountId: head.id,
          exitRecordedByAccountId: decision.allowed && attempt.out ? head.id : null,
        });
        entries += 1;
      }
    }
    if (places > 0 || entries > 0) {
      await recordAudit(manager, null, now, {
        action: 'seed.demoPlacesAndDorms',
        outcome: 'OK',
        details: { places, dormEntries: entries },
      });
    }
  });
}
