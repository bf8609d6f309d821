import { startTestApp, type TestApp } from '../../test-support/test-app';

// PRV-6 to PRV-8: intakes and classes with head teachers from the staff register; the head keeps them,
// district readers read; refusals typed; one audit row per change.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type View = Record<string, any>;
const SCHOOL = '九龙坡区谢家湾小学';

const INTAKES = `query($id: ID!) { intakes(institutionId: $id) { institutionName viewerCan { manageClasses }
  staffChoices { id name } intakes { id name enrolledAt classes { id name headTeacherStaffId headTeacherName closedAt } } } }`;
const RESULT = `__typename ... on SchoolClass { id name headTeacherName closedAt } ... on ErrorResult { code message }
  ... on ValidationError { field } ... on CareForbiddenError { ruleId }`;
const RECORD_INTAKE = `mutation($input: RecordIntakeInput!) { recordIntake(input: $input) {
  __typename ... on Intake { id name enrolledAt classes { id } } ... on ErrorResult { code message } ... on ValidationError { field } } }`;
const RECORD_CLASS = `mutation($input: RecordClassInput!) { recordClass(input: $input) { ${RESULT} } }`;
const ASSIGN = `mutation($input: AssignHeadTeacherInput!) { assignHeadTeacher(input: $input) { ${RESULT} } }`;
const CLOSE = `mutation($input: CloseClassInput!) { closeClass(input: $input) { ${RESULT} } }`;

let app: TestApp;
let school: string;

const data = (response: { body: { data?: Record<string, unknown> | null }; text: string }, name: string) => {
  if (response.body.data?.[name] === undefined) throw new Error(`No ${name}: ${response.text}`);
  return response.body.data[name] as View;
};
const call = async (username: string, query: string, input: Record<string, unknown>, name: string) =>
  data(await (await app.signedIn(username)).request(query, { input }), name);
const audits = async (action: string) =>
  (
    (await app.owner.query('SELECT outcome, details FROM audit_event WHERE action = $1 ORDER BY id', [
      action,
    ])) as { outcome: string; details: Record<string, unknown> | null }[]
  ).map((r) => r.outcome);

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(new Date('2026-03-10T04:00:00.000Z'));
  school = (await app.owner.query('SELECT id FROM institution WHERE name = $1', [SCHOOL]))[0].id;
});
afterAll(() => app.close());

describe('intakes (PRV-6 to PRV-8)', () => {
  it('PRV-8: the demo classes show the demo teachers as head teachers; the head manages', async () => {
    const register = data(
      await (await app.signedIn('head.primary')).request(INTAKES, { id: school }),
      'intakes',
    );
    expect(register.viewerCan.manageClasses).toBe(true);
    const names = register.intakes.flatMap((i: View) => i.classes.map((c: View) => c.headTeacherName));
    expect(names).toEqual(expect.arrayContaining(['王芳', '陈静']));
  });

  it('PRV-6: a district reader reads without the register; a teacher is refused; another head sees nothing', async () => {
    const register = data(await (await app.signedIn('basic')).request(INTAKES, { id: school }), 'intakes');
    expect(register).toMatchObject({ viewerCan: { manageClasses: false }, staffChoices: [] });
    const teacher = await (await app.signedIn('teacher')).request(INTAKES, { id: school });
    expect(teacher.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await (await app.signedIn('head.kg')).request(INTAKES, { id: school })).body.data?.intakes,
    ).toBeNull();
  });
});

describe('recordIntake, recordClass, assignHeadTeacher, closeClass (PRV-6, PRV-8)', () => {
  it('PRV-6: the head records an intake and a class with a head teacher from the register, audited', async () => {
    const intake = await call(
      'head.primary',
      RECORD_INTAKE,
      { institutionId: school, name: '2026级', enrolledOn: '2026-09-01' },
      'recordIntake',
    );
    expect(intake).toMatchObject({ __typename: 'Intake', name: '2026级', classes: [] });
    const [staff] = await app.owner.query(
      `SELECT id, name FROM staff_member WHERE institution_id = $1 AND status = 'ACTIVE' ORDER BY name LIMIT 1`,
      [school],
    );
    const made = await call(
      'head.primary',
      RECORD_CLASS,
      { intakeId: intake.id, name: '2026级(1)班', headTeacherStaffId: staff.id },
      'recordClass',
    );
    expect(made).toMatchObject({
      __typename: 'SchoolClass',
      name: '2026级(1)班',
      headTeacherName: staff.name,
    });
    expect((await audits('classes.recordIntake')).at(-1)).toBe('OK');
    expect((await audits('classes.recordClass')).at(-1)).toBe('OK');
    // Same name twice: a clear ValidationError, nothing saved.
    expect(
      await call('head.primary', RECORD_CLASS, { intakeId: intake.id, name: ' 2026级(1)班 ' }, 'recordClass'),
    ).toMatchObject({
      __typename: 'ValidationError',
      field: 'name',
      message: 'A class of this name exists at the institution',
    });
    expect(
      await call(
        'head.primary',
        RECORD_INTAKE,
        { institutionId: school, name: '2026级', enrolledOn: '2026-09-01' },
        'recordIntake',
      ),
    ).toMatchObject({ __typename: 'ValidationError', field: 'name' });
    expect(
      await call(
        'head.primary',
        RECORD_INTAKE,
        { institutionId: school, name: '', enrolledOn: '2026-09-01' },
        'recordIntake',
      ),
    ).toMatchObject({ __typename: 'ValidationError', field: 'name', message: 'name is required' });
  });

  it('PRV-8: the head changes and clears a head teacher; someone off the register is refused', async () => {
    const [schoolClass] = await app.owner.query(
      `SELECT c.id FROM school_class c JOIN account a ON a.staff_member_id = c.head_teacher_staff_id
        WHERE a.username = 'teacher2'`,
    );
    const [teacher] = await app.owner.query(
      `SELECT m.id, m.name FROM account a JOIN staff_member m ON m.id = a.staff_member_id WHERE a.username = 'teacher'`,
    );
    const [elsewhere] = await app.owner.query(
      `SELECT id FROM staff_member WHERE institution_id <> $1 LIMIT 1`,
      [school],
    );
    expect(
      await call(
        'head.primary',
        ASSIGN,
        { classId: schoolClass.id, headTeacherStaffId: elsewhere.id },
        'assignHeadTeacher',
      ),
    ).toMatchObject({ __typename: 'ValidationError', field: 'headTeacherStaffId' });
    expect(
      await call(
        'head.primary',
        ASSIGN,
        { classId: schoolClass.id, headTeacherStaffId: teacher.id },
        'assignHeadTeacher',
      ),
    ).toMatchObject({ __typename: 'SchoolClass', headTeacherName: teacher.name });
    expect(
      await call(
        'head.primary',
        ASSIGN,
        { classId: schoolClass.id, headTeacherStaffId: null },
        'assignHeadTeacher',
      ),
    ).toMatchObject({ __typename: 'SchoolClass', headTeacherName: null });
    expect(await audits('classes.assignHeadTeacher')).toEqual(['VALIDATION_FAILED', 'OK', 'OK']);
  });

  it('PRV-6: the head closes a class once; district readers are refused with the rule, other heads get NOT_FOUND', async () => {
    const [schoolClass] = await app.owner.query(
      `SELECT id FROM school_class WHERE institution_id = $1 AND name = '2024级(2)班'`,
      [school],
    );
    expect(await call('safety', CLOSE, { classId: schoolClass.id }, 'closeClass')).toMatchObject({
      __typename: 'CareForbiddenError',
      ruleId: 'PRV-6',
    });
    expect(await call('head.kg', CLOSE, { classId: schoolClass.id }, 'closeClass')).toMatchObject({
      __typename: 'CareNotFoundError',
    });
    const closed = await call('head.primary', CLOSE, { classId: schoolClass.id }, 'closeClass');
    expect(closed.closedAt).toBe('2026-03-10T04:00:00.000Z');
    expect(await call('head.primary', CLOSE, { classId: schoolClass.id }, 'closeClass')).toMatchObject({
      __typename: 'CareStateError',
      code: 'TRANSITION_REFUSED',
    });
    expect(await audits('classes.closeClass')).toEqual([
      'FORBIDDEN',
      'NOT_FOUND',
      'OK',
      'TRANSITION_REFUSED',
    ]);
  });
});
