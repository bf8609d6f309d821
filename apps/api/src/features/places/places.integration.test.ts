import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { PLACES_SHEET } from './places-export.routes';

// PRV-2: the place register, its blind-spot self-inspection and its gaps, against real PostgreSQL.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type View = Record<string, any>;
const TRAINING = '九龙坡区启明培训学校';
const NOW = new Date('2026-09-10T02:00:00.000Z');

const REGISTER = `institutionId lastBlindSpotSelfInspectionOn blindSpotSelfInspectionDueAt
  places { id name kind roomType isMonitored cameraCount note isGap }
  gaps { code ruleId placeId } viewerCan { recordPlace recordBlindSpotSelfInspection }`;
const RECORD_PLACE = `mutation($input: RecordMonitoredPlaceInput!) { recordMonitoredPlace(input: $input) {
  __typename ... on MonitoredPlaceRegister { ${REGISTER} } ... on ErrorResult { code }
  ... on ValidationError { field } } }`;
const RECORD_INSPECTION = `mutation($input: RecordBlindSpotSelfInspectionInput!) {
  recordBlindSpotSelfInspection(input: $input) { __typename ... on MonitoredPlaceRegister { ${REGISTER} }
  ... on ErrorResult { code } ... on ValidationError { field } } }`;
const READ = `query($id: ID!) { monitoredPlaces(institutionId: $id) { ${REGISTER} } }`;

let app: TestApp;
let training: string;

const data = (response: { body: { data?: Record<string, unknown> | null }; text: string }, name: string) => {
  if (response.body.data?.[name] === undefined) throw new Error(`No ${name}: ${response.text}`);
  return response.body.data[name] as View;
};

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  training = (await app.owner.query('SELECT id FROM institution WHERE name = $1', [TRAINING]))[0].id;
  // This file builds the register from nothing: the demo seed's places go.
  await app.owner.query('DELETE FROM monitored_place WHERE institution_id = $1', [training]);
  const account = await app.owner.query(
    `INSERT INTO account (username, display_name, password_hash, role, institution_id)
     SELECT 'head.training', '杜鹃', password_hash, 'HEAD', $1 FROM account WHERE username = 'head.primary'
     RETURNING id`,
    [training],
  );
  expect(account).toHaveLength(1);
});
afterAll(() => app.close());

describe('the place register (PRV-2)', () => {
  it('PRV-2: the head records places; an unmonitored one-to-one room of a training institution is a gap, listed first', async () => {
    const head = await app.signedIn('head.training');
    const gate = data(
      await head.request(RECORD_PLACE, {
        input: { institutionId: training, name: '大门', kind: 'GATE', isMonitored: true, cameraCount: 2 },
      }),
      'recordMonitoredPlace',
    );
    expect(gate.__typename).toBe('MonitoredPlaceRegister');
    const register = data(
      await head.request(RECORD_PLACE, {
        input: {
          institutionId: training,
          name: '钢琴房 3',
          kind: 'ONE_TO_ONE_ROOM',
          roomType: 'PRACTICE',
          isMonitored: false,
          cameraCount: 0,
          note: '摄像头待安装',
        },
      }),
      'recordMonitoredPlace',
    );
    const room = register.places[0];
    expect(room).toMatchObject({ name: '钢琴房 3', kind: 'ONE_TO_ONE_ROOM', isGap: true });
    expect(register.places[1]).toMatchObject({ name: '大门', isGap: false });
    expect(register.gaps).toEqual([
      { code: 'BLIND_SPOTS_NOT_SELF_INSPECTED', ruleId: 'PRV-2', placeId: null },
      { code: 'ONE_TO_ONE_CLASSROOM_UNMONITORED', ruleId: 'PRV-2', placeId: room.id },
    ]);
    expect(register.viewerCan).toEqual({ recordPlace: true, recordBlindSpotSelfInspection: true });

    const fixed = data(
      await head.request(RECORD_PLACE, {
        input: {
          institutionId: training,
          placeId: room.id,
          name: '钢琴房 3',
          kind: 'ONE_TO_ONE_ROOM',
          roomType: 'PRACTICE',
          isMonitored: true,
          cameraCount: 1,
        },
      }),
      'recordMonitoredPlace',
    );
    expect(fixed.gaps.map((g: View) => g.code)).toEqual(['BLIND_SPOTS_NOT_SELF_INSPECTED']);
    const audit = await app.owner.query(
      `SELECT action, outcome FROM audit_event WHERE action LIKE 'place.%' ORDER BY id`,
    );
    expect(audit).toEqual([
      { action: 'place.create', outcome: 'OK' },
      { action: 'place.create', outcome: 'OK' },
      { action: 'place.update', outcome: 'OK' },
    ]);
  });

  it('PRV-2: a blind-spot self-inspection closes that gap until the policy interval passes; no future days', async () => {
    const head = await app.signedIn('head.training');
    const future = data(
      await head.request(RECORD_INSPECTION, {
        input: { institutionId: training, inspectedOn: '2026-09-11' },
      }),
      'recordBlindSpotSelfInspection',
    );
    expect(future).toMatchObject({ __typename: 'ValidationError', field: 'inspectedOn' });
    const done = data(
      await head.request(RECORD_INSPECTION, {
        input: { institutionId: training, inspectedOn: '2026-09-01' },
      }),
      'recordBlindSpotSelfInspection',
    );
    expect(done).toMatchObject({ lastBlindSpotSelfInspectionOn: '2026-09-01', gaps: [] });
    expect(done.blindSpotSelfInspectionDueAt).toBe('2027-02-28T16:00:00.000Z');
  });

  it('PRV-2: inspectors and leadership read without changing; a teacher or another section reads nothing', async () => {
    for (const username of ['vocational', 'inspect', 'leader']) {
      const reader = await app.signedIn(username);
      const register = data(await reader.request(READ, { id: training }), 'monitoredPlaces');
      expect(register.viewerCan).toEqual({ recordPlace: false, recordBlindSpotSelfInspection: false });
      const refused = data(
        await reader.request(RECORD_PLACE, {
          input: {
            institutionId: training,
            name: '走廊',
            kind: 'CORRIDOR',
            isMonitored: false,
            cameraCount: 0,
          },
        }),
        'recordMonitoredPlace',
      );
      expect(refused).toMatchObject({ __typename: 'PlaceForbiddenError', code: 'FORBIDDEN' });
    }
    const basic = await app.signedIn('basic');
    expect(data(await basic.request(READ, { id: training }), 'monitoredPlaces')).toBeNull();
    const headPrimary = await app.signedIn('head.primary');
    expect(data(await headPrimary.request(READ, { id: training }), 'monitoredPlaces')).toBeNull();
    const teacher = await app.signedIn('teacher');
    expect((await teacher.request(READ, { id: training })).body.errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('PRV-2: a one-to-one room needs its type and a monitored place a camera', async () => {
    const head = await app.signedIn('head.training');
    const noType = data(
      await head.request(RECORD_PLACE, {
        input: {
          institutionId: training,
          name: '办公室',
          kind: 'ONE_TO_ONE_ROOM',
          isMonitored: false,
          cameraCount: 0,
        },
      }),
      'recordMonitoredPlace',
    );
    expect(noType).toMatchObject({ __typename: 'ValidationError', field: 'roomType' });
    const noCamera = data(
      await head.request(RECORD_PLACE, {
        input: { institutionId: training, name: '走廊', kind: 'CORRIDOR', isMonitored: true, cameraCount: 0 },
      }),
      'recordMonitoredPlace',
    );
    expect(noCamera).toMatchObject({ __typename: 'ValidationError', field: 'cameraCount' });
  });

  it('PRV-2: the district overview lists each register the viewer reads with its counts and gaps; as Excel, audited', async () => {
    const OVERVIEW = `query($filter: PlaceRegisterFilter) { placeRegisters(filter: $filter) {
      institutionId institutionName institutionKind placeCount oneToOneRooms unmonitoredOneToOneRooms
      lastBlindSpotSelfInspectionOn isBlindSpotSelfInspectionDue gaps } }`;
    const leader = await app.signedIn('leader');
    const rows = data(await leader.request(OVERVIEW, {}), 'placeRegisters') as View[];
    const register = data(await leader.request(READ, { id: training }), 'monitoredPlaces');
    const own = rows.find((r) => r.institutionId === training)!;
    const rooms = register.places.filter((p: View) => p.kind === 'ONE_TO_ONE_ROOM');
    expect(own).toMatchObject({
      institutionName: TRAINING,
      placeCount: register.places.length,
      oneToOneRooms: rooms.length,
      unmonitoredOneToOneRooms: rooms.filter((p: View) => !p.isMonitored).length,
      lastBlindSpotSelfInspectionOn: register.lastBlindSpotSelfInspectionOn,
      gaps: [...new Set(register.gaps.map((g: View) => g.code))],
    });
    const withGaps = data(
      await leader.request(OVERVIEW, { filter: { onlyWithGaps: true } }),
      'placeRegisters',
    );
    expect(withGaps.every((r: View) => r.gaps.length > 0)).toBe(true);
    const vocational = data(
      await (await app.signedIn('vocational')).request(OVERVIEW, {}),
      'placeRegisters',
    ) as View[];
    expect(vocational.map((r) => r.institutionId)).toContain(training);
    // 基教科 does not supervise training institutions (ORG-1); a head sees her own only.
    const basic = data(await (await app.signedIn('basic')).request(OVERVIEW, {}), 'placeRegisters') as View[];
    expect(basic.map((r) => r.institutionId)).not.toContain(training);
    const head = data(await (await app.signedIn('head.training')).request(OVERVIEW, {}), 'placeRegisters');
    expect(head.map((r: View) => r.institutionId)).toEqual([training]);
    const download = async (username: string, query: string) => {
      const client = await app.signedIn(username);
      return fetch(`${app.baseUrl}/api/places/export${query}`, {
        headers: { cookie: `xiaohu_session=${client.sessionToken}` },
      });
    };
    const response = await download('leader', '?institutionKind=TRAINING_INSTITUTION');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet(PLACES_SHEET)!;
    const trainingRows = rows.filter((r) => r.institutionKind === 'TRAINING_INSTITUTION');
    expect(sheet.rowCount).toBe(1 + trainingRows.length);
    const lines = trainingRows.map((_, i) => sheet.getRow(i + 2));
    const line = lines.find((r) => r.getCell(1).value === TRAINING)!;
    expect(line.getCell(6).value).toBe(own.unmonitoredOneToOneRooms);
    expect((await download('leader', '?section=SAFETY')).status).toBe(400);
    expect((await download('teacher', '')).status).toBe(403);
    const audited: { outcome: string }[] = await app.owner.query(
      "SELECT outcome FROM audit_event WHERE action = 'place.export' ORDER BY id",
    );
    expect(audited.map((r) => r.outcome)).toEqual(['OK', 'FORBIDDEN']);
  });
});
