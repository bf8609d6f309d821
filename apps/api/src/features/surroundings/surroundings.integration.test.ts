import ExcelJS from 'exceljs';
import { isEncrypted } from '../../shared/crypto/data-cipher';
import { searchEveryRow } from '../../shared/db/every-row';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { institutionIdByName } from '../../test-support/factories';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { RiskSubjectEntity } from './risk-subject.entity';
import { SURROUNDINGS_NOTE, SURROUNDINGS_SHEET } from './surroundings-export.routes';
import {
  CLOSE_RISK_SUBJECT,
  RECORD_RISK_FOLLOW_UP,
  RECORD_RISK_SUBJECT,
  RISK_SUBJECT,
  RISK_SUBJECTS,
  referralAt,
  siteInput,
} from './surroundings.test-support';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type View = Record<string, any>;
const T0 = new Date('2026-03-02T02:00:00.000Z');
const SCHOOL = '九龙坡区谢家湾小学';
const KINDERGARTEN = '九龙坡区机关幼儿园';
// Distinctive words that appear nowhere in the seed, so any hit in the database is one of ours.
const PERSON_NAME = '司马常顺';
const PERSON_ID = '500107198003150018';
const PERSON_ADDRESS = '谢家湾后街 7 号 3 单元';
const PERSON_DESCRIPTION = '常在校门口徘徊，言语偏激';
const FOLLOW_UP_NOTE = '社区民警已上门走访，家属承诺看护';
const hoursBefore = (hours: number) => new Date(T0.getTime() - hours * 3_600_000);

const field = (response: { body: { data?: Record<string, unknown> | null } }, name: string) =>
  response.body.data?.[name] as View;

let app: TestApp;
let head: GraphQLTestClient;
let teacher: GraphQLTestClient;
let inspect: GraphQLTestClient;
let safety: GraphQLTestClient;
let safety2: GraphQLTestClient;
let basic: GraphQLTestClient;
let leader: GraphQLTestClient;
let headKg: GraphQLTestClient;
let schoolId: string;
let kindergartenId: string;
let personId: string;
let siteId: string;

const audits = async (
  action: string,
): Promise<{ outcome: string; actor_username: string; details: View }[]> =>
  app.owner.query('SELECT outcome, actor_username, details FROM audit_event WHERE action = $1 ORDER BY id', [
    action,
  ]);

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(T0);
  // The demo seed's surroundings are removed, so the counts below are this file's own.
  await app.owner.query('DELETE FROM risk_follow_up');
  await app.owner.query('DELETE FROM risk_subject');
  schoolId = await institutionIdByName(app.owner, SCHOOL);
  kindergartenId = await institutionIdByName(app.owner, KINDERGARTEN);
  [head, teacher, inspect, safety, safety2, basic, leader, headKg] = await Promise.all(
    ['head.primary', 'teacher', 'inspect', 'safety', 'safety2', 'basic', 'leader', 'head.kg'].map((u) =>
      app.signedIn(u),
    ),
  );
});
afterAll(async () => {
  await app.close();
});

describe('PRV-3 surroundings', () => {
  it('PRV-3: the head records a risk person, referred to the street office and the police station', async () => {
    const response = await head.request(RECORD_RISK_SUBJECT, {
      input: {
        institutionId: schoolId,
        subjectType: 'RISK_PERSON',
        personType: 'PARANOID_OR_AGGRIEVED',
        personName: PERSON_NAME,
        personIdNumber: PERSON_ID,
        personAddress: PERSON_ADDRESS,
        personDescription: PERSON_DESCRIPTION,
        location: '校门口',
        referral: referralAt(hoursBefore(2)),
      },
    });
    const recorded = field(response, 'recordRiskSubject');
    expect(recorded).toMatchObject({
      __typename: 'RiskSubject',
      status: 'REFERRED',
      person: {
        name: PERSON_NAME,
        idNumber: PERSON_ID,
        address: PERSON_ADDRESS,
        description: PERSON_DESCRIPTION,
      },
      referral: { missingRecipients: [] },
    });
    personId = recorded.id;
    const [row] = await audits('riskSubject.record');
    expect(row).toMatchObject({ outcome: 'OK', actor_username: 'head.primary' });
    expect(row.details).toMatchObject({ subjectType: 'RISK_PERSON', status: 'REFERRED', personalData: true });
    expect(JSON.stringify(row.details)).not.toContain(PERSON_NAME);
  });

  it('PRV-3: a person’s identity is encrypted at rest: the raw columns and a dump hold no plain text', async () => {
    await head.request(RECORD_RISK_FOLLOW_UP, {
      input: {
        riskSubjectId: personId,
        followedUpAt: hoursBefore(1).toISOString(),
        outcome: 'UNCHANGED',
        note: FOLLOW_UP_NOTE,
      },
    });
    const [raw] = (await app.owner.query(
      'SELECT person_name, person_id_number, person_address, person_description FROM risk_subject WHERE id = $1',
      [personId],
    )) as Record<string, string>[];
    expect(Object.values(raw).every(isEncrypted)).toBe(true);
    const [note] = (await app.owner.query('SELECT note FROM risk_follow_up WHERE risk_subject_id = $1', [
      personId,
    ])) as { note: string }[];
    expect(isEncrypted(note.note)).toBe(true);
    const { matches } = await searchEveryRow(app.owner, [
      PERSON_NAME,
      PERSON_ID,
      PERSON_ADDRESS,
      PERSON_DESCRIPTION,
      FOLLOW_UP_NOTE,
      '谢家湾街道办事处',
    ]);
    // The search finds what is stored as plaintext (the office referred to), so an empty answer means something.
    expect(matches).toEqual([{ table: 'public.risk_subject', needle: '谢家湾街道办事处', rows: 1 }]);
    const entity = await app.dataSource.getRepository(RiskSubjectEntity).findOneByOrFail({ id: personId });
    expect(entity.personName).toBe(PERSON_NAME);
  });

  it('PRV-3: the head reads the person’s identity and the read is audited in the same transaction', async () => {
    const before = (await audits('riskSubject.read')).length;
    const read = field(await head.request(RISK_SUBJECT, { id: personId }), 'riskSubject');
    expect(read.person).toEqual({
      name: PERSON_NAME,
      idNumber: PERSON_ID,
      address: PERSON_ADDRESS,
      description: PERSON_DESCRIPTION,
    });
    expect(read.followUps).toEqual([
      { outcome: 'UNCHANGED', note: FOLLOW_UP_NOTE, recordedByName: expect.any(String) },
    ]);
    expect(read.viewerCan).toMatchObject({ readPersonalData: true, recordFollowUp: true, close: true });
    const rows = await audits('riskSubject.read');
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toMatchObject({
      outcome: 'OK',
      actor_username: 'head.primary',
      details: { subjectType: 'RISK_PERSON', personalData: true },
    });
  });

  it('PRV-3: 安稳办 and leadership read the identity too', async () => {
    for (const client of [safety, safety2, leader]) {
      const read = field(await client.request(RISK_SUBJECT, { id: personId }), 'riskSubject');
      expect(read.person?.name).toBe(PERSON_NAME);
    }
  });

  it('PRV-3: an inspector reads a site but only the type and status of a person', async () => {
    siteId = field(
      await head.request(RECORD_RISK_SUBJECT, { input: siteInput(schoolId) }),
      'recordRiskSubject',
    ).id;
    for (const client of [inspect, basic]) {
      const site = field(await client.request(RISK_SUBJECT, { id: siteId }), 'riskSubject');
      expect(site).toMatchObject({
        status: 'OPEN',
        site: { name: '星际网咖', address: '谢家湾正街 18 号' },
        location: '校门东侧约 150 米',
      });
      const person = field(await client.request(RISK_SUBJECT, { id: personId }), 'riskSubject');
      expect(person).toMatchObject({
        subjectType: 'RISK_PERSON',
        personType: 'PARANOID_OR_AGGRIEVED',
        status: 'FOLLOWED_UP',
        person: null,
        location: null,
        viewerCan: { readPersonalData: false, recordFollowUp: false, close: false },
      });
      expect(person.followUps).toEqual([
        { outcome: 'UNCHANGED', note: null, recordedByName: expect.any(String) },
      ]);
    }
    expect((await audits('riskSubject.read')).at(-1)).toMatchObject({
      actor_username: 'basic',
      details: { personalData: false },
    });
  });

  it('PRV-3: a teacher is refused every surroundings operation; another head finds nothing', async () => {
    const list = await teacher.request(RISK_SUBJECTS, {});
    expect(list.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const read = await teacher.request(RISK_SUBJECT, { id: personId });
    expect(read.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const record = await teacher.request(RECORD_RISK_SUBJECT, { input: siteInput(schoolId) });
    expect(record.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(field(await headKg.request(RISK_SUBJECT, { id: personId }), 'riskSubject')).toBeNull();
    expect(field(await headKg.request(RISK_SUBJECTS, {}), 'riskSubjects').totalCount).toBe(0);
    expect(
      field(await headKg.request(RECORD_RISK_SUBJECT, { input: siteInput(schoolId) }), 'recordRiskSubject')
        .__typename,
    ).toBe('RiskSubjectNotFoundError');
    expect((await audits('riskSubject.read')).at(-1)).toMatchObject({
      actor_username: 'head.kg',
      outcome: 'NOT_FOUND',
    });
  });

  it('PRV-3: lists never carry an identity; filters by institution, type and open/closed; pages by keyset', async () => {
    const all = field(await safety.request(RISK_SUBJECTS, { first: 1 }), 'riskSubjects');
    expect(all.totalCount).toBe(2);
    expect(all.viewerCanRecord).toBe(true);
    expect(all.pageInfo.hasNextPage).toBe(true);
    const next = field(
      await safety.request(RISK_SUBJECTS, { first: 1, after: all.pageInfo.endCursor }),
      'riskSubjects',
    );
    expect(next.pageInfo.hasNextPage).toBe(false);
    const both = [...all.edges, ...next.edges].map((e: View) => e.node);
    expect(both.map((n: View) => n.id).sort()).toEqual([personId, siteId].sort());
    expect(both.every((n: View) => n.person === null)).toBe(true);
    const persons = field(
      await safety.request(RISK_SUBJECTS, { filter: { subjectType: 'RISK_PERSON' } }),
      'riskSubjects',
    );
    expect(persons.edges.map((e: View) => e.node.id)).toEqual([personId]);
    const closed = field(await safety.request(RISK_SUBJECTS, { filter: { isOpen: false } }), 'riskSubjects');
    expect(closed.totalCount).toBe(0);
    const kg = field(
      await safety.request(RISK_SUBJECTS, { filter: { institutionId: kindergartenId } }),
      'riskSubjects',
    );
    expect(kg.totalCount).toBe(0);
    const inspector = field(await inspect.request(RISK_SUBJECTS, {}), 'riskSubjects');
    expect(inspector.viewerCanRecord).toBe(false);
    expect(inspector.edges.find((e: View) => e.node.id === personId).node.location).toBeNull();
  });

  it('PRV-3: an inspector may not follow up or close; a follow-up before the referral needs it', async () => {
    const refused = field(
      await inspect.request(RECORD_RISK_FOLLOW_UP, {
        input: {
          riskSubjectId: siteId,
          followedUpAt: hoursBefore(1).toISOString(),
          outcome: 'UNCHANGED',
          note: '看了',
        },
      }),
      'recordRiskFollowUp',
    );
    expect(refused.__typename).toBe('RiskSubjectForbiddenError');
    const noReferral = field(
      await head.request(RECORD_RISK_FOLLOW_UP, {
        input: {
          riskSubjectId: siteId,
          followedUpAt: hoursBefore(1).toISOString(),
          outcome: 'UNCHANGED',
          note: '看了',
        },
      }),
      'recordRiskFollowUp',
    );
    expect(noReferral).toMatchObject({ __typename: 'RiskSubjectStateError', reason: 'REFERRAL_INCOMPLETE' });
    const referred = field(
      await safety.request(RECORD_RISK_FOLLOW_UP, {
        input: {
          riskSubjectId: siteId,
          followedUpAt: hoursBefore(1).toISOString(),
          outcome: 'IMPROVED',
          note: '已通报街道和派出所，网吧已张贴禁止未成年人进入标识',
          referral: referralAt(hoursBefore(3)),
        },
      }),
      'recordRiskFollowUp',
    );
    expect(referred).toMatchObject({ __typename: 'RiskSubject', status: 'FOLLOWED_UP' });
    const future = field(
      await head.request(RECORD_RISK_FOLLOW_UP, {
        input: {
          riskSubjectId: siteId,
          followedUpAt: new Date(T0.getTime() + 60_000).toISOString(),
          outcome: 'UNCHANGED',
          note: '未来',
        },
      }),
      'recordRiskFollowUp',
    );
    expect(future.__typename).toBe('ValidationError');
    expect((await audits('riskSubject.followUp')).map((r) => r.outcome)).toEqual([
      'OK',
      'FORBIDDEN',
      'INVALID_RISK_SUBJECT_STATE',
      'OK',
      'VALIDATION_FAILED',
    ]);
  });

  it('PRV-3: closing needs a reason the status allows; a closed subject takes no more steps', async () => {
    const noReason = field(
      await head.request(CLOSE_RISK_SUBJECT, { input: { riskSubjectId: siteId } }),
      'closeRiskSubject',
    );
    expect(noReason).toMatchObject({
      __typename: 'RiskSubjectStateError',
      reason: 'CLOSING_REASON_REQUIRED',
    });
    const byInspector = field(
      await inspect.request(CLOSE_RISK_SUBJECT, { input: { riskSubjectId: siteId, reason: 'RISK_REMOVED' } }),
      'closeRiskSubject',
    );
    expect(byInspector.__typename).toBe('RiskSubjectForbiddenError');
    const closed = field(
      await head.request(CLOSE_RISK_SUBJECT, {
        input: { riskSubjectId: siteId, reason: 'RISK_REMOVED', note: '网吧已停业' },
      }),
      'closeRiskSubject',
    );
    expect(closed).toMatchObject({
      status: 'CLOSED',
      closingReason: 'RISK_REMOVED',
      viewerCan: { close: false, recordFollowUp: false },
    });
    const again = field(
      await head.request(RECORD_RISK_FOLLOW_UP, {
        input: {
          riskSubjectId: siteId,
          followedUpAt: hoursBefore(1).toISOString(),
          outcome: 'UNCHANGED',
          note: '再看',
        },
      }),
      'recordRiskFollowUp',
    );
    expect(again).toMatchObject({ __typename: 'RiskSubjectStateError', reason: 'NOT_FROM_STATUS' });
    const closedList = field(
      await head.request(RISK_SUBJECTS, { filter: { isOpen: false } }),
      'riskSubjects',
    );
    expect(closedList.edges.map((e: View) => e.node.id)).toEqual([siteId]);
    expect((await audits('riskSubject.close')).map((r) => r.outcome)).toEqual([
      'INVALID_RISK_SUBJECT_STATE',
      'FORBIDDEN',
      'OK',
    ]);
  });

  it('PRV-3: the register as Excel holds no identity of a person, even for the head; its filters are the list’s; audited', async () => {
    const download = (client: GraphQLTestClient, query: string) =>
      fetch(`${app.baseUrl}/api/surroundings/export${query}`, {
        headers: { cookie: `xiaohu_session=${client.sessionToken}` },
      });
    const cellsOf = async (response: Response) => {
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await response.arrayBuffer()) as never);
      const sheet = workbook.getWorksheet(SURROUNDINGS_SHEET)!;
      const rows: string[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
      return rows;
    };
    // The head reads the person's identity on the page; the sheet still never holds it.
    const rows = await cellsOf(await download(head, ''));
    expect(rows[0]![0]).toBe(SURROUNDINGS_NOTE);
    expect(rows[0]![0]).toContain('姓名、身份证号、住址、描述、位置及备注');
    expect(rows[1]).toContain('单位');
    expect(rows).toHaveLength(2 + 2);
    const text = JSON.stringify(rows);
    for (const secret of [
      PERSON_NAME,
      PERSON_ID,
      PERSON_ADDRESS,
      PERSON_DESCRIPTION,
      '校门口',
      FOLLOW_UP_NOTE,
    ])
      expect({ secret, found: text.includes(secret) }).toEqual({ secret, found: false });
    const person = rows.find((r) => r.includes('风险人员'))!;
    expect(person).toEqual(expect.arrayContaining([SCHOOL, '有偏执行为或极端情绪人员', '谢家湾街道办事处']));
    expect(rows.find((r) => r.includes('风险场所'))).toEqual(expect.arrayContaining(['星际网咖', '已销号']));
    // Leadership too, with the list's filters (type, state, section, kind, street 镇街).
    expect(await cellsOf(await download(leader, '?type=RISK_PERSON&state=OPEN'))).toHaveLength(3);
    expect(await cellsOf(await download(leader, '?section=BASIC&institutionKind=PRIMARY'))).toHaveLength(4);
    expect(await cellsOf(await download(leader, '?section=PRESCHOOL'))).toHaveLength(2);
    expect(await cellsOf(await download(leader, '?street=no%20such%20street'))).toHaveLength(2);
    // The viewer's scope: another head's export is empty; bad input is refused; a teacher is forbidden.
    expect(await cellsOf(await download(headKg, ''))).toHaveLength(2);
    expect((await download(leader, '?state=MAYBE')).status).toBe(400);
    expect((await download(teacher, '')).status).toBe(403);
    const rowsAudited = await audits('riskSubject.export');
    expect(rowsAudited.map((r) => r.outcome)).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'OK', 'FORBIDDEN']);
    expect(rowsAudited[0]!.details).toMatchObject({ rows: 2, personalData: false });
    expect(JSON.stringify(rowsAudited)).not.toContain(PERSON_NAME);
    // The GraphQL list filters alike.
    const kg = field(
      await leader.request(RISK_SUBJECTS, { filter: { section: 'PRESCHOOL' } }),
      'riskSubjects',
    );
    expect(kg.totalCount).toBe(0);
    const primary = field(
      await leader.request(RISK_SUBJECTS, { filter: { institutionKind: 'PRIMARY', street: null } }),
      'riskSubjects',
    );
    expect(primary.totalCount).toBe(2);
  });

  it('PRV-3: input is checked: a site needs its type and name, a person no site fields, an ID number its check digit', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [siteInput(schoolId, { siteType: null }), 'siteType'],
      [siteInput(schoolId, { siteName: '' }), 'siteName'],
      [siteInput(schoolId, { personName: '某人' }), 'personType'],
      [
        { institutionId: schoolId, subjectType: 'RISK_PERSON', personType: 'DRUG_USER', siteName: '网吧' },
        'siteType',
      ],
      [
        {
          institutionId: schoolId,
          subjectType: 'RISK_PERSON',
          personType: 'DRUG_USER',
          personIdNumber: '500107198003150017',
        },
        'personIdNumber',
      ],
      [
        siteInput(schoolId, {
          referral: { policeReferredAt: new Date(T0.getTime() + 60_000).toISOString() },
        }),
        'policeReferredAt',
      ],
    ];
    for (const [input, expected] of cases) {
      const answer = field(await safety.request(RECORD_RISK_SUBJECT, { input }), 'recordRiskSubject');
      expect({ expected, answer }).toMatchObject({
        expected,
        answer: { __typename: 'ValidationError', field: expected },
      });
    }
  });
});
