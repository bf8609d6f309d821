import { DEFAULT_POLICY, preventionGapsFromRecords } from '@xiaohu/domain';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { institutionIdByName } from '../../test-support/factories';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { loadCareRecords } from './care-records-loader';
import { toGapItems } from './gap-items';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type View = Record<string, any>;
const SCHOOL = '九龙坡区谢家湾小学';
const KINDERGARTEN = '九龙坡区机关幼儿园';
const GAPS = `query($id: ID!) { preventionGaps(institutionId: $id) {
  institutionId total viewerCanViewSubjects counts { code ruleId count }
  gaps { code ruleId clause subjectKind label isSubjectHidden responsibleStaffId responsibleStaffName fixPath fixTargetId }
} }`;
const MY_GAPS = `{ myWork { careGaps { institutionId total canOpenList first { code label responsibleStaffName fixPath fixTargetId } } } }`;

let app: TestApp;
let head: GraphQLTestClient;
let teacher: GraphQLTestClient;
let teacher2: GraphQLTestClient;
let leader: GraphQLTestClient;
let headKg: GraphQLTestClient;
let schoolId: string;
let kindergartenId: string;

const gapsOf = async (client: GraphQLTestClient, id = schoolId): Promise<View | null> =>
  (await client.request(GAPS, { id })).body.data?.preventionGaps as View | null;
const myGaps = async (client: GraphQLTestClient): Promise<View> =>
  ((await client.request(MY_GAPS)).body.data?.myWork as View).careGaps;
const audits = async (action: string): Promise<{ outcome: string; details: View | null }[]> =>
  app.owner.query('SELECT outcome, details FROM audit_event WHERE action = $1 ORDER BY id', [action]);

beforeAll(async () => {
  app = await startTestApp();
  schoolId = await institutionIdByName(app.owner, SCHOOL);
  kindergartenId = await institutionIdByName(app.owner, KINDERGARTEN);
  [head, teacher, teacher2, leader, headKg] = await Promise.all(
    ['head.primary', 'teacher', 'teacher2', 'leader', 'head.kg'].map((u) => app.signedIn(u)),
  );
});
afterAll(() => app.close());

describe('prevention gaps found from records (PRV-2, PRV-5 to PRV-10)', () => {
  it('PRV-8: the head sees the seeded overdue talk and missing growth file, each with the child and where to fix it', async () => {
    const answer = (await gapsOf(head))!;
    expect(answer.viewerCanViewSubjects).toBe(true);
    const talk = answer.gaps.find((g: View) => g.code === 'WELFARE_TALK_OVERDUE');
    expect(talk).toMatchObject({
      ruleId: 'PRV-8',
      subjectKind: 'CHILD',
      label: '李小雨',
      isSubjectHidden: false,
      responsibleStaffName: '王芳',
      fixPath: 'CHILD_FILE',
    });
    expect(talk.fixTargetId).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.gaps.find((g: View) => g.code === 'SPECIAL_CHILD_GROWTH_FILE_MISSING')).toMatchObject({
      label: '周小林',
      responsibleStaffName: '陈静',
    });
    expect(answer.total).toBe(answer.gaps.length);
    expect(answer.counts.reduce((sum: number, c: View) => sum + c.count, 0)).toBe(answer.total);
  });

  it('PRV-5, PRV-7: the gaps follow the records: an expired vice-principal is named, a recorded hotline closes a gap', async () => {
    await app.owner.query('DELETE FROM legal_vice_principal WHERE institution_id = $1', [schoolId]);
    await app.owner.query('DELETE FROM counselling_facility WHERE institution_id = $1', [schoolId]);
    const [{ id: headId }] = await app.owner.query(`SELECT id FROM account WHERE username = 'head.primary'`);
    await app.owner.query(
      `INSERT INTO legal_vice_principal (institution_id, name, unit, organisation, term_start, term_end,
         recorded_by_account_id, recorded_at)
       VALUES ($1, '刘建国', 'POLICE', '杨家坪派出所', '2023-09-01', '2025-09-01', $2, now())`,
      [schoolId, headId],
    );
    let answer = (await gapsOf(head))!;
    expect(answer.gaps.find((g: View) => g.code === 'NO_LEGAL_VICE_PRINCIPAL')).toMatchObject({
      subjectKind: 'APPOINTMENT',
      label: '刘建国',
      fixPath: 'CARE_RECORDS_LEGAL',
      fixTargetId: null,
    });
    expect(answer.gaps.some((g: View) => g.code === 'NO_COUNSELLING_ROOM_OR_HOTLINE')).toBe(true);
    await app.owner.query(
      `INSERT INTO counselling_facility (institution_id, has_counselling_room, hotline, recorded_by_account_id, recorded_at)
       VALUES ($1, false, '023-68000000', $2, now())`,
      [schoolId, headId],
    );
    answer = (await gapsOf(head))!;
    expect(answer.gaps.some((g: View) => g.code === 'NO_COUNSELLING_ROOM_OR_HOTLINE')).toBe(false);
  });

  it('PRV-8, ACC-1: leadership counts the gaps and never reads a child; the read is audited without names', async () => {
    const own = (await gapsOf(head))!;
    const counted = (await gapsOf(leader))!;
    expect(counted.viewerCanViewSubjects).toBe(false);
    expect(counted.gaps).toEqual([]);
    expect(counted.total).toBe(own.total);
    expect(counted.counts).toEqual(own.counts);
    expect(JSON.stringify(counted)).not.toContain('李小雨');
    const rows = await audits('careGaps.read');
    expect(rows.at(-1)).toEqual({
      outcome: 'OK',
      details: { total: own.total, withSubjects: false, childrenNamed: 0 },
    });
    expect(JSON.stringify(rows)).not.toContain('李小雨');
  });

  it('PRV-8: a teacher, another institution’s head and a junk id get null, and the refusal is audited', async () => {
    expect(await gapsOf(teacher)).toBeNull();
    expect(await gapsOf(headKg)).toBeNull();
    expect(await gapsOf(head, 'not-a-uuid')).toBeNull();
    expect(await gapsOf(headKg, kindergartenId)).not.toBeNull();
    const refusals = (await audits('careGaps.read')).filter((r) => r.outcome === 'NOT_FOUND');
    expect(refusals.length).toBeGreaterThanOrEqual(3);
  });

  it('PRV-8: a teacher’s home lists the gaps she must fix (her class’s overdue talk), not her colleague’s', async () => {
    const own = await myGaps(teacher);
    expect(own.canOpenList).toBe(false);
    expect(own.first.map((g: View) => [g.code, g.label])).toEqual([['WELFARE_TALK_OVERDUE', '李小雨']]);
    const colleague = await myGaps(teacher2);
    expect(colleague.first.map((g: View) => [g.code, g.label])).toEqual([
      ['SPECIAL_CHILD_GROWTH_FILE_MISSING', '周小林'],
    ]);
    expect((await audits('careGaps.readOwn')).length).toBeGreaterThanOrEqual(2);
  });

  it('PRV-8: the head’s home counts all her gaps and shows the first five, children’s first; a leader’s home has none', async () => {
    const home = await myGaps(head);
    const all = (await gapsOf(head))!;
    expect(home).toMatchObject({ institutionId: schoolId, total: all.total, canOpenList: true });
    expect(home.first.length).toBe(Math.min(5, all.total));
    // What concerns a child comes first: the overdue talk, then the missing growth file.
    expect(home.first.slice(0, 2).map((g: View) => [g.code, g.label])).toEqual([
      ['WELFARE_TALK_OVERDUE', '李小雨'],
      ['SPECIAL_CHILD_GROWTH_FILE_MISSING', '周小林'],
    ]);
    expect(await myGaps(leader)).toMatchObject({ institutionId: null, total: 0, first: [] });
  });

  it('PRV-8: a child the viewer may not see is never named (“a child”), and has no link', async () => {
    const [loaded] = await loadCareRecords(
      (sql, parameters) => app.dataSource.query(sql, parameters),
      [{ id: schoolId, kind: 'PRIMARY' }],
      DEFAULT_POLICY,
    );
    const gaps = preventionGapsFromRecords(loaded.records, app.clock.now(), DEFAULT_POLICY);
    const [{ staff_member_id: staffId, id: accountId }] = await app.owner.query(
      `SELECT id, staff_member_id FROM account WHERE username = 'teacher2'`,
    );
    const { items, childrenNamed } = await toGapItems(app.dataSource.manager, loaded, gaps, {
      accountId,
      role: 'TEACHER',
      institutionId: schoolId,
      unit: null,
      staffId,
      isDesignatedCaseOfficer: false,
    });
    const talk = items.find((g) => g.code === 'WELFARE_TALK_OVERDUE')!;
    expect(talk).toMatchObject({ label: null, isSubjectHidden: true, fixTargetId: null });
    expect(items.find((g) => g.code === 'SPECIAL_CHILD_GROWTH_FILE_MISSING')).toMatchObject({
      label: '周小林',
      isSubjectHidden: false,
    });
    expect(childrenNamed).toBe(1);
  });
});
