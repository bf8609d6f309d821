import { startTestApp, type TestApp } from '../../test-support/test-app';

// Issue 4 figure: 200 concurrent recordDisclosure calls on loopback, none lost.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

it('200 concurrent recordDisclosure calls: every acknowledged case is stored with its jobs and audit row, 0 lost', async () => {
  const teacher = await app.signedIn('teacher');
  const query = `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { __typename ... on Case { id } } }`;
  const input = {
    channel: 'ORAL',
    category: 'MOLESTATION',
    suspectType: 'STAFF',
    childName: '测试',
    childClass: '一班',
    childStatement: '……',
    isChildInDanger: false,
  };
  const durations: number[] = [];
  const results = await Promise.all(
    Array.from({ length: 200 }, async () => {
      const started = performance.now();
      const response = await teacher.request(query, { input });
      durations.push(performance.now() - started);
      return response.body.data?.recordDisclosure as { __typename: string; id: string } | undefined;
    }),
  );
  const ids = results.filter((r) => r?.__typename === 'Case').map((r) => r!.id);
  durations.sort((a, b) => a - b);
  const p = (q: number) => Math.round(durations[Math.floor(q * (durations.length - 1))]);
  console.log(
    `recordDisclosure x200 concurrent: acknowledged ${ids.length}, p50 ${p(0.5)} ms, p95 ${p(0.95)} ms`,
  );
  expect(ids).toHaveLength(200);
  const [stored] = await app.owner.query(`SELECT count(*)::int AS n FROM incident WHERE id = ANY($1)`, [ids]);
  const [jobs] = await app.owner.query(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE data->>'incidentId' = ANY($1)`,
    [ids],
  );
  const [audits] = await app.owner.query(
    `SELECT count(*)::int AS n FROM audit_event WHERE action = 'incident.recordDisclosure' AND target_id = ANY($1)`,
    [ids],
  );
  // Three jobs each: REP-2's head-notification alert, REP-3's reminder and deadline.
  expect({ stored: stored.n, jobs: jobs.n, audits: audits.n }).toEqual({
    stored: 200,
    jobs: 600,
    audits: 200,
  });
}, 120_000);
