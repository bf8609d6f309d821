import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GraphQLResponse, GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { PHOTO_FIELDS, photoStatus, uploadTestPhoto } from '../photos/photos.test-support';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type View = Record<string, any>;
const SCHOOL = '九龙坡区谢家湾小学';
const NOW = new Date('2026-09-10T02:00:00.000Z');

const RECORD_PLACE = `mutation($input: RecordMonitoredPlaceInput!) { recordMonitoredPlace(input: $input) {
  __typename ... on MonitoredPlaceRegister { places { id name ${PHOTO_FIELDS} } } ... on ErrorResult { code }
  ... on ValidationError { field } } }`;
const READ = `query($id: ID!) { monitoredPlaces(institutionId: $id) { places { id name ${PHOTO_FIELDS} } } }`;

let app: TestApp;
let dataDir: string;
let schoolId: string;

const field = (response: GraphQLResponse, name: string) => response.body.data?.[name] as View;
const upload = (client: GraphQLTestClient) => uploadTestPhoto(app, client);
const status = (username: string, url: string) => photoStatus(app, username, url);

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'xiaohu-place-photo-test-'));
  app = await startTestApp({ dataDir });
  app.clock.set(NOW);
  [{ id: schoolId }] = await app.owner.query('SELECT id FROM institution WHERE name = $1', [SCHOOL]);
});
afterAll(async () => {
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('photos of monitored places (PRV-2)', () => {
  it('PRV-2: the head adds a photo of the room and its camera; the register’s readers load it, another school’s head and a teacher get 404', async () => {
    const head = await app.signedIn('head.primary');
    const first = await upload(head);
    const input = {
      institutionId: schoolId,
      name: '心理咨询室（二楼东）',
      kind: 'ONE_TO_ONE_ROOM',
      roomType: 'COUNSELLING',
      isMonitored: true,
      cameraCount: 1,
    };
    const added = field(
      await head.request(RECORD_PLACE, { input: { ...input, photoIds: [first] } }),
      'recordMonitoredPlace',
    );
    const place = added.places.find((p: View) => p.name === '心理咨询室（二楼东）');
    expect(place.photos.map((p: View) => p.id)).toEqual([first]);
    const second = await upload(head);
    app.clock.set(new Date(NOW.getTime() + 60_000));
    await head.request(RECORD_PLACE, { input: { ...input, placeId: place.id, photoIds: [second] } });
    const read = field(
      await (await app.signedIn('leader')).request(READ, { id: schoolId }),
      'monitoredPlaces',
    );
    expect(read.places.find((p: View) => p.id === place.id).photos.map((p: View) => p.id)).toEqual([
      first,
      second,
    ]);
    for (const username of ['head.primary', 'basic', 'safety', 'leader']) {
      expect(await status(username, `/api/photos/${first}`)).toBe(200);
    }
    for (const username of ['head.kg', 'teacher']) {
      expect(await status(username, `/api/photos/${second}/thumbnail`)).toBe(404);
    }
  });

  it('PRV-2: a photo that is not the head’s own unattached upload refuses the whole change; nothing is recorded', async () => {
    const head = await app.signedIn('head.primary');
    const foreign = await upload(await app.signedIn('basic'));
    const count = async () =>
      Number(
        (
          await app.owner.query('SELECT count(*) FROM monitored_place WHERE institution_id = $1', [schoolId])
        )[0].count,
      );
    const before = await count();
    const refused = field(
      await head.request(RECORD_PLACE, {
        input: {
          institutionId: schoolId,
          name: '舞蹈房',
          kind: 'ONE_TO_ONE_ROOM',
          roomType: 'PRACTICE',
          isMonitored: false,
          cameraCount: 0,
          photoIds: [await upload(head), foreign],
        },
      }),
      'recordMonitoredPlace',
    );
    expect(refused).toMatchObject({ __typename: 'ValidationError', field: 'photoIds' });
    expect(await count()).toBe(before);
    const [{ outcome }] = await app.owner.query(
      `SELECT outcome FROM audit_event WHERE action = 'place.create' ORDER BY id DESC LIMIT 1`,
    );
    expect(outcome).toBe('VALIDATION_FAILED');
  });
});
