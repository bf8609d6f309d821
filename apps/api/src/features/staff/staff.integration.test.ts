import { AuditEventEntity } from '../audit/audit-event.entity';
import { buildAccount, institutionIdByName } from '../../test-support/factories';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { DEMO_APPLYING_KINDERGARTEN } from '../../seed/demo-staff.seed';
import { DistrictBanEntity } from './district-ban.entity';
import { StaffMemberEntity } from './staff-member.entity';
import { buildCandidateInput, buildIdNumber } from './staff.factories';
import { VettingCheckEntity } from './vetting-check.entity';

const STAFF_FIELDS = `id name status idNumberMasked idNumber
  vetting { status ruleIds missing { check recordedBy ruleId viewerCanRecord } blocking { code check ruleId clause } }
  checks { check outcome recordedBy findings } qualifications { kind isRevoked revokedRuleId }
  dueDates { recheck { dueAt isOverdue supervisedBy } reminderInterview { lastAt dueAt isOverdue } }`;
const ADD = `mutation($input: AddStaffCandidateInput!) { addStaffCandidate(input: $input) {
  __typename ... on StaffMember { ${STAFF_FIELDS} } ... on ErrorResult { code message } ... on ValidationError { field } } }`;
const RECORD = `mutation($input: RecordVettingCheckInput!) { recordVettingCheck(input: $input) {
  __typename ... on StaffMember { ${STAFF_FIELDS} } ... on ErrorResult { code message }
  ... on NotResponsibleError { recordedBy ruleId } ... on ValidationError { field } } }`;
const ACTIVATE = `mutation($id: ID!) { activateStaff(staffId: $id) {
  __typename ... on StaffMember { ${STAFF_FIELDS} } ... on ErrorResult { code message }
  ... on VettingNotClearError { decision { status } } } }`;
const DETAIL = `query($id: ID!) { staffMember(id: $id) { ${STAFF_FIELDS} } }`;

type Staff = {
  __typename: string;
  id: string;
  status: string;
  idNumberMasked: string;
  idNumber: string | null;
  code?: string;
  recordedBy?: string[];
  vetting: {
    status: string;
    ruleIds: string[];
    missing: { check: string; recordedBy: string; ruleId: string; viewerCanRecord: boolean }[];
    blocking: { code: string; check: string | null; ruleId: string; clause: string }[];
  };
  checks: { check: string; outcome: string; recordedBy: string; findings: string[] }[];
  qualifications: { kind: string; isRevoked: boolean; revokedRuleId: string | null }[];
  dueDates: {
    recheck: { dueAt: string; isOverdue: boolean; supervisedBy: string[] } | null;
    reminderInterview: { lastAt: string | null; dueAt: string; isOverdue: boolean } | null;
  } | null;
};

let app: TestApp;
let headKg: GraphQLTestClient;
let headPrimary: GraphQLTestClient;
let personnel: GraphQLTestClient;
beforeAll(async () => {
  app = await startTestApp();
  [headKg, headPrimary, personnel] = await Promise.all([
    app.signedIn('head.kg'),
    app.signedIn('head.primary'),
    app.signedIn('personnel'),
  ]);
});
afterAll(() => app.close());

async function add(client: GraphQLTestClient, overrides: Record<string, unknown> = {}): Promise<Staff> {
  const response = await client.request(ADD, { input: buildCandidateInput(overrides) });
  return response.body.data?.addStaffCandidate as Staff;
}

async function record(
  client: GraphQLTestClient,
  staffId: string,
  check: string,
  outcome = 'CLEAR',
  findings?: string[],
): Promise<Staff> {
  const response = await client.request(RECORD, {
    input: {
      staffId,
      check,
      outcome,
      checkedAt: '2026-03-01T02:00:00Z',
      checkedBy: '王查询',
      system: '严重违法犯罪案件教职员工信息库',
      referenceNumber: 'Q-001',
      ...(findings ? { findings } : {}),
    },
  });
  if (response.body.errors) throw new Error(response.text);
  return response.body.data?.recordVettingCheck as Staff;
}

describe('vetting', () => {
  it('VET-1, VET-3, VET-5: a temporary childcare worker is an INCOMPLETE candidate with every missing check and its recorder', async () => {
    const staff = await add(headKg);
    expect(staff).toMatchObject({ __typename: 'StaffMember', status: 'CANDIDATE', idNumber: null });
    expect(staff.idNumberMasked).toMatch(/^5001\*{10}\d{3}[\dX]$/);
    expect(staff.vetting.status).toBe('INCOMPLETE');
    expect(staff.vetting.missing.map((m) => [m.check, m.recordedBy, m.ruleId, m.viewerCanRecord])).toEqual([
      ['CRIMINAL_DATABASE', 'INSTITUTION', 'VET-1', true],
      ['CHILDCARE_TRAINING', 'INSTITUTION', 'VET-5', true],
    ]);
  });

  it('VET-3: a temporary hire with a clear VET-1 database check is CLEAR without a PERSONNEL check', async () => {
    const staff = await add(headPrimary, { role: 'CLEANER', employmentType: 'TEMPORARY', post: '保洁' });
    expect(staff.vetting.missing.map((m) => [m.check, m.recordedBy])).toEqual([
      ['CRIMINAL_DATABASE', 'INSTITUTION'],
    ]);
    const clear = await record(headPrimary, staff.id, 'CRIMINAL_DATABASE');
    expect(clear.vetting).toMatchObject({ status: 'CLEAR', missing: [], blocking: [], ruleIds: ['VET-1'] });
    expect((await headPrimary.request(ACTIVATE, { id: staff.id })).body.data?.activateStaff).toMatchObject({
      __typename: 'StaffMember',
      status: 'ACTIVE',
    });
    // PERSONNEL guides: it sees the temporary hire and its check district-wide, with no gate of its own.
    const seen = (await personnel.request(DETAIL, { id: staff.id })).body.data?.staffMember as Staff;
    expect(seen).toMatchObject({ status: 'ACTIVE', vetting: { status: 'CLEAR' } });
    expect(seen.checks).toEqual([
      { check: 'CRIMINAL_DATABASE', outcome: 'CLEAR', recordedBy: 'INSTITUTION', findings: [] },
    ]);
  });

  it('VET-3: the old TEMPORARY_HIRE_CHECK is no longer recorded by anyone', async () => {
    const staff = await add(headKg);
    for (const client of [personnel, headKg]) {
      expect(await record(client, staff.id, 'TEMPORARY_HIRE_CHECK')).toMatchObject({
        __typename: 'ValidationError',
        field: 'check',
      });
    }
    const row = await app.owner.getRepository(VettingCheckEntity).findBy({ staffId: staff.id });
    expect(row).toEqual([]);
  });

  it('VET-2: a check is recorded only by the unit whose duty it is (the server refuses others)', async () => {
    const staff = await add(headKg, { role: 'KINDERGARTEN_TEACHER' });
    const byHead = await record(headKg, staff.id, 'TEACHER_ENTRY_SYSTEM');
    expect(byHead).toMatchObject({
      __typename: 'NotResponsibleError',
      code: 'NOT_RESPONSIBLE',
      recordedBy: ['PERSONNEL'],
    });
    const preschool = await app.signedIn('preschool');
    expect((await record(preschool, staff.id, 'CRIMINAL_DATABASE')).__typename).toBe('NotResponsibleError');
    const byPersonnel = await record(personnel, staff.id, 'TEACHER_ENTRY_SYSTEM');
    expect(byPersonnel.checks).toEqual([
      { check: 'TEACHER_ENTRY_SYSTEM', outcome: 'CLEAR', recordedBy: 'PERSONNEL', findings: [] },
    ]);
    const cleaner = await add(headKg, { role: 'CLEANER' });
    expect((await record(headKg, cleaner.id, 'TEACHER_ENTRY_SYSTEM')).__typename).toBe('ValidationError');
  });

  it('VET-1 to VET-5: all checks clear → CLEAR → the head activates; the in-service dates then apply (VET-9, VET-10)', async () => {
    const staff = await add(headKg);
    await record(headKg, staff.id, 'CRIMINAL_DATABASE');
    const clear = await record(headKg, staff.id, 'CHILDCARE_TRAINING');
    expect(clear.vetting).toMatchObject({ status: 'CLEAR', missing: [], blocking: [] });
    const activated = (await headKg.request(ACTIVATE, { id: staff.id })).body.data?.activateStaff as Staff;
    expect(activated).toMatchObject({ __typename: 'StaffMember', status: 'ACTIVE' });
    expect(activated.dueDates?.recheck).toMatchObject({ isOverdue: false, supervisedBy: ['PRESCHOOL'] });
    expect(activated.dueDates?.reminderInterview?.lastAt).toBeNull();
  });

  it('activation is refused by the server when vetting is not CLEAR', async () => {
    const staff = await add(headKg);
    const refused = (await headKg.request(ACTIVATE, { id: staff.id })).body.data?.activateStaff as Staff & {
      decision: { status: string };
    };
    expect(refused).toMatchObject({
      __typename: 'VettingNotClearError',
      code: 'VETTING_NOT_CLEAR',
      decision: { status: 'INCOMPLETE' },
    });
    const row = await app.owner.getRepository(StaffMemberEntity).findOneByOrFail({ id: staff.id });
    expect(row.status).toBe('CANDIDATE');
  });

  it('VET-1: a record found → BLOCKED for good with the rule, and nobody can activate', async () => {
    const staff = await add(headKg);
    const blocked = await record(headKg, staff.id, 'CRIMINAL_DATABASE', 'RECORD_FOUND');
    expect(blocked.status).toBe('BLOCKED');
    expect(blocked.vetting.status).toBe('BLOCKED');
    expect(blocked.vetting.blocking).toContainEqual({
      code: 'RECORD_FOUND',
      check: 'CRIMINAL_DATABASE',
      ruleId: 'VET-1',
      clause: '四(五)',
    });
    await record(headKg, staff.id, 'CHILDCARE_TRAINING').then((r) =>
      expect(r.__typename).toBe('InvalidStaffStateError'),
    );
    const refused = (await headKg.request(ACTIVATE, { id: staff.id })).body.data?.activateStaff as Staff;
    expect(refused.__typename).toBe('VettingNotClearError');
  });

  it('VET-7: another institution adding the same ID number gets BLOCKED by the district ban and learns nothing of where or why', async () => {
    const idNumber = buildIdNumber();
    const original = await add(headKg, { idNumber, name: '甲某' });
    await record(headKg, original.id, 'CRIMINAL_DATABASE', 'RECORD_FOUND');
    const response = await headPrimary.request(ADD, {
      input: buildCandidateInput({ idNumber, role: 'SECURITY_GUARD', employmentType: 'ESTABLISHED' }),
    });
    const elsewhere = response.body.data?.addStaffCandidate as Staff;
    expect(elsewhere.status).toBe('BLOCKED');
    expect(elsewhere.vetting.blocking).toEqual([
      { code: 'DISTRICT_BAN', check: null, ruleId: 'VET-7', clause: '四(四)' },
    ]);
    expect(elsewhere.checks).toEqual([]);
    expect(response.text).not.toMatch(/机关幼儿园|RECORD_FOUND|甲某|CRIMINAL_RECORD/);
    expect(
      (await headPrimary.request(ACTIVATE, { id: elsewhere.id })).body.data?.activateStaff,
    ).toMatchObject({ __typename: 'VettingNotClearError' });
  });

  it('VET-4: a teacher of a kindergarten applying to open needs POLICY’s review, recorded by POLICY only', async () => {
    const owner = app.owner;
    const applyingId = await institutionIdByName(owner, DEMO_APPLYING_KINDERGARTEN);
    await buildAccount(owner, {
      username: 'head.applying',
      role: 'HEAD',
      institutionName: DEMO_APPLYING_KINDERGARTEN,
    });
    const head = await app.signedIn('head.applying');
    const staff = await add(head, {
      role: 'KINDERGARTEN_TEACHER',
      employmentType: 'ESTABLISHED',
      institutionId: applyingId,
    });
    expect(staff.vetting.missing.map((m) => [m.check, m.recordedBy])).toEqual([
      ['CRIMINAL_DATABASE', 'INSTITUTION'],
      ['TEACHER_ENTRY_SYSTEM', 'PERSONNEL'],
      ['NEW_INSTITUTION_REVIEW', 'POLICY'],
      ['KINDERGARTEN_TEACHER_QUALIFICATION', 'INSTITUTION'],
    ]);
    expect((await record(personnel, staff.id, 'NEW_INSTITUTION_REVIEW')).__typename).toBe(
      'NotResponsibleError',
    );
    const policy = await app.signedIn('policy');
    expect((await record(policy, staff.id, 'NEW_INSTITUTION_REVIEW')).checks[0]).toMatchObject({
      recordedBy: 'POLICY',
    });
  });

  it('validates the resident ID check digit and refuses a duplicate on the same register', async () => {
    const valid = buildIdNumber();
    const broken = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    expect(await add(headKg, { idNumber: broken })).toMatchObject({
      __typename: 'ValidationError',
      field: 'idNumber',
    });
    await add(headKg, { idNumber: valid });
    expect(await add(headKg, { idNumber: valid })).toMatchObject({
      __typename: 'DuplicateStaffError',
      code: 'DUPLICATE_STAFF',
    });
  });
});

describe('criminal findings', () => {
  const QUALIFY = `mutation($input: RecordQualificationInput!) { recordQualification(input: $input) { __typename } }`;

  it('VET-7: a recorded criminal punishment blocks the candidate', async () => {
    const idNumber = buildIdNumber();
    const staff = await add(headPrimary, {
      idNumber,
      role: 'SECURITY_GUARD',
      employmentType: 'ESTABLISHED',
      post: '校门保安',
    });
    // Not in the serious-criminal-cases database, but the check learned of a criminal punishment.
    const blocked = await record(headPrimary, staff.id, 'CRIMINAL_DATABASE', 'CLEAR', [
      'CRIMINAL_PUNISHMENT',
    ]);
    expect(blocked.status).toBe('BLOCKED');
    expect(blocked.vetting.status).toBe('BLOCKED');
    expect(blocked.vetting.blocking).toContainEqual({
      code: 'CRIMINAL_PUNISHMENT',
      check: null,
      ruleId: 'VET-7',
      clause: '四(四)',
    });
    expect(blocked.vetting.blocking.map((b) => b.code)).not.toContain('TEACHER_QUALIFICATION_BARRED');
    expect(blocked.checks).toEqual([
      {
        check: 'CRIMINAL_DATABASE',
        outcome: 'CLEAR',
        recordedBy: 'INSTITUTION',
        findings: ['CRIMINAL_PUNISHMENT'],
      },
    ]);
    const row = await app.owner.getRepository(VettingCheckEntity).findOneByOrFail({ staffId: staff.id });
    expect(row).toMatchObject({
      hasCriminalPunishment: true,
      isDeprivedOfPoliticalRights: false,
      hasIntentionalCrimeImprisonment: false,
    });
    // VET-7: never again employed anywhere in the district; the ban register says only "banned".
    const ban = await app.owner.getRepository(DistrictBanEntity).findOneByOrFail({ sourceStaffId: staff.id });
    expect(ban).toMatchObject({ reason: 'CRIMINAL_PUNISHMENT', bannedUntil: null });
    const elsewhere = await add(headKg, { idNumber, role: 'CLEANER', employmentType: 'AGENCY' });
    expect(elsewhere.vetting.blocking.map((b) => b.code)).toEqual(['DISTRICT_BAN']);
    const audits = await app.owner
      .getRepository(AuditEventEntity)
      .findBy({ action: 'staff.recordVettingCheck', targetId: staff.id });
    expect(audits).toHaveLength(1);
    expect(audits[0].details).toMatchObject({ findings: ['CRIMINAL_PUNISHMENT'], vetting: 'BLOCKED' });
    expect((await headPrimary.request(ACTIVATE, { id: staff.id })).body.data?.activateStaff).toMatchObject({
      __typename: 'VettingNotClearError',
    });
  });

  it('VET-6: deprivation of political rights found by PERSONNEL’s teacher entry check blocks a teacher and costs the qualification', async () => {
    const staff = await add(headPrimary, {
      role: 'TEACHER',
      employmentType: 'ESTABLISHED',
      post: '数学教师',
    });
    await headPrimary.request(QUALIFY, {
      input: {
        staffId: staff.id,
        kind: 'TEACHER_QUALIFICATION',
        number: 'TQ-2019-001',
        issuedAt: '2019-07-01T00:00:00Z',
      },
    });
    await record(headPrimary, staff.id, 'CRIMINAL_DATABASE');
    const blocked = await record(personnel, staff.id, 'TEACHER_ENTRY_SYSTEM', 'CLEAR', [
      'DEPRIVED_OF_POLITICAL_RIGHTS',
    ]);
    expect(blocked.status).toBe('BLOCKED');
    expect(blocked.vetting.blocking.map((b) => `${b.code}:${b.ruleId}`)).toEqual([
      'CRIMINAL_PUNISHMENT:VET-7',
      'DISTRICT_BAN:VET-7',
      'TEACHER_QUALIFICATION_BARRED:VET-6',
    ]);
    expect(blocked.qualifications).toEqual([
      { kind: 'TEACHER_QUALIFICATION', isRevoked: true, revokedRuleId: 'VET-6' },
    ]);
    expect(blocked.checks.find((c) => c.check === 'TEACHER_ENTRY_SYSTEM')).toMatchObject({
      recordedBy: 'PERSONNEL',
      findings: ['DEPRIVED_OF_POLITICAL_RIGHTS'],
    });
  });

  it('VET-6: an intentional-crime prison sentence found at the in-service re-check (VET-9) blocks an active member for good', async () => {
    const staff = await add(headKg, { employmentType: 'ESTABLISHED' });
    await record(headKg, staff.id, 'CRIMINAL_DATABASE');
    await record(headKg, staff.id, 'CHILDCARE_TRAINING');
    await headKg.request(ACTIVATE, { id: staff.id });
    const preschool = await app.signedIn('preschool');
    const blocked = await record(preschool, staff.id, 'IN_SERVICE_RECHECK', 'CLEAR', [
      'INTENTIONAL_CRIME_IMPRISONMENT',
      'CRIMINAL_PUNISHMENT',
      'INTENTIONAL_CRIME_IMPRISONMENT',
    ]);
    expect(blocked.status).toBe('BLOCKED');
    expect(blocked.vetting.ruleIds).toEqual(['VET-7']);
    expect(blocked.checks.find((c) => c.check === 'IN_SERVICE_RECHECK')).toMatchObject({
      findings: ['CRIMINAL_PUNISHMENT', 'INTENTIONAL_CRIME_IMPRISONMENT'],
    });
  });

  it('VET-6, VET-7: findings are refused with a qualification or training check, and nothing is stored', async () => {
    const staff = await add(headKg);
    expect(
      await record(headKg, staff.id, 'CHILDCARE_TRAINING', 'CLEAR', ['CRIMINAL_PUNISHMENT']),
    ).toMatchObject({
      __typename: 'ValidationError',
      field: 'findings',
    });
    expect(await app.owner.getRepository(VettingCheckEntity).findBy({ staffId: staff.id })).toEqual([]);
    const detail = (await headKg.request(DETAIL, { id: staff.id })).body.data?.staffMember as Staff;
    expect(detail).toMatchObject({ status: 'CANDIDATE', checks: [] });
  });

  it('VET-6, VET-7: the decision lists the checks with which findings may be recorded', async () => {
    const staff = await add(headKg);
    const response = await headKg.request(
      `query($id: ID!) { staffMember(id: $id) { vetting { checksWithFindings } } }`,
      { id: staff.id },
    );
    expect(response.body.data?.staffMember).toEqual({
      vetting: {
        checksWithFindings: [
          'CRIMINAL_DATABASE',
          'TEACHER_ENTRY_SYSTEM',
          'NEW_INSTITUTION_REVIEW',
          'IN_SERVICE_RECHECK',
        ],
      },
    });
  });
});

describe('ID numbers', () => {
  it('are stored encrypted, shown masked, and in full only to PERSONNEL with an audit row per read', async () => {
    const idNumber = buildIdNumber();
    const staff = await add(headKg, { idNumber });
    const row = await app.owner.getRepository(StaffMemberEntity).findOneByOrFail({ id: staff.id });
    expect(row.idNumberCiphertext).not.toContain(idNumber);
    expect(row.idNumberHash).not.toContain(idNumber);
    expect(row.idNumberMasked).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    const preschool = await app.signedIn('preschool');
    expect((await preschool.request(DETAIL, { id: staff.id })).body.data?.staffMember).toMatchObject({
      idNumber: null,
    });
    expect((await personnel.request(DETAIL, { id: staff.id })).body.data?.staffMember).toMatchObject({
      idNumber,
    });
    const reads = await app.owner
      .getRepository(AuditEventEntity)
      .findBy({ action: 'staff.idNumber.read', targetId: staff.id });
    expect(reads).toHaveLength(1);
    const audits = await app.owner.getRepository(AuditEventEntity).find();
    expect(JSON.stringify(audits)).not.toContain(idNumber);
  });

  it('the register pages by keyset and is searchable by name, masked ID and full ID within scope only', async () => {
    const idNumber = buildIdNumber();
    const staff = await add(headKg, { idNumber, name: '搜索测试人' });
    const LIST = `query($filter: StaffFilter, $first: Int, $after: String) { staff(filter: $filter, first: $first, after: $after) {
      totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } } }`;
    const masked = `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`;
    for (const search of ['搜索测试', masked, idNumber]) {
      const page = (await headKg.request(LIST, { filter: { search } })).body.data?.staff as {
        edges: { node: { id: string } }[];
      };
      expect(page.edges.map((e) => e.node.id)).toContain(staff.id);
    }
    const other = (await headPrimary.request(LIST, { filter: { search: masked } })).body.data?.staff as {
      totalCount: number;
    };
    expect(other.totalCount).toBe(0);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page = (await headKg.request(LIST, { first: 2, after })).body.data?.staff as {
        totalCount: number;
        edges: { node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) {
        expect(seen).toHaveLength(page.totalCount);
        break;
      }
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('in-service checks', () => {
  it('VET-9, VET-10: dueChecks per supervising section, overdue flags, and an interview or re-check moves the next date', async () => {
    const preschool = await app.signedIn('preschool');
    const DUE = `query($filter: DueCheckFilter) { dueChecks(filter: $filter, first: 200) {
      totalCount overdueCount items { kind staffId institutionName dueAt isOverdue supervisedBy lastAt } } }`;
    type Due = {
      totalCount: number;
      overdueCount: number;
      items: {
        kind: string;
        staffId: string;
        institutionName: string;
        dueAt: string;
        isOverdue: boolean;
        lastAt: string | null;
      }[];
    };
    const list = (await preschool.request(DUE, {})).body.data?.dueChecks as Due;
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((i) => i.institutionName.includes('幼儿园'))).toBe(true);
    // The demo staff started in 2024: a 12-month re-check is overdue by March 2026.
    expect(list.overdueCount).toBeGreaterThan(0);
    const vocational = (
      await (await app.signedIn('vocational')).request(DUE, { filter: { kind: 'RECHECK' } })
    ).body.data?.dueChecks as Due;
    expect(
      vocational.items.every((i) => i.institutionName.includes('培训') || i.institutionName.includes('职业')),
    ).toBe(true);

    const own = (await headKg.request(DUE, { filter: { isOverdue: true } })).body.data?.dueChecks as Due;
    // Not the head's own record: nobody acts on a record about themselves (VET-11).
    const [{ id: ownRecord }] = await app.owner.query(
      `SELECT staff_member_id AS id FROM account WHERE username = 'head.kg'`,
    );
    const interview = own.items.find((i) => i.kind === 'REMINDER_INTERVIEW' && i.staffId !== ownRecord)!;
    expect(interview).toBeDefined();
    const recorded = await headKg.request(
      `mutation($input: RecordInterviewInput!) { recordInterview(input: $input) { __typename ... on StaffMember { dueDates { reminderInterview { lastAt dueAt isOverdue } } } } }`,
      {
        input: {
          staffId: interview.staffId,
          interviewedAt: '2026-03-01T02:00:00Z',
          interviewer: '冯晓红',
          notes: '约谈提示',
        },
      },
    );
    const moved = (
      recorded.body.data?.recordInterview as {
        dueDates: { reminderInterview: { lastAt: string; dueAt: string; isOverdue: boolean } };
      }
    ).dueDates.reminderInterview;
    expect(moved).toEqual({
      lastAt: '2026-03-01T02:00:00.000Z',
      dueAt: '2026-09-01T02:00:00.000Z',
      isOverdue: false,
    });

    const recheck = own.items.find((i) => i.kind === 'RECHECK')!;
    const afterRecheck = await record(preschool, recheck.staffId, 'IN_SERVICE_RECHECK');
    expect(afterRecheck.dueDates?.recheck).toMatchObject({
      dueAt: '2027-03-01T02:00:00.000Z',
      isOverdue: false,
    });
  });
});

describe('misconduct', () => {
  const OPEN = `mutation($input: OpenMisconductCaseInput!) { openMisconductCase(input: $input) { __typename ... on MisconductCase { id status } ... on ErrorResult { code } ... on StaffForbiddenError { ruleId } } }`;
  const DECIDE = `mutation($input: DecideMisconductInput!) { decideMisconduct(input: $input) { __typename
    ... on MisconductCase { status outcomes proposedAt decidedAt } ... on ErrorResult { code message }
    ... on OutcomeNotAllowedError { allowed { isInvestigationNeeded options { outcome isMandatory } } } } }`;
  const decideInput = (caseId: string, overrides: Record<string, unknown>) => ({
    caseId,
    investigation: '经调查核实',
    factsVerified: true,
    severity: 'GRAVE',
    involvesCrime: false,
    outcomes: ['EXPEL_FROM_EDUCATION_SECTOR'],
    proposedAt: '2026-03-01T03:00:00Z',
    decidedAt: '2026-03-01T04:00:00Z',
    ...overrides,
  });

  it('VET-11: outcomes must be allowed by misconductOutcomes; a crime bans district-wide (VET-7) and revokes the qualification (VET-6)', async () => {
    const idNumber = buildIdNumber();
    const staff = await add(headKg, {
      idNumber,
      role: 'KINDERGARTEN_TEACHER',
      employmentType: 'ESTABLISHED',
    });
    await headKg.request(
      `mutation($input: RecordQualificationInput!) { recordQualification(input: $input) { __typename } }`,
      {
        input: {
          staffId: staff.id,
          kind: 'KINDERGARTEN_TEACHER_QUALIFICATION',
          number: 'KG-2020-001',
          issuedAt: '2020-07-01T00:00:00Z',
        },
      },
    );
    app.clock.set(new Date('2026-03-01T02:30:00Z'));
    const opened = (
      await headKg.request(OPEN, {
        input: { staffId: staff.id, facts: '家长反映体罚幼儿', incidentId: 'incident-1' },
      })
    ).body.data?.openMisconductCase as { id: string; status: string };
    app.clock.set(new Date('2026-03-02T01:00:00Z'));
    expect(opened.status).toBe('OPEN');
    const unverified = (
      await headKg.request(DECIDE, { input: decideInput(opened.id, { factsVerified: false }) })
    ).body.data?.decideMisconduct;
    expect(unverified).toMatchObject({
      __typename: 'OutcomeNotAllowedError',
      allowed: { isInvestigationNeeded: true },
    });
    const missingMandatory = (
      await headKg.request(DECIDE, {
        input: decideInput(opened.id, { outcomes: ['ADJUST_POST'], involvesCrime: true }),
      })
    ).body.data?.decideMisconduct;
    expect(missingMandatory).toMatchObject({
      __typename: 'OutcomeNotAllowedError',
      code: 'OUTCOME_NOT_ALLOWED',
    });
    const decided = (
      await headKg.request(DECIDE, {
        input: decideInput(opened.id, {
          involvesCrime: true,
          outcomes: ['EXPEL_FROM_EDUCATION_SECTOR', 'TRANSFER_TO_JUDICIAL_ORGANS'],
        }),
      })
    ).body.data?.decideMisconduct;
    expect(decided).toMatchObject({
      __typename: 'MisconductCase',
      status: 'DECIDED',
      proposedAt: '2026-03-01T03:00:00.000Z',
      decidedAt: '2026-03-01T04:00:00.000Z',
    });
    const after = (await headKg.request(DETAIL, { id: staff.id })).body.data?.staffMember as Staff;
    expect(after.status).toBe('DISMISSED');
    expect(after.qualifications).toEqual([
      { kind: 'KINDERGARTEN_TEACHER_QUALIFICATION', isRevoked: true, revokedRuleId: 'VET-6' },
    ]);
    const elsewhere = await add(headPrimary, { idNumber, role: 'CLEANER', employmentType: 'AGENCY' });
    expect(elsewhere.vetting.blocking.map((b) => b.code)).toEqual(['DISTRICT_BAN']);
    expect(
      (await headKg.request(DECIDE, { input: decideInput(opened.id, {}) })).body.data?.decideMisconduct,
    ).toMatchObject({ code: 'INVALID_STAFF_STATE' });
  });

  it('VET-11: only the head or the matrix’s teacher-ethics unit (PERSONNEL) handles a case', async () => {
    const staff = await add(headKg);
    const basic = await app.signedIn('preschool');
    const refused = await basic.request(OPEN, { input: { staffId: staff.id, facts: '某事' } });
    // VET-11, finding 10: a typed refusal with its rule, never a thrown FORBIDDEN; audited like any outcome.
    expect(refused.body.data?.openMisconductCase).toMatchObject({
      __typename: 'StaffForbiddenError',
      code: 'FORBIDDEN',
      ruleId: 'VET-11',
    });
    const refusals = await app.owner.query(
      `SELECT outcome FROM audit_event WHERE action = 'staff.openMisconductCase' AND actor_username = 'preschool'`,
    );
    expect(refusals).toEqual([{ outcome: 'FORBIDDEN' }]);
    expect(
      (await personnel.request(OPEN, { input: { staffId: staff.id, facts: '某事' } })).body.data
        ?.openMisconductCase,
    ).toMatchObject({ __typename: 'MisconductCase' });
  });
});
