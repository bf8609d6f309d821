import { randomUUID } from 'node:crypto';
import {
  ACCOUNT_ROLES,
  caseAccess,
  DEFAULT_POLICY,
  INCIDENT_CATEGORIES,
  INCIDENT_STATES,
  SUSPECT_TYPES,
  UNIT_CODES,
  type AccessActor,
} from '@xiaohu/domain';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { InstitutionEntity } from '../institutions/institution.entity';
import { createDataSource } from '../../shared/db/data-source';
import { createTestDatabase } from '../../test-support/test-database';
import { whereCaseVisible } from './case-scope';
import { IncidentEntity } from './incident.entity';
import { toCaseFacts } from './incident-facts';
import { storedReportingOf } from './stored-reporting';

// The SQL list filter (case-scope.ts) and the domain's caseAccess must agree on every pair of actor and
// case: generated actors (every role, designated or not, linked to a staff record or not) against
// generated cases (every category, suspect linked or not, head in conflict or not), stored for real.
const CASES = 250;
const ACTORS = 48;
const SEED = 20261201;

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

it('REP-7, REP-11, ORG-1: the SQL case filter and caseAccess agree on every generated pair (0 differences over 12,000)', async () => {
  const institutions = await owner.getRepository(InstitutionEntity).find({ order: { name: 'ASC' } });
  const accounts = await owner.getRepository(AccountEntity).find({ order: { username: 'ASC' }, take: 4 });
  const accountIds = accounts.map((a) => a.id);
  const staffIds = [randomUUID(), randomUUID(), randomUUID()];
  const institutionArb = fc.constantFrom(...institutions.slice(0, 12));

  const incidentArb = fc.record({
    institution: institutionArb,
    category: fc.constantFrom(...INCIDENT_CATEGORIES),
    suspectType: fc.constantFrom(...SUSPECT_TYPES),
    isMarkedConfidential: fc.boolean(),
    reporterAccountId: fc.constantFrom(...accountIds),
    headAccountId: fc.option(fc.constantFrom(...accountIds)),
    suspectAccountId: fc.option(fc.constantFrom(...accountIds)),
    suspectStaffId: fc.option(fc.constantFrom(...staffIds)),
    hasHeadDeclaredConflict: fc.boolean(),
    state: fc.constantFrom(...INCIDENT_STATES),
  });
  const actorArb: fc.Arbitrary<AccessActor> = fc.record({
    accountId: fc.constantFrom(...accountIds, randomUUID()),
    role: fc.constantFrom(...ACCOUNT_ROLES),
    institutionId: fc.option(fc.constantFrom(...institutions.slice(0, 12).map((i) => i.id))),
    unit: fc.option(fc.constantFrom(...UNIT_CODES)),
    staffId: fc.option(fc.constantFrom(...staffIds)),
    isDesignatedCaseOfficer: fc.boolean(),
  });

  const generated = fc.sample(incidentArb, { numRuns: CASES, seed: SEED });
  const now = new Date('2026-03-02T02:00:00Z');
  const rows = generated.map((g) =>
    owner.getRepository(IncidentEntity).create({
      institutionId: g.institution.id,
      origin: 'SCHOOL',
      reporterAccountId: g.reporterAccountId,
      headAccountId: g.headAccountId,
      category: g.category,
      suspectType: g.suspectType,
      suspectStaffId: g.suspectStaffId,
      suspectAccountId: g.suspectAccountId,
      suspectDescription: null,
      hasHeadDeclaredConflict: g.hasHeadDeclaredConflict,
      channel: 'ORAL',
      receivedAt: now,
      recordedAt: now,
      isMarkedConfidential: g.isMarkedConfidential,
      isChildInDanger: false,
      state: g.state,
      reportedToDistrictAt: now,
    }),
  );
  for (const row of rows) Object.assign(row, storedReportingOf(row, [], [], now, DEFAULT_POLICY));
  await owner.getRepository(IncidentEntity).insert(rows);
  const stored = await app.getRepository(IncidentEntity).find();
  const kinds = new Map(institutions.map((i) => [i.id, i.kind]));

  let pairs = 0;
  const differences: string[] = [];
  for (const actor of fc.sample(actorArb, { numRuns: ACTORS, seed: SEED + 1 })) {
    const query = app
      .getRepository(IncidentEntity)
      .createQueryBuilder('incident')
      .select('incident.id', 'id');
    const listed = new Set(
      (await whereCaseVisible(query, actor, DEFAULT_POLICY).getRawMany<{ id: string }>()).map((r) => r.id),
    );
    for (const incident of stored) {
      pairs += 1;
      const facts = toCaseFacts(incident, kinds.get(incident.institutionId)!);
      const shown = caseAccess(facts, actor, DEFAULT_POLICY).level !== 'NONE';
      if (shown !== listed.has(incident.id)) {
        differences.push(
          `${JSON.stringify(actor)} × ${JSON.stringify(facts)}: domain ${shown}, SQL ${!shown}`,
        );
      }
    }
  }
  console.log(`case list filter vs caseAccess: ${pairs} pairs, ${differences.length} differences`);
  expect(pairs).toBeGreaterThanOrEqual(10_000);
  expect(differences.slice(0, 5)).toEqual([]);
});
