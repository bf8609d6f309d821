import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { EntityManager } from 'typeorm';
import type { SignedInActor } from '../../shared/auth/actor';
import { SESSION_COOKIE } from '../../shared/auth/session-cookie';
import { ValidationError } from '../../shared/graphql/error-result';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startLocalS3, type LocalS3 } from '../../test-support/s3rver';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { S3ObjectStore } from '../../shared/storage/s3-object-store';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { resolveSession } from '../auth/session.service';
import { attachPhotos, photosOf, photosOfSubjects, registerPhotoSubject } from './photo-attachments';
import { MAX_PHOTO_BYTES, THUMBNAIL_SIDE } from './photo-image';

interface UploadAnswer {
  id: string;
  url: string;
  thumbnailUrl: string;
  width: number;
  height: number;
}

let app: TestApp;
let dataDir: string;
let head: GraphQLTestClient;
let teacher: GraphQLTestClient;

// A test subject's policy: who reads which "hazard" (a real one reads its own tables with `manager`).
const hazardReaders = new Map<string, Set<string>>();
let policyRanInTransaction = false;
registerPhotoSubject('HAZARD', async (manager: EntityManager, actor: SignedInActor, subjectId: string) => {
  policyRanInTransaction = manager.queryRunner?.isTransactionActive ?? false;
  return hazardReaders.get(subjectId)?.has(actor.username) ?? false;
});

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'xiaohu-photo-test-'));
  app = await startTestApp({ dataDir });
  head = await app.signedIn('head.primary');
  teacher = await app.signedIn('teacher');
});
afterAll(async () => {
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
});

const cookie = (client: GraphQLTestClient) => `${SESSION_COOKIE}=${client.sessionToken}`;

function upload(client: GraphQLTestClient | null, body: Buffer, contentType = 'image/jpeg') {
  return fetch(`${app.baseUrl}/api/photos`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(client ? { cookie: cookie(client) } : {}) },
    body,
  });
}

async function uploaded(client: GraphQLTestClient, body: Buffer): Promise<UploadAnswer> {
  const response = await upload(client, body);
  expect(response.status).toBe(201);
  return (await response.json()) as UploadAnswer;
}

function load(client: GraphQLTestClient, url: string) {
  return fetch(`${app.baseUrl}${url}`, { headers: { cookie: cookie(client) } });
}

async function actorOf(client: GraphQLTestClient): Promise<SignedInActor> {
  const actor = await resolveSession(app.dataSource, client.sessionToken!, app.clock.now(), {
    idleMinutes: 30,
    absoluteHours: 12,
  });
  return actor!;
}

async function auditRows(action: string, targetId: string) {
  return app.owner
    .getRepository(AuditEventEntity)
    .find({ where: { action, targetId }, order: { id: 'ASC' } });
}

/** A camera-like JPEG: EXIF with the phone's make, GPS position and a "rotate 90°" orientation. */
function cameraJpeg(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#c03030' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'XiaoHu Cam' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '29/1 30/1 1234/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '106/1 28/1 5678/100',
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

const png = (width = 40, height = 30) =>
  sharp({ create: { width, height, channels: 4, background: { r: 0, g: 90, b: 200, alpha: 0.5 } } })
    .png()
    .toBuffer();

// The GPS IFD pointer tag (0x8825) as it appears in little- or big-endian EXIF.
const hasGpsPointer = (exif: Buffer) =>
  exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25]));

describe('POST /api/photos', () => {
  it('takes a JPEG: 201, re-encoded upright, with a thumbnail; the bytes stored under the data folder; audited', async () => {
    const answer = await uploaded(head, await cameraJpeg(64, 48));
    expect(answer).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      url: `/api/photos/${answer.id}`,
      thumbnailUrl: `/api/photos/${answer.id}/thumbnail`,
      // EXIF orientation 6 (rotate 90°) applied: 64 × 48 stands up as 48 × 64.
      width: 48,
      height: 64,
    });
    const thumbnail = await load(head, answer.thumbnailUrl);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get('content-type')).toBe('image/jpeg');
    const row = (await app.owner.query('SELECT * FROM photo WHERE id = $1', [answer.id]))[0];
    expect(row).toMatchObject({
      mime: 'image/jpeg',
      width: 48,
      height: 64,
      subject_type: null,
      subject_id: null,
      attached_at: null,
    });
    expect(row.institution_id).toEqual(expect.any(String));
    const stored = await readdir(path.join(dataDir, 'photos', row.storage_key.slice(0, 2)));
    expect(stored).toContain(row.storage_key);
    expect(await auditRows('photo.upload', answer.id)).toEqual([
      expect.objectContaining({ actorUsername: 'head.primary', outcome: 'OK', targetType: 'photo' }),
    ]);
  });

  it('strips EXIF including GPS: the served photo and thumbnail carry no metadata at all', async () => {
    const original = await cameraJpeg();
    const originalMeta = await sharp(original).metadata();
    expect(hasGpsPointer(originalMeta.exif!)).toBe(true);
    expect(originalMeta.orientation).toBe(6);
    const answer = await uploaded(head, original);
    for (const url of [answer.url, answer.thumbnailUrl]) {
      const served = Buffer.from(await (await load(head, url)).arrayBuffer());
      const meta = await sharp(served).metadata();
      expect(meta.format).toBe('jpeg');
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(served.includes(Buffer.from('TestPhone'))).toBe(false);
    }
  });

  it('takes a PNG (re-encoded as JPEG) and makes a thumbnail of at most 320 px', async () => {
    const answer = await uploaded(head, await png(1000, 500));
    expect([answer.width, answer.height]).toEqual([1000, 500]);
    const thumbnail = Buffer.from(await (await load(head, answer.thumbnailUrl)).arrayBuffer());
    const meta = await sharp(thumbnail).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', THUMBNAIL_SIDE, 160]);
  });

  it('refuses a text file sent as a .jpg, by its bytes, with a Chinese message and a code; audited', async () => {
    const before = await app.owner.query('SELECT count(*)::int AS n FROM photo');
    const response = await upload(
      head,
      Buffer.from('这不是照片，只是改了扩展名的文本文件。\n'),
      'image/jpeg',
    );
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: '只能上传 JPEG、PNG 或 WebP 格式的照片',
          extensions: { code: 'PHOTO_NOT_AN_IMAGE' },
        },
      ],
    });
    expect(await app.owner.query('SELECT count(*)::int AS n FROM photo')).toEqual(before);
    const [refusal] = await app.owner.query(
      `SELECT outcome FROM audit_event WHERE action = 'photo.upload' AND actor_username = 'head.primary'
       ORDER BY id DESC LIMIT 1`,
    );
    expect(refusal).toEqual({ outcome: 'PHOTO_NOT_AN_IMAGE' });
  });

  it('refuses a GIF or a PDF even though they are real files of their kind', async () => {
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    const response = await upload(head, gif, 'image/gif');
    expect(response.status).toBe(422);
    expect(
      ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe('PHOTO_NOT_AN_IMAGE');
    const pdf = await upload(
      head,
      Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'),
      'application/octet-stream',
    );
    expect(pdf.status).toBe(422);
  });

  it('refuses more than 10 MB with PHOTO_TOO_LARGE before decoding anything', async () => {
    const tooLarge = Buffer.concat([await cameraJpeg(), Buffer.alloc(MAX_PHOTO_BYTES)]);
    const response = await upload(head, tooLarge);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: '照片不能超过 10 MB', extensions: { code: 'PHOTO_TOO_LARGE' } }],
    });
  });

  it('refuses a streamed (chunked) body as soon as it passes 10 MB', async () => {
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Far more than the limit if the server kept reading.
        if (sent++ < 100) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${app.baseUrl}/api/photos`, {
      method: 'POST',
      headers: { 'content-type': 'image/jpeg', cookie: cookie(head) },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(
      ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe('PHOTO_TOO_LARGE');
    expect(sent).toBeLessThan(100);
  });

  it('refuses corrupt image bytes as unreadable', async () => {
    const jpeg = await cameraJpeg(200, 200);
    const response = await upload(head, jpeg.subarray(0, 400));
    expect(response.status).toBe(422);
    expect(
      ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe('PHOTO_UNREADABLE');
  });

  it('CSRF: refuses the content types a cross-site form can send (text/plain, multipart, urlencoded)', async () => {
    const jpeg = await cameraJpeg();
    for (const type of [
      'text/plain',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
    ]) {
      const response = await upload(head, jpeg, type);
      expect(response.status).toBe(415);
    }
  });

  it('refuses anyone not signed in (401) and the administrator (403, audited)', async () => {
    expect((await upload(null, await cameraJpeg())).status).toBe(401);
    const admin = await app.signedIn('admin');
    const response = await upload(admin, await cameraJpeg());
    expect(response.status).toBe(403);
    const [refusal] = await app.owner.query(
      `SELECT outcome FROM audit_event WHERE action = 'photo.upload' AND actor_username = 'admin'`,
    );
    expect(refusal).toEqual({ outcome: 'FORBIDDEN' });
  });
});

describe('GET /api/photos/:id (and /thumbnail)', () => {
  it('an unattached photo is served to its uploader only; to anyone else it does not exist (404, no detail)', async () => {
    const answer = await uploaded(head, await cameraJpeg());
    expect((await load(head, answer.url)).status).toBe(200);
    for (const url of [answer.url, answer.thumbnailUrl]) {
      const refused = await load(teacher, url);
      expect(refused.status).toBe(404);
      expect(await refused.json()).toEqual({
        errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }],
      });
    }
    const unknown = await load(head, '/api/photos/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect((await load(head, '/api/photos/not-a-uuid')).status).toBe(404);
  });

  it('every serve leaves one audit row, refusals included', async () => {
    const answer = await uploaded(head, await png());
    await load(head, answer.url);
    await load(head, answer.thumbnailUrl);
    await load(teacher, answer.url);
    const rows = await auditRows('photo.read', answer.id);
    expect(rows.map((row) => [row.actorUsername, row.outcome, row.details])).toEqual([
      ['head.primary', 'OK', { variant: 'photo' }],
      ['head.primary', 'OK', { variant: 'thumbnail' }],
      ['teacher', 'NOT_FOUND', { variant: 'photo' }],
    ]);
  });

  it('an attached photo is served as its subject’s registered policy says, asked inside the serving transaction', async () => {
    const answer = await uploaded(head, await cameraJpeg());
    const hazardId = '11111111-1111-4111-8111-111111111111';
    hazardReaders.set(hazardId, new Set(['teacher']));
    const actor = await actorOf(head);
    const institutionId = actor.institutionId!;
    const attached = await app.dataSource.transaction((manager) =>
      attachPhotos(
        manager,
        actor,
        { type: 'HAZARD', id: hazardId, institutionId },
        [answer.id],
        app.clock.now(),
      ),
    );
    expect(attached).toEqual([answer]);
    // Once attached, the subject decides, the uploader included.
    expect((await load(teacher, answer.url)).status).toBe(200);
    expect(policyRanInTransaction).toBe(true);
    expect((await load(head, answer.thumbnailUrl)).status).toBe(404);
    hazardReaders.get(hazardId)!.add('head.primary');
    expect((await load(head, answer.thumbnailUrl)).status).toBe(200);
    const rows = await auditRows('photo.read', answer.id);
    expect(rows.map((row) => [row.actorUsername, row.outcome])).toEqual([
      ['teacher', 'OK'],
      ['head.primary', 'NOT_FOUND'],
      ['head.primary', 'OK'],
    ]);
    expect(rows[0].details).toEqual({ variant: 'photo', subjectType: 'HAZARD' });
  });

  it('a photo attached to a subject type nobody registered is served to no one', async () => {
    const answer = await uploaded(head, await png());
    const actor = await actorOf(head);
    await app.dataSource.transaction((manager) =>
      attachPhotos(
        manager,
        actor,
        {
          type: 'RISK_FOLLOW_UP',
          id: '22222222-2222-4222-8222-222222222222',
          institutionId: actor.institutionId!,
        },
        [answer.id],
        app.clock.now(),
      ),
    );
    expect((await load(head, answer.url)).status).toBe(404);
  });
});

describe('attachPhotos, photosOf', () => {
  it('attaches the actor’s own unattached uploads and lists them with the subject, in upload order', async () => {
    const first = await uploaded(head, await png(20, 10));
    app.clock.advanceMinutes(1);
    const second = await uploaded(head, await png(30, 10));
    const actor = await actorOf(head);
    const subject = {
      type: 'MONITORED_PLACE' as const,
      id: '33333333-3333-4333-8333-333333333333',
      institutionId: actor.institutionId!,
    };
    const result = await app.dataSource.transaction((manager) =>
      attachPhotos(manager, actor, subject, [second.id, first.id, first.id], app.clock.now()),
    );
    expect(result).toHaveLength(2);
    expect(await photosOf(app.dataSource.manager, subject)).toEqual([first, second]);
    const many = await photosOfSubjects(app.dataSource.manager, 'MONITORED_PLACE', [
      subject.id,
      '44444444-4444-4444-8444-444444444444',
    ]);
    expect(many.get(subject.id)).toEqual([first, second]);
    expect(many.get('44444444-4444-4444-8444-444444444444')).toEqual([]);
  });

  it('refuses, all or nothing, another person’s photo, an attached one, an unknown id or junk', async () => {
    const mine = await uploaded(head, await png());
    const theirs = await uploaded(teacher, await png());
    const actor = await actorOf(head);
    const subject = {
      type: 'RECTIFICATION' as const,
      id: '55555555-5555-4555-8555-555555555555',
      institutionId: actor.institutionId!,
    };
    const attach = (ids: string[]) =>
      app.dataSource.transaction((manager) => attachPhotos(manager, actor, subject, ids, app.clock.now()));
    for (const ids of [[mine.id, theirs.id], [mine.id, '00000000-0000-4000-8000-000000000000'], ['junk']]) {
      const refused = await attach(ids);
      expect(refused).toBeInstanceOf(ValidationError);
      expect(refused).toMatchObject({ code: 'VALIDATION_FAILED', field: 'photoIds' });
    }
    expect(await photosOf(app.dataSource.manager, subject)).toEqual([]);
    expect(await attach([mine.id])).toEqual([mine]);
    // Already attached: not again, not elsewhere.
    expect(await attach([mine.id])).toBeInstanceOf(ValidationError);
    expect(await attach(Array.from({ length: 10 }, () => crypto.randomUUID()))).toMatchObject({
      field: 'photoIds',
    });
  });
});

describe('photos in an S3-compatible store', () => {
  let s3: LocalS3;
  let s3App: TestApp;
  beforeAll(async () => {
    s3 = await startLocalS3();
    s3App = await startTestApp({ s3: s3.settings });
  });
  afterAll(async () => {
    await s3App.close();
    await s3.stop();
  });

  it('an upload round-trips through s3rver: stored in the bucket under its key, served back', async () => {
    const client = await s3App.signedIn('head.primary');
    const response = await fetch(`${s3App.baseUrl}/api/photos`, {
      method: 'POST',
      headers: { 'content-type': 'image/png', cookie: cookie(client) },
      body: await png(100, 50),
    });
    expect(response.status).toBe(201);
    const answer = (await response.json()) as UploadAnswer;
    const [row] = await s3App.owner.query('SELECT storage_key, byte_size FROM photo WHERE id = $1', [
      answer.id,
    ]);
    const bucket = new S3ObjectStore(s3.settings);
    try {
      expect(await bucket.exists(row.storage_key)).toBe(true);
    } finally {
      bucket.close();
    }
    const served = await fetch(`${s3App.baseUrl}${answer.url}`, { headers: { cookie: cookie(client) } });
    expect(served.status).toBe(200);
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(bytes.length).toBe(row.byte_size);
    expect((await sharp(bytes).metadata()).width).toBe(100);
  });
});
