import { buildAccount } from '../../test-support/factories';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { buildStaffMember } from '../staff/staff.factories';

// PRV-4 at the dormitory door, against real PostgreSQL: the domain decides from the chosen person's
// register role; refused attempts are recorded and answered as typed refusals; one audit row each.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type View = Record<string, any>;
const SCHOOL = '九龙坡区谢家湾小学';
const OTHER = '九龙坡区杨家坪小学';
// 15:00 Beijing time, then 23:30 Beijing time (night, by default 22:00-06:00).
const AFTERNOON = new Date('2026-09-10T07:00:00.000Z');
const NIGHT = new Date('2026-09-10T15:30:00.000Z');

const ENTRY_FIELDS = `id staffName staffRole purpose decision refusal isRegistrationRequired enteredAt exitedAt
  isNight recordedByName canRecordExit`;
const RECORD_ENTRY = `mutation($input: RecordDormEntryInput!) { recordDormEntry(input: $input) {
  __typename
  ... on DormEntry { ${ENTRY_FIELDS} }
  ... on DormEntryRefusedError { code reason ruleId attempt { ${ENTRY_FIELDS} } }
  ... on ErrorResult { code message } } }`;
const RECORD_EXIT = `mutation($input: RecordDormExitInput!) { recordDormExit(input: $input) {
  __typename ... on DormEntry { exitedAt canRecordExit } ... on ErrorResult { code } } }`;
const ENTRIES = `query($filter: DormEntryFilter, $first: Int, $after: String) {
  dormEntries(filter: $filter, first: $first, after: $after) {
    totalCount items { ${ENTRY_FIELDS} institutionName } pageInfo { hasNextPage endCursor } } }`;

let app: TestApp;
let school: string;
let other: string;
const people: Record<string, string> = {};

const data = (response: { body: { data?: Record<string, unknown> | null }; text: string }, name: string) => {
  if (response.body.data?.[name] === undefined) throw new Error(`No ${name}: ${response.text}`);
  return response.body.data[name] as View;
};
const auditRows = async (action: string) =>
  (await app.owner.query('SELECT outcome, details FROM audit_event WHERE action = $1 ORDER BY id', [
    action,
  ])) as {
    outcome: string;
    details: Record<string, unknown>;
  }[];

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(AFTERNOON);
  [school, other] = await Promise.all(
    [SCHOOL, OTHER].map(
      async (name) => (await app.owner.query('SELECT id FROM institution WHERE name = $1', [name]))[0].id,
    ),
  );
  await app.owner.query('UPDATE institution SET is_boarding = true WHERE id = ANY($1)', [[school, other]]);
  // This file counts its own entries: the demo seed's go.
  await app.owner.query('DELETE FROM dorm_entry');
  const active = {
    status: 'ACTIVE' as const,
    startedAt: new Date('2024-09-01'),
    activatedAt: new Date('2024-09-01'),
  };
  people.cleaner = (
    await buildStaffMember(app.owner, school, { ...active, name: '保洁周', role: 'CLEANER' })
  ).id;
  people.headTeacher = (
    await buildStaffMember(app.owner, school, { ...active, name: '班主任李', role: 'HEAD_TEACHER' })
  ).id;
  people.lifeTeacher = (
    await buildStaffMember(app.owner, school, { ...active, name: '生活老师陈', role: 'LIFE_TEACHER' })
  ).id;
  people.blocked = (
    await buildStaffMember(app.owner, school, { name: '宿管停用', role: 'DORM_MANAGER', status: 'BLOCKED' })
  ).id;
  people.elsewhere = (
    await buildStaffMember(app.owner, other, { ...active, name: '外校宿管', role: 'DORM_MANAGER' })
  ).id;
  const dormAccount = await buildAccount(app.owner, {
    username: 'dorm.keeper',
    role: 'STAFF',
    institutionName: SCHOOL,
    staffMemberId: people.lifeTeacher,
  });
  const cleanerAccount = await buildAccount(app.owner, {
    username: 'dorm.cleaner',
    role: 'STAFF',
    institutionName: SCHOOL,
    staffMemberId: people.cleaner,
  });
  expect(dormAccount.id && cleanerAccount.id).toBeTruthy();
});
afterAll(() => app.close());

describe('recordDormEntry (PRV-4)', () => {
  it('PRV-4: a cleaner is refused; the attempt is recorded, answered as a typed refusal and audited once', async () => {
    const head = await app.signedIn('head.primary');
    const before = (await auditRows('dorm.recordEntry')).length;
    const answer = data(
      await head.request(RECORD_ENTRY, { input: { staffMemberId: people.cleaner, purpose: 'OTHER' } }),
      'recordDormEntry',
    );
    expect(answer).toMatchObject({
      __typename: 'DormEntryRefusedError',
      code: 'DORM_ENTRY_REFUSED',
      reason: 'NOT_DORM_STAFF',
      ruleId: 'PRV-4',
      attempt: { staffName: '保洁周', decision: 'REFUSED', refusal: 'NOT_DORM_STAFF', canRecordExit: false },
    });
    const [stored] = await app.owner.query('SELECT decision, refusal FROM dorm_entry WHERE id = $1', [
      answer.attempt.id,
    ]);
    expect(stored).toEqual({ decision: 'REFUSED', refusal: 'NOT_DORM_STAFF' });
    const rows = await auditRows('dorm.recordEntry');
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({
      outcome: 'DORM_ENTRY_REFUSED',
      details: { refusal: 'NOT_DORM_STAFF' },
    });
  });

  it('PRV-4: a head teacher’s DORM_CHECK is registered; on another errand the head teacher is refused', async () => {
    const head = await app.signedIn('head.primary');
    const check = data(
      await head.request(RECORD_ENTRY, {
        input: { staffMemberId: people.headTeacher, purpose: 'DORM_CHECK' },
      }),
      'recordDormEntry',
    );
    expect(check).toMatchObject({
      __typename: 'DormEntry',
      decision: 'ALLOWED',
      isRegistrationRequired: true,
      isNight: false,
      canRecordExit: true,
      recordedByName: '刘文静（谢家湾小学校长）',
    });
    const errand = data(
      await head.request(RECORD_ENTRY, { input: { staffMemberId: people.headTeacher, purpose: 'OTHER' } }),
      'recordDormEntry',
    );
    expect(errand).toMatchObject({ __typename: 'DormEntryRefusedError', reason: 'NOT_DORM_STAFF' });
    const exit = data(await head.request(RECORD_EXIT, { input: { entryId: check.id } }), 'recordDormExit');
    expect(exit).toMatchObject({ __typename: 'DormEntry', canRecordExit: false });
    expect(data(await head.request(RECORD_EXIT, { input: { entryId: check.id } }), 'recordDormExit')).toEqual(
      {
        __typename: 'DormStateError',
        code: 'INVALID_DORM_STATE',
      },
    );
    expect(
      data(await head.request(RECORD_EXIT, { input: { entryId: errand.attempt.id } }), 'recordDormExit').code,
    ).toBe('INVALID_DORM_STATE');
  });

  it('PRV-4: a life teacher’s account keeps the door; at night the entry is marked; a blocked dorm manager is refused', async () => {
    app.clock.set(NIGHT);
    const keeper = await app.signedIn('dorm.keeper');
    const me = data(await keeper.request('{ me { permissions } }'), 'me');
    expect(me.permissions).toContain('RECORD_DORM_ENTRIES');
    expect(me.permissions).not.toContain('VIEW_DORM_ENTRIES');
    const night = data(
      await keeper.request(RECORD_ENTRY, { input: { staffMemberId: people.lifeTeacher, purpose: 'OTHER' } }),
      'recordDormEntry',
    );
    expect(night).toMatchObject({ __typename: 'DormEntry', isNight: true, isRegistrationRequired: false });
    const blocked = data(
      await keeper.request(RECORD_ENTRY, { input: { staffMemberId: people.blocked, purpose: 'OTHER' } }),
      'recordDormEntry',
    );
    expect(blocked).toMatchObject({ reason: 'NOT_ACTIVE_STAFF', attempt: { isNight: true } });
    const door = data(
      await keeper.request('{ dormDoor { isBoarding canRecordEntry inside { id } } }'),
      'dormDoor',
    );
    expect(door.canRecordEntry).toBe(true);
    expect(door.inside.map((e: View) => e.id)).toContain(night.id);
    const found = data(
      await keeper.request('{ dormDoorPeople(search: "保洁") { name role } }'),
      'dormDoorPeople',
    );
    expect(found).toEqual([{ name: '保洁周', role: 'CLEANER' }]);
    app.clock.set(AFTERNOON);
  });

  it('PRV-4: a cleaner’s own account has no door; another school’s register is answered as missing', async () => {
    const cleaner = await app.signedIn('dorm.cleaner');
    expect(data(await cleaner.request('{ me { permissions } }'), 'me').permissions).not.toContain(
      'RECORD_DORM_ENTRIES',
    );
    const refused = data(
      await cleaner.request(RECORD_ENTRY, { input: { staffMemberId: people.cleaner, purpose: 'OTHER' } }),
      'recordDormEntry',
    );
    expect(refused).toMatchObject({ __typename: 'DormForbiddenError', code: 'FORBIDDEN' });
    const head = await app.signedIn('head.primary');
    expect(
      data(
        await head.request(RECORD_ENTRY, { input: { staffMemberId: people.elsewhere, purpose: 'OTHER' } }),
        'recordDormEntry',
      ).__typename,
    ).toBe('DormNotFoundError');
    const headKg = await app.signedIn('head.kg');
    const dayDoor = data(await headKg.request('{ dormDoor { isBoarding canRecordEntry } }'), 'dormDoor');
    expect(dayDoor).toEqual({ isBoarding: false, canRecordEntry: false });
  });
});

describe('dormEntries (PRV-4)', () => {
  it('PRV-4: the head and 安稳办 see entries and refused attempts; filters for refused and night', async () => {
    const head = await app.signedIn('head.primary');
    const all = data(await head.request(ENTRIES, {}), 'dormEntries');
    expect(all.totalCount).toBe(5);
    expect(all.items.every((e: View) => e.institutionName === SCHOOL)).toBe(true);
    const refused = data(await head.request(ENTRIES, { filter: { refusedOnly: true } }), 'dormEntries');
    expect(refused.items.map((e: View) => e.refusal).sort()).toEqual([
      'NOT_ACTIVE_STAFF',
      'NOT_DORM_STAFF',
      'NOT_DORM_STAFF',
    ]);
    const night = data(await head.request(ENTRIES, { filter: { nightOnly: true } }), 'dormEntries');
    expect(night.totalCount).toBe(2);
    const safety = await app.signedIn('safety');
    const seen = data(
      await safety.request(ENTRIES, { filter: { institutionId: school, refusedOnly: true } }),
      'dormEntries',
    );
    expect(seen.totalCount).toBe(3);
    const window = data(
      await safety.request(ENTRIES, {
        filter: { from: NIGHT.toISOString(), to: new Date(NIGHT.getTime() + 1).toISOString() },
      }),
      'dormEntries',
    );
    expect(window.totalCount).toBe(2);
  });

  it('PRV-4: pages tile the list newest first', async () => {
    const head = await app.signedIn('head.primary');
    const first = data(await head.request(ENTRIES, { first: 3 }), 'dormEntries');
    expect(first.items).toHaveLength(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = data(
      await head.request(ENTRIES, { first: 3, after: first.pageInfo.endCursor }),
      'dormEntries',
    );
    expect(second.items).toHaveLength(2);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.items, ...second.items].map((e: View) => e.id);
    expect(new Set(ids).size).toBe(5);
  });

  it('PRV-4: a teacher, another school’s head and other units read nothing', async () => {
    const teacher = await app.signedIn('teacher');
    expect((await teacher.request(ENTRIES, {})).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A teacher of another school is refused too, whichever institution the filter names.
    await buildAccount(app.owner, { username: 'teacher.other', role: 'TEACHER', institutionName: OTHER });
    const otherTeacher = await app.signedIn('teacher.other');
    const refused = await otherTeacher.request(ENTRIES, { filter: { institutionId: school } });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.body.data?.dormEntries ?? null).toBeNull();
    const otherHead = await buildAccount(app.owner, {
      username: 'head.other',
      role: 'HEAD',
      institutionName: OTHER,
    });
    expect(otherHead.id).toBeTruthy();
    const stranger = await app.signedIn('head.other');
    expect(
      data(await stranger.request(ENTRIES, { filter: { institutionId: school } }), 'dormEntries').totalCount,
    ).toBe(0);
    // A section's role reaches the operation; the policy gives it no entry (nor the navigation's link).
    const basic = await app.signedIn('basic');
    expect(data(await basic.request(ENTRIES, {}), 'dormEntries').totalCount).toBe(0);
  });
});
