import {
  addCalendarMonths,
  DEFAULT_POLICY,
  inServiceDueDates,
  INSTITUTION_KINDS,
  supervisingSection,
  type InstitutionKind,
  type StaffRole,
} from '@xiaohu/domain';
import ExcelJS from 'exceljs';
import { SESSION_COOKIE } from '../../shared/auth/session-cookie';
import { institutionIdByName } from '../../test-support/factories';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { reconcileStaffDueDates, refreshStaffDueDates } from './staff-due-dates';
import { buildStaffMember } from './staff.factories';

// dueChecks pages on due dates stored by refreshStaffDueDates: it must answer exactly what
// inServiceDueDates over every active member answers.
const DUE = `query($filter: DueCheckFilter, $first: Int) { dueChecks(filter: $filter, first: $first) {
  totalCount overdueCount items { kind staffId staffName institutionName dueAt isOverdue lastAt supervisedBy } } }`;
const NOW = new Date('2026-03-02T01:00:00.000Z');

type Item = {
  kind: string;
  staffId: string;
  staffName: string;
  institutionName: string;
  dueAt: string;
  isOverdue: boolean;
  lastAt: string | null;
  supervisedBy: string[];
};
type List = { totalCount: number; overdueCount: number; items: Item[] };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  const kindergarten = await institutionIdByName(app.owner, '九龙坡区机关幼儿园');
  const training = await institutionIdByName(app.owner, '九龙坡区启明培训学校');
  // Start dates on both sides of every threshold, month ends included (31 → 28/30).
  const starts = [
    '2025-03-02T01:00:00Z',
    '2025-03-01T16:00:00Z',
    '2025-03-02T01:00:01Z',
    '2025-02-28T16:00:00Z',
    '2025-03-31T15:59:59Z',
    '2025-08-31T16:00:00Z',
    '2025-09-02T01:00:00Z',
    '2025-09-01T00:00:00Z',
    '2024-01-31T00:00:00Z',
    '2025-12-31T00:00:00Z',
    '2026-02-28T00:00:00Z',
    '2023-06-15T00:00:00Z',
  ];
  for (const [index, startedAt] of starts.entries()) {
    for (const institutionId of [kindergarten, training]) {
      const staff = await buildStaffMember(app.owner, institutionId, {
        name: `到期${String(index).padStart(2, '0')}`,
        role: 'TEACHER',
        status: 'ACTIVE',
        hasStudentAccess: index % 5 !== 0,
        startedAt: new Date(startedAt),
        activatedAt: new Date(startedAt),
      });
      if (index % 3 === 0) {
        await app.owner.query(
          `INSERT INTO reminder_interview (staff_id, interviewed_at, interviewer, notes, recorded_at)
           VALUES ($1, $2, '负责人', '', $3), ($1, $4, '负责人', '', $3)`,
          // The second is dated after now: a typing error the rule ignores.
          [staff.id, new Date('2025-09-01T16:00:00Z'), NOW, new Date('2026-04-01T00:00:00Z')],
        );
      }
      if (index % 4 === 1) {
        await app.owner.query(
          `INSERT INTO vetting_check (staff_id, "check", outcome, checked_at, checked_by, system, reference_number, recorded_by, recorded_at)
           VALUES ($1, 'IN_SERVICE_RECHECK', 'CLEAR', $2, '查询员', '库', 'R-1', 'INSTITUTION', $3)`,
          [staff.id, new Date('2025-03-01T16:00:00Z'), NOW],
        );
      }
    }
  }
  // The checks and interviews above were written around the API, as a seed would: it recomputes.
  await refreshStaffDueDates(app.owner.manager, undefined, { now: NOW });
});
afterAll(() => app.close());

interface ReferenceRow {
  id: string;
  name: string;
  role: StaffRole;
  started_at: Date;
  has_student_access: boolean;
  institution_id: string;
  institution_name: string;
  institution_kind: InstitutionKind;
  rechecks: Date[] | null;
  interviews: Date[] | null;
}

/** The rule over every active member, as the list was computed before (all in memory). */
async function reference(
  filter: Record<string, unknown>,
  first: number,
  scopeKinds: readonly InstitutionKind[] = INSTITUTION_KINDS,
): Promise<List> {
  const rows = (await app.owner.query(
    `SELECT s.id, s.name, s.role, COALESCE(s.started_at, s.activated_at) AS started_at, s.has_student_access,
            i.id AS institution_id, i.name AS institution_name, i.kind AS institution_kind,
            (SELECT array_agg(vc.checked_at) FROM vetting_check vc WHERE vc.staff_id = s.id AND vc.check = 'IN_SERVICE_RECHECK') AS rechecks,
            (SELECT array_agg(ri.interviewed_at) FROM reminder_interview ri WHERE ri.staff_id = s.id) AS interviews
     FROM staff_member s JOIN institution i ON i.id = s.institution_id
     WHERE s.status = 'ACTIVE' AND COALESCE(s.started_at, s.activated_at) IS NOT NULL`,
  )) as ReferenceRow[];
  const items: Item[] = [];
  for (const row of rows) {
    const due = inServiceDueDates(
      {
        role: row.role,
        institutionKind: row.institution_kind,
        startedAt: row.started_at,
        hasStudentAccess: row.has_student_access,
      },
      { rechecks: row.rechecks ?? [], reminderInterviews: row.interviews ?? [] },
      NOW,
      DEFAULT_POLICY,
    );
    for (const [kind, date] of [
      ['RECHECK', due.recheck],
      ['REMINDER_INTERVIEW', due.reminderInterview],
    ] as const) {
      if (!date) continue;
      if (filter.kind && filter.kind !== kind) continue;
      if (!scopeKinds.includes(row.institution_kind)) continue;
      if (filter.institutionId && filter.institutionId !== row.institution_id) continue;
      if (filter.section && supervisingSection(row.institution_kind, DEFAULT_POLICY).unit !== filter.section)
        continue;
      if (filter.isOverdue != null && filter.isOverdue !== date.isOverdue) continue;
      if (filter.dueBefore && date.dueAt.getTime() >= new Date(filter.dueBefore as string).getTime())
        continue;
      items.push({
        kind,
        staffId: row.id,
        staffName: row.name,
        institutionName: row.institution_name,
        dueAt: date.dueAt.toISOString(),
        isOverdue: date.isOverdue,
        lastAt: date.lastAt?.toISOString() ?? null,
        supervisedBy: date.supervisedBy,
      });
    }
  }
  // Equal due dates in the order of the staff id (uuid order is that of the lower-case text).
  items.sort(
    (a, b) =>
      a.dueAt.localeCompare(b.dueAt) ||
      (a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : 0) ||
      (a.kind === b.kind ? 0 : a.kind === 'RECHECK' ? -1 : 1),
  );
  return {
    totalCount: items.length,
    overdueCount: items.filter((i) => i.isOverdue).length,
    items: items.slice(0, first),
  };
}

const key = (item: Item) => `${item.kind} ${item.staffId}`;

describe('dueChecks', () => {
  it.each([
    [{}, 200],
    [{}, 7],
    [{ kind: 'RECHECK' }, 5],
    [{ kind: 'REMINDER_INTERVIEW', isOverdue: true }, 10],
    [{ isOverdue: false }, 3],
    [{ dueBefore: '2026-03-02T01:00:00Z' }, 50],
    [{ dueBefore: '2026-03-31T16:00:00Z', isOverdue: false }, 200],
    [{ dueBefore: '2026-09-01T00:00:00Z', kind: 'RECHECK' }, 1],
    [{ section: 'PRESCHOOL' }, 30],
    [{ section: 'VOCATIONAL', isOverdue: true }, 200],
    [{ section: 'BASIC' }, 200],
    [{ institutionId: 'KINDERGARTEN' }, 20],
  ] as [Record<string, unknown>, number][])(
    'VET-9, VET-10: filter %j, first %d answers exactly what inServiceDueDates says for every member',
    async (given, first) => {
      app.clock.set(NOW);
      const filter =
        given.institutionId === 'KINDERGARTEN'
          ? { institutionId: await institutionIdByName(app.owner, '九龙坡区机关幼儿园') }
          : given;
      const leader = await app.signedIn('leader');
      const response = await leader.request(DUE, { filter, first });
      if (response.body.errors) throw new Error(response.text);
      const actual = response.body.data?.dueChecks as List;
      const expected = await reference(filter, first);
      expect({ totalCount: actual.totalCount, overdueCount: actual.overdueCount }).toEqual({
        totalCount: expected.totalCount,
        overdueCount: expected.overdueCount,
      });
      expect(actual.items.map(key)).toEqual(expected.items.map(key));
      const byKey = new Map(expected.items.map((i) => [key(i), i]));
      for (const item of actual.items) expect(item).toEqual(byKey.get(key(item)));
    },
  );
});

describe('dueChecks: keyset pages (issue 10)', () => {
  const PAGE = `query($filter: DueCheckFilter, $first: Int, $after: String) {
    dueChecks(filter: $filter, first: $first, after: $after) {
      totalCount items { kind staffId staffName institutionName dueAt isOverdue lastAt supervisedBy }
      pageInfo { hasNextPage endCursor } } }`;
  it.each([[{}], [{ section: 'PRESCHOOL' }], [{ kind: 'REMINDER_INTERVIEW' }]] as [
    Record<string, unknown>,
  ][])(
    'VET-9, VET-10: pages of 7 after each cursor tile the whole list %j in order, each page with the total',
    async (filter) => {
      app.clock.set(NOW);
      const leader = await app.signedIn('leader');
      const expected = await reference(filter, 100_000);
      const walked: Item[] = [];
      let after: string | null = null;
      for (let page = 0; page < 1000; page++) {
        const response = await leader.request(PAGE, { filter, first: 7, after });
        if (response.body.errors) throw new Error(response.text);
        const list = response.body.data?.dueChecks as List & {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
        expect(list.totalCount).toBe(expected.totalCount);
        walked.push(...list.items);
        if (!list.pageInfo.hasNextPage) break;
        after = list.pageInfo.endCursor;
      }
      expect(expected.items.length).toBeGreaterThan(7);
      expect(walked.map(key)).toEqual(expected.items.map(key));
    },
  );

  it('refuses a forged cursor as bad input', async () => {
    const leader = await app.signedIn('leader');
    const forged = Buffer.from(JSON.stringify(['2026-03-02T01:00:00.000Z', 'x', 'RECHECK'])).toString(
      'base64url',
    );
    const response = await leader.request(PAGE, { first: 7, after: forged });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('dueChecks: Excel export (issue 10)', () => {
  const exportAs = async (username: string, query: string) => {
    const client = await app.signedIn(username);
    const response = await fetch(`${app.baseUrl}/api/staff/due-checks/export${query}`, {
      headers: { cookie: `${SESSION_COOKIE}=${client.sessionToken}` },
    });
    if (response.status !== 200) return { status: response.status, names: [] as string[] };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = book.worksheets[0];
    const names = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(1).text);
    return { status: 200, names };
  };
  const audits = (outcome: string) =>
    app.owner.query(
      `SELECT details FROM audit_event WHERE action = 'staff.dueChecks.export' AND outcome = $1 ORDER BY id`,
      [outcome],
    ) as Promise<{ details: Record<string, unknown> }[]>;

  it('VET-9, VET-10: exports every due item of the filter, soonest first, with one audit row', async () => {
    app.clock.set(NOW);
    const expected = await reference({ section: 'PRESCHOOL', isOverdue: true }, 100_000);
    const before = (await audits('OK')).length;
    const file = await exportAs('leader', '?section=PRESCHOOL&overdue=1');
    expect(file.status).toBe(200);
    expect(file.names.length).toBeGreaterThan(0);
    expect(file.names).toEqual(expected.items.map((i) => i.staffName));
    const rows = await audits('OK');
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)!.details).toEqual({
      filter: { section: 'PRESCHOOL', overdue: '1' },
      rows: expected.items.length,
    });
  });

  it('ORG-3: a teacher is refused with an audit row; a bad filter is refused before the file', async () => {
    const before = (await audits('FORBIDDEN')).length;
    expect((await exportAs('teacher', '')).status).toBe(403);
    expect((await audits('FORBIDDEN')).length).toBe(before + 1);
    expect((await exportAs('leader', '?kind=SOMETIMES')).status).toBe(400);
  });
});

describe('dueChecks: stored due dates follow the facts', () => {
  const compare = async () => {
    const leader = await app.signedIn('leader');
    const response = await leader.request(DUE, { filter: {}, first: 200 });
    if (response.body.errors) throw new Error(response.text);
    const actual = response.body.data?.dueChecks as List;
    expect(actual).toEqual(await reference({}, 200));
  };

  it('VET-9, VET-10, ORG-1: a section sees exactly the members of the institutions it supervises', async () => {
    app.clock.set(NOW);
    for (const [username, kinds] of [
      ['preschool', ['KINDERGARTEN']],
      ['vocational', ['VOCATIONAL_SCHOOL', 'TRAINING_INSTITUTION']],
      ['basic', ['PRIMARY', 'SECONDARY', 'SPECIAL_EDUCATION']],
    ] as const) {
      const response = await (await app.signedIn(username)).request(DUE, { filter: {}, first: 200 });
      if (response.body.errors) throw new Error(response.text);
      expect(response.body.data?.dueChecks).toEqual(await reference({}, 200, kinds));
    }
  });

  it('VET-9, VET-10: an interview and a re-check recorded through the API move the member in the list at once', async () => {
    app.clock.set(NOW);
    const kindergarten = await institutionIdByName(app.owner, '九龙坡区机关幼儿园');
    const [member] = (await app.owner.query(
      `SELECT id FROM staff_member WHERE institution_id = $1 AND name = '到期01'`,
      [kindergarten],
    )) as { id: string }[];
    const head = await app.signedIn('head.kg');
    const interview = await head.request(
      `mutation($input: RecordInterviewInput!) { recordInterview(input: $input) { __typename } }`,
      {
        input: {
          staffId: member.id,
          interviewedAt: '2026-03-01T02:00:00Z',
          interviewer: '冯晓红',
          notes: '',
        },
      },
    );
    expect(interview.body.data?.recordInterview).toEqual({ __typename: 'StaffMember' });
    const preschool = await app.signedIn('preschool');
    const recheck = await preschool.request(
      `mutation($input: RecordVettingCheckInput!) { recordVettingCheck(input: $input) { __typename } }`,
      {
        input: {
          staffId: member.id,
          check: 'IN_SERVICE_RECHECK',
          outcome: 'CLEAR',
          checkedAt: '2026-03-01T03:00:00Z',
          checkedBy: '王查询',
          system: '严重违法犯罪案件教职员工信息库',
          referenceNumber: 'Q-015',
        },
      },
    );
    expect(recheck.body.data?.recordVettingCheck).toEqual({ __typename: 'StaffMember' });
    const stored = (await app.owner.query(
      'SELECT recheck_due_at, interview_due_at FROM staff_member WHERE id = $1',
      [member.id],
    )) as { recheck_due_at: Date; interview_due_at: Date }[];
    expect(stored).toEqual([
      {
        recheck_due_at: new Date('2027-03-01T03:00:00Z'),
        interview_due_at: new Date('2026-09-01T02:00:00Z'),
      },
    ]);
    await compare();
  });

  it('VET-9: when the district changes its months, start-up recomputes every stored date, once', async () => {
    app.clock.set(NOW);
    const sixMonths = { ...DEFAULT_POLICY, inServiceRecheckMonths: 6 };
    expect(await reconcileStaffDueDates(app.owner.manager, DEFAULT_POLICY, NOW)).toBeNull();
    expect(await reconcileStaffDueDates(app.owner.manager, sixMonths, NOW)).toBeGreaterThan(0);
    expect(await reconcileStaffDueDates(app.owner.manager, sixMonths, NOW)).toBeNull();
    const [row] = (await app.owner.query(
      `SELECT s.recheck_due_at, s.started_at FROM staff_member s JOIN institution i ON i.id = s.institution_id
       WHERE s.name = '到期00' AND i.name = '九龙坡区机关幼儿园'`,
    )) as { recheck_due_at: Date; started_at: Date }[];
    expect(row.recheck_due_at).toEqual(addCalendarMonths(row.started_at, 6, DEFAULT_POLICY.timeZone));
    // Back to the running policy: the list is the rule's answer again.
    expect(await reconcileStaffDueDates(app.owner.manager, DEFAULT_POLICY, NOW)).toBeGreaterThan(0);
    await compare();
  });
});
