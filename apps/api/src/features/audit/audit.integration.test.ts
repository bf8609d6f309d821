import { AuditEventEntity } from './audit-event.entity';
import { recordAudit } from '../../shared/audit/audit-log';
import { startTestApp, type TestApp } from '../../test-support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

// Written as the app writes them: through the chain, in a transaction of the app's role.
async function anAuditRow(): Promise<string> {
  return app.dataSource.transaction(async (manager) => {
    await recordAudit(manager, null, new Date(), { action: 'test.row', outcome: 'OK' });
    const [row] = await manager.query('SELECT id FROM audit_event ORDER BY chain_seq DESC LIMIT 1');
    return String(row.id);
  });
}

describe('the audit trail is append-only in the database', () => {
  it('the app role connects as xiaohu_app', async () => {
    expect(await app.dataSource.query('SELECT current_user AS role')).toEqual([{ role: 'xiaohu_app' }]);
  });

  it('the app role may insert and read audit rows', async () => {
    const id = await anAuditRow();
    expect(await app.dataSource.getRepository(AuditEventEntity).countBy({ id })).toBe(1);
  });

  it.each([
    ['UPDATE', (id: string) => `UPDATE audit_event SET outcome = 'CHANGED' WHERE id = ${id}`],
    ['DELETE', (id: string) => `DELETE FROM audit_event WHERE id = ${id}`],
    ['TRUNCATE', () => 'TRUNCATE audit_event'],
  ])('the app role cannot %s audit rows', async (_operation, sql) => {
    const id = await anAuditRow();
    await expect(app.dataSource.query(sql(id))).rejects.toThrow(/permission denied/);
    expect(await app.owner.getRepository(AuditEventEntity).findOneByOrFail({ id })).toMatchObject({
      outcome: 'OK',
    });
  });

  it.each([
    ['UPDATE', (id: string) => `UPDATE audit_event SET outcome = 'CHANGED' WHERE id = ${id}`],
    ['DELETE', (id: string) => `DELETE FROM audit_event WHERE id = ${id}`],
    ['TRUNCATE', () => 'TRUNCATE audit_event'],
  ])('even the schema owner cannot %s audit rows (trigger)', async (_operation, sql) => {
    const id = await anAuditRow();
    await expect(app.owner.query(sql(id))).rejects.toThrow(/append-only/);
  });
});

describe('auditEvents', () => {
  const QUERY = `query($filter: AuditFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      edges { cursor node { id action actorUsername outcome targetType targetId occurredAt } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  type Page = {
    edges: { node: { id: string; action: string; actorUsername: string | null; outcome: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };

  it('lists newest first, filtered by actor and action, in keyset pages without gaps or repeats', async () => {
    const leader = await app.signedIn('leader');
    const reader = await app.signedIn('inspect');
    const ids = await app.owner.query(`SELECT id FROM institution ORDER BY name LIMIT 5`);
    for (const { id } of ids) {
      await reader.request('query($id: ID!) { institution(id: $id) { id } }', { id });
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response = await leader.request(QUERY, {
        filter: { actorUsername: 'Inspect', action: 'institution.read' },
        first: 2,
        after,
      });
      const page = response.body.data?.auditEvents as Page;
      seen.push(...page.edges.map((edge) => edge.node.id));
      for (const edge of page.edges) {
        expect(edge.node).toMatchObject({
          action: 'institution.read',
          actorUsername: 'inspect',
          outcome: 'OK',
        });
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(5);
    expect([...seen].sort((a, b) => Number(b) - Number(a))).toEqual(seen);
  });

  it('filters by time window with the injectable clock', async () => {
    app.clock.set(new Date('2026-05-01T00:00:00Z'));
    await app.signedIn('admin');
    app.clock.set(new Date('2026-05-02T00:00:00Z'));
    const leader = await app.signedIn('leader');
    const response = await leader.request(QUERY, {
      filter: { action: 'signIn', from: '2026-04-30T00:00:00Z', to: '2026-05-01T12:00:00Z' },
    });
    const page = response.body.data?.auditEvents as Page;
    expect(page.edges.map((edge) => edge.node.actorUsername)).toEqual(['admin']);
  });

  it('rejects a forged cursor as BAD_USER_INPUT', async () => {
    const leader = await app.signedIn('leader');
    const response = await leader.request(QUERY, { after: 'not-a-cursor' });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
