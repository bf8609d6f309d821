import { startTestApp, type TestApp } from '../../test-support/test-app';

// Issue 15: a case list counts its matches up to CASE_COUNT_LIMIT, then says "more than" the limit, so a
// list over a district's 200,000 cases does not count them all for every page. Here the limit is 3.
const LIST = `query($first: Int, $after: String) { cases(first: $first, after: $after) {
  totalCount isTotalCountCapped edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
type Page = {
  totalCount: number;
  isTotalCountCapped: boolean;
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};
const RECORD = `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { __typename ... on Case { id } } }`;
const T0 = new Date('2026-03-02T02:00:00.000Z');

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ caseCountLimit: 3 });
  app.clock.set(T0);
  for (const [username, count] of [
    ['teacher', 5],
    ['head.kg', 2],
  ] as const) {
    const client = await app.signedIn(username);
    for (let i = 0; i < count; i++) {
      const response = await client.request(RECORD, {
        input: {
          receivedAt: new Date(T0.getTime() - 10 * 60_000).toISOString(),
          channel: 'ORAL',
          category: 'BULLYING_VIOLENCE',
          suspectType: 'STUDENT',
          childName: '钱小川',
          childClass: '三年级二班',
          childStatement: '同学推了我',
          isChildInDanger: false,
        },
      });
      expect((response.body.data?.recordDisclosure as { __typename: string }).__typename).toBe('Case');
    }
  }
});
afterAll(() => app.close());

async function everyPage(username: string) {
  const client = await app.signedIn(username);
  const pages: Page[] = [];
  let after: string | null = null;
  do {
    const response = await client.request(LIST, { first: 2, after });
    const page = response.body.data?.cases as Page;
    pages.push(page);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return pages;
}

it('issue 15: beyond the limit the count is the limit and says so; the pages still reach every case', async () => {
  const pages = await everyPage('leader');
  for (const page of pages) expect(page).toMatchObject({ totalCount: 3, isTotalCountCapped: true });
  expect(pages.flatMap((page) => page.edges)).toHaveLength(7);
});

it('issue 15: within the limit the count is exact', async () => {
  const pages = await everyPage('head.kg');
  expect(pages[0]).toMatchObject({ totalCount: 2, isTotalCountCapped: false });
  expect(pages.flatMap((page) => page.edges)).toHaveLength(2);
});

it('issue 15: a list loads the timeline, the steps and the people only when asked, and answers them when asked', async () => {
  const client = await app.signedIn('leader');
  const lean = `{ cases(first: 5) { edges { node { id state } } } }`;
  const full = `{ cases(first: 5) { edges { node { id reporter { displayName }
    timeline { kind actor { displayName } } emergencyChecklist { step } } } } }`;
  let before = app.statementCount();
  await client.request(lean);
  const leanStatements = app.statementCount() - before;
  before = app.statementCount();
  const response = await client.request(full);
  const fullStatements = app.statementCount() - before;
  expect(fullStatements - leanStatements).toBe(3);
  const nodes = (response.body.data?.cases as { edges: { node: { id: string } }[] }).edges.map(
    (edge) => edge.node,
  );
  expect(nodes.length).toBeGreaterThan(0);
  // The same fields as case(id), which always loads everything, answers them.
  for (const node of nodes) {
    const one = await client.request(
      `query($id: ID!) { case(id: $id) { id reporter { displayName }
        timeline { kind actor { displayName } } emergencyChecklist { step } } }`,
      { id: node.id },
    );
    expect(node).toEqual(one.body.data?.case);
    expect((node as unknown as { timeline: unknown[] }).timeline.length).toBeGreaterThan(0);
  }
});
