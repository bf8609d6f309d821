import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import type { GraphQLResponse, GraphQLTestClient } from '../../test-support/graphql-test-client';
import {
  ASSIGN,
  CAMPAIGNS,
  fireHazardJobs,
  HAZARD,
  HAZARDS,
  OPEN_CAMPAIGN,
  RECORD_ITEM,
  RECTIFY,
  START,
  SUBMIT,
  VERIFY,
} from './inspections.test-support';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type View = Record<string, any>;
const T0 = new Date('2026-09-01T02:00:00.000Z'); // 10:00 in Chongqing, the first school day
const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(T0.getTime() + days * DAY);
const SCHOOL = '九龙坡区谢家湾小学';

let app: TestApp;
let schoolId: string;
let teacherStaffId: string;
let campaignId: string;
let inspectionId: string;
let hazardId: string;

const field = (response: GraphQLResponse, name: string) => response.body.data?.[name] as View;
const audit = async (action: string): Promise<string[]> =>
  (await app.owner.query('SELECT outcome FROM audit_event WHERE action = $1 ORDER BY id', [action])).map(
    (r: { outcome: string }) => r.outcome,
  );
const as = (username: string): Promise<GraphQLTestClient> => app.signedIn(username);

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(T0);
  [{ id: schoolId }] = await app.owner.query('SELECT id FROM institution WHERE name = $1', [SCHOOL]);
  [{ staff_member_id: teacherStaffId }] = await app.owner.query(
    `SELECT staff_member_id FROM account WHERE username = 'teacher'`,
  );
});
afterAll(() => app.close());

describe('the demo district (PRV-1)', () => {
  it('PRV-1: a newcomer finds a campaign and hazards in every status at 谢家湾小学', async () => {
    app.clock.set(new Date('2026-03-01T00:00:00Z')); // when the test template was seeded
    const list = field(await (await as('head.primary')).request(HAZARDS, { first: 100 }), 'hazards');
    expect(new Set(list.items.map((h: View) => h.status))).toEqual(
      new Set(['INCOMPLETE', 'OPEN', 'OVERDUE', 'RECTIFIED', 'RECTIFIED_LATE']),
    );
    expect(list.items.map((h: View) => h.stage)).toContain('AWAITING_VERIFICATION');
    const campaigns = field(await (await as('head.primary')).request(CAMPAIGNS), 'inspectionCampaigns');
    expect(campaigns.items.map((c: View) => c.name)).toContain('2026年秋季开学安全大检查');
    app.clock.set(T0);
  });
});

describe('templates and campaigns (PRV-1)', () => {
  it('PRV-1: the committee reads the default checklist, zh first with rule IDs; a head reads none', async () => {
    const response = await (
      await as('basic')
    ).request('{ inspectionTemplates { code nameZh items { code ruleId textZh textEn } } }');
    const [template] = field(response, 'inspectionTemplates') as unknown as View[];
    expect(template).toMatchObject({ code: 'DISTRICT_DEFAULT' });
    expect(template.items.length).toBeGreaterThanOrEqual(15);
    expect(template.items[0]).toMatchObject({ code: 'PEOPLE-01', ruleId: 'PRV-1' });
    expect(
      field(
        await (await as('head.primary')).request('{ inspectionTemplates { id } }'),
        'inspectionTemplates',
      ),
    ).toEqual([]);
  });

  it('PRV-1: 安稳办 opens a campaign over the primary schools; a section member is refused; both audited', async () => {
    const [{ id: templateId }] = await app.owner.query(
      `SELECT id FROM inspection_template WHERE code = 'DISTRICT_DEFAULT'`,
    );
    const input = { name: '开学安全大检查', templateId, startsAt: T0, endsAt: at(30), kinds: ['PRIMARY'] };
    const refused = field(
      await (await as('basic')).request(OPEN_CAMPAIGN, { input }),
      'openInspectionCampaign',
    );
    expect(refused).toMatchObject({ __typename: 'InspectionForbiddenError', code: 'FORBIDDEN' });
    const backwards = field(
      await (await as('safety')).request(OPEN_CAMPAIGN, { input: { ...input, endsAt: T0 } }),
      'openInspectionCampaign',
    );
    expect(backwards).toMatchObject({ __typename: 'ValidationError', field: 'endsAt' });
    const openedResponse = await (await as('safety')).request(OPEN_CAMPAIGN, { input });
    const opened = field(openedResponse, 'openInspectionCampaign');
    expect(opened).toMatchObject({
      __typename: 'InspectionCampaign',
      name: '开学安全大检查',
      selfInspectionsSubmitted: 0,
    });
    const [{ count }] = await app.owner.query(
      `SELECT count(*)::int AS count FROM institution WHERE kind = 'PRIMARY'`,
    );
    expect(opened.institutionCount).toBe(count);
    campaignId = opened.id;
    expect(await audit('inspection.openCampaign')).toEqual(['FORBIDDEN', 'VALIDATION_FAILED', 'OK']);
  });

  it('ORG-3: a head reads the campaigns covering her institution only; a teacher is refused', async () => {
    const primary = field(await (await as('head.primary')).request(CAMPAIGNS), 'inspectionCampaigns');
    expect(primary.canOpen).toBe(false);
    // The demo district's campaign covers her primary school too.
    expect(primary.items.find((c: View) => c.id === campaignId)).toMatchObject({
      institutionCount: 1,
      viewerCan: { canStartSelfInspection: true },
    });
    const kg = field(await (await as('head.kg')).request(CAMPAIGNS), 'inspectionCampaigns');
    expect(kg.items).toEqual([]);
    const teacher = await (await as('teacher')).request(CAMPAIGNS);
    expect(teacher.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a self-inspection and its hazard (PRV-1)', () => {
  it('ORG-3: the head starts her self-inspection once; another head and an inspector may not', async () => {
    const input = { kind: 'SELF', institutionId: schoolId, campaignId };
    expect(field(await (await as('basic')).request(START, { input }), 'startInspection')).toMatchObject({
      __typename: 'InspectionForbiddenError',
    });
    const started = field(await (await as('head.primary')).request(START, { input }), 'startInspection');
    expect(started).toMatchObject({
      __typename: 'Inspection',
      kind: 'SELF',
      viewerCan: { canRecordItem: true },
    });
    // A primary school's checklist leaves out the training institutions' one-to-one classroom item.
    expect(started.items.map((i: View) => i.item.code)).not.toContain('ONE-01');
    inspectionId = started.id;
    expect(
      field(await (await as('head.primary')).request(START, { input }), 'startInspection'),
    ).toMatchObject({
      __typename: 'InspectionStateError',
    });
  });

  it('PRV-1: a FAILED item needs a description and becomes a hazard; an owner must be on the staff register', async () => {
    const head = await as('head.primary');
    const inspection = field(
      await head.request(`query($id: ID!) { inspection(id: $id) { items { item { id code } } } }`, {
        id: inspectionId,
      }),
      'inspection',
    );
    const itemId = inspection.items.find((i: View) => i.item.code === 'BLIND-02').item.id;
    const bare = field(
      await head.request(RECORD_ITEM, { input: { inspectionId, itemId, result: 'FAILED' } }),
      'recordInspectionItem',
    );
    expect(bare).toMatchObject({ __typename: 'ValidationError', field: 'hazardDescription' });
    const [{ id: stranger }] = await app.owner.query(
      'SELECT id FROM staff_member WHERE institution_id <> $1 LIMIT 1',
      [schoolId],
    );
    const foreign = field(
      await head.request(RECORD_ITEM, {
        input: {
          inspectionId,
          itemId,
          result: 'FAILED',
          hazardDescription: '三楼储物间未上锁',
          ownerStaffId: stranger,
        },
      }),
      'recordInspectionItem',
    );
    expect(foreign).toMatchObject({ __typename: 'ValidationError', field: 'ownerStaffId' });
    const failed = field(
      await head.request(RECORD_ITEM, {
        input: { inspectionId, itemId, result: 'FAILED', hazardDescription: '三楼储物间未上锁，监控看不到' },
      }),
      'recordInspectionItem',
    );
    hazardId = failed.items.find((i: View) => i.item.id === itemId).hazardId;
    expect(hazardId).toEqual(expect.any(String));
    const hazard = field(await head.request(HAZARD, { id: hazardId }), 'hazard');
    expect(hazard).toMatchObject({
      status: 'INCOMPLETE',
      missing: ['OWNER', 'DUE_DATE'],
      stage: 'AWAITING_RECTIFICATION',
    });
    const changed = field(
      await head.request(RECORD_ITEM, { input: { inspectionId, itemId, result: 'PASSED' } }),
      'recordInspectionItem',
    );
    expect(changed).toMatchObject({ __typename: 'InspectionStateError' });
  });

  it('PRV-1: submitting needs every item; then the inspection is closed to changes', async () => {
    const head = await as('head.primary');
    expect(field(await head.request(SUBMIT, { input: { inspectionId } }), 'submitInspection')).toMatchObject({
      __typename: 'InspectionStateError',
    });
    const inspection = field(
      await head.request(`query($id: ID!) { inspection(id: $id) { items { item { id } result } } }`, {
        id: inspectionId,
      }),
      'inspection',
    );
    for (const item of inspection.items.filter((i: View) => i.result === null)) {
      const recorded = field(
        await head.request(RECORD_ITEM, { input: { inspectionId, itemId: item.item.id, result: 'PASSED' } }),
        'recordInspectionItem',
      );
      expect(recorded.__typename).toBe('Inspection');
    }
    const submitted = field(await head.request(SUBMIT, { input: { inspectionId } }), 'submitInspection');
    expect(submitted).toMatchObject({
      __typename: 'Inspection',
      viewerCan: { canRecordItem: false, canSubmit: false },
    });
    expect(submitted.submittedAt).not.toBeNull();
    const late = field(
      await head.request(RECORD_ITEM, {
        input: { inspectionId, itemId: inspection.items[0].item.id, result: 'PASSED' },
      }),
      'recordInspectionItem',
    );
    expect(late).toMatchObject({ __typename: 'InspectionStateError' });
    const campaigns = field(await (await as('safety')).request(CAMPAIGNS), 'inspectionCampaigns');
    expect(campaigns.items.find((c: View) => c.id === campaignId).selfInspectionsSubmitted).toBe(1);
    expect(await audit('inspection.submit')).toEqual(['INVALID_INSPECTION_STATE', 'OK']);
  });
});

describe('assignment, overdue alerts and rectification (PRV-1)', () => {
  it('PRV-1: the head assigns the teacher and a due date; the hazard is OPEN and the teacher reads it', async () => {
    const head = await as('head.primary');
    const past = field(
      await head.request(ASSIGN, { input: { hazardId, ownerStaffId: teacherStaffId, dueAt: at(-1) } }),
      'assignHazard',
    );
    expect(past).toMatchObject({ __typename: 'ValidationError', field: 'dueAt' });
    const owner = field(
      await (
        await as('teacher')
      ).request(ASSIGN, { input: { hazardId, ownerStaffId: teacherStaffId, dueAt: at(7) } }),
      'assignHazard',
    );
    expect(owner).toMatchObject({ __typename: 'InspectionNotFoundError' });
    const assigned = field(
      await head.request(ASSIGN, { input: { hazardId, ownerStaffId: teacherStaffId, dueAt: at(5) } }),
      'assignHazard',
    );
    expect(assigned).toMatchObject({
      __typename: 'Hazard',
      status: 'OPEN',
      missing: [],
      ownerStaffId: teacherStaffId,
    });
    const mine = field(await (await as('teacher')).request(HAZARDS, {}), 'hazards');
    expect(mine.items.map((h: View) => h.id)).toContain(hazardId);
    expect(field(await (await as('teacher')).request(HAZARD, { id: hazardId }), 'hazard').viewerCan).toEqual({
      canAssign: false,
      canRecordRectification: true,
      canVerify: false,
    });
  });

  it('PRV-1: the hazard is read by the head, its inspectors and leadership; not another head or section', async () => {
    for (const username of ['head.primary', 'basic', 'safety', 'inspect', 'leader']) {
      expect(field(await (await as(username)).request(HAZARD, { id: hazardId }), 'hazard')?.id).toBe(
        hazardId,
      );
    }
    for (const username of ['head.kg', 'preschool', 'personnel']) {
      expect(field(await (await as(username)).request(HAZARD, { id: hazardId }), 'hazard')).toBeNull();
      const list = field(await (await as(username)).request(HAZARDS, {}), 'hazards');
      expect(list.items.map((h: View) => h.id)).not.toContain(hazardId);
    }
  });

  it('PRV-1: a new due date re-schedules the alerts; the former jobs are stale', async () => {
    const head = await as('head.primary');
    const moved = field(
      await head.request(ASSIGN, { input: { hazardId, ownerStaffId: teacherStaffId, dueAt: at(7) } }),
      'assignHazard',
    );
    expect(moved.dueAt).toBe(at(7).toISOString());
    app.clock.set(at(6));
    expect(await fireHazardJobs(app, hazardId)).toEqual([
      'HAZARD_OVERDUE:STALE',
      'HAZARD_OVERDUE:NOT_DUE',
      'HAZARD_ESCALATION:STALE',
      'HAZARD_ESCALATION:NOT_DUE',
    ]);
  });

  it('PRV-1: at the due date the owner and the head are alerted once; the section hazardEscalationDays later', async () => {
    app.clock.set(new Date(at(7).getTime() + 60_000));
    const outcomes = async () => (await fireHazardJobs(app, hazardId)).filter((o) => !o.endsWith('STALE'));
    expect(await outcomes()).toEqual(['HAZARD_OVERDUE:SENT', 'HAZARD_ESCALATION:NOT_DUE']);
    expect(await outcomes()).toEqual(['HAZARD_OVERDUE:ALREADY_FIRED', 'HAZARD_ESCALATION:NOT_DUE']);
    const overdue = field(
      await (await as('head.primary')).request(HAZARDS, { filter: { statuses: ['OVERDUE'] } }),
      'hazards',
    );
    expect(overdue.items.map((h: View) => h.id)).toContain(hazardId);
    app.clock.set(new Date(at(10).getTime() + 60_000));
    expect(await outcomes()).toEqual(['HAZARD_OVERDUE:ALREADY_FIRED', 'HAZARD_ESCALATION:SENT']);
    const told = await app.owner.query(
      `SELECT a.username, n.kind FROM notification n JOIN account a ON a.id = n.account_id
       WHERE n.kind IN ('HAZARD_OVERDUE', 'HAZARD_ESCALATION') ORDER BY n.kind DESC, a.username`,
    );
    expect(told).toEqual([
      { username: 'head.primary', kind: 'HAZARD_OVERDUE' },
      { username: 'teacher', kind: 'HAZARD_OVERDUE' },
      { username: 'basic', kind: 'HAZARD_ESCALATION' },
    ]);
  });

  it('PRV-1: the owner rectifies late; the head may not verify; the inspector sends back, then verifies: RECTIFIED_LATE', async () => {
    const teacher = await as('teacher');
    const rectified = field(
      await teacher.request(RECTIFY, { input: { hazardId, note: '储物间已加锁，增设摄像头一个' } }),
      'recordRectification',
    );
    expect(rectified).toMatchObject({
      __typename: 'Hazard',
      stage: 'AWAITING_VERIFICATION',
      status: 'OVERDUE',
    });
    expect(
      field(await teacher.request(RECTIFY, { input: { hazardId, note: '再次' } }), 'recordRectification'),
    ).toMatchObject({
      __typename: 'InspectionStateError',
    });
    expect(
      field(
        await (await as('head.primary')).request(VERIFY, { input: { hazardId, decision: 'VERIFY' } }),
        'verifyRectification',
      ),
    ).toMatchObject({ __typename: 'InspectionForbiddenError' });
    const basic = await as('basic');
    expect(
      field(
        await basic.request(VERIFY, { input: { hazardId, decision: 'SEND_BACK' } }),
        'verifyRectification',
      ),
    ).toMatchObject({
      __typename: 'ValidationError',
      field: 'reason',
    });
    const sentBack = field(
      await basic.request(VERIFY, {
        input: { hazardId, decision: 'SEND_BACK', reason: '摄像头未接入监控平台' },
      }),
      'verifyRectification',
    );
    expect(sentBack).toMatchObject({ stage: 'AWAITING_RECTIFICATION', viewerCan: { canVerify: false } });
    expect(sentBack.rectifications[0]).toMatchObject({
      verification: 'SENT_BACK',
      sendBackReason: '摄像头未接入监控平台',
    });
    app.clock.set(at(12));
    await (await as('teacher')).request(RECTIFY, { input: { hazardId, note: '摄像头已接入平台' } });
    const verified = field(
      await (await as('basic')).request(VERIFY, { input: { hazardId, decision: 'VERIFY' } }),
      'verifyRectification',
    );
    expect(verified).toMatchObject({
      __typename: 'Hazard',
      stage: 'CLOSED',
      status: 'RECTIFIED_LATE',
      rectifiedAt: at(12).toISOString(),
    });
    expect(
      field(await (await as('head.primary')).request(HAZARD, { id: hazardId }), 'hazard').viewerCan,
    ).toEqual({
      canAssign: false,
      canRecordRectification: false,
      canVerify: false,
    });
    expect(await audit('hazard.verifyRectification')).toEqual(['FORBIDDEN', 'VALIDATION_FAILED', 'OK', 'OK']);
  });
});

describe('on-site inspections (PRV-1)', () => {
  it('PRV-1, ORG-1: an inspector records an on-site inspection (another section finds no such school), a hazard assigned at once, rectified on time', async () => {
    app.clock.set(at(20));
    const basic = await as('basic');
    const rectifiedBefore = field(
      await (
        await as('leader')
      ).request(HAZARDS, { filter: { institutionId: schoolId, statuses: ['RECTIFIED', 'RECTIFIED_LATE'] } }),
      'hazards',
    ).totalCount;
    expect(
      field(
        await (await as('preschool')).request(START, { input: { kind: 'ON_SITE', institutionId: schoolId } }),
        'startInspection',
      ),
    ).toMatchObject({ __typename: 'InspectionNotFoundError' });
    const started = field(
      await basic.request(START, { input: { kind: 'ON_SITE', institutionId: schoolId } }),
      'startInspection',
    );
    expect(started).toMatchObject({ __typename: 'Inspection', kind: 'ON_SITE' });
    const itemId = started.items.find((i: View) => i.item.code === 'TECH-02').item.id;
    const recorded = field(
      await basic.request(RECORD_ITEM, {
        input: {
          inspectionId: started.id,
          itemId,
          result: 'FAILED',
          hazardDescription: '一键报警装置本月未测试',
          ownerStaffId: teacherStaffId,
          dueAt: at(25),
        },
      }),
      'recordInspectionItem',
    );
    const onSiteHazard = recorded.items.find((i: View) => i.item.id === itemId).hazardId;
    expect(field(await basic.request(HAZARD, { id: onSiteHazard }), 'hazard')).toMatchObject({
      status: 'OPEN',
    });
    await (
      await as('head.primary')
    ).request(RECTIFY, { input: { hazardId: onSiteHazard, note: '已测试并记录' } });
    app.clock.set(at(26));
    // Recorded by the due date and awaiting verification: the owner acted in time, no alert.
    expect(await fireHazardJobs(app, onSiteHazard)).toEqual([
      'HAZARD_OVERDUE:SKIPPED',
      'HAZARD_ESCALATION:NOT_DUE',
    ]);
    const verified = field(
      await (await as('inspect')).request(VERIFY, { input: { hazardId: onSiteHazard, decision: 'VERIFY' } }),
      'verifyRectification',
    );
    expect(verified).toMatchObject({ status: 'RECTIFIED', stage: 'CLOSED' });
    const list = field(
      await (
        await as('leader')
      ).request(HAZARDS, { filter: { institutionId: schoolId, statuses: ['RECTIFIED', 'RECTIFIED_LATE'] } }),
      'hazards',
    );
    expect(list.totalCount).toBe(rectifiedBefore + 1);
    // A case's page lists the hazards found at its institution after it (the case link).
    const since = field(
      await (await as('leader')).request(HAZARDS, { filter: { institutionId: schoolId, foundFrom: at(20) } }),
      'hazards',
    );
    expect(since.items.map((h: View) => h.id)).toEqual([onSiteHazard]);
    const byCampaign = field(
      await (await as('leader')).request(HAZARDS, { filter: { campaignId } }),
      'hazards',
    );
    expect(byCampaign.items.map((h: View) => h.id)).toEqual([hazardId]);
  });
});

describe('the hazard register as Excel (PRV-1)', () => {
  it('PRV-1: the list the viewer reads, with its filters, one audit row; the administrator is refused', async () => {
    const download = async (username: string, query: string) => {
      const client = await as(username);
      return fetch(`${app.baseUrl}/api/hazards/export${query}`, {
        headers: { cookie: `xiaohu_session=${client.sessionToken}` },
      });
    };
    const response = await download(
      'leader',
      `?institution=${schoolId}&campaign=${campaignId}&status=RECTIFIED_LATE`,
    );
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('隐患整改台账')!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe(SCHOOL);
    expect(sheet.getRow(2).getCell(8).value).toBe('逾期整改');
    expect((await download('leader', '?status=NOPE')).status).toBe(400);
    // The dashboard's filters (section, institution kind, street 镇街) narrow the register like the list.
    const rowsOf = async (query: string) => {
      const filtered = await download('leader', `?institution=${schoolId}&status=RECTIFIED_LATE${query}`);
      expect(filtered.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await filtered.arrayBuffer()) as never);
      return book.getWorksheet('隐患整改台账')!.rowCount - 1;
    };
    const unfiltered = await rowsOf('');
    expect(unfiltered).toBeGreaterThan(0);
    expect(await rowsOf('&section=BASIC&institutionKind=PRIMARY')).toBe(unfiltered);
    expect(await rowsOf('&section=PRESCHOOL')).toBe(0);
    expect(await rowsOf('&street=no%20such%20street')).toBe(0);
    expect((await download('leader', '?section=SAFETY')).status).toBe(400);
    expect((await download('leader', '?institutionKind=ZOO')).status).toBe(400);
    // A periodic figure's link: rectified between two days (both or neither, real dates).
    expect(await rowsOf('&rectifiedFrom=2020-01-01&rectifiedTo=2020-12-31')).toBe(0);
    expect((await download('leader', '?rectifiedFrom=2026-03-01')).status).toBe(400);
    expect((await download('leader', '?rectifiedFrom=2026-02-30&rectifiedTo=2026-03-31')).status).toBe(400);
    expect((await download('admin', '')).status).toBe(403);
    expect(await audit('hazard.export')).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'OK', 'FORBIDDEN']);
  });
});

describe('an unannounced inspection after a case (PRV-1, REP-7)', () => {
  const RECORD = `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) {
    __typename ... on Case { id } ... on ErrorResult { code message } } }`;

  it('PRV-1: the case’s inspectors are offered it; the items the category touches come first; the case stays need-to-know', async () => {
    app.clock.set(at(30));
    const recorded = field(
      await (
        await as('teacher')
      ).request(RECORD, {
        input: {
          receivedAt: at(30).toISOString(),
          channel: 'ORAL',
          category: 'MOLESTATION',
          suspectType: 'STAFF',
          childName: '测试学生',
          childClass: '二年级一班',
          childStatement: '测试陈述',
          isChildInDanger: false,
        },
      }),
      'recordDisclosure',
    );
    expect(recorded.__typename).toBe('Case');
    const offer = async (username: string) =>
      field(
        await (
          await as(username)
        ).request('query($id: ID!) { case(id: $id) { canStartUnannouncedInspection } }', {
          id: recorded.id,
        }),
        'case',
      )?.canStartUnannouncedInspection;
    expect(await offer('safety')).toBe(true);
    expect(await offer('head.primary')).toBe(false);
    const input = { kind: 'UNANNOUNCED', institutionId: schoolId, caseId: recorded.id };
    expect(
      field(
        await (await as('safety')).request(START, { input: { ...input, kind: 'ON_SITE' } }),
        'startInspection',
      ),
    ).toMatchObject({ __typename: 'ValidationError' });
    // 基教科 inspects the school but may not know of a sexual-abuse case (REP-7): as if it did not exist.
    expect(field(await (await as('basic')).request(START, { input }), 'startInspection')).toMatchObject({
      __typename: 'InspectionNotFoundError',
    });
    const started = field(await (await as('safety')).request(START, { input }), 'startInspection');
    expect(started).toMatchObject({ __typename: 'Inspection', kind: 'UNANNOUNCED' });
    const groups = started.items.map((i: View) => i.item.group);
    expect(groups[0]).toBe('PEOPLE_PROTECTION');
    const firstOther = groups.findIndex((g: string) => ['SURROUNDINGS', 'RECORDS'].includes(g));
    expect(groups.slice(0, firstOther)).toEqual(expect.not.arrayContaining(['SURROUNDINGS', 'RECORDS']));
    expect(groups.slice(0, firstOther)).toContain('ONE_TO_ONE_ROOMS');
    expect(groups.slice(firstOther)).toEqual(expect.not.arrayContaining(['ONE_TO_ONE_ROOMS', 'BLIND_SPOTS']));
  });
});
