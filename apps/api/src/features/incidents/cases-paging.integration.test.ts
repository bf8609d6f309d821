import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';

// cases(filter, first, after) is a keyset connection in SQL (recorded_at desc, id desc) with the
// visibility rules in the WHERE clause: pages must tile the visible cases exactly.
const LIST = `query($after: String, $orderBy: CaseOrder) { cases(first: 20, after: $after, orderBy: $orderBy) {
  totalCount edges { cursor node { id access } } pageInfo { hasNextPage endCursor } } }`;
type Page = {
  totalCount: number;
  edges: { cursor: string; node: { id: string; access: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

const T0 = new Date('2026-03-02T02:00:00.000Z');
const buildDisclosure = (at: Date, overrides: Record<string, unknown> = {}) => ({
  receivedAt: new Date(at.getTime() - 10 * 60_000).toISOString(),
  channel: 'ORAL',
  category: 'BULLYING_VIOLENCE',
  suspectType: 'STUDENT',
  childName: '钱小川',
  childClass: '三年级二班',
  childStatement: '同学推了我',
  isChildInDanger: false,
  ...overrides,
});

let app: TestApp;
let recorded: string[];
let conflicted: string;
beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(T0);
  const teacher = await app.signedIn('teacher');
  recorded = [];
  for (let i = 0; i < 45; i++) {
    // Three cases per instant: ties on recorded_at are broken by id.
    const at = new Date(T0.getTime() + Math.floor(i / 3) * 60_000);
    app.clock.set(at);
    const isConflicted = i === 23;
    const response = await teacher.request(
      `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { __typename ... on Case { id } } }`,
      {
        input: buildDisclosure(
          at,
          isConflicted
            ? { suspectType: 'STAFF', suspectDescription: '校长亲属', isHeadOtherwiseInConflict: true }
            : {},
        ),
      },
    );
    const id = (response.body.data?.recordDisclosure as { id?: string } | undefined)?.id;
    if (!id) throw new Error(response.text);
    recorded.push(id);
    if (isConflicted) conflicted = id;
  }
  app.clock.set(new Date(T0.getTime() + 60 * 60_000));
});
afterAll(() => app.close());

async function walk(
  client: GraphQLTestClient,
  orderBy = 'RECORDED_AT_DESC',
): Promise<{ pages: Page[]; ids: string[] }> {
  const pages: Page[] = [];
  let after: string | null = null;
  do {
    const response = await client.request(LIST, { after, orderBy });
    if (response.body.errors) throw new Error(response.text);
    const page = response.body.data?.cases as Page;
    pages.push(page);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && pages.length < 20);
  return { pages, ids: pages.flatMap((p) => p.edges.map((e) => e.node.id)) };
}

describe('cases: keyset pages', () => {
  it('ORG-1: pages of 20 through 45+ cases have no repeats or gaps and follow recorded_at desc, id desc', async () => {
    const { pages, ids } = await walk(await app.signedIn('leader'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(pages[0].totalCount);
    expect(pages.slice(0, -1).every((p) => p.edges.length === 20)).toBe(true);
    expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(false);
    // Every case recorded here, newest first; ties (same minute) by id descending.
    const ours = ids.filter((id) => recorded.includes(id));
    const expected = [...recorded]
      .map((id, index) => ({ id, minute: Math.floor(index / 3) }))
      .sort((a, b) => b.minute - a.minute || (a.id < b.id ? 1 : -1))
      .map((r) => r.id);
    expect(ours).toEqual(expected);
  });

  it('REP-11: the head in conflict never gets the conflicted case on any page, and sees every other one once', async () => {
    const { pages, ids } = await walk(await app.signedIn('head.primary'));
    expect(ids).not.toContain(conflicted);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(pages[0].totalCount);
    expect(recorded.filter((id) => id !== conflicted).every((id) => ids.includes(id))).toBe(true);
    expect(pages.slice(0, -1).every((p) => p.edges.length === 20)).toBe(true);
    // The SAFETY inbox does get it (REP-11 routes it there).
    const safety = await walk(await app.signedIn('safety'));
    expect(safety.ids).toContain(conflicted);
  });

  it('refuses a forged cursor as bad input', async () => {
    const client = await app.signedIn('leader');
    const forged = Buffer.from(JSON.stringify(['not-a-date', 'x'])).toString('base64url');
    const response = await client.request(LIST, { after: forged });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('issue 10: oldest first and soonest police deadline first page the same cases without repeats or gaps', async () => {
    const client = await app.signedIn('leader');
    const newest = await walk(client);
    const oldest = await walk(client, 'RECORDED_AT_ASC');
    expect(oldest.ids).toEqual([...newest.ids].reverse());
    const byDeadline = await walk(client, 'POLICE_DUE_ASC');
    expect(new Set(byDeadline.ids).size).toBe(byDeadline.ids.length);
    expect([...byDeadline.ids].sort()).toEqual([...newest.ids].sort());
  });

  it('issue 10: a cursor of one order is refused by another, and a date range that ends before it starts is refused', async () => {
    const client = await app.signedIn('leader');
    const first = await walk(client);
    const response = await client.request(LIST, {
      after: first.pages[0].pageInfo.endCursor,
      orderBy: 'RECORDED_AT_ASC',
    });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const range = await client.request(
      `query($filter: CaseFilter) { cases(filter: $filter) { totalCount } }`,
      { filter: { recordedFrom: '2026-03-02T00:00:00Z', recordedBefore: '2026-03-01T00:00:00Z' } },
    );
    expect(range.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(range.body.errors?.[0]?.message).toBe('recordedFrom must be before recordedBefore');
  });
});
