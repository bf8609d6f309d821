import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../../test-support/test-app';

// PRV-1: a campaign's completion (the dashboard's campaign figure links to the campaigns) as Excel.
const CAMPAIGN = '2026年秋季开学安全大检查'; // the demo seed's, over the primary schools
const SCHOOL = '九龙坡区谢家湾小学';

let app: TestApp;
let campaignId: string;

const audit = async (): Promise<string[]> =>
  (
    await app.owner.query(
      `SELECT outcome FROM audit_event WHERE action = 'inspectionCampaign.export' ORDER BY id`,
    )
  ).map((r: { outcome: string }) => r.outcome);

async function download(username: string, id: string): Promise<Response> {
  const client = await app.signedIn(username);
  return fetch(`${app.baseUrl}/api/inspection-campaigns/${id}/export`, {
    headers: { cookie: `xiaohu_session=${client.sessionToken}` },
  });
}

async function rowsOf(response: Response): Promise<(string | null)[][]> {
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as never);
  const sheet = workbook.getWorksheet('排查完成情况')!;
  const rows: (string | null)[][] = [];
  sheet.eachRow((row) => rows.push([1, 2, 3, 4].map((c) => (row.getCell(c).value as string) ?? null)));
  return rows;
}

beforeAll(async () => {
  app = await startTestApp();
  [{ id: campaignId }] = await app.owner.query('SELECT id FROM inspection_campaign WHERE name = $1', [
    CAMPAIGN,
  ]);
});
afterAll(() => app.close());

it('PRV-1: leadership exports every covered institution with its self-inspection; a head her own only; audited', async () => {
  const [{ n: covered }] = await app.owner.query(
    'SELECT count(*)::int AS n FROM inspection_campaign_institution WHERE campaign_id = $1',
    [campaignId],
  );
  const all = await rowsOf(await download('leader', campaignId));
  expect(all[0]).toEqual(['单位', '类别', '自查状态', '提交时间']);
  expect(all[1][0]).toBe(CAMPAIGN);
  const institutions = all.slice(2);
  expect(institutions).toHaveLength(covered);
  const school = institutions.find((r) => r[0] === SCHOOL)!;
  expect(school.slice(1, 3)).toEqual(['小学', '已提交']);
  expect(school[3]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  expect(institutions.filter((r) => r[2] === '未开始').length).toBe(covered - 1);

  const own = await rowsOf(await download('head.primary', campaignId));
  expect(own.slice(2).map((r) => r[0])).toEqual([SCHOOL]);
  expect(await audit()).toEqual(['OK', 'OK']);
});

it('PRV-1, ORG-3: a campaign the viewer does not read, or no campaign, is 404; without the permission 403; each audited', async () => {
  expect((await download('head.kg', campaignId)).status).toBe(404);
  expect((await download('leader', '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  expect((await download('leader', 'not-a-uuid')).status).toBe(404);
  expect((await download('admin', campaignId)).status).toBe(403);
  expect((await audit()).slice(2)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN']);
});
