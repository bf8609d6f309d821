import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { AccountEntity } from '../accounts/account.entity';
import { deliverMail } from './mail-delivery';
import { MailOutboxEntity } from './mail-outbox.entity';
import { loadMailSettings, type MailSettings } from './mail-settings';
import { notifyAccounts } from './notify';

const OUTBOX = `{
  mailOutbox(first: 20) {
    edges { node { id recipientUsername recipientDisplayName to kind status createdAt sentAt lastFailedAt failedAttempts } }
  }
}`;
const SCHOOL = '谢家湾小学';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** An alert to `safety` written to the outbox as the incidents feature writes it. */
async function conflictAlert(mail: MailSettings = loadMailSettings({})): Promise<string> {
  const safety = await app.owner.getRepository(AccountEntity).findOneByOrFail({ username: 'safety' });
  await app.dataSource.transaction((manager) =>
    notifyAccounts(
      manager,
      [safety],
      {
        kind: 'CONFLICT_OF_INTEREST',
        caseId: null,
        facts: {
          institutionName: SCHOOL,
          category: 'ABUSE',
          deadlineKind: null,
          dueAt: null,
          hazardItemZh: null,
          hazardItemEn: null,
          hazardId: null,
          isChildInDanger: false,
        },
        timeZone: 'Asia/Shanghai',
      },
      app.clock.now(),
      mail,
    ),
  );
  const row = await app.owner
    .getRepository(MailOutboxEntity)
    .findOneOrFail({ where: { accountId: safety.id }, order: { createdAt: 'DESC', id: 'DESC' } });
  return row.id;
}

async function outboxNode(id: string) {
  const response = await (await app.signedIn('admin')).request(OUTBOX);
  const edges = (response.body.data?.mailOutbox as { edges: { node: Record<string, unknown> }[] }).edges;
  return edges.find((edge) => edge.node.id === id)?.node;
}

it('REP-11: the administrator sees an alert’s delivery status in the outbox, never its subject or body', async () => {
  const id = await conflictAlert();
  const node = await outboxNode(id);
  expect(node).toEqual({
    id,
    recipientUsername: 'safety',
    recipientDisplayName: '安稳办 杨科员',
    to: 'safety@jlp-edu.example',
    kind: 'CONFLICT_OF_INTEREST',
    status: 'WAITING',
    createdAt: app.clock.now().toISOString(),
    sentAt: null,
    lastFailedAt: null,
    failedAttempts: 0,
  });
  expect(JSON.stringify(node)).not.toContain(SCHOOL);
  const admin = await app.signedIn('admin');
  for (const field of ['subject', 'body']) {
    const response = await admin.request(`{ mailOutbox(first: 1) { edges { node { ${field} } } } }`);
    expect(GraphQLTestClient.errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
  }
});

describe('SMTP over TLS', () => {
  let smtp: SMTPServer;
  const received: string[] = [];
  let port: number;
  beforeAll(async () => {
    // secure: true with smtp-server's own self-signed certificate for localhost.
    smtp = new SMTPServer({
      secure: true,
      authOptional: true,
      onData(stream, _session, callback) {
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push(text);
          callback();
        });
      },
    });
    // The refused handshake is the point of the first test: the server's side of it is not an error here.
    smtp.on('error', () => undefined);
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    port = (smtp.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => smtp.close(resolve)));

  const settings = (env: Record<string, string> = {}) =>
    loadMailSettings({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_SECURE: 'true', ...env });

  it('verifies the server certificate: a self-signed one fails delivery and the outbox says FAILING', async () => {
    expect(settings().smtp?.insecure).toBe(false);
    const id = await conflictAlert();
    await expect(deliverMail(app.dataSource, id, settings(), app.clock)).rejects.toThrow(/certificate/i);
    expect(received).toHaveLength(0);
    expect(await outboxNode(id)).toMatchObject({
      status: 'FAILING',
      failedAttempts: 1,
      lastFailedAt: app.clock.now().toISOString(),
      sentAt: null,
    });
  });

  it('accepts it only with SMTP_INSECURE=true, set on purpose', async () => {
    expect(settings({ SMTP_INSECURE: 'yes' }).smtp?.insecure).toBe(false);
    const id = await conflictAlert();
    expect(await deliverMail(app.dataSource, id, settings({ SMTP_INSECURE: 'true' }), app.clock)).toBe(
      'SENT',
    );
    expect(received).toHaveLength(1);
    expect(await outboxNode(id)).toMatchObject({ status: 'SENT', sentAt: app.clock.now().toISOString() });
  });
});
