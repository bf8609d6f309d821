import ExcelJS from 'exceljs';
import { SESSION_COOKIE } from '../../shared/auth/session-cookie';
import { institutionIdByName } from '../../test-support/factories';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { refreshStaffDueDates } from './staff-due-dates';
import { buildStaffMember } from './staff.factories';

// The dashboard's overdue re-checks (VET-9) and interviews (VET-10) link to the due-checks list with the
// dashboard's filters: under any kind or street filter, the figure must equal the list's total.

const NOW = new Date('2026-03-02T02:00:00.000Z');
const OVERSIGHT = `query($filter: OversightFilter) { oversight(filter: $filter) { indicators { id value } } }`;
const DUE = `query($filter: DueCheckFilter) { dueChecks(filter: $filter, first: 1) { totalCount overdueCount } }`;

// Institutions of four kinds on two streets (谢家湾街道, 杨家坪街道): 基教科 supervises the schools only.
const INSTITUTIONS = [
  '九龙坡区谢家湾小学',
  '九龙坡区杨家坪小学',
  '九龙坡区谢家湾中学',
  '九龙坡区机关幼儿园',
  '九龙坡区启明培训学校',
  '九龙坡区博雅艺术培训学校',
];

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  for (const [index, name] of INSTITUTIONS.entries()) {
    const institutionId = await institutionIdByName(app.owner, name);
    // Long in service: both overdue; started this year: nothing overdue yet. More staff in later ones.
    const starts = [new Date('2023-09-01T00:00:00Z'), new Date('2026-01-15T00:00:00Z')];
    for (let n = 0; n <= index % 3; n += 1) starts.push(new Date(`2024-0${n + 1}-10T00:00:00Z`));
    for (const startedAt of starts) {
      await buildStaffMember(app.owner, institutionId, {
        role: 'TEACHER',
        status: 'ACTIVE',
        hasStudentAccess: true,
        startedAt,
        activatedAt: startedAt,
      });
    }
  }
  await refreshStaffDueDates(app.owner.manager, undefined, { now: NOW });
});
afterAll(() => app.close());

async function figures(client: GraphQLTestClient, filter: Record<string, unknown>) {
  const response = await client.request(OVERSIGHT, { filter: { period: 'MONTH', ...filter } });
  const indicators = (response.body.data?.oversight as { indicators: { id: string; value: number }[] })
    ?.indicators;
  if (!indicators) throw new Error(response.text);
  const value = (id: string) => indicators.find((i) => i.id === id)!.value;
  return { rechecks: value('OVERDUE_RECHECKS'), interviews: value('OVERDUE_INTERVIEWS') };
}

async function listTotal(client: GraphQLTestClient, filter: Record<string, unknown>): Promise<number> {
  const response = await client.request(DUE, { filter: { ...filter, isOverdue: true } });
  const list = response.body.data?.dueChecks as { totalCount: number; overdueCount: number } | undefined;
  if (!list) throw new Error(response.text);
  expect(list.overdueCount).toBe(list.totalCount);
  return list.totalCount;
}

const FILTERS: Record<string, unknown>[] = [
  {},
  { institutionKind: 'PRIMARY' },
  { institutionKind: 'TRAINING_INSTITUTION' },
  { institutionKind: 'KINDERGARTEN' },
  { street: '谢家湾街道' },
  { street: '杨家坪街道' },
  { section: 'BASIC', street: '谢家湾街道' },
];

describe('the dashboard’s overdue checks equal the due-checks list they link to', () => {
  it.each(['leader', 'basic'])(
    'VET-9, VET-10, ORG-1: %s, with a kind or a street filter, counts what the list shows',
    async (username) => {
      const client = await app.signedIn(username);
      for (const filter of FILTERS) {
        const figure = await figures(client, filter);
        const rechecks = await listTotal(client, { ...filter, kind: 'RECHECK' });
        const interviews = await listTotal(client, { ...filter, kind: 'REMINDER_INTERVIEW' });
        expect({ filter, ...figure }).toEqual({ filter, rechecks, interviews });
        // VET-1: the coverage figure opens both kinds at once: the same checks, one list.
        expect(await listTotal(client, filter)).toBe(rechecks + interviews);
      }
    },
  );

  it('VET-9, VET-10: the filters narrow: a street and a kind each count only their institutions', async () => {
    const leader = await app.signedIn('leader');
    const all = await figures(leader, {});
    const street = await figures(leader, { street: '谢家湾街道' });
    const training = await figures(leader, { institutionKind: 'TRAINING_INSTITUTION' });
    // Three long-serving teachers on 谢家湾街道 (a primary, a secondary and a training school).
    expect(street.interviews).toBeGreaterThanOrEqual(3);
    expect(street.interviews).toBeLessThan(all.interviews);
    expect(training.rechecks).toBeGreaterThan(0);
    expect(training.rechecks).toBeLessThan(all.rechecks);
    // 基教科 supervises no training school: nothing of that kind is in its view.
    const basic = await app.signedIn('basic');
    expect(await figures(basic, { institutionKind: 'TRAINING_INSTITUTION' })).toEqual({
      rechecks: 0,
      interviews: 0,
    });
  });

  it('refuses a street longer than the column as bad input', async () => {
    const leader = await app.signedIn('leader');
    const response = await leader.request(DUE, { filter: { street: '街'.repeat(41) } });
    expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('VET-9, VET-10: the export takes the same institution kind and street as the list', async () => {
    const leader = await app.signedIn('leader');
    const download = (query: string) =>
      fetch(`${app.baseUrl}/api/staff/due-checks/export${query}`, {
        headers: { cookie: `${SESSION_COOKIE}=${leader.sessionToken}` },
      });
    const filter = { institutionKind: 'TRAINING_INSTITUTION', street: '杨家坪街道' };
    const total = await listTotal(leader, filter);
    expect(total).toBeGreaterThan(0);
    const response = await download(
      `?institutionKind=TRAINING_INSTITUTION&street=${encodeURIComponent('杨家坪街道')}&overdue=1`,
    );
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = book.worksheets[0];
    expect(sheet.rowCount - 1).toBe(total);
    const institutions = new Set(
      Array.from({ length: total }, (_, i) => sheet.getRow(i + 2).getCell(4).text),
    );
    expect([...institutions]).toEqual(['九龙坡区启明培训学校']);
    expect((await download('?institutionKind=ZOO')).status).toBe(400);
  });
});
