import type { DataSource } from 'typeorm';
import { AccountEntity } from '../../features/accounts/account.entity';
import { buildStaffMember } from '../../features/staff/staff.factories';
import { buildAccount, institutionIdByName } from '../../test-support/factories';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';

// Issue 8's findings, each reproduced: who may see and do what is the domain's answer everywhere.
const PRIMARY = '九龙坡区谢家湾小学';
const KINDERGARTEN = '九龙坡区机关幼儿园';
const T0 = new Date('2026-03-02T02:00:00.000Z');
const CHILD = '钱小雨';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(T0);
});
afterAll(async () => {
  await app.close();
});

/** Links an account to a staff record, as account administration does (accounts are people). */
async function link(owner: DataSource, username: string, staffId: string): Promise<void> {
  await owner.getRepository(AccountEntity).update({ username }, { staffMemberId: staffId });
}

const RECORD = `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { __typename ... on Case { id } } }`;
const READ = `query($id: ID!) { case(id: $id) { id access child { name } childStatement } }`;

async function recordAs(client: GraphQLTestClient, overrides: Record<string, unknown>): Promise<string> {
  const response = await client.request(RECORD, {
    input: {
      receivedAt: new Date(T0.getTime() - 5 * 60_000).toISOString(),
      channel: 'ORAL',
      category: 'ABUSE',
      suspectType: 'STAFF',
      childName: CHILD,
      childClass: '三年级一班',
      childStatement: '王老师打了我',
      isChildInDanger: false,
      ...overrides,
    },
  });
  const recorded = response.body.data?.recordDisclosure as { __typename: string; id: string };
  if (recorded?.__typename !== 'Case') throw new Error(response.text);
  return recorded.id;
}

describe('finding 1: accounts are people (REP-11)', () => {
  it('REP-11: a teacher who is the suspect of a case the head recorded never sees it, in any list or alert', async () => {
    const institutionId = await institutionIdByName(app.owner, PRIMARY);
    const suspect = await buildStaffMember(app.owner, institutionId, { role: 'TEACHER', status: 'ACTIVE' });
    const account = await buildAccount(app.owner, { institutionName: PRIMARY, role: 'TEACHER' });
    await link(app.owner, account.username, suspect.id);
    const head = await app.signedIn('head.primary');
    const caseId = await recordAs(head, { suspectStaffId: suspect.id });
    const teacher = await app.signedIn(account.username);

    expect((await teacher.request(READ, { id: caseId })).body.data?.case).toBeNull();
    const list = await teacher.request('{ cases(first: 100) { edges { node { id } } } }');
    expect(list.text).not.toContain(caseId);
    const notifications = await teacher.request(
      '{ myNotifications(first: 100) { edges { node { caseId } } } }',
    );
    expect(notifications.text).not.toContain(caseId);
    // The head who recorded it does see it, with the child.
    expect((await head.request(READ, { id: caseId })).body.data?.case).toMatchObject({
      access: 'FULL',
      child: { name: CHILD },
    });
  });

  it('REP-7: a teacher sees the cases he or she reported, not the whole school’s', async () => {
    const colleague = await buildAccount(app.owner, { institutionName: PRIMARY, role: 'TEACHER' });
    const caseId = await recordAs(await app.signedIn('teacher'), {
      category: 'BULLYING_VIOLENCE',
      suspectType: 'STUDENT',
    });
    const other = await app.signedIn(colleague.username);
    expect((await other.request(READ, { id: caseId })).body.data?.case).toBeNull();
    expect((await other.request('{ cases(first: 100) { totalCount } }')).body.data?.cases).toEqual({
      totalCount: 0,
    });
  });
});

describe('finding 2: a head named in a misconduct case (VET-11)', () => {
  const OPEN = `mutation($input: OpenMisconductCaseInput!) { openMisconductCase(input: $input) { __typename ... on MisconductCase { id viewerCan { canDecide } } } }`;
  const DECIDE = `mutation($input: DecideMisconductInput!) { decideMisconduct(input: $input) { __typename ... on ErrorResult { code } } }`;
  const MEMBER = `query($id: ID!) { staffMember(id: $id) { id idNumber checks { id } misconductCases { id } viewerCan { canOpenMisconductCase recordableChecks } } }`;

  it('VET-11: reads nothing of it and cannot decide it; the supervising section and PERSONNEL handle it', async () => {
    const institutionId = await institutionIdByName(app.owner, KINDERGARTEN);
    const headRecord = await buildStaffMember(app.owner, institutionId, {
      role: 'SCHOOL_HEAD',
      status: 'ACTIVE',
      name: '冯晓红',
    });
    await link(app.owner, 'head.kg', headRecord.id);
    const personnel = await app.signedIn('personnel');
    const opened = (
      await personnel.request(OPEN, { input: { staffId: headRecord.id, facts: '家长反映园长体罚幼儿' } })
    ).body.data?.openMisconductCase as { __typename: string; id: string; viewerCan: { canDecide: boolean } };
    expect(opened).toMatchObject({ __typename: 'MisconductCase', viewerCan: { canDecide: true } });

    const head = await app.signedIn('head.kg');
    const own = (await head.request(MEMBER, { id: headRecord.id })).body.data?.staffMember;
    expect(own).toMatchObject({
      misconductCases: [],
      checks: [],
      idNumber: null,
      viewerCan: { canOpenMisconductCase: false, recordableChecks: [] },
    });
    const decided = await head.request(DECIDE, {
      input: {
        caseId: opened.id,
        investigation: '已核实',
        factsVerified: true,
        severity: 'MISCONDUCT',
        involvesCrime: false,
        outcomes: ['ADJUST_POST'],
        proposedAt: T0.toISOString(),
        decidedAt: T0.toISOString(),
      },
    });
    expect(decided.body.data?.decideMisconduct).toEqual({
      __typename: 'MisconductCaseNotFoundError',
      code: 'NOT_FOUND',
    });
    const refusals = await app.owner.query(
      `SELECT outcome FROM audit_event WHERE action = 'staff.decideMisconduct' AND actor_username = 'head.kg'`,
    );
    expect(refusals).toEqual([{ outcome: 'NOT_FOUND' }]);

    // The kindergartens' section (PRESCHOOL) handles a case about a kindergarten head; leadership reads it.
    const preschool = await app.signedIn('preschool');
    const seen = (await preschool.request(MEMBER, { id: headRecord.id })).body.data?.staffMember as {
      misconductCases: { id: string }[];
    };
    expect(seen.misconductCases.map((c) => c.id)).toEqual([opened.id]);
    const leader = await app.signedIn('leader');
    const read = (await leader.request(MEMBER, { id: headRecord.id })).body.data?.staffMember as {
      misconductCases: { id: string }[];
    };
    expect(read.misconductCases.map((c) => c.id)).toEqual([opened.id]);
  });
});

describe('finding 7: over-long input is refused, never truncated', () => {
  it('REP-4: closeCase with a note over 500 characters is refused and the case stays open', async () => {
    const caseId = await recordAs(await app.signedIn('teacher'), {
      category: 'OTHER',
      suspectType: 'STUDENT',
    });
    const head = await app.signedIn('head.primary');
    const closed = await head.request(
      `mutation($input: CloseCaseInput!) { closeCase(input: $input) { __typename ... on ValidationError { field } ... on Case { state } } }`,
      { input: { caseId, reason: 'RESOLVED', note: '说'.repeat(501) } },
    );
    expect(closed.body.data?.closeCase).toEqual({ __typename: 'ValidationError', field: 'note' });
    const state = await app.owner.query(`SELECT state, closing_note FROM incident WHERE id = $1`, [caseId]);
    expect(state).toEqual([{ state: 'REPORTED', closing_note: null }]);
    const audit = await app.owner.query(
      `SELECT outcome FROM audit_event WHERE action = 'incident.close' AND target_id = $1`,
      [caseId],
    );
    expect(audit).toEqual([{ outcome: 'VALIDATION_FAILED' }]);
  });
});
