import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { institutionIdByName } from '../../test-support/factories';
import { startTestApp, type TestApp } from '../../test-support/test-app';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type View = Record<string, any>;
const DASHBOARD = `query($filter: OversightFilter) { oversight(filter: $filter) {
  indicators { id value rag drill { list } } } }`;
const OVERVIEW = `{ preventionGapOverview { institutionId institutionName total counts { code ruleId count } } }`;
const GAPS = `query($id: ID!) { preventionGaps(institutionId: $id) { total } }`;
const CARD = `query($id: ID!) { institutionRecord(id: $id) { indicators { id value } } }`;

let app: TestApp;
let leader: GraphQLTestClient;
let preschool: GraphQLTestClient;
let head: GraphQLTestClient;
let schoolId: string;

const figures = async (client: GraphQLTestClient, filter: View | null = null) =>
  new Map(
    ((await client.request(DASHBOARD, { filter })).body.data?.oversight as View).indicators.map((i: View) => [
      i.id,
      i,
    ]),
  ) as Map<string, View>;
const overview = async (client: GraphQLTestClient): Promise<View[]> =>
  (await client.request(OVERVIEW)).body.data?.preventionGapOverview as View[];

beforeAll(async () => {
  app = await startTestApp();
  schoolId = await institutionIdByName(app.owner, '九龙坡区谢家湾小学');
  [leader, preschool, head] = await Promise.all(
    ['leader', 'preschool', 'head.primary'].map((u) => app.signedIn(u)),
  );
});
afterAll(() => app.close());

describe('the dashboard’s gap figures (PRV-2, PRV-5 to PRV-10, ACC-1)', () => {
  it('ACC-1, PRV-8: leadership’s figures sum the per-institution counts, with the seeded overdue talk; each drills to the gaps', async () => {
    const rows = await overview(leader);
    const dashboard = await figures(leader);
    const total = rows.reduce((sum, row) => sum + row.total, 0);
    expect(dashboard.get('PREVENTION_GAPS')).toMatchObject({
      value: total,
      drill: { list: 'PREVENTION_GAPS' },
    });
    const talks = rows.flatMap((r) => r.counts).filter((c) => c.code === 'WELFARE_TALK_OVERDUE');
    expect(dashboard.get('WELFARE_TALKS_OVERDUE')!.value).toBe(talks.reduce((sum, c) => sum + c.count, 0));
    expect(dashboard.get('WELFARE_TALKS_OVERDUE')!.value).toBeGreaterThanOrEqual(1);
    expect(dashboard.get('WELFARE_TALKS_OVERDUE')!.rag).not.toBe('GREEN');
    expect(dashboard.get('BULLYING_STEPS_OVERDUE')).toMatchObject({ value: 0, rag: 'GREEN' });
    // Most gaps first, counts only: never a name of a child or a person.
    expect(rows.map((r) => r.total)).toEqual([...rows.map((r) => r.total)].sort((a, b) => b - a));
    expect(JSON.stringify(rows)).not.toContain('李小雨');
    const school = rows.find((r) => r.institutionId === schoolId)!;
    expect(school.counts).toContainEqual({ code: 'WELFARE_TALK_OVERDUE', ruleId: 'PRV-8', count: 1 });
  });

  it('ORG-1: a section counts the gaps of the kinds it supervises, the same as its overview', async () => {
    const rows = await overview(preschool);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.institutionId === schoolId)).toBe(false);
    const dashboard = await figures(preschool);
    expect(dashboard.get('PREVENTION_GAPS')!.value).toBe(rows.reduce((sum, row) => sum + row.total, 0));
  });

  it('ORG-3, PRV-8: the head’s institution card counts her gaps as her own list does', async () => {
    const own = ((await head.request(GAPS, { id: schoolId })).body.data?.preventionGaps as View).total;
    const card = (await leader.request(CARD, { id: schoolId })).body.data?.institutionRecord as View;
    expect(card.indicators.find((i: View) => i.id === 'PREVENTION_GAPS').value).toBe(own);
    expect(card.indicators.find((i: View) => i.id === 'WELFARE_TALKS_OVERDUE').value).toBe(1);
  });
});
