import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GraphQLResponse, GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { PHOTO_FIELDS, photoStatus, uploadTestPhoto } from '../photos/photos.test-support';
import { START } from './inspections.test-support';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type View = Record<string, any>;
const T0 = new Date('2026-09-01T02:00:00.000Z');
const SCHOOL = '九龙坡区谢家湾小学';

const RECORD_ITEM = `mutation($input: RecordInspectionItemInput!) { recordInspectionItem(input: $input) {
  __typename ... on Inspection { items { item { id } hazardId } } ... on ErrorResult { code } ... on ValidationError { field } } }`;
const HAZARD = `query($id: ID!) { hazard(id: $id) { id ${PHOTO_FIELDS} rectifications { id ${PHOTO_FIELDS} } } }`;
const HAZARDS = `query($filter: HazardFilter) { hazards(filter: $filter, first: 100) { items { id ${PHOTO_FIELDS} } } }`;
const RECTIFY = `mutation($input: RecordRectificationInput!) { recordRectification(input: $input) {
  __typename ... on Hazard { stage rectifications { id ${PHOTO_FIELDS} } } ... on ErrorResult { code } ... on ValidationError { field } } }`;

let app: TestApp;
let dataDir: string;
let schoolId: string;
let itemIds: string[];
let inspectionId: string;

const field = (response: GraphQLResponse, name: string) => response.body.data?.[name] as View;
const as = (username: string): Promise<GraphQLTestClient> => app.signedIn(username);
const upload = (client: GraphQLTestClient) => uploadTestPhoto(app, client);
const status = (username: string, url: string) => photoStatus(app, username, url);

const rowCount = async (sql: string, parameters: unknown[]) =>
  Number((await app.owner.query(sql, parameters))[0].count);

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'xiaohu-hazard-photo-test-'));
  app = await startTestApp({ dataDir });
  app.clock.set(T0);
  [{ id: schoolId }] = await app.owner.query('SELECT id FROM institution WHERE name = $1', [SCHOOL]);
  const started = field(
    await (await as('basic')).request(START, { input: { kind: 'ON_SITE', institutionId: schoolId } }),
    'startInspection',
  );
  inspectionId = started.id;
  itemIds = started.items.map((i: View) => i.item.id);
});
afterAll(async () => {
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('photos of hazards and rectifications (PRV-1)', () => {
  let hazardId: string;

  it('PRV-1: a failed item’s photos are the hazard’s, read by whoever reads the hazard; another school’s head and a teacher who is not its owner get 404', async () => {
    const basic = await as('basic');
    const first = await upload(basic);
    const recorded = field(
      await basic.request(RECORD_ITEM, {
        input: {
          inspectionId,
          itemId: itemIds[0],
          result: 'FAILED',
          hazardDescription: '消防通道堆放杂物',
          photoIds: [first],
        },
      }),
      'recordInspectionItem',
    );
    hazardId = recorded.items.find((i: View) => i.item.id === itemIds[0]).hazardId;
    // Re-recording the failed item adds to its photos (attached later, shown after).
    const second = await upload(basic);
    app.clock.set(new Date(T0.getTime() + 60_000));
    field(
      await basic.request(RECORD_ITEM, {
        input: {
          inspectionId,
          itemId: itemIds[0],
          result: 'FAILED',
          hazardDescription: '消防通道堆放杂物（二楼）',
          photoIds: [second],
        },
      }),
      'recordInspectionItem',
    );
    const hazard = field(await (await as('head.primary')).request(HAZARD, { id: hazardId }), 'hazard');
    expect(hazard.photos.map((p: View) => p.id)).toEqual([first, second]);
    expect(hazard.photos[0]).toMatchObject({ url: `/api/photos/${first}`, width: 40, height: 30 });
    const listed = field(
      await (await as('leader')).request(HAZARDS, { filter: { institutionId: schoolId } }),
      'hazards',
    );
    expect(listed.items.find((h: View) => h.id === hazardId).photos).toHaveLength(2);
    for (const username of ['head.primary', 'basic', 'safety', 'leader']) {
      expect(await status(username, `/api/photos/${first}`)).toBe(200);
      expect(await status(username, `/api/photos/${second}/thumbnail`)).toBe(200);
    }
    for (const username of ['head.kg', 'teacher', 'preschool']) {
      expect(await status(username, `/api/photos/${first}`)).toBe(404);
    }
  });

  it('PRV-1: photos only with a FAILED item; a photo that is not the recorder’s own unattached upload refuses the whole command and changes nothing', async () => {
    const basic = await as('basic');
    const head = await as('head.primary');
    const notMine = await upload(head);
    const passed = field(
      await basic.request(RECORD_ITEM, {
        input: { inspectionId, itemId: itemIds[1], result: 'PASSED', photoIds: [await upload(basic)] },
      }),
      'recordInspectionItem',
    );
    expect(passed).toMatchObject({ __typename: 'ValidationError', field: 'photoIds' });
    const before = await rowCount('SELECT count(*) FROM hazard WHERE inspection_id = $1', [inspectionId]);
    const refused = field(
      await basic.request(RECORD_ITEM, {
        input: {
          inspectionId,
          itemId: itemIds[1],
          result: 'FAILED',
          hazardDescription: '灭火器过期',
          photoIds: [await upload(basic), notMine],
        },
      }),
      'recordInspectionItem',
    );
    expect(refused).toMatchObject({ __typename: 'ValidationError', field: 'photoIds' });
    expect(await rowCount('SELECT count(*) FROM hazard WHERE inspection_id = $1', [inspectionId])).toBe(
      before,
    );
    expect(
      await rowCount(
        'SELECT count(*) FROM inspection_item_result WHERE inspection_id = $1 AND item_id = $2',
        [inspectionId, itemIds[1]],
      ),
    ).toBe(0);
    expect(
      await rowCount('SELECT count(*) FROM photo WHERE subject_id IS NOT NULL AND id = $1', [notMine]),
    ).toBe(0);
    const [{ outcome, details }] = await app.owner.query(
      `SELECT outcome, details FROM audit_event WHERE action = 'inspection.recordItem' ORDER BY id DESC LIMIT 1`,
    );
    expect([outcome, details]).toEqual(['VALIDATION_FAILED', { field: 'photoIds' }]);
  });

  it('PRV-1: the rectification’s photos are its own, read like the hazard; a refused photo records no rectification', async () => {
    const head = await as('head.primary');
    const refused = field(
      await head.request(RECTIFY, {
        input: { hazardId, note: '已清理', photoIds: [await upload(await as('basic'))] },
      }),
      'recordRectification',
    );
    expect(refused).toMatchObject({ __typename: 'ValidationError', field: 'photoIds' });
    expect(await rowCount('SELECT count(*) FROM hazard_rectification WHERE hazard_id = $1', [hazardId])).toBe(
      0,
    );
    expect((await app.owner.query('SELECT stage FROM hazard WHERE id = $1', [hazardId]))[0].stage).toBe(
      'AWAITING_RECTIFICATION',
    );
    const after = await upload(head);
    const rectified = field(
      await head.request(RECTIFY, { input: { hazardId, note: '已清理', photoIds: [after] } }),
      'recordRectification',
    );
    expect(rectified).toMatchObject({ __typename: 'Hazard', stage: 'AWAITING_VERIFICATION' });
    expect(rectified.rectifications[0].photos.map((p: View) => p.id)).toEqual([after]);
    for (const username of ['head.primary', 'basic', 'inspect', 'leader']) {
      expect(await status(username, `/api/photos/${after}`)).toBe(200);
    }
    for (const username of ['head.kg', 'teacher']) {
      expect(await status(username, `/api/photos/${after}`)).toBe(404);
    }
  });
});
