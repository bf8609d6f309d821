import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';

// Issue 10: the audit page filters by action names and by person, and shows names instead of ids.
const EVENTS = `query($filter: AuditFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id action actorUsername actorName targetType targetId targetName outcome } } } }`;

interface Node {
  id: string;
  action: string;
  actorUsername: string | null;
  actorName: string | null;
  targetType: string | null;
  targetId: string | null;
  targetName: string | null;
}

let app: TestApp;
let leader: GraphQLTestClient;

async function events(client: GraphQLTestClient, variables: Record<string, unknown>) {
  const response = await client.request(EVENTS, variables);
  const connection = response.body.data?.auditEvents as
    { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Node }[] } | undefined;
  if (!connection) throw new Error(response.text);
  return { nodes: connection.edges.map((edge) => edge.node), pageInfo: connection.pageInfo };
}

beforeAll(async () => {
  app = await startTestApp();
  await app.signedIn('teacher');
  await app.signedIn('head.primary');
  const institutions = await (
    await app.signedIn('head.primary')
  ).request('{ institutions(first: 1) { edges { node { id } } } }');
  const id = (institutions.body.data?.institutions as { edges: { node: { id: string } }[] }).edges[0]?.node
    .id;
  await (
    await app.signedIn('head.primary')
  ).request('query($id: ID!) { institution(id: $id) { name } }', { id });
  leader = await app.signedIn('leader');
});
afterAll(() => app.close());

describe('the audit trail with names and filters (issue 10)', () => {
  it('ORG-1: rows show the actor’s name, not the account id', async () => {
    const { nodes } = await events(leader, { filter: { actions: ['signIn'] }, first: 100 });
    const teacherRow = nodes.find((node) => node.actorUsername === 'teacher');
    expect(teacherRow?.actorName).toBe('谢家湾小学 王老师');
    expect(nodes.every((node) => node.action === 'signIn')).toBe(true);
  });

  it('ORG-1: a target that is a named record shows its name', async () => {
    const { nodes } = await events(leader, { filter: { actions: ['institution.read'] }, first: 5 });
    expect(nodes[0]).toMatchObject({ targetType: 'institution', targetName: '九龙坡区谢家湾小学' });
  });

  it('ORG-1: several actions at once, and an empty list matches nothing', async () => {
    const both = await events(leader, { filter: { actions: ['signIn', 'institution.read'] }, first: 100 });
    expect(new Set(both.nodes.map((node) => node.action))).toEqual(new Set(['signIn', 'institution.read']));
    expect((await events(leader, { filter: { actions: [] } })).nodes).toEqual([]);
  });

  it('ORG-1: the person picker finds accounts by name, and the trail filters by the account picked', async () => {
    const response = await leader.request('{ auditActors(search: "王老师") { id displayName username } }');
    const actors = response.body.data?.auditActors as { id: string; username: string }[];
    expect(actors.map((actor) => actor.username)).toEqual(['teacher']);
    const { nodes } = await events(leader, { filter: { actorAccountId: actors[0]!.id }, first: 100 });
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((node) => node.actorUsername === 'teacher')).toBe(true);
    expect((await events(leader, { filter: { actorAccountId: 'not-a-uuid' } })).nodes).toEqual([]);
  });

  it('ORG-1: the filtered trail pages newest first without gaps', async () => {
    const first = await events(leader, { filter: { actions: ['signIn'] }, first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await events(leader, {
      filter: { actions: ['signIn'] },
      first: 2,
      after: first.pageInfo.endCursor,
    });
    const all = await events(leader, { filter: { actions: ['signIn'] }, first: 4 });
    expect([...first.nodes, ...second.nodes].map((node) => node.id)).toEqual(
      all.nodes.slice(0, 4).map((n) => n.id),
    );
  });

  it('VET-2: the administrator, who may not read the staff register, sees no staff member’s name', async () => {
    const admin = await app.signedIn('admin');
    const { nodes } = await events(admin, { first: 100 });
    expect(nodes.filter((node) => node.targetType === 'staff' && node.targetName !== null)).toEqual([]);
  });
});
