import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SESSION_COOKIE } from '../../shared/auth/session-cookie';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { DEMO_DOCUMENTS } from './demo-documents';

// PRV-10: anti-bullying documents over REST (like photos): the head uploads PDF, DOCX or images up to
// 10 MB (the bytes decide the type), readers of the care records download; every attempt audited.
const SCHOOL = '九龙坡区谢家湾小学';
let app: TestApp;
let dataDir: string;
let school: string;

const cookie = (client: GraphQLTestClient) => `${SESSION_COOKIE}=${client.sessionToken}`;
const upload = async (username: string, body: Buffer, query: string, type = 'application/pdf') => {
  const client = await app.signedIn(username);
  const response = await fetch(`${app.baseUrl}/api/care-records/${school}/bullying-documents?${query}`, {
    method: 'POST',
    headers: { 'content-type': type, cookie: cookie(client) },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
const download = async (username: string, id: string) => {
  const client = await app.signedIn(username);
  const response = await fetch(`${app.baseUrl}/api/care-records/bullying-documents/${id}`, {
    headers: { cookie: cookie(client) },
  });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), response };
};
const lastAudit = async (action: string) =>
  (
    (await app.owner.query(
      'SELECT outcome, target_id, details FROM audit_event WHERE action = $1 ORDER BY id DESC LIMIT 1',
      [action],
    )) as { outcome: string; target_id: string | null; details: Record<string, unknown> | null }[]
  )[0];
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);
const META = `kind=RULES&title=${encodeURIComponent('学生欺凌防治工作制度（2026 修订）')}&adoptedOn=2026-02-20`;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'xiaohu-documents-'));
  app = await startTestApp({ dataDir, s3: null });
  app.clock.set(new Date('2026-03-10T04:00:00.000Z'));
  school = (await app.owner.query('SELECT id FROM institution WHERE name = $1', [SCHOOL]))[0].id;
});
afterAll(async () => {
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('anti-bullying documents (PRV-10)', () => {
  it('PRV-10: the head uploads a PDF; it is listed with its adoption day and downloads byte for byte, audited', async () => {
    const answer = await upload('head.primary', PDF, META);
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      kind: 'RULES',
      contentType: 'application/pdf',
      byteSize: PDF.length,
    });
    expect(await lastAudit('careRecords.uploadBullyingDocument')).toMatchObject({
      outcome: 'OK',
      details: { institutionId: school, kind: 'RULES', bytes: PDF.length },
    });
    const got = await download('safety', String(answer.body.id));
    expect(got.status).toBe(200);
    expect(got.bytes.equals(PDF)).toBe(true);
    expect(got.response.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''/);
    expect(await lastAudit('careRecords.downloadBullyingDocument')).toMatchObject({
      outcome: 'OK',
      target_id: answer.body.id,
    });
  });

  it('PRV-10: the seeded documents download from the built-in demo bytes', async () => {
    const [seeded] = await app.owner.query(
      `SELECT id FROM bullying_document WHERE institution_id = $1 AND kind = 'HANDBOOK'`,
      [school],
    );
    const got = await download('head.primary', seeded.id);
    expect(got.status).toBe(200);
    expect(got.bytes.equals(DEMO_DOCUMENTS.HANDBOOK)).toBe(true);
  });

  it('PRV-10: a file that is no PDF, DOCX or image, a too large one and bad metadata are refused and audited', async () => {
    const exe = await upload(
      'head.primary',
      Buffer.from('MZ\x90\x00 not a document'),
      META,
      'application/octet-stream',
    );
    expect(exe.status).toBe(422);
    expect(await lastAudit('careRecords.uploadBullyingDocument')).toMatchObject({
      outcome: 'DOCUMENT_TYPE_NOT_ALLOWED',
    });
    const big = await upload('head.primary', Buffer.alloc(10 * 1024 * 1024 + 1, 0x25), META);
    expect(big.status).toBe(413);
    const html = await upload('head.primary', PDF, META, 'text/plain');
    expect(html.status).toBe(415);
    const noTitle = await upload('head.primary', PDF, 'kind=RULES&adoptedOn=2026-02-20');
    expect(noTitle.status).toBe(400);
    const future = await upload('head.primary', PDF, 'kind=RULES&title=x&adoptedOn=2026-04-01');
    expect(JSON.stringify(future.body)).toMatch(/future/);
  });

  it('PRV-10: a district reader may not upload (403); another head neither uploads nor downloads (404)', async () => {
    expect((await upload('safety', PDF, META)).status).toBe(403);
    expect((await upload('head.kg', PDF, META)).status).toBe(404);
    const [seeded] = await app.owner.query(
      'SELECT id FROM bullying_document WHERE institution_id = $1 LIMIT 1',
      [school],
    );
    expect((await download('head.kg', seeded.id)).status).toBe(404);
    expect(await lastAudit('careRecords.downloadBullyingDocument')).toMatchObject({ outcome: 'NOT_FOUND' });
    expect((await download('teacher', seeded.id)).status).toBe(403);
  });
});
