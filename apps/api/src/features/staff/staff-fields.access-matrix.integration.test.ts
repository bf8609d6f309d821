import { AccountEntity } from '../accounts/account.entity';
import { SESSION_COOKIE } from '../../shared/auth/session-cookie';
import { buildAccount, institutionIdByName } from '../../test-support/factories';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { buildStaffMember } from './staff.factories';

// The field-level and REST half of the access matrix: for one staff record of a primary school, with a
// misconduct case, who reads its full ID number, its vetting file and its misconduct cases (VET-2, VET-11),
// and who reaches the register's REST routes; every refusal leaves an audit row.
const PRIMARY = '九龙坡区谢家湾小学';

type Cell = 'FULL_ID' | 'MASKED' | 'HIDDEN' | 'FORBIDDEN';
type Sees = 'YES' | 'NO' | '-';
interface Expected {
  idNumber: Cell;
  vettingFile: Sees;
  misconductCases: Sees;
  export: number;
  importTemplate: number;
}

// Written by hand from DOMAIN.md: VET-2 (PERSONNEL reads ID numbers), VET-11 (handlers and leadership read
// misconduct cases; never the subject), ORG-1/ORG-3 (scope).
const EXPECTED: Record<string, Expected> = {
  teacher: {
    idNumber: 'FORBIDDEN',
    vettingFile: '-',
    misconductCases: '-',
    export: 403,
    importTemplate: 403,
  },
  subject: {
    idNumber: 'FORBIDDEN',
    vettingFile: '-',
    misconductCases: '-',
    export: 403,
    importTemplate: 403,
  },
  'head.primary': {
    idNumber: 'MASKED',
    vettingFile: 'YES',
    misconductCases: 'YES',
    export: 200,
    importTemplate: 200,
  },
  'head.kg': { idNumber: 'HIDDEN', vettingFile: '-', misconductCases: '-', export: 200, importTemplate: 200 },
  basic: { idNumber: 'MASKED', vettingFile: 'YES', misconductCases: 'NO', export: 200, importTemplate: 403 },
  preschool: { idNumber: 'HIDDEN', vettingFile: '-', misconductCases: '-', export: 200, importTemplate: 403 },
  safety: { idNumber: 'MASKED', vettingFile: 'YES', misconductCases: 'NO', export: 200, importTemplate: 403 },
  inspect: {
    idNumber: 'MASKED',
    vettingFile: 'YES',
    misconductCases: 'NO',
    export: 200,
    importTemplate: 403,
  },
  personnel: {
    idNumber: 'FULL_ID',
    vettingFile: 'YES',
    misconductCases: 'YES',
    export: 200,
    importTemplate: 403,
  },
  policy: { idNumber: 'MASKED', vettingFile: 'YES', misconductCases: 'NO', export: 200, importTemplate: 403 },
  leader: {
    idNumber: 'MASKED',
    vettingFile: 'YES',
    misconductCases: 'YES',
    export: 200,
    importTemplate: 403,
  },
  admin: { idNumber: 'FORBIDDEN', vettingFile: '-', misconductCases: '-', export: 403, importTemplate: 403 },
};

const MEMBER = `query($id: ID!) { staffMember(id: $id) { id idNumber idNumberMasked checks { id } misconductCases { id facts } } }`;

let app: TestApp;
const clients = new Map<string, GraphQLTestClient>();
let staffId: string;

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(new Date('2026-03-02T02:00:00Z'));
  const institutionId = await institutionIdByName(app.owner, PRIMARY);
  const member = await buildStaffMember(app.owner, institutionId, { role: 'TEACHER', status: 'ACTIVE' });
  staffId = member.id;
  const subject = await buildAccount(app.owner, { institutionName: PRIMARY, role: 'TEACHER' });
  await app.owner.getRepository(AccountEntity).update({ id: subject.id }, { staffMemberId: staffId });
  for (const username of Object.keys(EXPECTED)) {
    clients.set(username, await app.signedIn(username === 'subject' ? subject.username : username));
  }
  const opened = await clients
    .get('head.primary')!
    .request(
      `mutation($input: OpenMisconductCaseInput!) { openMisconductCase(input: $input) { __typename } }`,
      { input: { staffId, facts: '课堂上辱骂学生' } },
    );
  expect(opened.body.data?.openMisconductCase).toEqual({ __typename: 'MisconductCase' });
});
afterAll(async () => {
  await app.close();
});

async function fieldsAs(
  username: string,
): Promise<Pick<Expected, 'idNumber' | 'vettingFile' | 'misconductCases'>> {
  const response = await clients.get(username)!.request(MEMBER, { id: staffId });
  if (response.body.errors?.[0]?.extensions?.code === 'FORBIDDEN') {
    return { idNumber: 'FORBIDDEN', vettingFile: '-', misconductCases: '-' };
  }
  const member = response.body.data?.staffMember as {
    idNumber: string | null;
    idNumberMasked: string;
    checks: unknown[];
    misconductCases: unknown[];
  } | null;
  if (!member) return { idNumber: 'HIDDEN', vettingFile: '-', misconductCases: '-' };
  return {
    idNumber: member.idNumber && /^\d{17}[\dX]$/.test(member.idNumber) ? 'FULL_ID' : 'MASKED',
    // buildStaffMember records no check: the file is "seen" when the field answers at all.
    vettingFile: Array.isArray(member.checks) ? 'YES' : 'NO',
    misconductCases: member.misconductCases.length > 0 ? 'YES' : 'NO',
  };
}

async function statusAs(username: string, path: string): Promise<number> {
  const response = await fetch(`${app.baseUrl}${path}`, {
    headers: { cookie: `${SESSION_COOKIE}=${clients.get(username)!.sessionToken}` },
  });
  await response.arrayBuffer();
  return response.status;
}

it('VET-2, VET-11, ORG-1: every actor reads exactly the fields and reaches exactly the routes the staff policy gives', async () => {
  const actual: Record<string, Expected> = {};
  for (const username of Object.keys(EXPECTED)) {
    actual[username] = {
      ...(await fieldsAs(username)),
      export: await statusAs(username, '/api/staff/export'),
      importTemplate: await statusAs(username, '/api/staff/import-template'),
    };
  }
  expect(actual).toEqual(EXPECTED);
});

it('VET-11: nobody reads the vetting file of their own record (the head’s own record)', async () => {
  const institutionId = await institutionIdByName(app.owner, PRIMARY);
  const own = await buildStaffMember(app.owner, institutionId, { role: 'SCHOOL_HEAD', status: 'ACTIVE' });
  await app.owner
    .getRepository(AccountEntity)
    .update({ username: 'head.primary' }, { staffMemberId: own.id });
  await app.owner.query(
    `INSERT INTO vetting_check (staff_id, "check", outcome, checked_at, checked_by, system, reference_number, recorded_by, recorded_by_account_id, recorded_at)
     SELECT $1, 'CRIMINAL_DATABASE', 'CLEAR', now(), '某人', '系统', 'REF-1', 'INSTITUTION', id, now() FROM account WHERE username = 'head.primary'`,
    [own.id],
  );
  const head = await app.signedIn('head.primary');
  const seen = (await head.request(MEMBER, { id: own.id })).body.data?.staffMember as { checks: unknown[] };
  expect(seen.checks).toEqual([]);
  const personnel = (await clients.get('personnel')!.request(MEMBER, { id: own.id })).body.data
    ?.staffMember as {
    checks: unknown[];
  };
  expect(personnel.checks).toHaveLength(1);
});

it('ORG-3: a refused REST route leaves exactly one audit row, like a refused mutation', async () => {
  const rows = (await app.owner.query(
    `SELECT action, count(*)::int AS n FROM audit_event WHERE outcome = 'FORBIDDEN' AND action IN ('staff.export', 'staff.importTemplate') GROUP BY action ORDER BY action`,
  )) as { action: string; n: number }[];
  const refusals = (route: 'export' | 'importTemplate') =>
    Object.values(EXPECTED).filter((row) => row[route] === 403).length;
  expect(rows).toEqual([
    { action: 'staff.export', n: refusals('export') },
    { action: 'staff.importTemplate', n: refusals('importTemplate') },
  ]);
});
