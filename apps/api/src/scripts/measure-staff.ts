import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { DEFAULT_POLICY } from '@xiaohu/domain';
import { Client } from 'pg';
import { loadConfig } from '../config';
import { buildIdNumber, buildRosterRow, buildRosterWorkbook } from '../features/staff/staff.factories';
import { refreshStaffDueDates } from '../features/staff/staff-due-dates';
import { seedDemoDistrict } from '../seed/demo-district.seed';
import { DEMO_PASSWORD } from '../seed/demo-district.data';
import { createAppServer } from '../server';
import { SESSION_COOKIE } from '../shared/auth/session-cookie';
import { systemClock } from '../shared/clock/clock';
import { appConnection, ensureAppLogin } from '../shared/db/app-role';
import { createDataSource } from '../shared/db/data-source';

// Usage: DATABASE_URL=postgres://user:pass@host:port/postgres node dist/scripts/measure-staff.js
// Figures of issue 5: (1) a 5,000-row roster import, time and peak RSS; (2) p95 of the `staff` list
// with 60,000 staff in the district, for a section member and a head; (3) p50/p95 of `dueChecks` over
// the same staff, with started dates, interviews and re-checks. Uses a scratch database.
async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl)
    throw new Error('Set DATABASE_URL to a PostgreSQL server (any database; a scratch one is created)');
  const scratch = `xiaohu_measure_${Date.now()}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  const url = new URL(serverUrl);
  url.pathname = `/${scratch}`;
  const owner = createDataSource(url.toString(), 'owner');
  const appDatabase = appConnection(url.toString(), process.env.DATABASE_APP_URL);
  const dataSource = createDataSource(appDatabase.url, 'app');
  try {
    await owner.initialize();
    await owner.runMigrations({ transaction: 'each' });
    await seedDemoDistrict(owner, { isProduction: false, now: new Date() });
    await ensureAppLogin(url.toString(), appDatabase);
    await dataSource.initialize();
    const config = { ...loadConfig({ NODE_ENV: 'test' }) };
    const { app, stop } = await createAppServer(
      { config, dataSource, clock: systemClock, policy: DEFAULT_POLICY },
      () => undefined,
    );
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const signIn = async (username: string) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($i: SignInInput!) { signIn(input: $i) { __typename } }',
          variables: { i: { username, password: DEMO_PASSWORD } },
        }),
      });
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
      return cookie.split(';')[0];
    };

    // (1) The import.
    const rows = Array.from({ length: 5000 }, (_, i) =>
      buildRosterRow({ idNumber: buildIdNumber(700_000 + i) }),
    );
    const file = await buildRosterWorkbook(rows);
    const headCookie = await signIn('head.kg');
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const started = performance.now();
    const response = await fetch(`${base}/api/staff/import`, {
      method: 'POST',
      headers: {
        cookie: headCookie,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      body: file,
    });
    const elapsed = performance.now() - started;
    clearInterval(sampler);
    console.log(`import: HTTP ${response.status} ${JSON.stringify(await response.json())}`);
    console.log(
      `import: ${file.length} bytes, ${elapsed.toFixed(0)} ms, RSS before ${(rssBefore / 2 ** 20).toFixed(0)} MiB, peak ${(peak / 2 ** 20).toFixed(0)} MiB (+${((peak - rssBefore) / 2 ** 20).toFixed(0)} MiB)`,
    );

    // (2) 60,000 staff spread over the demo institutions, in one statement.
    const existing = Number((await owner.query('SELECT count(*) AS n FROM staff_member'))[0].n);
    const target = 60_000 - existing;
    await owner.query(
      `INSERT INTO staff_member (institution_id, name, id_number_ciphertext, id_number_hash, id_number_masked, phone, role, employment_type, post, has_student_access, status)
       SELECT i.id, '员工' || lpad(g::text, 6, '0'), 'x', md5(g::text) || md5((g * 7)::text), '5001**********' || lpad((g % 10000)::text, 4, '0'),
              '13800000000', 'TEACHER', 'ESTABLISHED', '教师', true, CASE WHEN g % 3 = 0 THEN 'ACTIVE' ELSE 'CANDIDATE' END
       FROM generate_series(1, $1) AS g
       JOIN LATERAL (SELECT id FROM institution ORDER BY id OFFSET (g % (SELECT count(*) FROM institution)) LIMIT 1) i ON true`,
      [target],
    );
    await owner.query('ANALYZE staff_member');
    console.log(
      `staff in the district: ${(await owner.query('SELECT count(*) AS n FROM staff_member'))[0].n}`,
    );
    const query =
      'query($f: StaffFilter, $after: String) { staff(filter: $f, first: 20, after: $after) { totalCount edges { cursor node { id name idNumberMasked status role vetting { status } } } pageInfo { endCursor hasNextPage } } }';
    for (const [username, filter] of [
      ['preschool', {}],
      ['leader', {}],
      ['head.kg', {}],
      ['preschool', { search: '员工00' }],
    ] as const) {
      const cookie = await signIn(username);
      const times: number[] = [];
      let after: string | null = null;
      for (let i = 0; i < 200; i++) {
        const t = performance.now();
        const res = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query, variables: { f: filter, after } }),
        });
        const body = (await res.json()) as {
          data: {
            staff: { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
          };
        };
        times.push(performance.now() - t);
        // Walk forward through pages, then start over: both the first page and deep cursors count.
        after =
          body.data.staff.pageInfo.hasNextPage && i % 20 !== 19 ? body.data.staff.pageInfo.endCursor : null;
        if (i === 0)
          console.log(`${username} ${JSON.stringify(filter)}: totalCount ${body.data.staff.totalCount}`);
      }
      times.sort((a, b) => a - b);
      const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
      console.log(
        `staff list as ${username} ${JSON.stringify(filter)}: p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${p(1)} ms over 200 requests`,
      );
    }
    // (3) dueChecks: every active member gets a start date; half have an interview, a quarter a re-check.
    await owner.query(
      `UPDATE staff_member SET started_at = now() - ((abs(hashtext(id::text)) % 900) || ' days')::interval
       WHERE status = 'ACTIVE' AND started_at IS NULL`,
    );
    await owner.query(
      `INSERT INTO reminder_interview (staff_id, interviewed_at, interviewer, notes, recorded_at)
       SELECT id, now() - ((abs(hashtext(id::text)) % 300) || ' days')::interval, '负责人', '', now()
       FROM staff_member WHERE status = 'ACTIVE' AND abs(hashtext(id::text)) % 2 = 0`,
    );
    await owner.query(
      `INSERT INTO vetting_check (staff_id, "check", outcome, checked_at, checked_by, system, reference_number, recorded_by, recorded_at)
       SELECT id, 'IN_SERVICE_RECHECK', 'CLEAR', now() - ((abs(hashtext(id::text)) % 500) || ' days')::interval,
              '查询员', '严重违法犯罪案件教职员工信息库', 'R-1', 'INSTITUTION', now()
       FROM staff_member WHERE status = 'ACTIVE' AND abs(hashtext(id::text)) % 4 = 0`,
    );
    // Written around the API: the stored due dates (issue 15) are recomputed as seeds do.
    await owner.transaction((manager) => refreshStaffDueDates(manager));
    await owner.query('ANALYZE staff_member; ANALYZE reminder_interview; ANALYZE vetting_check');
    const dueQuery =
      'query($f: DueCheckFilter) { dueChecks(filter: $f, first: 100) { totalCount overdueCount items { kind staffId staffName institutionName dueAt isOverdue supervisedBy lastAt } } }';
    for (const [username, filter] of [
      ['preschool', {}],
      ['vocational', {}],
      ['leader', {}],
      ['head.kg', {}],
      ['preschool', { kind: 'RECHECK', isOverdue: true }],
    ] as const) {
      const cookie = await signIn(username);
      const times: number[] = [];
      for (let i = 0; i < 100; i++) {
        const t = performance.now();
        const res = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query: dueQuery, variables: { f: filter } }),
        });
        const body = (await res.json()) as {
          data: { dueChecks: { totalCount: number; overdueCount: number } } | null;
          errors?: unknown;
        };
        times.push(performance.now() - t);
        if (!body.data) throw new Error(JSON.stringify(body.errors));
        if (i === 0)
          console.log(
            `dueChecks as ${username} ${JSON.stringify(filter)}: totalCount ${body.data.dueChecks.totalCount}, overdue ${body.data.dueChecks.overdueCount}`,
          );
      }
      times.sort((a, b) => a - b);
      const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
      console.log(
        `dueChecks as ${username} ${JSON.stringify(filter)}: p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${p(1)} ms over 100 requests`,
      );
    }

    server.close();
    await stop();
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    if (owner.isInitialized) await owner.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
