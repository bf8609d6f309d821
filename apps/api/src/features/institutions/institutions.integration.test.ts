import { AuditEventEntity } from '../audit/audit-event.entity';
import { institutionIdByName } from '../../test-support/factories';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { DEMO_INSTITUTIONS } from '../../seed/demo-district.data';

const LIST = `query($filter: InstitutionFilter, $first: Int, $after: String) {
  institutions(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id name kind } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const DETAIL = `query($id: ID!) {
  institution(id: $id) {
    id name kind address headName supervisingSection supervisingSectionIsDistrictDefault
    duties { duty responsibilities { unit ruleId clause } }
  }
}`;
type Page = {
  totalCount: number;
  edges: { cursor: string; node: { id: string; name: string; kind: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function allPages(username: string, filter: Record<string, unknown> = {}, first = 7) {
  const client = await app.signedIn(username);
  const nodes: Page['edges'][number]['node'][] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let pages = 0; pages < 20; pages++) {
    const response = await client.request(LIST, { filter, first, after });
    const page = response.body.data?.institutions as Page;
    totalCount = page.totalCount;
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { nodes, totalCount };
}

describe('institutions', () => {
  it('pages through every institution in name order with keyset cursors, none repeated or lost', async () => {
    const { nodes, totalCount } = await allPages('leader');
    expect(totalCount).toBe(DEMO_INSTITUTIONS.length);
    expect(nodes).toHaveLength(DEMO_INSTITUTIONS.length);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    const names = nodes.map((n) => n.name);
    expect(names).toEqual([...names].sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1)));
  });

  it('the seed has about 40 institutions of all six kinds', async () => {
    const { nodes } = await allPages('admin', {}, 100);
    expect(nodes.length).toBeGreaterThanOrEqual(38);
    expect(new Set(nodes.map((n) => n.kind)).size).toBe(6);
  });

  it('ORG-1: BASIC sees primary, secondary and (district default) special-education schools only', async () => {
    const { nodes, totalCount } = await allPages('basic');
    expect(new Set(nodes.map((n) => n.kind))).toEqual(new Set(['PRIMARY', 'SECONDARY', 'SPECIAL_EDUCATION']));
    expect(totalCount).toBe(nodes.length);
  });

  it('ORG-3: a teacher sees only their own institution', async () => {
    const { nodes, totalCount } = await allPages('teacher');
    expect(nodes.map((n) => n.name)).toEqual(['九龙坡区谢家湾小学']);
    expect(totalCount).toBe(1);
  });

  it('filters by kind, by supervising section and by part of the name or address', async () => {
    const kindergartens = await allPages('leader', { kind: 'KINDERGARTEN' });
    expect(kindergartens.nodes.every((n) => n.kind === 'KINDERGARTEN')).toBe(true);
    expect(kindergartens.totalCount).toBe(
      DEMO_INSTITUTIONS.filter(([, kind]) => kind === 'KINDERGARTEN').length,
    );

    const vocational = await allPages('leader', { section: 'VOCATIONAL' });
    expect(new Set(vocational.nodes.map((n) => n.kind))).toEqual(
      new Set(['VOCATIONAL_SCHOOL', 'TRAINING_INSTITUTION']),
    );

    const byName = await allPages('leader', { search: '西彭' });
    expect(byName.nodes.map((n) => n.name).every((name) => name.includes('西彭'))).toBe(true);
    const byAddress = await allPages('leader', { search: '华福路' });
    expect(byAddress.totalCount).toBe(2);
    expect((await allPages('leader', { search: '%' })).totalCount).toBe(0);
  });

  it('refuses a page size above 100 and a forged cursor as BAD_USER_INPUT', async () => {
    const client = await app.signedIn('leader');
    for (const variables of [{ first: 101 }, { first: 0 }, { after: 'forged' }]) {
      const response = await client.request(LIST, variables);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('statements per request (N+1 guard)', () => {
  it('a page of 40 institutions with their duties, and the viewer with theirs, costs a fixed number of statements', async () => {
    const client = await app.signedIn('leader');
    const before = app.statementCount();
    await client.request(
      '{ me { institution { name } } institutions(first: 40) { totalCount edges { node { name duties { duty } } } } }',
    );
    // session lookup, page, count (the session touch may add one)
    expect(app.statementCount() - before).toBeLessThanOrEqual(4);
  });
});

describe('institution detail', () => {
  it('ORG-1, ORG-2: shows the supervising section and the duties with their responsible units', async () => {
    const client = await app.signedIn('safety');
    const id = await institutionIdByName(app.owner, '九龙坡区特殊教育学校');
    const institution = (await client.request(DETAIL, { id })).body.data?.institution as Record<
      string,
      unknown
    >;
    expect(institution).toMatchObject({
      name: '九龙坡区特殊教育学校',
      kind: 'SPECIAL_EDUCATION',
      supervisingSection: 'BASIC',
      supervisingSectionIsDistrictDefault: true,
    });
    expect(institution.duties).toContainEqual({
      duty: 'INCIDENT_REPORT_RECEIPT',
      responsibilities: [{ unit: 'SAFETY', ruleId: 'REP-8', clause: '三' }],
    });
  });

  it('answers an institution out of scope exactly like one that does not exist', async () => {
    const client = await app.signedIn('head.kg');
    const outOfScope = await client.request(DETAIL, {
      id: await institutionIdByName(app.owner, '九龙坡区谢家湾小学'),
    });
    const missing = await client.request(DETAIL, { id: '00000000-0000-4000-8000-000000000000' });
    const malformed = await client.request(DETAIL, { id: 'not-a-uuid' });
    expect(outOfScope.status).toBe(missing.status);
    expect(outOfScope.text).toBe(missing.text);
    expect(malformed.text).toBe(missing.text);
    expect(missing.body).toEqual({ data: { institution: null } });
  });

  it('audits each detail read in the same transaction, in scope or not', async () => {
    const client = await app.signedIn('preschool');
    const visible = await institutionIdByName(app.owner, '九龙坡区机关幼儿园');
    const hidden = await institutionIdByName(app.owner, '九龙坡区杨家坪中学');
    await client.request(DETAIL, { id: visible });
    await client.request(DETAIL, { id: hidden });
    const rows = await app.owner.getRepository(AuditEventEntity).find({
      where: { action: 'institution.read', actorUsername: 'preschool' },
      order: { id: 'ASC' },
    });
    expect(rows.map((row) => [row.targetId, row.outcome])).toEqual([
      [visible, 'OK'],
      [hidden, 'NOT_FOUND'],
    ]);
  });

  it('the viewer’s own institution loads with the viewer (one DataLoader per request)', async () => {
    const client = await app.signedIn('teacher');
    const response = await client.request('{ me { institution { name supervisingSection } } }');
    expect(response.body.data).toEqual({
      me: { institution: { name: '九龙坡区谢家湾小学', supervisingSection: 'BASIC' } },
    });
  });
});

describe('responsibilityMatrix', () => {
  it('ORG-2: has one cell per duty and kind, VET-4 only at kindergartens and training institutions', async () => {
    const client = await app.signedIn('teacher');
    const cells = (await client.request('{ responsibilityMatrix { duty kind responsibilities { unit } } }'))
      .body.data?.responsibilityMatrix as {
      duty: string;
      kind: string;
      responsibilities: { unit: string }[];
    }[];
    expect(cells).toHaveLength(18 * 6);
    const vetting = cells.filter(
      (c) => c.duty === 'NEW_INSTITUTION_STAFF_VETTING' && c.responsibilities.length > 0,
    );
    expect(vetting.map((c) => c.kind).sort()).toEqual(['KINDERGARTEN', 'TRAINING_INSTITUTION']);
  });
});
