import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GraphQLResponse, GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { PHOTO_FIELDS, photoStatus, uploadTestPhoto } from '../photos/photos.test-support';
import { RECORD_RISK_SUBJECT, referralAt, siteInput } from './surroundings.test-support';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type View = Record<string, any>;
const T0 = new Date('2026-03-02T02:00:00.000Z');
const SCHOOL = '九龙坡区谢家湾小学';
const before = (hours: number) => new Date(T0.getTime() - hours * 3_600_000).toISOString();

const FOLLOW_UP = `mutation($input: RecordRiskFollowUpInput!) { recordRiskFollowUp(input: $input) {
  __typename ... on RiskSubject { status followUps { id ${PHOTO_FIELDS} } } ... on ErrorResult { code }
  ... on ValidationError { field } } }`;
const READ = `query($id: ID!) { riskSubject(id: $id) { status followUps { id ${PHOTO_FIELDS} } } }`;

let app: TestApp;
let dataDir: string;
let schoolId: string;
let head: GraphQLTestClient;

const field = (response: GraphQLResponse, name: string) => response.body.data?.[name] as View;
const upload = (client: GraphQLTestClient) => uploadTestPhoto(app, client);
const status = (username: string, url: string) => photoStatus(app, username, url);

async function recordSubject(input: Record<string, unknown>): Promise<string> {
  const recorded = field(await head.request(RECORD_RISK_SUBJECT, { input }), 'recordRiskSubject');
  expect(recorded).toMatchObject({ __typename: 'RiskSubject' });
  return recorded.id;
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'xiaohu-follow-up-photo-test-'));
  app = await startTestApp({ dataDir });
  app.clock.set(T0);
  [{ id: schoolId }] = await app.owner.query('SELECT id FROM institution WHERE name = $1', [SCHOOL]);
  head = await app.signedIn('head.primary');
});
afterAll(async () => {
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('photos of risk follow-ups (PRV-3)', () => {
  it('PRV-3: a site’s follow-up photo is read by the site’s readers; another school’s head and a teacher get 404', async () => {
    const siteId = await recordSubject(siteInput(schoolId, { referral: referralAt(new Date(before(3))) }));
    const photo = await upload(head);
    const followed = field(
      await head.request(FOLLOW_UP, {
        input: {
          riskSubjectId: siteId,
          followedUpAt: before(1),
          outcome: 'UNCHANGED',
          note: '网吧仍接待学生',
          photoIds: [photo],
        },
      }),
      'recordRiskFollowUp',
    );
    expect(followed.followUps.at(-1).photos.map((p: View) => p.id)).toEqual([photo]);
    const read = field(await (await app.signedIn('basic')).request(READ, { id: siteId }), 'riskSubject');
    expect(read.followUps.at(-1).photos.map((p: View) => p.id)).toEqual([photo]);
    for (const username of ['head.primary', 'safety', 'inspect', 'basic', 'leader']) {
      expect(await status(username, `/api/photos/${photo}`)).toBe(200);
    }
    for (const username of ['head.kg', 'teacher', 'preschool']) {
      expect(await status(username, `/api/photos/${photo}`)).toBe(404);
    }
  });

  it('PRV-3: a risk person’s follow-up photo is for the need-to-know group only: an inspector without the personal-data permit gets 404 and no photos', async () => {
    const personId = await recordSubject({
      institutionId: schoolId,
      subjectType: 'RISK_PERSON',
      personType: 'PARANOID_OR_AGGRIEVED',
      personName: '欧阳照片',
      location: '校门口',
      referral: referralAt(new Date(before(3))),
    });
    const photo = await upload(head);
    const followed = field(
      await head.request(FOLLOW_UP, {
        input: {
          riskSubjectId: personId,
          followedUpAt: before(1),
          outcome: 'UNCHANGED',
          note: '仍在校门口徘徊',
          photoIds: [photo],
        },
      }),
      'recordRiskFollowUp',
    );
    expect(followed.followUps.at(-1).photos.map((p: View) => p.id)).toEqual([photo]);
    for (const username of ['head.primary', 'safety', 'leader']) {
      expect(await status(username, `/api/photos/${photo}`)).toBe(200);
    }
    for (const username of ['inspect', 'basic', 'head.kg']) {
      expect(await status(username, `/api/photos/${photo}`)).toBe(404);
    }
    const asInspector = field(
      await (await app.signedIn('inspect')).request(READ, { id: personId }),
      'riskSubject',
    );
    expect(asInspector.followUps.at(-1).photos).toEqual([]);
  });

  it('PRV-3: a photo that is not the recorder’s own unattached upload refuses the follow-up and its referral; nothing changes', async () => {
    const siteId = await recordSubject(siteInput(schoolId, { siteName: '夜色酒吧' }));
    const foreign = await upload(await app.signedIn('safety'));
    const refused = field(
      await head.request(FOLLOW_UP, {
        input: {
          riskSubjectId: siteId,
          followedUpAt: before(1),
          outcome: 'UNCHANGED',
          note: '已转交街道与派出所',
          referral: referralAt(new Date(before(2))),
          photoIds: [foreign],
        },
      }),
      'recordRiskFollowUp',
    );
    expect(refused).toMatchObject({ __typename: 'ValidationError', field: 'photoIds' });
    const [subject] = await app.owner.query(
      'SELECT status, township_office FROM risk_subject WHERE id = $1',
      [siteId],
    );
    expect(subject).toEqual({ status: 'OPEN', township_office: null });
    const [{ count }] = await app.owner.query(
      'SELECT count(*) FROM risk_follow_up WHERE risk_subject_id = $1',
      [siteId],
    );
    expect(Number(count)).toBe(0);
  });
});
