import { SESSION_COOKIE } from '../../shared/auth/session-cookie';
import { AuditEventEntity } from '../audit/audit-event.entity';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';

// Issue 13: the developer page's schema and changelog, for whoever developerAccess admits (ORG-3).
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const get = async (client: GraphQLTestClient | null, name: string) => {
  const response = await fetch(`${app.baseUrl}/api/developer/${name}`, {
    headers: client ? { cookie: `${SESSION_COOKIE}=${client.sessionToken}` } : {},
  });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
};
const CAN_OPEN = '{ me { canOpenDeveloperPage } }';

describe('developer page material (issue 13, ORG-3)', () => {
  it('ORG-3: the administrator reads the SDL of the running schema and the changelog', async () => {
    const admin = await app.signedIn('admin');
    expect((await admin.request(CAN_OPEN)).body.data).toEqual({ me: { canOpenDeveloperPage: true } });
    const schema = await get(admin, 'schema.graphql');
    expect(schema.status).toBe(200);
    expect(schema.type).toBe('text/plain; charset=utf-8');
    expect(schema.text).toContain('type Query {');
    expect(schema.text).toContain('canExportMandatoryReport: Boolean!');
    const changelog = await get(admin, 'changelog.md');
    expect(changelog.status).toBe(200);
    expect(changelog.text).toContain('## Unreleased');
  });

  it('ORG-3: anyone else is refused with 403 and an audit row; without a session 401', async () => {
    const teacher = await app.signedIn('teacher');
    expect((await teacher.request(CAN_OPEN)).body.data).toEqual({ me: { canOpenDeveloperPage: false } });
    const refused = await get(teacher, 'schema.graphql');
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.text).errors[0].extensions).toEqual({ code: 'FORBIDDEN', ruleId: 'ORG-3' });
    const rows = await app.owner
      .getRepository(AuditEventEntity)
      .find({ where: { action: 'developer.read' } });
    expect(rows.at(-1)).toMatchObject({ outcome: 'FORBIDDEN', targetId: 'schema.graphql' });
    expect((await get(null, 'changelog.md')).status).toBe(401);
  });
});
