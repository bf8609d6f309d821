import { institutionIdByName } from '../../test-support/factories';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { buildCandidateInput } from './staff.factories';

// VET-11: the misconduct list counts with the dashboard's OPEN_MISCONDUCT conditions, so that the figure
// equals the list's total for every viewer and filter.

const ADD = `mutation($input: AddStaffCandidateInput!) { addStaffCandidate(input: $input) { __typename ... on StaffMember { id name } } }`;
const OPEN = `mutation($input: OpenMisconductCaseInput!) { openMisconductCase(input: $input) { __typename ... on MisconductCase { id } } }`;
const OVERSIGHT = `query($filter: OversightFilter) { oversight(filter: $filter) { indicators { id value drill { list } } } }`;
const LIST = `query($filter: MisconductCaseFilter, $first: Int, $offset: Int) { misconductCases(filter: $filter, first: $first, offset: $offset) {
  totalCount items { id staffId staffName institutionId institutionName openedAt status outcomes decidedAt } } }`;

type Row = { id: string; staffId: string; staffName: string | null; institutionName: string; status: string };
type List = { totalCount: number; items: Row[] };

let app: TestApp;
const opened: { caseId: string; staffId: string; name: string; institution: string }[] = [];

async function openCase(
  head: GraphQLTestClient,
  institution: string,
  options: { role?: string; handler?: GraphQLTestClient } = {},
): Promise<void> {
  const input = buildCandidateInput(options.role ? { role: options.role } : {});
  const added = (await head.request(ADD, { input })).body.data?.addStaffCandidate as {
    id: string;
    name: string;
  };
  if (!added?.id) throw new Error(`candidate not added: ${JSON.stringify(input)}`);
  const handler = options.handler ?? head;
  const response = await handler.request(OPEN, { input: { staffId: added.id, facts: '家长反映' } });
  const caseId = (response.body.data?.openMisconductCase as { id?: string } | undefined)?.id;
  if (!caseId) throw new Error(response.text);
  opened.push({ caseId, staffId: added.id, name: added.name, institution });
}

async function figure(client: GraphQLTestClient, filter: Record<string, unknown> = {}) {
  const response = await client.request(OVERSIGHT, { filter });
  const indicators = (
    response.body.data?.oversight as { indicators: { id: string; value: number; drill: { list: string } }[] }
  ).indicators;
  return indicators.find((i) => i.id === 'OPEN_MISCONDUCT')!;
}

async function list(client: GraphQLTestClient, filter: Record<string, unknown> = {}, first = 20, offset = 0) {
  const response = await client.request(LIST, { filter, first, offset });
  if (!response.body.data?.misconductCases) throw new Error(response.text);
  return response.body.data.misconductCases as List;
}

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(new Date('2026-03-02T02:00:00.000Z'));
  const headPrimary = await app.signedIn('head.primary');
  await openCase(headPrimary, '九龙坡区谢家湾小学');
  app.clock.advanceMinutes(10);
  await openCase(headPrimary, '九龙坡区谢家湾小学');
  app.clock.advanceMinutes(10);
  await openCase(await app.signedIn('head.kg'), '九龙坡区机关幼儿园');
  app.clock.advanceMinutes(10);
  // 3: about a school head: the supervising section (基教科) and PERSONNEL handle it, not the school.
  await openCase(headPrimary, '九龙坡区谢家湾小学', {
    role: 'SCHOOL_HEAD',
    handler: await app.signedIn('personnel'),
  });
}, 60_000);
afterAll(() => app.close());

describe('misconductCases: the list behind the dashboard’s OPEN_MISCONDUCT', () => {
  it('VET-11: for leadership the figure equals the list’s total, with and without a kind filter', async () => {
    const leader = await app.signedIn('leader');
    const all = await figure(leader);
    expect(all.drill.list).toBe('MISCONDUCT');
    const rows = await list(leader);
    expect(rows.totalCount).toBe(all.value);
    // Newest first; the leadership reads the names (ORG-1).
    expect(rows.totalCount).toBeGreaterThanOrEqual(4);
    expect(rows.items.slice(0, 4).map((r) => r.id)).toEqual(opened.map((o) => o.caseId).reverse());
    expect(rows.items[0]).toMatchObject({ staffName: opened[3]!.name, status: 'OPEN' });
    const kg = await list(leader, { institutionKind: 'KINDERGARTEN' });
    expect(kg.totalCount).toBe((await figure(leader, { institutionKind: 'KINDERGARTEN' })).value);
    expect(kg.items.map((r) => r.institutionName)).toContain('九龙坡区机关幼儿园');
    expect(kg.items.every((r) => r.institutionName !== '九龙坡区谢家湾小学')).toBe(true);
    // Paged in the database: the second page continues the first.
    const second = await list(leader, {}, 1, 1);
    expect(second).toMatchObject({ totalCount: rows.totalCount, items: [{ id: rows.items[1]!.id }] });
  });

  it('VET-11, ORG-1: a BASIC section member’s figure equals the list’s total, without the kindergarten', async () => {
    const basic = await app.signedIn('basic');
    const rows = await list(basic);
    expect(rows.totalCount).toBe((await figure(basic)).value);
    expect(rows.items.map((r) => r.institutionName)).not.toContain('九龙坡区机关幼儿园');
    const primary = await list(basic, { institutionKind: 'PRIMARY' });
    expect(primary.totalCount).toBe((await figure(basic, { institutionKind: 'PRIMARY' })).value);
    // VET-11: a section handles the cases about heads only; the teachers' cases stay with the school.
    expect(primary.items.map((r) => r.id)).toContain(opened[3]!.caseId);
    expect(primary.items.map((r) => r.id)).not.toContain(opened[0]!.caseId);
    expect(primary.items.find((r) => r.id === opened[3]!.caseId)?.staffName).toBe(opened[3]!.name);
    expect(await list(basic, { status: 'DECIDED', institutionKind: 'PRIMARY' })).toMatchObject({
      totalCount: 0,
    });
  });

  it('VET-11, REP-11: never a case about the viewer, in the figure or the list', async () => {
    await app.owner.query(`UPDATE account SET staff_member_id = $1 WHERE username = 'personnel'`, [
      opened[0]!.staffId,
    ]);
    const personnel = await app.signedIn('personnel');
    const rows = await list(personnel, { institutionKind: 'PRIMARY' });
    expect(rows.totalCount).toBe((await figure(personnel, { institutionKind: 'PRIMARY' })).value);
    expect(rows.items.map((r) => r.id)).toEqual(
      expect.arrayContaining([opened[1]!.caseId, opened[3]!.caseId]),
    );
    expect(rows.items.map((r) => r.id)).not.toContain(opened[0]!.caseId);
  });

  it('VET-11: a head lists her institution’s cases only; a teacher is refused', async () => {
    const headKg = await app.signedIn('head.kg');
    const head = await list(headKg);
    expect(head.items.map((r) => r.id)).toEqual([opened[2]!.caseId]);
    // Her card's figure (校园保护档案) drills to the same list, narrowed to her institution.
    const kindergartenId = await institutionIdByName(app.owner, '九龙坡区机关幼儿园');
    const card = await headKg.request(
      'query($id: ID!) { institutionRecord(id: $id) { indicators { id value } } }',
      { id: kindergartenId },
    );
    const indicators = (card.body.data?.institutionRecord as { indicators: { id: string; value: number }[] })
      .indicators;
    expect((await list(headKg, { institutionId: kindergartenId })).totalCount).toBe(
      indicators.find((i) => i.id === 'OPEN_MISCONDUCT')!.value,
    );
    const refused = await (await app.signedIn('teacher')).request(LIST, {});
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.body.data?.misconductCases ?? null).toBeNull();
  });

  it('VET-11: the viewer is told whether the list is theirs to open', async () => {
    const me = async (username: string) =>
      (
        (await (await app.signedIn(username)).request('{ me { canListMisconduct } }')).body.data?.me as {
          canListMisconduct: boolean;
        }
      ).canListMisconduct;
    expect(await me('leader')).toBe(true);
    expect(await me('head.primary')).toBe(true);
    expect(await me('teacher')).toBe(false);
  });
});
