import { startTestApp, type TestApp } from '../../test-support/test-app';

// PRV-5, PRV-9, PRV-10 against real PostgreSQL and the demo seed (template built on 2026-03-01): sessions
// recorded by their organiser, attendance ticked from the register, coverage from the domain's rule.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type View = Record<string, any>;
const SCHOOL = '九龙坡区谢家湾小学';
const NOW = new Date('2026-03-10T04:00:00.000Z');

const SESSION_FIELDS = `id topic heldAt trainer materials organiserInstitutionName organiserUnit attendeeCount
  attendees { staffId name } viewerCan { editSession recordAttendance }`;
const RECORD_SESSION = `mutation($input: RecordTrainingSessionInput!) { recordTrainingSession(input: $input) {
  __typename ... on TrainingSession { ${SESSION_FIELDS} }
  ... on ValidationError { field } ... on ErrorResult { code message } } }`;
const RECORD_ATTENDANCE = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) {
  __typename ... on TrainingSession { ${SESSION_FIELDS} }
  ... on ValidationError { field } ... on ErrorResult { code message } } }`;
const COVERAGE = `query($id: ID!, $topic: TrainingTopic!, $year: Int) {
  trainingCoverage(institutionId: $id, topic: $topic, schoolYear: $year) {
    audienceCount coveredCount share ruleIds untrained { name role employmentType } } }`;

let app: TestApp;
let school: string;

const data = (response: { body: { data?: Record<string, unknown> | null }; text: string }, name: string) => {
  if (response.body.data?.[name] === undefined) throw new Error(`No ${name}: ${response.text}`);
  return response.body.data[name] as View;
};
const auditRows = async (action: string) =>
  (await app.owner.query('SELECT outcome, details FROM audit_event WHERE action = $1 ORDER BY id', [
    action,
  ])) as { outcome: string; details: Record<string, unknown> }[];

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  school = (await app.owner.query('SELECT id FROM institution WHERE name = $1', [SCHOOL]))[0].id;
});
afterAll(() => app.close());

describe('seeded coverage (PRV-5, PRV-10)', () => {
  it('PRV-5: the head of 谢家湾小学 sees her untrained staff by name, a cleaner and a security guard among them; the read is audited', async () => {
    const head = await app.signedIn('head.primary');
    const before = (await auditRows('training.readCoverage')).length;
    const coverage = data(
      await head.request(COVERAGE, { id: school, topic: 'LAW_AND_ETHICS' }),
      'trainingCoverage',
    );
    expect(coverage.ruleIds).toEqual(['PRV-5']);
    expect(coverage.coveredCount).toBe(3);
    expect(coverage.audienceCount).toBeGreaterThan(coverage.coveredCount);
    const roles = coverage.untrained.map((m: View) => m.role);
    expect(roles).toEqual(expect.arrayContaining(['CLEANER', 'SECURITY_GUARD', 'CANTEEN_WORKER']));
    const rows = await auditRows('training.readCoverage');
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({
      outcome: 'OK',
      details: { topic: 'LAW_AND_ETHICS', untrainedNames: coverage.untrained.length },
    });
    expect(JSON.stringify(rows.at(-1))).not.toContain(coverage.untrained[0].name);
  });

  it('PRV-10: teacher2 (陈静), head teacher of (2)班, has had no bullying-prevention training; teacher (王芳) has', async () => {
    const head = await app.signedIn('head.primary');
    const coverage = data(
      await head.request(COVERAGE, { id: school, topic: 'BULLYING_PREVENTION_FOR_HEAD_TEACHERS' }),
      'trainingCoverage',
    );
    expect(coverage).toMatchObject({ coveredCount: 1, ruleIds: ['PRV-10'] });
    expect(coverage.share).toBeLessThan(1);
    const untrained = coverage.untrained.map((m: View) => m.name);
    expect(untrained).toContain('陈静');
    expect(untrained).not.toContain('王芳');
  });

  it('PRV-5: 安稳办 and leadership read counts without names; another head and a teacher read nothing (refusal audited)', async () => {
    for (const username of ['safety', 'leader']) {
      const coverage = data(
        await (await app.signedIn(username)).request(COVERAGE, { id: school, topic: 'LAW_AND_ETHICS' }),
        'trainingCoverage',
      );
      expect(coverage).toMatchObject({ coveredCount: 3, untrained: null });
    }
    const before = (await auditRows('training.readCoverage')).filter((r) => r.outcome === 'FORBIDDEN').length;
    const other = await (
      await app.signedIn('head.kg')
    ).request(COVERAGE, { id: school, topic: 'LAW_AND_ETHICS' });
    expect(data(other, 'trainingCoverage')).toBeNull();
    const refused = (await auditRows('training.readCoverage')).filter((r) => r.outcome === 'FORBIDDEN');
    expect(refused).toHaveLength(before + 1);
    const teacher = await (
      await app.signedIn('teacher')
    ).request(COVERAGE, { id: school, topic: 'LAW_AND_ETHICS' });
    expect(teacher.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('PRV-5: the district overview gives counts per institution for 安稳办, varied, and nothing for a head', async () => {
    const overview = data(
      await (
        await app.signedIn('safety')
      ).request(
        '{ trainingCoverageOverview(topic: LAW_AND_ETHICS) { institutionName audienceCount coveredCount share } }',
      ),
      'trainingCoverageOverview',
    );
    expect(overview.length).toBeGreaterThan(5);
    const shares = new Set(overview.map((o: View) => o.share));
    expect(shares.size).toBeGreaterThan(2);
    expect(Object.keys(overview[0]).sort()).toEqual([
      'audienceCount',
      'coveredCount',
      'institutionName',
      'share',
    ]);
    const forHead = data(
      await (
        await app.signedIn('head.primary')
      ).request('{ trainingCoverageOverview(topic: LAW_AND_ETHICS) { institutionName } }'),
      'trainingCoverageOverview',
    );
    expect(forHead).toEqual([]);
  });

  it('PRV-5: a school year that has not started is refused as bad input; last year counts nothing', async () => {
    const head = await app.signedIn('head.primary');
    const future = await head.request(COVERAGE, { id: school, topic: 'LAW_AND_ETHICS', year: 2027 });
    expect(future.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const last = data(
      await head.request(COVERAGE, { id: school, topic: 'LAW_AND_ETHICS', year: 2024 }),
      'trainingCoverage',
    );
    expect(last.coveredCount).toBe(0);
  });
});

describe('recordTrainingSession and recordAttendance (PRV-5)', () => {
  it('PRV-5: the head records a session and ticks her cleaner: the coverage share rises; each change audited once', async () => {
    const head = await app.signedIn('head.primary');
    const before = data(
      await head.request(COVERAGE, { id: school, topic: 'LAW_AND_ETHICS' }),
      'trainingCoverage',
    );
    const session = data(
      await head.request(RECORD_SESSION, {
        input: {
          topic: 'LAW_AND_ETHICS',
          heldAt: '2026-03-09T02:00:00.000Z',
          trainer: ' 区法院 李法官 ',
          materials: '课件',
        },
      }),
      'recordTrainingSession',
    );
    expect(session).toMatchObject({
      __typename: 'TrainingSession',
      trainer: '区法院 李法官',
      organiserInstitutionName: SCHOOL,
      organiserUnit: null,
      attendeeCount: 0,
      viewerCan: { editSession: true, recordAttendance: true },
    });
    const cleaner = (
      await app.owner.query(
        "SELECT id FROM staff_member WHERE institution_id = $1 AND role = 'CLEANER' AND status = 'ACTIVE'",
        [school],
      )
    )[0].id;
    const ticked = data(
      await head.request(RECORD_ATTENDANCE, {
        input: { sessionId: session.id, staffIds: [cleaner], present: true },
      }),
      'recordAttendance',
    );
    expect(ticked).toMatchObject({ attendeeCount: 1, attendees: [{ staffId: cleaner }] });
    const after = data(
      await head.request(COVERAGE, { id: school, topic: 'LAW_AND_ETHICS' }),
      'trainingCoverage',
    );
    expect(after.coveredCount).toBe(before.coveredCount + 1);
    expect(after.share).toBeGreaterThan(before.share);
    expect((await auditRows('training.recordSession')).at(-1)).toMatchObject({
      outcome: 'OK',
      details: { topic: 'LAW_AND_ETHICS', organiser: 'INSTITUTION', institutionId: school },
    });
    expect((await auditRows('training.recordAttendance')).at(-1)).toMatchObject({
      outcome: 'OK',
      details: { present: true, staff: 1, changed: 1 },
    });
    const unticked = data(
      await head.request(RECORD_ATTENDANCE, {
        input: { sessionId: session.id, staffIds: [cleaner], present: false },
      }),
      'recordAttendance',
    );
    expect(unticked.attendeeCount).toBe(0);
  });

  it('PRV-5: bad input is refused with a clear message and nothing is saved', async () => {
    const head = await app.signedIn('head.primary');
    const [{ n }] = await app.owner.query('SELECT count(*)::int AS n FROM training_session');
    const future = data(
      await head.request(RECORD_SESSION, {
        input: { topic: 'LAW_AND_ETHICS', heldAt: '2026-04-01T00:00:00.000Z', trainer: '某讲师' },
      }),
      'recordTrainingSession',
    );
    expect(future).toMatchObject({ __typename: 'ValidationError', field: 'heldAt' });
    expect(future.message).toContain('future');
    const long = data(
      await head.request(RECORD_SESSION, {
        input: { topic: 'LAW_AND_ETHICS', heldAt: '2026-03-01T00:00:00.000Z', trainer: '讲'.repeat(61) },
      }),
      'recordTrainingSession',
    );
    expect(long).toMatchObject({ __typename: 'ValidationError', field: 'trainer' });
    expect(long.message).toContain('60');
    expect((await app.owner.query('SELECT count(*)::int AS n FROM training_session'))[0].n).toBe(n);
  });

  it('PRV-5: staff of another register cannot be ticked; another head neither reads nor ticks the session', async () => {
    const head = await app.signedIn('head.primary');
    const session = data(
      await head.request(RECORD_SESSION, {
        input: { topic: 'STAFF_MENTAL_HEALTH', heldAt: '2026-03-02T02:00:00.000Z', trainer: '心理老师' },
      }),
      'recordTrainingSession',
    );
    const outsider = (
      await app.owner.query(
        "SELECT id FROM staff_member WHERE institution_id <> $1 AND status = 'ACTIVE' LIMIT 1",
        [school],
      )
    )[0].id;
    const refused = data(
      await head.request(RECORD_ATTENDANCE, {
        input: { sessionId: session.id, staffIds: [outsider], present: true },
      }),
      'recordAttendance',
    );
    expect(refused).toMatchObject({ __typename: 'ValidationError', field: 'staffIds' });
    const other = await app.signedIn('head.kg');
    expect(
      data(
        await other.request('query($id: ID!) { trainingSession(id: $id) { id } }', { id: session.id }),
        'trainingSession',
      ),
    ).toBeNull();
    const hidden = data(
      await other.request(RECORD_ATTENDANCE, {
        input: { sessionId: session.id, staffIds: [outsider], present: true },
      }),
      'recordAttendance',
    );
    expect(hidden).toMatchObject({ __typename: 'TrainingNotFoundError', code: 'NOT_FOUND' });
    const leader = data(
      await (
        await app.signedIn('leader')
      ).request(
        `query($id: ID!) { trainingSession(id: $id) { attendees { name } viewerCan { recordAttendance } } }`,
        { id: session.id },
      ),
      'trainingSession',
    );
    expect(leader).toEqual({ attendees: [], viewerCan: { recordAttendance: false } });
  });

  it('PRV-5: a committee unit records its own session and ticks staff of any register; its list holds only its sessions', async () => {
    const policy = await app.signedIn('policy');
    const session = data(
      await policy.request(RECORD_SESSION, {
        input: { topic: 'LAW_AND_ETHICS', heldAt: '2026-03-05T02:00:00.000Z', trainer: '区教委政策法规科' },
      }),
      'recordTrainingSession',
    );
    expect(session).toMatchObject({ organiserUnit: 'POLICY', organiserInstitutionName: null });
    const register = data(
      await policy.request(
        'query($s: ID!, $i: ID) { trainingSessionRegister(sessionId: $s, institutionId: $i) { staffId role isPresent } }',
        { s: session.id, i: school },
      ),
      'trainingSessionRegister',
    );
    expect(register.map((m: View) => m.role)).toEqual(expect.arrayContaining(['CLEANER', 'SECURITY_GUARD']));
    const ticked = data(
      await policy.request(RECORD_ATTENDANCE, {
        input: { sessionId: session.id, staffIds: register.map((m: View) => m.staffId), present: true },
      }),
      'recordAttendance',
    );
    expect(ticked.attendeeCount).toBe(register.length);
    const list = data(await policy.request('{ trainingSessions { id organiserUnit } }'), 'trainingSessions');
    expect(list.map((s: View) => s.organiserUnit)).toEqual(list.map(() => 'POLICY'));
  });
});
