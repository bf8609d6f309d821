import { TEXT_LIMITS } from '@xiaohu/domain';
import { buildCandidateInput } from '../../features/staff/staff.factories';
import { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';

// Issue 14, finding 6: a text longer than its field takes is refused with a message that names the
// limit ("最多 60 字"); the ValidationError carries TOO_LONG and the number for the web's own text.

const ADD = `mutation($input: AddStaffCandidateInput!) { addStaffCandidate(input: $input) {
  __typename ... on ValidationError { code message field textProblem limit } } }`;
const DISCLOSE = `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) {
  __typename ... on ValidationError { code message field textProblem limit } } }`;

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

describe('VET-1: too-long texts name their limit', () => {
  it('a 10,000-character name is refused with "at most 60 characters (最多 60 字)", nothing added', async () => {
    const staff = await countRows('staff_member');
    const response = await head.request(ADD, { input: buildCandidateInput({ name: '张'.repeat(10_000) }) });
    expect(response.body.data?.addStaffCandidate).toEqual({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      message: `name: at most ${TEXT_LIMITS.staffName} characters (最多 ${TEXT_LIMITS.staffName} 字)`,
      field: 'name',
      textProblem: 'TOO_LONG',
      limit: TEXT_LIMITS.staffName,
    });
    expect(await countRows('staff_member')).toBe(staff);
  });
});

describe('REP-1: a disclosure’s texts name their limit', () => {
  it('a child’s statement over 4,000 characters says 最多 4000 字, no case recorded', async () => {
    const cases = await countRows('incident');
    const response = await teacher.request(DISCLOSE, {
      input: {
        channel: 'ORAL',
        category: 'ABUSE',
        suspectType: 'OUTSIDER',
        isChildInDanger: false,
        childName: '李小花',
        childClass: '三年级二班',
        childStatement: '说'.repeat(TEXT_LIMITS.childStatement + 1),
      },
    });
    expect(response.body.data?.recordDisclosure).toMatchObject({
      __typename: 'ValidationError',
      field: 'childStatement',
      textProblem: 'TOO_LONG',
      limit: TEXT_LIMITS.childStatement,
      message: expect.stringContaining(`最多 ${TEXT_LIMITS.childStatement} 字`),
    });
    expect(await countRows('incident')).toBe(cases);
  });
});
