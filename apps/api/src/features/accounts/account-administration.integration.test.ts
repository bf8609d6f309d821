import ExcelJS from 'exceljs';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { SessionEntity } from '../auth/session.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { buildAccount, institutionIdByName } from '../../test-support/factories';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { AccountEntity } from './account.entity';

const PRIMARY = '九龙坡区谢家湾小学';
const KINDERGARTEN = '九龙坡区机关幼儿园';
const ACCOUNT_FIELDS =
  'id username role unit institutionName email hasPassword setPasswordLinkExpiresAt staffMember { id name }';
const CREATE = `mutation Create($input: CreateAccountInput!) {
  createAccount(input: $input) {
    __typename
    ... on SetPasswordLinkIssued { setPasswordPath expiresAt account { ${ACCOUNT_FIELDS} } }
    ... on ValidationError { field message }
  }
}`;
const SET_PASSWORD = `mutation SetPassword($input: SetPasswordInput!) {
  setPassword(input: $input) {
    __typename
    ... on PasswordSet { username }
    ... on ErrorResult { code }
    ... on ValidationError { field }
  }
}`;
const RESET = `mutation Reset($input: AccountIdInput!) {
  resetAccountPassword(input: $input) {
    __typename
    ... on SetPasswordLinkIssued { setPasswordPath account { hasPassword } }
    ... on ValidationError { field }
  }
}`;
const SESSIONS = 'query($id: ID!) { accountSessions(accountId: $id) { id isCurrent } }';
const END_SESSIONS = `mutation End($input: EndAccountSessionsInput!) {
  endAccountSessions(input: $input) { __typename ... on AccountSessionsEnded { endedCount } }
}`;
const LINK = `mutation Link($input: SetAccountStaffMemberInput!) {
  setAccountStaffMember(input: $input) {
    __typename
    ... on Account { staffMember { id name } }
    ... on ValidationError { field message }
  }
}`;
const CHOICES =
  'query($id: ID!, $search: String) { accountStaffChoices(institutionId: $id, search: $search) { id name linkedUsername } }';
const IMPORT = `mutation Import($input: ImportHeadAccountsInput!) {
  importHeadAccounts(input: $input) {
    __typename
    ... on HeadAccountsImported { created { setPasswordPath account { username role institutionName hasPassword } } }
    ... on ImportRejectedError { rowCount errors { row column code message } }
    ... on ValidationError { field }
  }
}`;
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }';
const ME = '{ me { username } }';

let app: TestApp;
let admin: GraphQLTestClient;
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.signedIn('admin');
});
afterAll(() => app.close());

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const data = async (
  client: GraphQLTestClient,
  query: string,
  variables: Record<string, unknown>,
  field: string,
) => (await client.request(query, variables)).body.data?.[field] as Data;
const tokenOf = (path: string) => path.replace('/set-password#', '');
const signIn = async (username: string, password: string) =>
  ((await app.client().request(SIGN_IN, { input: { username, password } })).body.data?.signIn as Data)
    .__typename as string;

async function staffOf(institutionName: string, linked = false) {
  const institutionId = await institutionIdByName(app.owner, institutionName);
  const rows: { id: string; name: string }[] = await app.owner.query(
    `SELECT s.id, s.name FROM staff_member s WHERE s.institution_id = $1 AND s.status <> 'DISMISSED'
       AND ${linked ? '' : 'NOT '}EXISTS (SELECT 1 FROM account a WHERE a.staff_member_id = s.id) ORDER BY s.name`,
    [institutionId],
  );
  return { institutionId, staff: rows };
}

describe('createAccount and the set-password link', () => {
  it('creates a teacher linked to a staff record, with a one-time link that sets the password', async () => {
    const { institutionId, staff } = await staffOf(PRIMARY);
    const created = await data(
      admin,
      CREATE,
      {
        input: {
          username: ' New.Teacher ',
          displayName: '新教师',
          role: 'TEACHER',
          institutionId,
          staffMemberId: staff[0].id,
          email: 'new.teacher@xiejiawan-primary.example',
        },
      },
      'createAccount',
    );
    expect(created).toMatchObject({
      __typename: 'SetPasswordLinkIssued',
      setPasswordPath: expect.stringMatching(/^\/set-password#[A-Za-z0-9_-]{43}$/),
      expiresAt: new Date(app.clock.now().getTime() + 72 * 3_600_000).toISOString(),
      account: {
        username: 'new.teacher',
        role: 'TEACHER',
        institutionName: PRIMARY,
        email: 'new.teacher@xiejiawan-primary.example',
        hasPassword: false,
        staffMember: { id: staff[0].id, name: staff[0].name },
      },
    });
    const token = tokenOf(created.setPasswordPath);
    const stored = await app.owner.getRepository(AccountEntity).findOneByOrFail({ username: 'new.teacher' });
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.passwordHash).toBeNull();
    expect(await signIn('new.teacher', 'any password at all')).toBe('InvalidCredentialsError');

    const set = await data(
      app.client(),
      SET_PASSWORD,
      { input: { token, password: 'Chalk-and-Slate-42' } },
      'setPassword',
    );
    expect(set).toEqual({ __typename: 'PasswordSet', username: 'new.teacher' });
    expect(await signIn('new.teacher', 'Chalk-and-Slate-42')).toBe('Viewer');

    const again = await data(
      app.client(),
      SET_PASSWORD,
      { input: { token, password: 'Another-Pass-43' } },
      'setPassword',
    );
    expect(again).toEqual({ __typename: 'SetPasswordLinkInvalidError', code: 'NOT_FOUND' });
    const audit = await app.owner.getRepository(AuditEventEntity).find({ where: { targetId: stored.id } });
    expect(audit.map((row) => [row.action, row.actorUsername, row.outcome])).toEqual(
      expect.arrayContaining([
        ['account.create', 'admin', 'OK'],
        ['account.setPassword', 'new.teacher', 'OK'],
      ]),
    );
  });

  it('refuses a taken username, a misplaced role, another institution’s staff and a staff record already linked', async () => {
    const primary = await staffOf(PRIMARY);
    const kindergarten = await staffOf(KINDERGARTEN);
    const linked = await buildAccount(app.owner, {
      username: 'holder.of.staff',
      institutionId: primary.institutionId,
      staffMemberId: primary.staff[1].id,
    });
    const refusals = [
      [{ username: 'teacher', role: 'TEACHER', institutionId: primary.institutionId }, 'username'],
      [{ username: 'no.school', role: 'TEACHER' }, 'institutionId'],
      [{ username: 'no.unit', role: 'SECTION_MEMBER' }, 'unit'],
      [{ username: 'lead.member', role: 'SECTION_MEMBER', unit: 'LEAD' }, 'unit'],
      [{ username: 'x', role: 'ADMIN' }, 'username'],
      [{ username: 'bad.mail', role: 'ADMIN', email: 'not-an-address' }, 'email'],
      [
        {
          username: 'wrong.school',
          role: 'TEACHER',
          institutionId: primary.institutionId,
          staffMemberId: kindergarten.staff[0].id,
        },
        'staffMemberId',
      ],
      [
        {
          username: 'second.link',
          role: 'TEACHER',
          institutionId: primary.institutionId,
          staffMemberId: linked.staffMemberId,
        },
        'staffMemberId',
      ],
      [
        {
          username: 'section.staff',
          role: 'SECTION_MEMBER',
          unit: 'BASIC',
          staffMemberId: primary.staff[0].id,
        },
        'staffMemberId',
      ],
    ] as const;
    for (const [fields, field] of refusals) {
      const answer = await data(
        admin,
        CREATE,
        { input: { displayName: '某人', ...fields } },
        'createAccount',
      );
      expect({ fields, answer: answer.__typename, field: answer.field }).toEqual({
        fields,
        answer: 'ValidationError',
        field,
      });
    }
    const leader = await data(
      admin,
      CREATE,
      { input: { username: 'new.leader', displayName: '新领导', role: 'LEADER' } },
      'createAccount',
    );
    expect(leader.account).toMatchObject({ role: 'LEADER', unit: 'LEAD' });
  });

  it('a link expires, and a weak password is refused without using the link up', async () => {
    const created = await data(
      admin,
      CREATE,
      { input: { username: 'slow.person', displayName: '慢', role: 'SECTION_MEMBER', unit: 'HEALTH' } },
      'createAccount',
    );
    const token = tokenOf(created.setPasswordPath);
    for (const password of ['short', 'my-slow.person-pass']) {
      expect(
        await data(app.client(), SET_PASSWORD, { input: { token, password } }, 'setPassword'),
      ).toMatchObject({
        __typename: 'ValidationError',
        field: 'password',
      });
    }
    app.clock.advanceMinutes(72 * 60);
    expect(
      await data(
        app.client(),
        SET_PASSWORD,
        { input: { token, password: 'Long-Enough-Pass-1' } },
        'setPassword',
      ),
    ).toMatchObject({ __typename: 'SetPasswordLinkInvalidError' });
    admin = await app.signedIn('admin');
  });
});

describe('reset and sessions', () => {
  it('reset ends every session, stops the old password and the earlier link, and answers a new link', async () => {
    const teacherId = (await app.owner.getRepository(AccountEntity).findOneByOrFail({ username: 'head.kg' }))
      .id;
    const first = await app.signedIn('head.kg');
    await app.signedIn('head.kg');
    const open = await data(admin, SESSIONS, { id: teacherId }, 'accountSessions');
    expect(open).toHaveLength(2);

    const reset = await data(admin, RESET, { input: { accountId: teacherId } }, 'resetAccountPassword');
    expect(reset).toMatchObject({ __typename: 'SetPasswordLinkIssued', account: { hasPassword: false } });
    expect((await first.request(ME)).body.data).toEqual({ me: null });
    expect(await data(admin, SESSIONS, { id: teacherId }, 'accountSessions')).toEqual([]);
    expect(await signIn('head.kg', 'XiaoHu@2026')).toBe('InvalidCredentialsError');

    const second = await data(admin, RESET, { input: { accountId: teacherId } }, 'resetAccountPassword');
    const stale = await data(
      app.client(),
      SET_PASSWORD,
      { input: { token: tokenOf(reset.setPasswordPath), password: 'Kindergarten-2026' } },
      'setPassword',
    );
    expect(stale.__typename).toBe('SetPasswordLinkInvalidError');
    await data(
      app.client(),
      SET_PASSWORD,
      { input: { token: tokenOf(second.setPasswordPath), password: 'XiaoHu@2026-again' } },
      'setPassword',
    );
    expect(await signIn('head.kg', 'XiaoHu@2026-again')).toBe('Viewer');
    const ownId = (await app.owner.getRepository(AccountEntity).findOneByOrFail({ username: 'admin' })).id;
    expect(await data(admin, RESET, { input: { accountId: ownId } }, 'resetAccountPassword')).toMatchObject({
      __typename: 'ValidationError',
      field: 'accountId',
    });
  });

  it('lists an account’s open sessions and ends one, then all', async () => {
    const accountId = (await app.owner.getRepository(AccountEntity).findOneByOrFail({ username: 'inspect' }))
      .id;
    const one = await app.signedIn('inspect');
    const two = await app.signedIn('inspect');
    const sessions = (await data(admin, SESSIONS, { id: accountId }, 'accountSessions')) as {
      id: string;
      isCurrent: boolean;
    }[];
    expect(sessions).toHaveLength(2);
    expect(sessions.map((s) => s.isCurrent)).toEqual([false, false]);

    const ended = await data(
      admin,
      END_SESSIONS,
      { input: { accountId, sessionId: sessions[0].id } },
      'endAccountSessions',
    );
    expect(ended).toEqual({ __typename: 'AccountSessionsEnded', endedCount: 1 });
    const alive = [(await one.request(ME)).body.data?.me, (await two.request(ME)).body.data?.me].filter(
      Boolean,
    );
    expect(alive).toHaveLength(1);

    const all = await data(admin, END_SESSIONS, { input: { accountId } }, 'endAccountSessions');
    expect(all).toEqual({ __typename: 'AccountSessionsEnded', endedCount: 1 });
    expect([(await one.request(ME)).body.data?.me, (await two.request(ME)).body.data?.me]).toEqual([
      null,
      null,
    ]);
    const row = await app.owner.getRepository(SessionEntity).findOneByOrFail({ id: sessions[0].id });
    expect(row.endReason).toBe('ENDED_BY_ADMIN');
  });
});

describe('setAccountStaffMember (issue 8: accounts are people)', () => {
  it('links an account to a staff record of its institution, refuses others, and unlinks', async () => {
    const { institutionId, staff } = await staffOf(PRIMARY);
    const account = await buildAccount(app.owner, { username: 'link.me', institutionId });
    const choices = (await data(admin, CHOICES, { id: institutionId }, 'accountStaffChoices')) as Data[];
    expect(choices.map((c) => c.id)).toEqual(expect.arrayContaining(staff.map((s) => s.id)));
    expect(JSON.stringify(choices)).not.toMatch(/\d{17}[\dX]/);

    const linked = await data(
      admin,
      LINK,
      { input: { accountId: account.id, staffMemberId: staff[0].id } },
      'setAccountStaffMember',
    );
    expect(linked).toEqual({ __typename: 'Account', staffMember: { id: staff[0].id, name: staff[0].name } });
    const after = (await data(admin, CHOICES, { id: institutionId }, 'accountStaffChoices')) as Data[];
    expect(after.find((c) => c.id === staff[0].id)?.linkedUsername).toBe('link.me');

    const other = await buildAccount(app.owner, { username: 'link.other', institutionId });
    const taken = await data(
      admin,
      LINK,
      { input: { accountId: other.id, staffMemberId: staff[0].id } },
      'setAccountStaffMember',
    );
    expect(taken).toMatchObject({ __typename: 'ValidationError', field: 'staffMemberId' });
    const foreign = (await staffOf(KINDERGARTEN)).staff[0];
    const elsewhere = await data(
      admin,
      LINK,
      { input: { accountId: other.id, staffMemberId: foreign.id } },
      'setAccountStaffMember',
    );
    expect(elsewhere).toMatchObject({ __typename: 'ValidationError', field: 'staffMemberId' });

    const unlinked = await data(
      admin,
      LINK,
      { input: { accountId: account.id, staffMemberId: null } },
      'setAccountStaffMember',
    );
    expect(unlinked).toEqual({ __typename: 'Account', staffMember: null });
    const client = await app.signedIn('link.me');
    expect((await client.request(ME)).body.data).toEqual({ me: { username: 'link.me' } });
    expect(await app.owner.getRepository(StaffMemberEntity).existsBy({ id: staff[0].id })).toBe(true);
  });
});

async function workbook(
  rows: unknown[][],
  headers = ['机构名称', '用户名', '姓名', '电子邮箱'],
): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('负责人账户');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

describe('importHeadAccounts', () => {
  it('the template has the columns and lists every institution', async () => {
    const base64 = (await admin.request('{ headAccountsTemplate }')).body.data
      ?.headAccountsTemplate as string;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets[0].getRow(1).values).toEqual([
      undefined,
      '机构名称',
      '用户名',
      '姓名',
      '电子邮箱',
    ]);
    const help = book.worksheets[1].getColumn(1).values.join('\n');
    expect(help).toContain(PRIMARY);
    expect(help).toContain(KINDERGARTEN);
  });

  it('creates every head’s account with its own link, or nothing with every problem by row', async () => {
    const rejected = await data(
      admin,
      IMPORT,
      {
        input: {
          fileBase64: await workbook([
            ['九龙坡区不存在学校', 'head.nowhere', '某校长', ''],
            [PRIMARY, 'head.dup', '甲', ''],
            [KINDERGARTEN, 'head.dup', '乙', 'not-mail'],
            [PRIMARY, 'teacher', '丙', ''],
            [PRIMARY, { formula: 'A1&"x"' }, '丁', ''],
          ]),
        },
      },
      'importHeadAccounts',
    );
    expect(rejected.__typename).toBe('ImportRejectedError');
    expect(rejected.errors.map((e: Data) => [e.row, e.column, e.code])).toEqual([
      [2, '机构名称', 'UNKNOWN_INSTITUTION'],
      [4, '电子邮箱', 'INVALID_VALUE'],
      [5, '用户名', 'USERNAME_TAKEN'],
      [6, '用户名', 'FORMULA'],
      [6, '用户名', 'INVALID_VALUE'],
    ]);
    expect(await app.owner.getRepository(AccountEntity).countBy({ username: 'head.dup' })).toBe(0);

    const imported = await data(
      admin,
      IMPORT,
      {
        input: {
          fileBase64: await workbook([
            ['九龙坡区谢家湾小学', 'head.xjw2', '副校长甲', 'a@xjw.example'],
            [KINDERGARTEN, 'head.jg2', '副园长乙', ''],
          ]),
        },
      },
      'importHeadAccounts',
    );
    expect(imported.__typename).toBe('HeadAccountsImported');
    expect(imported.created.map((c: Data) => c.account)).toEqual([
      { username: 'head.xjw2', role: 'HEAD', institutionName: PRIMARY, hasPassword: false },
      { username: 'head.jg2', role: 'HEAD', institutionName: KINDERGARTEN, hasPassword: false },
    ]);
    const [first, second] = imported.created.map((c: Data) => tokenOf(c.setPasswordPath));
    expect(first).not.toBe(second);
    await data(
      app.client(),
      SET_PASSWORD,
      { input: { token: second, password: 'Kindergarten-Head-1' } },
      'setPassword',
    );
    expect(await signIn('head.jg2', 'Kindergarten-Head-1')).toBe('Viewer');
  });

  it('refuses a file without the template’s columns, an empty file and one over 64 KB', async () => {
    const noColumns = await data(
      admin,
      IMPORT,
      { input: { fileBase64: await workbook([], ['姓名']) } },
      'importHeadAccounts',
    );
    expect(noColumns.errors.map((e: Data) => e.code)).toEqual([
      'MISSING_COLUMN',
      'MISSING_COLUMN',
      'MISSING_COLUMN',
    ]);
    const empty = await data(admin, IMPORT, { input: { fileBase64: '' } }, 'importHeadAccounts');
    expect(empty).toEqual({ __typename: 'ValidationError', field: 'fileBase64' });
    const big = Buffer.alloc(65 * 1024, 1).toString('base64');
    const response = await admin.request(IMPORT, { input: { fileBase64: big } });
    expect(response.body.data?.importHeadAccounts).toEqual({
      __typename: 'ValidationError',
      field: 'fileBase64',
    });
  });
});
