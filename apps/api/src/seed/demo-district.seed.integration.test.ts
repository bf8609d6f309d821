import type { DataSource } from 'typeorm';
import { AccountEntity } from '../features/accounts/account.entity';
import { InstitutionEntity } from '../features/institutions/institution.entity';
import { StaffMemberEntity } from '../features/staff/staff-member.entity';
import { UnitEntity } from '../features/organisation/unit.entity';
import { verifyPassword } from '../shared/auth/password';
import { createDataSource } from '../shared/db/data-source';
import { createTestDatabase } from '../test-support/test-database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, UNITS } from './demo-district.data';
import { seedDemoDistrict, seedReferenceData } from './demo-district.seed';

let owner: DataSource;
beforeAll(async () => {
  const database = await createTestDatabase({ seeded: false });
  owner = createDataSource(database.url, 'owner');
  await owner.initialize();
  await owner.runMigrations({ transaction: 'each' });
});
afterAll(() => owner.destroy());

const counts = async () => ({
  units: await owner.getRepository(UnitEntity).count(),
  institutions: await owner.getRepository(InstitutionEntity).count(),
  accounts: await owner.getRepository(AccountEntity).count(),
});

it('never creates demo data in production, only the committee units', async () => {
  await expect(seedDemoDistrict(owner, { isProduction: true, now: new Date() })).rejects.toThrow(
    /production/,
  );
  await seedReferenceData(owner);
  expect(await counts()).toEqual({ units: UNITS.length, institutions: 0, accounts: 0 });
});

it('seeds the demo district once: running it again changes nothing', async () => {
  await seedDemoDistrict(owner, { isProduction: false, now: new Date() });
  const first = await counts();
  await seedDemoDistrict(owner, { isProduction: false, now: new Date() });
  expect(await counts()).toEqual(first);
  expect(first.accounts).toBe(DEMO_ACCOUNTS.length);
});

it('every demo account signs in with the demo password, hashed with argon2id', async () => {
  const accounts = await owner.getRepository(AccountEntity).find();
  for (const account of accounts) {
    expect(account.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(account.passwordHash, DEMO_PASSWORD)).toBe(true);
  }
});

it('gives a demo account without an e-mail its demo address, and keeps an address already set', async () => {
  const repository = owner.getRepository(AccountEntity);
  await repository.update({ username: 'safety' }, { email: null });
  await repository.update({ username: 'leader' }, { email: 'changed@jlp-edu.example' });
  await seedDemoDistrict(owner, { isProduction: false, now: new Date() });
  const byName = new Map((await repository.find()).map((a) => [a.username, a.email]));
  expect(byName.get('safety')).toBe(DEMO_ACCOUNTS.find((a) => a.username === 'safety')!.email);
  expect(byName.get('leader')).toBe('changed@jlp-edu.example');
  for (const account of DEMO_ACCOUNTS.filter((a) => a.username !== 'leader'))
    expect(byName.get(account.username)).toBe(account.email);
});

it('links teacher, teacher2, head.primary and head.kg to active, CLEAR staff records of their institutions, once', async () => {
  const linkedPeople = () =>
    owner.query(
      `SELECT a.username, s.name, s.role, s.status, i.name AS institution,
              (SELECT array_agg(DISTINCT c.outcome) FROM vetting_check c WHERE c.staff_id = s.id) AS outcomes
         FROM account a JOIN staff_member s ON s.id = a.staff_member_id JOIN institution i ON i.id = s.institution_id
        ORDER BY a.username`,
    );
  const expected = [
    { username: 'head.kg', name: '冯晓红', role: 'SCHOOL_HEAD', institution: '九龙坡区机关幼儿园' },
    { username: 'head.primary', name: '刘文静', role: 'SCHOOL_HEAD', institution: '九龙坡区谢家湾小学' },
    { username: 'teacher', name: '王芳', role: 'TEACHER', institution: '九龙坡区谢家湾小学' },
    { username: 'teacher2', name: '陈静', role: 'TEACHER', institution: '九龙坡区谢家湾小学' },
  ].map((row) => ({ ...row, status: 'ACTIVE', outcomes: ['CLEAR'] }));
  expect(await linkedPeople()).toEqual(expected);
  const staffCount = await owner.getRepository(StaffMemberEntity).count();

  // Unlinked again (e.g. by an administrator): the seed links the same records, creating none.
  await owner.query(`UPDATE account SET staff_member_id = NULL WHERE username = 'teacher'`);
  await seedDemoDistrict(owner, { isProduction: false, now: new Date() });
  expect(await linkedPeople()).toEqual(expected);
  expect(await owner.getRepository(StaffMemberEntity).count()).toBe(staffCount);
});

it('the teacher’s record has every check its role requires (VET-1, VET-2), so vetting says CLEAR', async () => {
  const checks = await owner.query(
    `SELECT c.check, c.recorded_by FROM vetting_check c JOIN account a ON a.staff_member_id = c.staff_id
      WHERE a.username = 'teacher' ORDER BY c.check`,
  );
  expect(checks).toEqual([
    { check: 'CRIMINAL_DATABASE', recorded_by: 'INSTITUTION' },
    { check: 'TEACHER_ENTRY_SYSTEM', recorded_by: 'PERSONNEL' },
  ]);
});

it('PRV-6, PRV-8: seeds two intakes of two classes per class-teaching institution once; the demo teachers head this year’s classes at 谢家湾小学', async () => {
  const count = async (table: string) =>
    (await owner.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const [{ n: teaching }] = await owner.query(
    "SELECT count(*)::int AS n FROM institution WHERE kind <> 'TRAINING_INSTITUTION'",
  );
  expect(await count('intake')).toBe(teaching * 2);
  expect(await count('school_class')).toBe(teaching * 4);
  const headTeachers = await owner.query(
    `SELECT c.name, a.username FROM school_class c JOIN institution i ON i.id = c.institution_id
       JOIN account a ON a.staff_member_id = c.head_teacher_staff_id
      WHERE i.name = '九龙坡区谢家湾小学' ORDER BY c.name`,
  );
  expect(headTeachers.map((r: { username: string }) => r.username)).toEqual(['teacher', 'teacher2']);
  await seedDemoDistrict(owner, { isProduction: false, now: new Date() });
  expect(await count('school_class')).toBe(teaching * 4);
});

it('PRV-8: seeds three watched children at 谢家湾小学 once, their names and files encrypted at rest', async () => {
  const files: { child_name: string; personal_file: string | null }[] = await owner.query(
    'SELECT child_name, personal_file FROM child_file',
  );
  expect(files).toHaveLength(3);
  for (const file of files) expect(file.child_name).toMatch(/^v1:/);
  expect(JSON.stringify(files)).not.toContain('李小雨');
  await seedDemoDistrict(owner, { isProduction: false, now: new Date() });
  expect(await owner.query('SELECT count(*)::int AS n FROM child_file')).toEqual([{ n: 3 }]);
});

it('PRV-3: seeds the demo surroundings once: sites and persons with follow-ups, one closed, identities encrypted', async () => {
  await seedDemoDistrict(owner, { isProduction: false, now: new Date() });
  const subjects: { subject_type: string; status: string; person_name: string | null }[] = await owner.query(
    'SELECT subject_type, status, person_name FROM risk_subject',
  );
  expect(subjects.length).toBe(5);
  expect(new Set(subjects.map((s) => s.subject_type))).toEqual(new Set(['RISK_SITE', 'RISK_PERSON']));
  expect(subjects.filter((s) => s.status === 'CLOSED').length).toBe(1);
  expect(subjects.filter((s) => s.person_name !== null).every((s) => s.person_name!.startsWith('v1:'))).toBe(
    true,
  );
  const [{ n }] = await owner.query('SELECT count(*)::int AS n FROM risk_follow_up');
  expect(n).toBeGreaterThanOrEqual(5);
  await seedDemoDistrict(owner, { isProduction: false, now: new Date() });
  expect((await owner.query('SELECT id FROM risk_subject')).length).toBe(5);
});

it('PRV-2, PRV-4: seeds place registers and a dormitory door once: an unmonitored one-to-one room, a registered check, a night entry, a refused cleaner', async () => {
  await seedDemoDistrict(owner, { isProduction: false, now: new Date() });
  const gaps: { name: string }[] = await owner.query(
    `SELECT i.name FROM monitored_place p JOIN institution i ON i.id = p.institution_id
     WHERE p.kind = 'ONE_TO_ONE_ROOM' AND NOT p.is_monitored`,
  );
  expect(gaps.map((g) => g.name)).toEqual(['九龙坡区启明培训学校']);
  const entries: { decision: string; purpose: string; is_night: boolean; role: string }[] = await owner.query(
    `SELECT e.decision, e.purpose, e.is_night, s.role FROM dorm_entry e
     JOIN staff_member s ON s.id = e.staff_member_id ORDER BY e.entered_at`,
  );
  expect(entries).toEqual([
    { decision: 'ALLOWED', purpose: 'DORM_CHECK', is_night: false, role: 'HEAD_TEACHER' },
    { decision: 'REFUSED', purpose: 'OTHER', is_night: false, role: 'CLEANER' },
    { decision: 'ALLOWED', purpose: 'OTHER', is_night: true, role: 'LIFE_TEACHER' },
  ]);
  const [{ places }] = await owner.query('SELECT count(*)::int AS places FROM monitored_place');
  await seedDemoDistrict(owner, { isProduction: false, now: new Date() });
  expect(await owner.query('SELECT count(*)::int AS places FROM monitored_place')).toEqual([{ places }]);
  expect(await owner.query('SELECT count(*)::int AS n FROM dorm_entry')).toEqual([{ n: 3 }]);
});

it('PRV-1: seeds a campaign and hazards in every stage once; only the hazard ahead of its due date has alert jobs', async () => {
  await seedDemoDistrict(owner, { isProduction: false, now: new Date() });
  expect(await owner.query('SELECT name FROM inspection_campaign')).toEqual([
    { name: '2026年秋季开学安全大检查' },
  ]);
  const stages: { stage: string }[] = await owner.query('SELECT DISTINCT stage FROM hazard ORDER BY stage');
  expect(stages.map((s) => s.stage)).toEqual(['AWAITING_RECTIFICATION', 'AWAITING_VERIFICATION', 'CLOSED']);
  const jobs: { description: string }[] = await owner.query(
    `SELECT DISTINCT h.description FROM pgboss.job j JOIN hazard h ON h.id::text = j.data->>'hazardId'
     WHERE j.name = 'hazard-alert'`,
  );
  expect(jobs).toEqual([{ description: '一键报警装置本学期未测试' }]);
  const [{ n }] = await owner.query('SELECT count(*)::int AS n FROM hazard');
  expect(n).toBe(6);
  await seedDemoDistrict(owner, { isProduction: false, now: new Date() });
  expect(await owner.query('SELECT count(*)::int AS n FROM hazard')).toEqual([{ n }]);
});
