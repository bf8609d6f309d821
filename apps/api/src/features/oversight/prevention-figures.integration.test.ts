import { FULL_ONE_TO_ONE_MONITORING_KINDS } from '@xiaohu/domain';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';

// The prevention figures of issue 11 count what their lists show: each is compared here with the list it
// links to, over the demo district's inspections, hazards, place registers and surroundings.

const OVERSIGHT = `query($filter: OversightFilter, $table: OversightTablePage) { oversight(filter: $filter, table: $table) {
  indicators { id value rag drill { list state overdue hazardStatuses } }
  table { rows { institution { id name } cells { id value } } } } }`;
const HAZARDS = `query($filter: HazardFilter) { hazards(filter: $filter, first: 1) { totalCount } }`;
const RISKS = `query($filter: RiskSubjectFilter) { riskSubjects(filter: $filter, first: 1) { totalCount } }`;
const CAMPAIGNS = `query { inspectionCampaigns { items { startsAt endsAt institutionCount selfInspectionsSubmitted } } }`;
const INSTITUTIONS = `query { institutions(first: 100) { edges { node { id kind } } } }`;
const PLACES = `query($id: ID!) { monitoredPlaces(institutionId: $id) { places { kind isMonitored } } }`;

type Indicator = { id: string; value: number | null; rag: string; drill: { list: string } };

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function indicators(
  client: GraphQLTestClient,
  filter: Record<string, string> = {},
): Promise<Map<string, Indicator>> {
  const response = await client.request(OVERSIGHT, { filter: { period: 'SCHOOL_YEAR', ...filter } });
  const list = (response.body.data?.oversight as { indicators: Indicator[] } | undefined)?.indicators;
  if (!list) throw new Error(response.text);
  return new Map(list.map((i) => [i.id, i]));
}

async function hazardCount(
  client: GraphQLTestClient,
  statuses: string[],
  filter: Record<string, string> = {},
): Promise<number> {
  const response = await client.request(HAZARDS, { filter: { statuses, ...filter } });
  const hazards = response.body.data?.hazards as { totalCount: number } | undefined;
  if (!hazards) throw new Error(response.text);
  return hazards.totalCount;
}

describe('the prevention figures on the dashboard (issue 11)', () => {
  it('PRV-1: hazards open and overdue equal the hazard list of the same statuses, for leadership and 基教科', async () => {
    for (const login of ['leader', 'basic']) {
      const client = await app.signedIn(login);
      const figures = await indicators(client);
      const overdue = await hazardCount(client, ['OVERDUE']);
      const open = await hazardCount(client, ['INCOMPLETE', 'OPEN', 'OVERDUE']);
      expect(figures.get('HAZARDS_OVERDUE')?.value).toBe(overdue);
      expect(figures.get('HAZARDS_OPEN')?.value).toBe(open);
      expect(figures.get('HAZARDS_OVERDUE')?.drill).toMatchObject({
        list: 'HAZARDS',
        hazardStatuses: ['OVERDUE'],
      });
      if (login === 'leader') {
        // The demo district holds an overdue hazard, so the figure is not trivially zero.
        expect(overdue).toBeGreaterThan(0);
        expect(figures.get('HAZARDS_OVERDUE')?.rag).not.toBe('GREEN');
      }
    }
  });

  it('PRV-1: with the dashboard’s section, kind or street filter, the hazard figures equal the list filtered alike', async () => {
    const leader = await app.signedIn('leader');
    const all = (await indicators(leader)).get('HAZARDS_OVERDUE')?.value ?? 0;
    const filters: Record<string, string>[] = [
      ...['BASIC', 'PRESCHOOL', 'VOCATIONAL'].map((section) => ({ section })),
      ...['PRIMARY', 'SECONDARY', 'KINDERGARTEN', 'TRAINING_INSTITUTION'].map((institutionKind) => ({
        institutionKind,
      })),
      { section: 'BASIC', institutionKind: 'KINDERGARTEN' },
      { street: 'no such street' },
    ];
    const overdueBySection: number[] = [];
    for (const filter of filters) {
      const figures = await indicators(leader, filter);
      const overdue = await hazardCount(leader, ['OVERDUE'], filter);
      expect({ filter, figure: figures.get('HAZARDS_OVERDUE')?.value }).toEqual({ filter, figure: overdue });
      expect({ filter, figure: figures.get('HAZARDS_OPEN')?.value }).toEqual({
        filter,
        figure: await hazardCount(leader, ['INCOMPLETE', 'OPEN', 'OVERDUE'], filter),
      });
      if ('section' in filter && !('institutionKind' in filter)) overdueBySection.push(overdue);
    }
    // The filters bite: the sections split the district's overdue hazards (none of them is the whole).
    expect(overdueBySection.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(all);
    expect(Math.max(...overdueBySection)).toBeGreaterThan(0);
    expect(await hazardCount(leader, ['OVERDUE'], { street: 'no such street' })).toBe(0);
    // A section's own member sees the same numbers with the section filter.
    const basic = await app.signedIn('basic');
    const basicFigures = await indicators(basic, { section: 'BASIC' });
    expect(basicFigures.get('HAZARDS_OVERDUE')?.value).toBe(
      await hazardCount(basic, ['OVERDUE'], { section: 'BASIC' }),
    );
  });

  it('PRV-1: rectified on time is the share, among hazards rectified in the period, of those rectified by their due date', async () => {
    const leader = await app.signedIn('leader');
    const response = await leader.request(
      `query { oversight(filter: { period: SCHOOL_YEAR }) { period { start end } indicators { id value } } }`,
    );
    const oversight = response.body.data?.oversight as {
      period: { start: string; end: string };
      indicators: { id: string; value: number | null }[];
    };
    const inPeriod = { rectifiedFrom: oversight.period.start, rectifiedBefore: oversight.period.end };
    const count = async (statuses: string[]) => {
      const list = await leader.request(HAZARDS, { filter: { statuses, ...inPeriod } });
      return (list.body.data?.hazards as { totalCount: number }).totalCount;
    };
    const onTime = await count(['RECTIFIED']);
    const all = await count(['RECTIFIED', 'RECTIFIED_LATE']);
    // The demo district rectified one hazard on time and one late this school year.
    expect(all).toBeGreaterThan(onTime);
    expect(oversight.indicators.find((i) => i.id === 'RECTIFIED_ON_TIME')?.value).toBeCloseTo(
      (100 * onTime) / all,
      6,
    );
  });

  it('PRV-1: the table’s overdue hazards per institution add up to the figure', async () => {
    const leader = await app.signedIn('leader');
    const response = await leader.request(OVERSIGHT, {
      filter: { period: 'SCHOOL_YEAR' },
      table: { first: 100, orderBy: 'HAZARDS_OVERDUE' },
    });
    const oversight = response.body.data?.oversight as {
      indicators: Indicator[];
      table: { rows: { cells: { id: string; value: number | null }[] }[] };
    };
    // One page of 100 holds every institution of the demo district, the worst first.
    expect(oversight.table.rows[0].cells.find((c) => c.id === 'HAZARDS_OVERDUE')?.value).toBeGreaterThan(0);
    const sum = oversight.table.rows
      .map((row) => row.cells.find((c) => c.id === 'HAZARDS_OVERDUE')?.value ?? 0)
      .reduce((a, b) => a + b, 0);
    expect(sum).toBe(oversight.indicators.find((i) => i.id === 'HAZARDS_OVERDUE')?.value);
  });

  it('PRV-1: campaign completion is the running campaigns’ submitted self-inspections over the institutions covered', async () => {
    const leader = await app.signedIn('leader');
    const figures = await indicators(leader);
    const response = await leader.request(CAMPAIGNS);
    const now = app.clock.now().getTime();
    const running = (
      response.body.data?.inspectionCampaigns as {
        items: {
          startsAt: string;
          endsAt: string;
          institutionCount: number;
          selfInspectionsSubmitted: number;
        }[];
      }
    ).items.filter((c) => Date.parse(c.startsAt) <= now && Date.parse(c.endsAt) > now);
    const covered = running.reduce((t, c) => t + c.institutionCount, 0);
    const done = running.reduce((t, c) => t + c.selfInspectionsSubmitted, 0);
    expect(covered).toBeGreaterThan(0);
    expect(figures.get('CAMPAIGN_COMPLETION')?.value).toBeCloseTo((100 * done) / covered, 6);
  });

  it('PRV-2: unmonitored one-to-one rooms count those of training institutions in the place registers', async () => {
    const leader = await app.signedIn('leader');
    const figures = await indicators(leader);
    const response = await leader.request(INSTITUTIONS);
    const institutions = (
      response.body.data?.institutions as { edges: { node: { id: string; kind: string } }[] }
    ).edges.map((e) => e.node);
    let unmonitored = 0;
    for (const institution of institutions.filter((i) =>
      (FULL_ONE_TO_ONE_MONITORING_KINDS as readonly string[]).includes(i.kind),
    )) {
      const register = await leader.request(PLACES, { id: institution.id });
      const places =
        (register.body.data?.monitoredPlaces as { places: { kind: string; isMonitored: boolean }[] } | null)
          ?.places ?? [];
      unmonitored += places.filter((p) => p.kind === 'ONE_TO_ONE_ROOM' && !p.isMonitored).length;
    }
    expect(unmonitored).toBeGreaterThan(0);
    expect(figures.get('ONE_TO_ONE_UNMONITORED')).toMatchObject({ value: unmonitored, rag: 'RED' });
  });

  it('PRV-2: unmonitored one-to-one rooms equal the district overview’s rooms of training institutions, for leadership and a section', async () => {
    const REGISTERS = `query($filter: PlaceRegisterFilter) { placeRegisters(filter: $filter) {
      institutionId institutionKind unmonitoredOneToOneRooms gaps } }`;
    const sumOf = async (client: GraphQLTestClient, filter: Record<string, string> = {}) => {
      const response = await client.request(REGISTERS, { filter });
      const rows = response.body.data?.placeRegisters as
        { institutionKind: string; unmonitoredOneToOneRooms: number; gaps: string[] }[] | undefined;
      if (!rows) throw new Error(response.text);
      return rows
        .filter((r) => (FULL_ONE_TO_ONE_MONITORING_KINDS as readonly string[]).includes(r.institutionKind))
        .reduce((t, r) => t + r.unmonitoredOneToOneRooms, 0);
    };
    const leader = await app.signedIn('leader');
    const all = await sumOf(leader);
    expect(all).toBeGreaterThan(0);
    expect((await indicators(leader)).get('ONE_TO_ONE_UNMONITORED')?.value).toBe(all);
    const filters: Record<string, string>[] = [
      { section: 'VOCATIONAL' },
      { section: 'BASIC' },
      { street: 'no such street' },
    ];
    for (const filter of filters) {
      const figure = (await indicators(leader, filter)).get('ONE_TO_ONE_UNMONITORED')?.value;
      expect({ filter, figure }).toEqual({ filter, figure: await sumOf(leader, filter) });
    }
    expect(await sumOf(leader, { section: 'BASIC' })).toBe(0);
    // 职成科 supervises the training institutions: its own view counts the same rooms.
    const vocational = await app.signedIn('vocational');
    expect((await indicators(vocational)).get('ONE_TO_ONE_UNMONITORED')?.value).toBe(await sumOf(vocational));
    expect(await sumOf(vocational)).toBe(all);
    // A unit that reads no register gets an empty overview.
    const personnel = await app.signedIn('personnel');
    const none = await personnel.request(REGISTERS, {});
    expect(none.body.data?.placeRegisters).toEqual([]);
  });

  it('PRV-3: open surroundings equal the open risk subjects of the list', async () => {
    for (const login of ['leader', 'safety']) {
      const client = await app.signedIn(login);
      const figures = await indicators(client);
      const response = await client.request(RISKS, { filter: { isOpen: true } });
      const open = (response.body.data?.riskSubjects as { totalCount: number }).totalCount;
      expect(open).toBeGreaterThan(0);
      expect(figures.get('SURROUNDINGS_OPEN')?.value).toBe(open);
    }
  });

  it('PRV-1 to PRV-3: a unit that reads none of these lists gets no figure, not a zero', async () => {
    const personnel = await app.signedIn('personnel');
    const figures = await indicators(personnel);
    for (const id of ['HAZARDS_OPEN', 'HAZARDS_OVERDUE', 'ONE_TO_ONE_UNMONITORED', 'SURROUNDINGS_OPEN'])
      expect(figures.get(id)).toMatchObject({ value: null, rag: 'NONE' });
  });
});
