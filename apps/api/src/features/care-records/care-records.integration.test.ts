import { startTestApp, type TestApp } from '../../test-support/test-app';

// PRV-5 to PRV-7 against real PostgreSQL over the demo seed: statuses from the domain's rules, the head
// records, readers read, refusals answered as typed errors; one audit row per change, refusals included.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type View = Record<string, any>;
const SCHOOL = '九龙坡区谢家湾小学';
// The test template is seeded on 2026-03-01 (test-database.ts); the 2025 intake is this school year's.
const NOW = new Date('2026-03-10T04:00:00.000Z');

const RECORDS = `query($id: ID!) { careRecords(institutionId: $id) {
  institutionName
  legalVicePrincipal { status isGap isWarning endsAt appointments { id name unit organisation phone termStart termEnd } }
  courses { intakeId intakeName status deadline deliveredAt undeliveredClassNames deliveries { teacherName classNames } }
  classes { id name intakeId }
  teachingPlan { minLessonsPerClass classes { className lessons isShort } entries { className topic lessons } }
  counselling { hasCounsellingRoom roomLocation hotline isProvided }
  bullyingDocuments { kind title } hasBullyingDocuments
  viewerCan { recordLegalVicePrincipal recordCourseDelivery recordTeachingPlan recordCounselling recordBullyingDocument manageClasses }
  staffChoices { id name } } }`;
const RECORD_LVP = `mutation($input: RecordLegalVicePrincipalInput!) { recordLegalVicePrincipal(input: $input) {
  __typename ... on LegalVicePrincipal { id name termEnd } ... on ErrorResult { code message }
  ... on ValidationError { field } ... on CareForbiddenError { ruleId } } }`;
const RECORD_COURSE = `mutation($input: RecordCourseDeliveryInput!) { recordCourseDelivery(input: $input) {
  __typename ... on CourseDelivery { id classNames teacherName } ... on ErrorResult { code message }
  ... on ValidationError { field } } }`;
const RECORD_PLAN = `mutation($input: RecordTeachingPlanInput!) { recordTeachingPlan(input: $input) {
  __typename ... on TeachingPlanEntry { className lessons topic } ... on ErrorResult { code message }
  ... on ValidationError { field } } }`;
const RECORD_COUNSELLING = `mutation($input: RecordCounsellingInput!) { recordCounselling(input: $input) {
  __typename ... on Counselling { isProvided hotline } ... on ErrorResult { code message }
  ... on ValidationError { field } } }`;

let app: TestApp;
const ids: Record<string, string> = {};

const data = (response: { body: { data?: Record<string, unknown> | null }; text: string }, name: string) => {
  if (response.body.data?.[name] === undefined) throw new Error(`No ${name}: ${response.text}`);
  return response.body.data[name] as View;
};
const auditRows = async (action: string) =>
  (await app.owner.query('SELECT outcome, details FROM audit_event WHERE action = $1 ORDER BY id', [
    action,
  ])) as { outcome: string; details: Record<string, unknown> | null }[];
const idOf = async (name: string) =>
  ((await app.owner.query('SELECT id FROM institution WHERE name = $1', [name])) as { id: string }[])[0].id;
const readAs = async (username: string, institutionId: string) =>
  data(await (await app.signedIn(username)).request(RECORDS, { id: institutionId }), 'careRecords');

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  ids.school = await idOf(SCHOOL);
  ids.kindergarten = await idOf('九龙坡区机关幼儿园');
  ids.expired = await idOf('九龙坡区杨家坪小学');
  ids.overdue = await idOf('九龙坡区华岩小学');
  ids.noCounselling = await idOf('九龙坡区二郎小学');
});
afterAll(() => app.close());

describe('careRecords (PRV-5 to PRV-7, PRV-10)', () => {
  it('PRV-5, PRV-7: the demo seed: 谢家湾小学 complete but for one class short of mental-health lessons', async () => {
    const records = await readAs('head.primary', ids.school);
    // Its vice-principal's term ends in 20 days: a warning, not a gap.
    expect(records.legalVicePrincipal).toMatchObject({ status: 'EXPIRING', isGap: false, isWarning: true });
    expect(records.counselling).toMatchObject({ hasCounsellingRoom: true, isProvided: true });
    expect(records.hasBullyingDocuments).toBe(true);
    const short = records.teachingPlan.classes.filter((c: View) => c.isShort);
    expect(short).toHaveLength(1);
    expect(short[0].className).toContain('(2)班');
    expect(records.viewerCan).toEqual({
      recordLegalVicePrincipal: true,
      recordCourseDelivery: true,
      recordTeachingPlan: true,
      recordCounselling: true,
      recordBullyingDocument: true,
      manageClasses: true,
    });
    expect(records.staffChoices.length).toBeGreaterThan(0);
  });

  it('PRV-5, PRV-6, PRV-7: the seeded gaps: an expired vice-principal, an overdue course, no counselling', async () => {
    expect((await readAs('safety', ids.expired)).legalVicePrincipal).toMatchObject({
      status: 'EXPIRED',
      isGap: true,
    });
    const courses = (await readAs('safety', ids.overdue)).courses;
    expect(courses.map((c: View) => c.status)).toContain('OVERDUE');
    expect((await readAs('safety', ids.noCounselling)).counselling).toMatchObject({ isProvided: false });
  });

  it('PRV-5: a district reader reads without staff choices and may record nothing; another head reads nothing', async () => {
    const records = await readAs('leader', ids.school);
    expect(Object.values(records.viewerCan).some(Boolean)).toBe(false);
    expect(records.staffChoices).toEqual([]);
    expect(
      (await (await app.signedIn('head.kg')).request(RECORDS, { id: ids.school })).body.data?.careRecords,
    ).toBeNull();
  });
});

describe('recordLegalVicePrincipal (PRV-5)', () => {
  const input = (over: Record<string, unknown> = {}) => ({
    institutionId: ids.expired,
    name: '王建军',
    unit: 'POLICE',
    organisation: '九龙坡区公安分局杨家坪派出所',
    phone: '023-68781234',
    termStart: '2026-03-01',
    termEnd: '2028-10-31',
    ...over,
  });

  it('PRV-5: the head records a new appointment and the status changes from EXPIRED to ACTIVE, audited', async () => {
    // head.primary heads 杨家坪小学 for this test (its seeded vice-principal expired).
    await app.owner.query(`UPDATE account SET institution_id = $1 WHERE username = 'head.primary'`, [
      ids.expired,
    ]);
    try {
      const head2 = await app.signedIn('head.primary');
      const answer = data(await head2.request(RECORD_LVP, { input: input() }), 'recordLegalVicePrincipal');
      expect(answer).toMatchObject({ __typename: 'LegalVicePrincipal', name: '王建军' });
      // The term's last day is included: it ends at the next morning in Beijing.
      expect(answer.termEnd).toBe('2028-10-31T16:00:00.000Z');
      expect((await readAs('safety', ids.expired)).legalVicePrincipal.status).toBe('ACTIVE');
      expect((await auditRows('careRecords.recordLegalVicePrincipal')).at(-1)).toMatchObject({
        outcome: 'OK',
        details: { institutionId: ids.expired, unit: 'POLICE' },
      });
    } finally {
      await app.owner.query(`UPDATE account SET institution_id = $1 WHERE username = 'head.primary'`, [
        ids.school,
      ]);
    }
  });

  it('PRV-5: bad input is a ValidationError with a clear message; nothing saved, the refusal audited', async () => {
    const head = await app.signedIn('head.primary');
    const count = async () =>
      Number((await app.owner.query('SELECT count(*) AS n FROM legal_vice_principal'))[0].n);
    const before = await count();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ name: '  ' }, 'name', /required/],
      [{ organisation: 'x'.repeat(121) }, 'organisation', /最多 120 字/],
      [{ phone: 'call me' }, 'phone', /digits/],
      [{ termStart: '2026-02-30' }, 'termStart', /YYYY-MM-DD/],
      [{ termEnd: '2026-02-01' }, 'termEnd', /end on or after/],
    ];
    for (const [over, field, message] of cases) {
      const answer = data(
        await head.request(RECORD_LVP, { input: input({ institutionId: ids.school, ...over }) }),
        'recordLegalVicePrincipal',
      );
      expect(answer).toMatchObject({ __typename: 'ValidationError', field });
      expect(answer.message).toMatch(message);
    }
    expect(await count()).toBe(before);
    expect((await auditRows('careRecords.recordLegalVicePrincipal')).at(-1)?.outcome).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('PRV-5: a district reader is refused (FORBIDDEN with the rule); another institution’s head gets NOT_FOUND', async () => {
    const safety = await app.signedIn('safety');
    expect(
      data(
        await safety.request(RECORD_LVP, { input: input({ institutionId: ids.school }) }),
        'recordLegalVicePrincipal',
      ),
    ).toMatchObject({ __typename: 'CareForbiddenError', code: 'FORBIDDEN', ruleId: 'PRV-5' });
    const headKg = await app.signedIn('head.kg');
    expect(
      data(
        await headKg.request(RECORD_LVP, { input: input({ institutionId: ids.school }) }),
        'recordLegalVicePrincipal',
      ),
    ).toMatchObject({ __typename: 'CareNotFoundError', code: 'NOT_FOUND' });
    const outcomes = (await auditRows('careRecords.recordLegalVicePrincipal'))
      .slice(-2)
      .map((r) => r.outcome);
    expect(outcomes).toEqual(['FORBIDDEN', 'NOT_FOUND']);
  });
});

describe('recordCourseDelivery (PRV-6)', () => {
  it('PRV-6: the head records the course for every class of an intake; the intake is DELIVERED', async () => {
    const head = await app.signedIn('head.primary');
    await app.owner.query('DELETE FROM course_delivery WHERE institution_id = $1', [ids.school]);
    const before = (await readAs('head.primary', ids.school)).courses[0];
    expect(before.status).not.toMatch(/^DELIVERED/);
    const classIds = (await readAs('head.primary', ids.school)).classes
      .filter((c: View) => c.intakeId === before.intakeId)
      .map((c: View) => c.id);
    const [teacher] = (await readAs('head.primary', ids.school)).staffChoices;
    const answer = data(
      await head.request(RECORD_COURSE, {
        input: { intakeId: before.intakeId, classIds, deliveredOn: '2025-10-08', teacherStaffId: teacher.id },
      }),
      'recordCourseDelivery',
    );
    expect(answer).toMatchObject({ __typename: 'CourseDelivery', teacherName: teacher.name });
    expect(answer.classNames).toHaveLength(classIds.length);
    const after = (await readAs('head.primary', ids.school)).courses[0];
    expect(after).toMatchObject({ status: 'DELIVERED', undeliveredClassNames: [] });
    expect((await auditRows('careRecords.recordCourseDelivery')).at(-1)).toMatchObject({
      outcome: 'OK',
      details: { institutionId: ids.school, classes: classIds.length },
    });
  });

  it('PRV-6: a future day, a class of another intake or a teacher from elsewhere is refused', async () => {
    const head = await app.signedIn('head.primary');
    const records = await readAs('head.primary', ids.school);
    const [intake, older] = records.courses;
    const mine = records.classes.find((c: View) => c.intakeId === intake.intakeId).id;
    const theirs = records.classes.find((c: View) => c.intakeId === older.intakeId).id;
    const [elsewhere] = await app.owner.query(
      'SELECT id FROM staff_member WHERE institution_id = $1 LIMIT 1',
      [ids.kindergarten],
    );
    const base = { intakeId: intake.intakeId, classIds: [mine], deliveredOn: '2025-10-08' };
    const cases: [Record<string, unknown>, string][] = [
      [{ deliveredOn: '2026-12-01' }, 'deliveredOn'],
      [{ classIds: [] }, 'classIds'],
      [{ classIds: [theirs] }, 'classIds'],
      [{ teacherStaffId: elsewhere.id }, 'teacherStaffId'],
    ];
    for (const [over, field] of cases) {
      const answer = data(
        await head.request(RECORD_COURSE, {
          input: { ...base, teacherStaffId: records.staffChoices[0].id, ...over },
        }),
        'recordCourseDelivery',
      );
      expect(answer).toMatchObject({ __typename: 'ValidationError', field });
    }
  });
});

describe('recordTeachingPlan and recordCounselling (PRV-7)', () => {
  it('PRV-7: lessons for the short class end its shortfall', async () => {
    const head = await app.signedIn('head.primary');
    const records = await readAs('head.primary', ids.school);
    const short = records.teachingPlan.classes.find((c: View) => c.isShort);
    const classId = records.classes.find((c: View) => c.name === short.className).id;
    expect(
      data(
        await head.request(RECORD_PLAN, {
          input: { classId, topic: 'MENTAL_HEALTH', lessons: 0, plannedOn: '2026-03-10' },
        }),
        'recordTeachingPlan',
      ),
    ).toMatchObject({ __typename: 'ValidationError', field: 'lessons' });
    const answer = data(
      await head.request(RECORD_PLAN, {
        input: { classId, topic: 'PUBERTY', lessons: 2, plannedOn: '2026-03-10' },
      }),
      'recordTeachingPlan',
    );
    expect(answer).toMatchObject({ __typename: 'TeachingPlanEntry', className: short.className, lessons: 2 });
    const after = (await readAs('head.primary', ids.school)).teachingPlan.classes;
    expect(after.find((c: View) => c.className === short.className)).toMatchObject({
      lessons: 2,
      isShort: false,
    });
  });

  it('PRV-7: a room needs its location; a hotline alone provides counselling', async () => {
    const head = await app.signedIn('head.primary');
    const input = { institutionId: ids.school, hasCounsellingRoom: true, roomLocation: null, hotline: null };
    expect(data(await head.request(RECORD_COUNSELLING, { input }), 'recordCounselling')).toMatchObject({
      __typename: 'ValidationError',
      field: 'roomLocation',
    });
    expect(
      data(
        await head.request(RECORD_COUNSELLING, {
          input: { ...input, hasCounsellingRoom: false, hotline: '023-68780000' },
        }),
        'recordCounselling',
      ),
    ).toMatchObject({ __typename: 'Counselling', isProvided: true, hotline: '023-68780000' });
    expect((await auditRows('careRecords.recordCounselling')).map((r) => r.outcome).slice(-2)).toEqual([
      'VALIDATION_FAILED',
      'OK',
    ]);
  });
});
