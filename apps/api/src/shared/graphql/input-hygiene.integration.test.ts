import { buildCandidateInput } from '../../features/staff/staff.factories';
import { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { encodeCursor } from './connection';

// Clean text at the boundary (issue 9, finding 2): every String and ID argument, whatever the
// operation, is normalised and checked once before a resolver sees it.

const DISCLOSE = `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) {
  __typename ... on ValidationError { code message field textProblem } } }`;
const ADD = `mutation($input: AddStaffCandidateInput!) { addStaffCandidate(input: $input) {
  __typename ... on StaffMember { id name } ... on ValidationError { code message field textProblem } } }`;

const disclosure = (overrides: Record<string, unknown> = {}) => ({
  channel: 'ORAL',
  category: 'ABUSE',
  suspectType: 'OUTSIDER',
  isChildInDanger: false,
  childName: '李小花',
  childClass: '三年级二班',
  childStatement: '他说有人打了他',
  ...overrides,
});

let app: TestApp;
let teacher: GraphQLTestClient;
let head: GraphQLTestClient;
beforeAll(async () => {
  app = await startTestApp();
  teacher = await app.signedIn('teacher');
  head = await app.signedIn('head.primary');
});
afterAll(async () => {
  await app.close();
});

async function countRows(table: string): Promise<number> {
  const [row] = await app.owner.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table}`);
  return Number(row.n);
}

describe('mutations whose result union has ValidationError', () => {
  it('a NUL in a child’s statement is a ValidationError on that field, with one audit row and no case', async () => {
    const cases = await countRows('incident');
    const audits = await countRows('audit_event');
    const response = await teacher.request(DISCLOSE, {
      input: disclosure({ childStatement: '他说\u0000有人打了他' }),
    });
    expect(response.body.data?.recordDisclosure).toEqual({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      message: 'childStatement contains characters that are not allowed',
      field: 'childStatement',
      textProblem: 'DISALLOWED_CHARACTERS',
    });
    expect(await countRows('incident')).toBe(cases);
    expect(await countRows('audit_event')).toBe(audits + 1);
    const [audit] = await app.owner.query<{ action: string; outcome: string; details: unknown }[]>(
      `SELECT action, outcome, details FROM audit_event ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toEqual({
      action: 'input.refused',
      outcome: 'VALIDATION_FAILED',
      details: { field: 'childStatement', textProblem: 'DISALLOWED_CHARACTERS' },
    });
  });

  it.each([
    ['zero-width only', '\u200b\u200b', 'INVISIBLE_ONLY'],
    ['with a right-to-left override', '\u202e花小李', 'DISALLOWED_CHARACTERS'],
    ['with an emoji', '李小花😀', 'NAME_WITH_SYMBOLS'],
    ['without a letter', '123', 'NAME_WITHOUT_LETTER'],
  ])('a child’s name %s is refused', async (_case, childName, textProblem) => {
    const response = await teacher.request(DISCLOSE, { input: disclosure({ childName }) });
    expect(response.body.data?.recordDisclosure).toMatchObject({
      __typename: 'ValidationError',
      field: 'childName',
      textProblem,
    });
  });

  it('the same refusal for a value written inline in the document', async () => {
    const response = await teacher.request(
      `mutation { recordDisclosure(input: { channel: ORAL, category: ABUSE, suspectType: OUTSIDER,
        isChildInDanger: false, childName: "\\u202e花小李", childClass: "三年级二班", childStatement: "他说" }) {
        __typename ... on ValidationError { field textProblem } } }`,
    );
    expect(response.body.data?.recordDisclosure).toEqual({
      __typename: 'ValidationError',
      field: 'childName',
      textProblem: 'DISALLOWED_CHARACTERS',
    });
  });

  it.each([
    ['a right-to-left override', '张\u202e三', 'DISALLOWED_CHARACTERS'],
    ['only zero-width characters', '\u200b\u200c', 'INVISIBLE_ONLY'],
    ['an emoji', '张三😀', 'NAME_WITH_SYMBOLS'],
  ])('a staff member’s legal name with %s is refused', async (_case, name, textProblem) => {
    const response = await head.request(ADD, { input: buildCandidateInput({ name }) });
    expect(response.body.data?.addStaffCandidate).toMatchObject({
      __typename: 'ValidationError',
      field: 'name',
      textProblem,
    });
  });

  it('a name is stored NFC-normalised', async () => {
    const response = await head.request(ADD, { input: buildCandidateInput({ name: 'Jose\u0301 张' }) });
    expect(response.body.data?.addStaffCandidate).toMatchObject({
      __typename: 'StaffMember',
      name: 'José 张',
    });
  });

  it('line breaks and tabs stay in multi-line text', async () => {
    const response = await teacher.request(DISCLOSE, {
      input: disclosure({ childStatement: '他说：\r\n\t有人打了他' }),
    });
    expect(response.body.data?.recordDisclosure).toEqual({ __typename: 'Case' });
  });
});

describe('operations without a ValidationError member', () => {
  it.each([
    ['staff', '{ staff(filter: { search: "张\\u0000" }) { totalCount } }', 'personnel'],
    ['institutions', '{ institutions(filter: { search: "\\u202e" }) { totalCount } }', 'safety'],
    ['case', '{ case(id: "\\u0000") { id } }', 'safety'],
    ['reportableStaff', '{ reportableStaff(search: "\\u200b") { id } }', 'teacher'],
    ['acknowledgeCase', 'mutation { acknowledgeCase(caseId: "a\\u0000") { __typename } }', 'head.primary'],
  ])('%s answers BAD_USER_INPUT, never INTERNAL_SERVER_ERROR', async (_field, query, username) => {
    const response = await (await app.signedIn(username)).request(query);
    expect(GraphQLTestClient.errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.text).not.toMatch(/INTERNAL_SERVER_ERROR/);
  });

  it('who may call it is decided first: an anonymous caller is UNAUTHENTICATED', async () => {
    const response = await app.client().request('{ staff(filter: { search: "\\u0000" }) { totalCount } }');
    expect(GraphQLTestClient.errorCode(response)).toBe('UNAUTHENTICATED');
  });
});

describe('forged cursors', () => {
  const uuid = '4f1c2d3e-0a1b-4c5d-8e9f-0123456789ab';
  const common = [
    encodeCursor(['\u0000']),
    encodeCursor(['\u0000', uuid]),
    encodeCursor([1, 2, 3]),
    'not base64 json',
  ];
  const byName = [
    encodeCursor(['张三', 'not-a-uuid']),
    Buffer.from(JSON.stringify([{}, uuid])).toString('base64url'),
  ];
  const byTime = [
    encodeCursor(['2024-02-30T00:00:00.000Z', uuid]),
    encodeCursor(['+275760-09-13T00:00:00.000Z', uuid]),
  ];
  it.each([
    ['staff', 'personnel', byName],
    ['institutions', 'safety', byName],
    ['myNotifications', 'head.primary', byTime],
    ['cases', 'safety', byTime],
    ['auditEvents', 'leader', [encodeCursor(['9223372036854775808']), encodeCursor(['-1'])]],
    ['mailOutbox', 'admin', byTime],
    ['accounts', 'admin', [encodeCursor([5])]],
  ])('%s refuses each as BAD_USER_INPUT', async (field, username, specific) => {
    const client = await app.signedIn(username);
    for (const after of [...common, ...specific]) {
      const response = await client.request(
        `query($after: String) { ${field}(after: $after) { __typename } }`,
        {
          after,
        },
      );
      expect([after, GraphQLTestClient.errorCode(response)]).toEqual([after, 'BAD_USER_INPUT']);
    }
  });
});

describe('REST routes of the staff register', () => {
  async function get(path: string, username: string) {
    const client = await app.signedIn(username);
    return fetch(`${app.baseUrl}${path}`, {
      headers: { cookie: `${SESSION_COOKIE}=${client.sessionToken}` },
    });
  }

  it.each(['not-a-uuid', '%00', '%E2%80%AE', '4f1c2d3e-0a1b-4c5d-8e9f-0123456789ab%00'])(
    'an export with institutionId=%s answers 400 BAD_USER_INPUT before any byte of the workbook',
    async (institutionId) => {
      const response = await get(`/api/staff/export?institutionId=${institutionId}`, 'personnel');
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    },
  );

  it('an export with a repeated institutionId is refused too, and a plain one still works', async () => {
    expect((await get('/api/staff/export?institutionId=a&institutionId=b', 'personnel')).status).toBe(400);
    const ok = await get('/api/staff/export', 'personnel');
    expect(ok.status).toBe(200);
    await ok.arrayBuffer();
  });

  it('an import with a NUL in institutionId answers 400 BAD_USER_INPUT', async () => {
    const client = await app.signedIn('head.primary');
    const response = await fetch(`${app.baseUrl}/api/staff/import?institutionId=%00`, {
      method: 'POST',
      headers: {
        cookie: `${SESSION_COOKIE}=${client.sessionToken}`,
        'content-type': 'application/octet-stream',
      },
      body: Buffer.from('PK'),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });
});
