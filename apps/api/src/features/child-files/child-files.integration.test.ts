import { startTestApp, type TestApp } from '../../test-support/test-app';

// PRV-8 against real PostgreSQL and the demo seed (三 watched children at 谢家湾小学: 李小雨 and 赵小航 in
// teacher's class, 周小林 in teacher2's; 李小雨's talk is overdue at the test clock): the need-to-know
// scope, encryption at rest, every read audited with its outcome and never a child in an audit row.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type View = Record<string, any>;
const SCHOOL = '九龙坡区谢家湾小学';
const CHILDREN = ['李小雨', '赵小航', '周小林'];

const FILE_FIELDS = `id childName className categories personalFile growthFile closedAt closingReason
  counsellors { id name } talkStatus { lastTalkAt dueAt isOverdue }
  talks { kind heldAt note byStaffName } cases { id category } hiddenCaseCount
  viewerCan { recordTalk updateFile closeFile }`;
const LIST = `query($closed: Boolean) { childFiles(includeClosed: $closed) { showsChildren items { ${FILE_FIELDS} } } }`;
const READ = `query($id: ID!) { childFile(id: $id) { ${FILE_FIELDS} } }`;
const RESULT = `__typename ... on ChildFile { ${FILE_FIELDS} } ... on ErrorResult { code message }
  ... on ValidationError { field } ... on ChildFileForbiddenError { ruleId }`;
const mutation = (name: string, input: string) =>
  `mutation($input: ${input}!) { ${name}(input: $input) { ${RESULT} } }`;
const OPEN = mutation('openChildFile', 'OpenChildFileInput');
const UPDATE = mutation('updateChildFile', 'UpdateChildFileInput');
const CLOSE = mutation('closeChildFile', 'CloseChildFileInput');
const TALK = mutation('recordWelfareTalk', 'RecordWelfareTalkInput');
const LINK = mutation('linkChildFileCase', 'LinkChildFileCaseInput');

let app: TestApp;
const fileOf: Record<string, string> = {};
const classOf: Record<string, string> = {};

const data = (response: { body: { data?: Record<string, unknown> | null }; text: string }, name: string) => {
  if (response.body.data?.[name] === undefined) throw new Error(`No ${name}: ${response.text}`);
  return response.body.data[name] as View;
};
const auditRows = async (action: string) =>
  (await app.owner.query(
    'SELECT actor_username, outcome, target_id, details FROM audit_event WHERE action = $1 ORDER BY id',
    [action],
  )) as {
    actor_username: string;
    outcome: string;
    target_id: string;
    details: Record<string, unknown> | null;
  }[];
const ask = async (username: string, query: string, variables: Record<string, unknown>, name: string) =>
  data(await (await app.signedIn(username)).request(query, variables), name);
const expectNoChildIn = (rows: unknown) =>
  CHILDREN.forEach((name) => expect(JSON.stringify(rows)).not.toContain(name));

beforeAll(async () => {
  app = await startTestApp();
  const files: { id: string; class_id: string; name: string }[] = await app.owner.query(
    `SELECT f.id, f.class_id, c.name FROM child_file f JOIN school_class c ON c.id = f.class_id
      ORDER BY f.opened_at`,
  );
  // Opened 120, 60 and 30 days before the seed: 李小雨, 赵小航, 周小林.
  files.forEach((f, index) => (fileOf[CHILDREN[index]] = f.id));
  classOf.teacher = files[0].class_id;
  classOf.teacher2 = files[2].class_id;
});
afterAll(() => app.close());

describe('childFiles: who sees which children (PRV-8)', () => {
  it('PRV-8: the head sees her school’s three children, the overdue talk first; the list read is audited without names', async () => {
    const before = (await auditRows('childFile.list')).length;
    const list = await ask('head.primary', LIST, {}, 'childFiles');
    expect(list.showsChildren).toBe(true);
    expect(list.items.map((f: View) => f.childName)).toEqual(['李小雨', '周小林', '赵小航']);
    expect(list.items[0].talkStatus.isOverdue).toBe(true);
    expect(list.items[0].viewerCan).toEqual({ recordTalk: true, updateFile: true, closeFile: true });
    const rows = await auditRows('childFile.list');
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({
      actor_username: 'head.primary',
      outcome: 'OK',
      details: { count: 3 },
    });
    expectNoChildIn(rows);
  });

  it('PRV-8: a teacher sees only the children of the class she heads; designated 安稳办 sees all', async () => {
    const teacher = await ask('teacher', LIST, {}, 'childFiles');
    expect(teacher.items.map((f: View) => f.childName).sort()).toEqual(['李小雨', '赵小航'].sort());
    expect(teacher.items[0].viewerCan).toEqual({ recordTalk: true, updateFile: true, closeFile: false });
    const teacher2 = await ask('teacher2', LIST, {}, 'childFiles');
    expect(teacher2.items.map((f: View) => f.childName)).toEqual(['周小林']);
    const safety = await ask('safety', LIST, {}, 'childFiles');
    expect(safety.items).toHaveLength(3);
    expect(safety.items[0].viewerCan).toEqual({ recordTalk: false, updateFile: false, closeFile: false });
    expect((await ask('head.kg', LIST, {}, 'childFiles')).items).toEqual([]);
  });

  it('PRV-8: leadership and sections see counts only: no child in the list, counts by institution, category and section', async () => {
    for (const username of ['leader', 'basic', 'safety2']) {
      expect(await ask(username, LIST, {}, 'childFiles')).toEqual({ showsChildren: false, items: [] });
    }
    const counts = await ask(
      'leader',
      '{ childFileCounts { institutionName section category openCount overdueCount } }',
      {},
      'childFileCounts',
    );
    expect(counts).toEqual([
      { institutionName: SCHOOL, section: 'BASIC', category: 'IN_DIFFICULTY', openCount: 2, overdueCount: 0 },
      { institutionName: SCHOOL, section: 'BASIC', category: 'LEFT_BEHIND', openCount: 2, overdueCount: 1 },
    ]);
    expectNoChildIn(counts);
  });
});

describe('childFile: every read audited (PRV-8)', () => {
  it('PRV-8: the head teacher reads the file with talks; another teacher is refused, answered as missing, and the refusal is audited', async () => {
    const file = await ask('teacher', READ, { id: fileOf['李小雨'] }, 'childFile');
    expect(file).toMatchObject({ childName: '李小雨', categories: ['LEFT_BEHIND'] });
    expect(file.talks).toHaveLength(3);
    expect(file.personalFile).toContain('祖母');
    expect(await ask('teacher2', READ, { id: fileOf['李小雨'] }, 'childFile')).toBeNull();
    expect(await ask('leader', READ, { id: fileOf['李小雨'] }, 'childFile')).toBeNull();
    expect(
      await ask('teacher', READ, { id: '00000000-0000-4000-8000-000000000000' }, 'childFile'),
    ).toBeNull();
    const rows = (await auditRows('childFile.read')).slice(-4);
    expect(rows.map((r) => [r.actor_username, r.outcome])).toEqual([
      ['teacher', 'OK'],
      ['teacher2', 'FORBIDDEN'],
      ['leader', 'FORBIDDEN'],
      ['teacher', 'NOT_FOUND'],
    ]);
    expect(rows[1]).toMatchObject({ target_id: fileOf['李小雨'], details: { ruleId: 'PRV-8' } });
    expectNoChildIn(rows);
  });

  it('PRV-8: identities, files and talk notes are ciphertext at rest', async () => {
    const [stored] = await app.owner.query(
      'SELECT child_name, personal_file, growth_file FROM child_file WHERE id = $1',
      [fileOf['李小雨']],
    );
    expect(stored.child_name).not.toContain('李小雨');
    expect(stored.personal_file).not.toContain('祖母');
    expect(stored.growth_file).not.toContain('心理');
    const notes: { note: string }[] = await app.owner.query(
      'SELECT note FROM welfare_talk WHERE child_file_id = $1',
      [fileOf['李小雨']],
    );
    notes.forEach((n) => expect(n.note).not.toContain('谈心'));
  });
});

describe('open, talk, update, close, link (PRV-8)', () => {
  it('PRV-8: a head teacher opens a file in her own class; not in another teacher’s class; bad input changes nothing', async () => {
    const input = {
      classId: classOf.teacher,
      childName: '  孙小梅 ',
      categories: ['LEFT_BEHIND'],
      personalFile: '随祖父生活',
    };
    const opened = await ask('teacher', OPEN, { input }, 'openChildFile');
    expect(opened).toMatchObject({ __typename: 'ChildFile', childName: '孙小梅', growthFile: null });
    expect(opened.talkStatus).toMatchObject({ lastTalkAt: null, isOverdue: false });
    const refused = await ask(
      'teacher',
      OPEN,
      { input: { ...input, classId: classOf.teacher2 } },
      'openChildFile',
    );
    expect(refused).toMatchObject({
      __typename: 'ChildFileForbiddenError',
      code: 'FORBIDDEN',
      ruleId: 'PRV-8',
    });
    expect(await ask('head.kg', OPEN, { input }, 'openChildFile')).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await ask('teacher', OPEN, { input: { ...input, categories: ['ORPHAN'] } }, 'openChildFile'),
    ).toMatchObject({ __typename: 'ValidationError', field: 'categories', message: 'Unknown category' });
    expect(
      await ask('teacher', OPEN, { input: { ...input, childName: ' ' } }, 'openChildFile'),
    ).toMatchObject({
      field: 'childName',
      message: 'childName is required',
    });
    expect(
      await ask(
        'teacher',
        OPEN,
        { input: { ...input, counsellorStaffIds: [classOf.teacher] } },
        'openChildFile',
      ),
    ).toMatchObject({ field: 'counsellorStaffIds' });
    const [{ count }] = await app.owner.query('SELECT count(*)::int AS count FROM child_file');
    expect(count).toBe(4);
    const rows = (await auditRows('childFile.open')).map((r) => r.outcome);
    expect(rows).toEqual([
      'OK',
      'FORBIDDEN',
      'NOT_FOUND',
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
    ]);
    expectNoChildIn(await auditRows('childFile.open'));
    expect(JSON.stringify(await auditRows('childFile.open'))).not.toContain('孙小梅');
  });

  it('PRV-8: a talk ends the overdue status; never in the future; another teacher cannot record one', async () => {
    const now = new Date('2026-03-02T01:00:00.000Z');
    app.clock.set(now);
    const talked = await ask(
      'teacher',
      TALK,
      {
        input: {
          fileId: fileOf['李小雨'],
          kind: 'TALK',
          heldAt: '2026-03-01T08:00:00.000Z',
          note: '聊了寒假生活',
        },
      },
      'recordWelfareTalk',
    );
    expect(talked.__typename).toBe('ChildFile');
    expect(talked.talkStatus.isOverdue).toBe(false);
    expect(talked.talks[0]).toMatchObject({ kind: 'TALK', note: '聊了寒假生活', byStaffName: '王芳' });
    const future = await ask(
      'teacher',
      TALK,
      {
        input: {
          fileId: fileOf['李小雨'],
          kind: 'CLASS_MEETING',
          heldAt: '2026-03-03T08:00:00.000Z',
          note: '班会',
        },
      },
      'recordWelfareTalk',
    );
    expect(future).toMatchObject({ field: 'heldAt', message: 'The talk cannot be in the future' });
    const other = await ask(
      'teacher2',
      TALK,
      { input: { fileId: fileOf['李小雨'], kind: 'TALK', heldAt: '2026-03-01T08:00:00.000Z', note: '谈心' } },
      'recordWelfareTalk',
    );
    expect(other.__typename).toBe('ChildFileNotFoundError');
    const rows = await auditRows('childFile.recordTalk');
    expect(rows.map((r) => r.outcome)).toEqual(['OK', 'VALIDATION_FAILED', 'NOT_FOUND']);
    expect(JSON.stringify(rows)).not.toContain('寒假');
  });

  it('PRV-8: the head teacher adds a growth file and a counsellor; a category chosen twice is refused', async () => {
    const [counsellor]: { id: string }[] = await app.owner.query(
      `SELECT s.id FROM staff_member s JOIN institution i ON i.id = s.institution_id
        WHERE i.name = $1 AND s.status = 'ACTIVE'
          AND s.id NOT IN (SELECT staff_member_id FROM account WHERE staff_member_id IS NOT NULL) LIMIT 1`,
      [SCHOOL],
    );
    const updated = await ask(
      'teacher2',
      UPDATE,
      {
        input: {
          fileId: fileOf['周小林'],
          categories: ['LEFT_BEHIND', 'IN_DIFFICULTY'],
          counsellorStaffIds: [counsellor.id],
          personalFile: '父母离异，随外公外婆生活。',
          growthFile: '开朗，喜欢画画。',
        },
      },
      'updateChildFile',
    );
    expect(updated).toMatchObject({ growthFile: '开朗，喜欢画画。', counsellors: [{ id: counsellor.id }] });
    const twice = await ask(
      'teacher2',
      UPDATE,
      {
        input: {
          fileId: fileOf['周小林'],
          categories: ['LEFT_BEHIND', 'LEFT_BEHIND'],
          counsellorStaffIds: [],
        },
      },
      'updateChildFile',
    );
    expect(twice).toMatchObject({ field: 'categories', message: 'A category is chosen twice' });
  });

  it('PRV-8: only the head closes a file; a closed file takes no talk', async () => {
    const input = { fileId: fileOf['赵小航'], reason: '父亲康复，家庭情况好转' };
    expect(await ask('teacher', CLOSE, { input }, 'closeChildFile')).toMatchObject({
      __typename: 'ChildFileForbiddenError',
    });
    const closed = await ask('head.primary', CLOSE, { input }, 'closeChildFile');
    expect(closed).toMatchObject({
      closingReason: '父亲康复，家庭情况好转',
      viewerCan: { recordTalk: false },
    });
    expect(closed.closedAt).not.toBeNull();
    expect(
      await ask(
        'teacher',
        TALK,
        {
          input: { fileId: fileOf['赵小航'], kind: 'TALK', heldAt: '2026-03-01T08:00:00.000Z', note: '谈心' },
        },
        'recordWelfareTalk',
      ),
    ).toMatchObject({ __typename: 'ChildFileStateError', code: 'INVALID_CHILD_FILE_STATE' });
    const open = await ask('head.primary', LIST, {}, 'childFiles');
    expect(open.items.map((f: View) => f.childName)).not.toContain('赵小航');
    const all = await ask('head.primary', LIST, { closed: true }, 'childFiles');
    expect(all.items.at(-1).childName).toBe('赵小航');
  });

  it('PRV-8: a case of the same institution that the carer reads is linked; another school’s case is answered as missing', async () => {
    const RECORD = `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) {
      __typename ... on Case { id } ... on ErrorResult { code message } } }`;
    const disclosure = {
      channel: 'ORAL',
      category: 'BULLYING_VIOLENCE',
      suspectType: 'STUDENT',
      suspectDescription: '同班同学',
      childName: '李小雨',
      childClass: '一年级(1)班',
      childStatement: '他们推我',
      isChildInDanger: false,
    };
    const own = await ask('teacher', RECORD, { input: disclosure }, 'recordDisclosure');
    const elsewhere = await ask('head.kg', RECORD, { input: disclosure }, 'recordDisclosure');
    expect([own.__typename, elsewhere.__typename]).toEqual(['Case', 'Case']);
    const linked = await ask(
      'head.primary',
      LINK,
      { input: { fileId: fileOf['李小雨'], caseId: own.id } },
      'linkChildFileCase',
    );
    expect(linked.cases.map((c: View) => c.id)).toEqual([own.id]);
    const again = await ask(
      'head.primary',
      LINK,
      { input: { fileId: fileOf['李小雨'], caseId: own.id } },
      'linkChildFileCase',
    );
    expect(again.cases).toHaveLength(1);
    expect(
      await ask(
        'head.primary',
        LINK,
        { input: { fileId: fileOf['李小雨'], caseId: elsewhere.id } },
        'linkChildFileCase',
      ),
    ).toMatchObject({ __typename: 'ChildFileNotFoundError' });
    expect(await ask('teacher', READ, { id: fileOf['李小雨'] }, 'childFile')).toMatchObject({
      cases: expect.any(Array),
      hiddenCaseCount: expect.any(Number),
    });
  });

  it('PRV-8: the form offers a teacher her own class, the head every open class, leadership nothing', async () => {
    const FORM = '{ childFileForm { classes { id name headTeacherName } categories staff { id } } }';
    const teacher = await ask('teacher', FORM, {}, 'childFileForm');
    expect(teacher.classes.map((c: View) => c.id)).toEqual([classOf.teacher]);
    expect(teacher.categories).toEqual(['LEFT_BEHIND', 'IN_DIFFICULTY']);
    expect(teacher.staff.length).toBeGreaterThan(0);
    const head = await ask('head.primary', FORM, {}, 'childFileForm');
    expect(head.classes.length).toBeGreaterThanOrEqual(2);
    expect(await ask('leader', FORM, {}, 'childFileForm')).toMatchObject({ classes: [], staff: [] });
  });
});
