import { startTestApp, type TestApp } from '../../test-support/test-app';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';

const T0 = new Date('2026-03-02T02:00:00.000Z');
const NOTE = '孩子近两周情绪低落，不愿上学';

const RECORD = `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { __typename ... on Case { id } } }`;
const WELFARE = `mutation($input: RecordWelfareNoteInput!) { recordWelfareNote(input: $input) {
  __typename
  ... on Case { viewerCan { canRecordWelfareNote } welfareNotes { concernNote guardianToldAt isStudySuspended recordedBy { displayName } recordedAt } }
  ... on ValidationError { field }
  ... on ErrorResult { code } } }`;

const buildWelfareNote = (caseId: string, overrides: Record<string, unknown> = {}) => ({
  caseId,
  concernNote: NOTE,
  guardianToldAt: new Date(T0.getTime() - 60 * 60_000).toISOString(),
  isStudySuspended: true,
  ...overrides,
});

let app: TestApp;
let teacher: GraphQLTestClient;
let caseId: string;

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(T0);
  teacher = await app.signedIn('teacher');
  const response = await teacher.request(RECORD, {
    input: {
      receivedAt: new Date(T0.getTime() - 20 * 60_000).toISOString(),
      channel: 'WRITTEN',
      category: 'BULLYING_VIOLENCE',
      suspectType: 'STUDENT',
      childName: '钱小明',
      childClass: '五年级三班',
      childStatement: '他们每天打我',
      isChildInDanger: false,
    },
  });
  caseId = (response.body.data?.recordDisclosure as { id: string }).id;
});
afterAll(async () => {
  await app.close();
});

describe('REP-10 welfare notes', () => {
  it('REP-10: the reporter records the concern, when the guardian was told and the 休学; the case shows it', async () => {
    const response = await teacher.request(WELFARE, { input: buildWelfareNote(caseId) });
    expect(response.body.data?.recordWelfareNote).toEqual({
      __typename: 'Case',
      viewerCan: { canRecordWelfareNote: true },
      welfareNotes: [
        {
          concernNote: NOTE,
          guardianToldAt: '2026-03-02T01:00:00.000Z',
          isStudySuspended: true,
          recordedBy: { displayName: '谢家湾小学 王老师' },
          recordedAt: T0.toISOString(),
        },
      ],
    });
    // Notes are listed by recording time: the follow-up comes a second later.
    app.clock.set(new Date(T0.getTime() + 1000));
    const later = await teacher.request(WELFARE, {
      input: buildWelfareNote(caseId, {
        guardianToldAt: null,
        isStudySuspended: false,
        concernNote: '复学后观察',
      }),
    });
    const notes = (later.body.data?.recordWelfareNote as { welfareNotes: { concernNote: string }[] })
      .welfareNotes;
    expect(notes.map((n) => n.concernNote)).toEqual([NOTE, '复学后观察']);
  });

  it('REP-10, REP-7: notes appear in case(id) only, never in lists', async () => {
    const head = await app.signedIn('head.primary');
    const one = await head.request(`query($id: ID!) { case(id: $id) { welfareNotes { concernNote } } }`, {
      id: caseId,
    });
    expect((one.body.data?.case as { welfareNotes: unknown[] }).welfareNotes).toHaveLength(2);
    const list = await head.request(
      `{ cases(first: 5) { edges { node { id welfareNotes { concernNote } } } } }`,
    );
    const node = (
      list.body.data?.cases as { edges: { node: { id: string; welfareNotes: unknown } }[] }
    ).edges.find((e) => e.node.id === caseId);
    expect(node?.node.welfareNotes).toBeNull();
  });

  it('REP-10: an empty note or a guardian told in the future is refused and nothing is stored', async () => {
    const empty = await teacher.request(WELFARE, { input: buildWelfareNote(caseId, { concernNote: '   ' }) });
    expect(empty.body.data?.recordWelfareNote).toEqual({
      __typename: 'ValidationError',
      field: 'concernNote',
      code: 'VALIDATION_FAILED',
    });
    const future = await teacher.request(WELFARE, {
      input: buildWelfareNote(caseId, { guardianToldAt: new Date(T0.getTime() + 60_000).toISOString() }),
    });
    expect(future.body.data?.recordWelfareNote).toEqual({
      __typename: 'ValidationError',
      field: 'guardianToldAt',
      code: 'VALIDATION_FAILED',
    });
    const [{ n }] = (await app.owner.query(
      'SELECT count(*)::int AS n FROM incident_welfare_note WHERE incident_id = $1',
      [caseId],
    )) as { n: number }[];
    expect(n).toBe(2);
  });

  it('REP-10, REP-7: every attempt is audited without the note’s text; the app role cannot change a note', async () => {
    const rows = (await app.owner.query(
      `SELECT actor_username, outcome, details FROM audit_event WHERE action = 'incident.recordWelfareNote' AND target_id = $1 ORDER BY id`,
      [caseId],
    )) as { actor_username: string; outcome: string; details: Record<string, unknown> }[];
    expect(rows.map((r) => [r.actor_username, r.outcome])).toEqual([
      ['teacher', 'OK'],
      ['teacher', 'OK'],
      ['teacher', 'VALIDATION_FAILED'],
      ['teacher', 'VALIDATION_FAILED'],
    ]);
    expect(rows[0].details).toEqual({ isStudySuspended: true, isGuardianTold: true });
    expect(JSON.stringify(rows)).not.toContain('情绪');
    await expect(app.dataSource.query(`UPDATE incident_welfare_note SET concern_note = 'x'`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(app.dataSource.query(`DELETE FROM incident_welfare_note`)).rejects.toThrow(
      /permission denied/,
    );
  });

  it('REP-10: leadership sees the case but does not record notes (FORBIDDEN); another school sees no case (NOT_FOUND)', async () => {
    const leader = await app.signedIn('leader');
    const outside = await leader.request(WELFARE, { input: buildWelfareNote(caseId) });
    const otherHead = await app.signedIn('head.kg');
    const other = await otherHead.request(WELFARE, { input: buildWelfareNote(caseId) });
    expect([outside.body.data?.recordWelfareNote, other.body.data?.recordWelfareNote]).toEqual([
      { __typename: 'CaseForbiddenError', code: 'FORBIDDEN' },
      { __typename: 'CaseNotFoundError', code: 'NOT_FOUND' },
    ]);
  });
});
