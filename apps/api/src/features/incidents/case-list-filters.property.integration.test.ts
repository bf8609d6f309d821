import {
  BREACH_CODES,
  CASE_LIST_ORDERS,
  DEFAULT_POLICY,
  INCIDENT_CATEGORIES,
  INCIDENT_STATES,
  INSTITUTION_KINDS,
  SUPERVISING_SECTIONS,
  supervisingSection,
  type AccessActor,
  type ReportingStatus,
} from '@xiaohu/domain';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { InstitutionEntity } from '../institutions/institution.entity';
import { createDataSource } from '../../shared/db/data-source';
import { createTestDatabase } from '../../test-support/test-database';
import { caseFilterCondition, type CaseFilterValues } from './case-filter-conditions';
import { matchingCases, orderedAfter, type CasePosition } from './case-list-query';
import { IncidentBreachEntity } from './incident-breach.entity';
import { IncidentEntity } from './incident.entity';

// Issue 10, contract 1: every filter of the case list (caseFilterCondition) against a plain reading of
// the same meaning over generated cases stored for real, and each order's keyset pages against a sort.
const CASES = 240;
const FILTERS = 120;
const SEED = 20261202;
const NOW = new Date('2026-03-31T04:00:00Z');
const DAY = 86_400_000;
const STREETS = ['杨家坪街道', '谢家湾街道', '华岩镇'];

let owner: DataSource;
let app: DataSource;
beforeAll(async () => {
  const database = await createTestDatabase();
  owner = createDataSource(database.url, 'owner');
  app = createDataSource(database.url, 'app');
  await owner.initialize();
  await app.initialize();
});
afterAll(async () => {
  await app?.destroy();
  await owner?.destroy();
});

interface Stored {
  incident: IncidentEntity;
  kind: (typeof INSTITUTION_KINDS)[number];
  street: string | null;
  breaches: Set<string>;
}

// The meaning of each field (contract 1), written plainly.
function matches(s: Stored, f: CaseFilterValues): boolean {
  const i = s.incident;
  const due = i.policeReportDueAt?.getTime() ?? null;
  const status: ReportingStatus =
    i.reportingStatus === 'AWAITING_POLICE_REPORT' && due !== null && due < NOW.getTime()
      ? 'IN_BREACH'
      : i.reportingStatus;
  const passed = i.policeReportedAt === null && due !== null && due < NOW.getTime();
  return (
    (!f.institutionId || i.institutionId === f.institutionId) &&
    (!f.states?.length || f.states.includes(i.state)) &&
    (typeof f.hasBreach !== 'boolean' || f.hasBreach === i.hasBreach) &&
    (!f.status || f.status === status) &&
    (!f.section || supervisingSection(s.kind, DEFAULT_POLICY).unit === f.section) &&
    (!f.institutionKind || f.institutionKind === s.kind) &&
    (!f.street || f.street === s.street) &&
    (!f.categories?.length || f.categories.includes(i.category)) &&
    (!f.recordedFrom || i.recordedAt >= f.recordedFrom) &&
    (!f.recordedBefore || i.recordedAt < f.recordedBefore) &&
    (!f.breachCode || s.breaches.has(f.breachCode)) &&
    (typeof f.policeDeadlinePassed !== 'boolean' || f.policeDeadlinePassed === passed)
  );
}

it('issue 10: every case-list filter in SQL selects exactly the cases its meaning selects, and each order pages without gaps', async () => {
  const institutions = (await owner.getRepository(InstitutionEntity).find({ order: { name: 'ASC' } })).slice(
    0,
    15,
  );
  // Streets on some institutions only (the column is nullable).
  for (const [index, institution] of institutions.entries()) {
    institution.street = index % 4 === 3 ? null : STREETS[index % STREETS.length];
    await owner.getRepository(InstitutionEntity).update(institution.id, { street: institution.street });
  }
  const reporter = (await owner.getRepository(AccountEntity).find({ take: 1 }))[0];
  const instant = fc.integer({ min: -60, max: 10 }).map((d) => new Date(NOW.getTime() + d * DAY + d * 997));
  const caseArb = fc.record({
    institution: fc.constantFrom(...institutions),
    category: fc.constantFrom(...INCIDENT_CATEGORIES),
    state: fc.constantFrom(...INCIDENT_STATES),
    recordedAt: instant,
    due: fc.option(instant),
    isReported: fc.boolean(),
    status: fc.constantFrom<ReportingStatus>('COMPLIANT', 'AWAITING_POLICE_REPORT', 'IN_BREACH'),
    breaches: fc.subarray([...BREACH_CODES]),
  });
  const generated = fc.sample(caseArb, { numRuns: CASES, seed: SEED });
  const rows = generated.map((g) =>
    owner.getRepository(IncidentEntity).create({
      institutionId: g.institution.id,
      origin: 'SCHOOL',
      reporterAccountId: reporter.id,
      headAccountId: null,
      category: g.category,
      suspectType: 'STUDENT',
      channel: 'ORAL',
      receivedAt: g.recordedAt,
      recordedAt: g.recordedAt,
      state: g.state,
      policeReportedAt: g.isReported ? g.recordedAt : null,
      reportingStatus: g.status,
      policeReportDueAt: g.due,
      hasBreach: g.breaches.length > 0,
    }),
  );
  await owner.getRepository(IncidentEntity).insert(rows);
  await owner.getRepository(IncidentBreachEntity).insert(
    rows.flatMap((row, index) =>
      generated[index].breaches.map((code) => ({
        incidentId: row.id,
        code,
        hop: 'SCHOOL_TO_POLICE' as const,
        ruleIds: 'REP-4',
        occurredAt: row.recordedAt,
        recordedAt: row.recordedAt,
      })),
    ),
  );
  const kindOf = new Map(institutions.map((i) => [i.id, i]));
  const breachesOf = new Map(rows.map((row, index) => [row.id, new Set<string>(generated[index].breaches)]));
  const stored: Stored[] = (await app.getRepository(IncidentEntity).find()).map((incident) => ({
    incident,
    kind: kindOf.get(incident.institutionId)!.kind,
    street: kindOf.get(incident.institutionId)!.street,
    breaches: breachesOf.get(incident.id)!,
  }));
  // Leadership sees every case (REP-7): the filter alone decides here; the visibility has its own test.
  const leader: AccessActor = {
    accountId: reporter.id,
    role: 'LEADER',
    institutionId: null,
    unit: 'LEAD',
    staffId: null,
    isDesignatedCaseOfficer: false,
  };

  const fieldsArb = fc.record({
    institutionId: fc.constantFrom(...institutions.map((i) => i.id)),
    states: fc.subarray([...INCIDENT_STATES]),
    hasBreach: fc.boolean(),
    status: fc.constantFrom<ReportingStatus>('COMPLIANT', 'AWAITING_POLICE_REPORT', 'IN_BREACH'),
    section: fc.constantFrom(...SUPERVISING_SECTIONS),
    institutionKind: fc.constantFrom(...INSTITUTION_KINDS),
    street: fc.constantFrom(...STREETS),
    categories: fc.subarray([...INCIDENT_CATEGORIES]),
    recordedFrom: instant,
    recordedBefore: instant,
    breachCode: fc.constantFrom(...BREACH_CODES),
    policeDeadlinePassed: fc.boolean(),
  });
  // One to three conditions at a time: more would match nothing and test little.
  const filterArb: fc.Arbitrary<CaseFilterValues> = fc
    .tuple(
      fieldsArb,
      fc.shuffledSubarray(Object.keys(fc.sample(fieldsArb, 1)[0]), { minLength: 1, maxLength: 3 }),
    )
    .map(
      ([fields, keys]) =>
        Object.fromEntries(keys.map((k) => [k, fields[k as keyof typeof fields]])) as CaseFilterValues,
    );
  const differences: string[] = [];
  let matched = 0;
  for (const filter of fc.sample(filterArb, { numRuns: FILTERS, seed: SEED + 1 })) {
    const listed = new Set(
      (
        await matchingCases(app.manager, leader, filter, NOW, DEFAULT_POLICY)
          .select('incident.id', 'id')
          .getRawMany<{ id: string }>()
      ).map((r) => r.id),
    );
    const expected = stored.filter((s) => matches(s, filter)).map((s) => s.incident.id);
    matched += expected.length;
    if (expected.length !== listed.size || expected.some((id) => !listed.has(id)))
      differences.push(`${JSON.stringify(filter)}: expected ${expected.length}, SQL ${listed.size}`);
  }
  console.log(
    `case list filters: ${FILTERS} filters × ${CASES} cases, ${matched} matches, ${differences.length} differences`,
  );
  expect(differences.slice(0, 5)).toEqual([]);
  // Not vacuous: single-field filters select some cases and leave others.
  expect(matched).toBeGreaterThan(FILTERS * 10);
  expect(caseFilterCondition(null, NOW, DEFAULT_POLICY).sql).toBe('TRUE');

  // Each order: pages of 7 tile the sorted list (ties by id; police deadline ascending, none last).
  const key = (i: IncidentEntity, order: (typeof CASE_LIST_ORDERS)[number]) =>
    order === 'POLICE_DUE_ASC' ? (i.policeReportDueAt?.getTime() ?? Infinity) : i.recordedAt.getTime();
  for (const order of CASE_LIST_ORDERS) {
    const sign = order === 'RECORDED_AT_DESC' ? -1 : 1;
    const expected = stored
      .map((s) => s.incident)
      .sort((a, b) => sign * (key(a, order) - key(b, order)) || sign * (a.id < b.id ? -1 : 1))
      .map((i) => i.id);
    const walked: string[] = [];
    let position: CasePosition | null = null;
    for (let page = 0; page < 100; page++) {
      const { entities, raw }: { entities: IncidentEntity[]; raw: { cursor_at: string | null }[] } =
        await orderedAfter(matchingCases(app.manager, leader, null, NOW, DEFAULT_POLICY), order, position)
          .limit(7)
          .getRawAndEntities<{ cursor_at: string | null }>();
      walked.push(...entities.map((e) => e.id));
      if (entities.length < 7) break;
      position = { at: raw[raw.length - 1].cursor_at, id: entities[entities.length - 1].id };
    }
    expect([order, walked]).toEqual([order, expected]);
  }
});
