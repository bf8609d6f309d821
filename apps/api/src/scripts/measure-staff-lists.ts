import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { DEFAULT_POLICY } from '@xiaohu/domain';
import { Client } from 'pg';
import type { Logger } from 'typeorm';
import { loadConfig } from '../config';
import { AccountEntity } from '../features/accounts/account.entity';
import { startSession } from '../features/auth/session.service';
import { refreshStaffDueDates } from '../features/staff/staff-due-dates';
import { seedDemoDistrict } from '../seed/demo-district.seed';
import { createAppServer } from '../server';
import { SESSION_COOKIE } from '../shared/auth/session-cookie';
import { systemClock } from '../shared/clock/clock';
import { dataCipher } from '../shared/crypto/data-cipher';
import { installColumnCipher } from '../shared/crypto/encrypted-column';
import { appConnection, ensureAppLogin } from '../shared/db/app-role';
import { createDataSource } from '../shared/db/data-source';
import { ensureDatabaseServer } from '../shared/db/embedded-postgres';

// Usage: node dist/scripts/measure-staff-lists.js   (DATABASE_URL=postgres://… to use a server of your own;
// otherwise the embedded one under .data/). Issue 15: a district of 1,000 institutions and 60,000 staff
// with realistic Chinese names, interviews and re-checks in a scratch database; then, for the staff list,
// name search and dueChecks as several roles: p50/p95 over 60 requests, and EXPLAIN (ANALYZE, BUFFERS)
// of every statement the API sent for one request (captured from its pool, session lookups left out).

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国文辉玉兰红梅鑫宇浩然子涵欣怡梓轩雨轩一诺晨曦思远佳琪志强海燕晓东丹凤玲雪琳婷立新永红宏伟春梅';

interface Captured {
  query: string;
  parameters?: unknown[];
}

async function main(): Promise<void> {
  const config = loadConfig();
  installColumnCipher(dataCipher(config));
  const embedded = await ensureDatabaseServer({ ...config, log: () => undefined });
  const serverUrl = embedded.ownerUrl;
  const scratch = `xiaohu_lists_${Date.now()}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  const url = new URL(serverUrl);
  url.pathname = `/${scratch}`;
  const owner = createDataSource(url.toString(), 'owner');
  const captured: Captured[] = [];
  let capturing = false;
  const logger: Logger = {
    logQuery: (query, parameters) =>
      void (capturing && captured.push({ query, parameters: parameters as unknown[] })),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  const appDatabase = appConnection(url.toString(), process.env.DATABASE_APP_URL);
  const dataSource = createDataSource(appDatabase.url, 'app', { logger });
  try {
    await owner.initialize();
    await owner.runMigrations({ transaction: 'each' });
    const now = systemClock.now();
    await seedDemoDistrict(owner, { isProduction: false, now });

    let started = performance.now();
    await owner.query(
      `INSERT INTO institution (name, kind, address, head_name)
       SELECT '测量' || g || (ARRAY['小学','中学','幼儿园','职业学校','培训学校','特教学校'])[1 + g % 6],
              (ARRAY['PRIMARY','SECONDARY','KINDERGARTEN','VOCATIONAL_SCHOOL','TRAINING_INSTITUTION','SPECIAL_EDUCATION'])[1 + g % 6],
              '九龙坡区测量路 ' || g || ' 号', '负责人'
       FROM generate_series(1, 1000 - (SELECT count(*) FROM institution)) AS g`,
    );
    await owner.query('SELECT setseed(0.15)');
    const existing = Number((await owner.query('SELECT count(*) AS n FROM staff_member'))[0].n);
    await owner.query(
      `WITH inst AS (SELECT array_agg(id ORDER BY id) AS ids, count(*)::int AS n FROM institution)
       INSERT INTO staff_member (institution_id, name, id_number_ciphertext, id_number_hash, id_number_masked, phone,
                                 role, employment_type, post, has_student_access, status, started_at, activated_at)
       SELECT inst.ids[1 + (g * 7919) % inst.n],
              substr($2, 1 + floor(random() * char_length($2))::int, 1)
                || substr($3, 1 + floor(random() * char_length($3))::int, 1)
                || CASE WHEN random() < 0.7 THEN substr($3, 1 + floor(random() * char_length($3))::int, 1) ELSE '' END,
              'x', md5(g::text) || md5((g * 7)::text),
              '5001**********' || lpad((floor(random() * 10000))::int::text, 4, '0'), '13800000000',
              'TEACHER', 'ESTABLISHED', '教师', random() < 0.9,
              r.status, CASE WHEN r.status = 'CANDIDATE' THEN NULL ELSE r.started END,
              CASE WHEN r.status = 'CANDIDATE' THEN NULL ELSE r.started END
       FROM inst, generate_series(1, $1::int) AS g,
            LATERAL (SELECT CASE WHEN random() < 0.85 + 0 * g THEN 'ACTIVE' WHEN random() < 0.6 THEN 'CANDIDATE' ELSE 'DISMISSED' END AS status,
                            now() - (floor(random() * 3000) || ' days')::interval AS started) r`,
      [60_000 - existing, SURNAMES, GIVEN],
    );
    await owner.query(
      `INSERT INTO reminder_interview (staff_id, interviewed_at, interviewer, notes, recorded_at)
       SELECT s.id, now() - (floor(random() * 400) || ' days')::interval, '负责人', '', now()
       FROM staff_member s, generate_series(1, 2) AS k
       WHERE s.status = 'ACTIVE' AND s.has_student_access AND random() < 0.6`,
    );
    await owner.query(
      `INSERT INTO vetting_check (staff_id, "check", outcome, checked_at, checked_by, system, reference_number, recorded_by, recorded_at)
       SELECT s.id, 'IN_SERVICE_RECHECK', 'CLEAR', now() - (floor(random() * 500) || ' days')::interval,
              '查询员', '严重违法犯罪案件教职员工信息库', 'R-1', 'INSTITUTION', now()
       FROM staff_member s JOIN institution i ON i.id = s.institution_id
       WHERE s.status = 'ACTIVE' AND i.kind IN ('KINDERGARTEN', 'TRAINING_INSTITUTION') AND random() < 0.7`,
    );
    console.log(`district filled in ${(performance.now() - started).toFixed(0)} ms`);
    started = performance.now();
    const changed = await owner.transaction((manager) => refreshStaffDueDates(manager, undefined, { now }));
    console.log(
      `refreshStaffDueDates over every member: ${changed} rows set in ${(performance.now() - started).toFixed(0)} ms`,
    );
    if (process.env.MEASURE_FILL_ONLY) {
      await owner.query('VACUUM ANALYZE staff_member');
      for (const sql of [
        `EXPLAIN (ANALYZE, BUFFERS, WAL) UPDATE staff_member s SET recheck_due_at = v.r, interview_due_at = v.i FROM (SELECT id, now() + interval '1 day' AS r, now() + interval '2 day' AS i FROM staff_member ORDER BY id LIMIT 5000) v WHERE s.id = v.id`,
        'DROP INDEX staff_member_name_pattern_idx',
        'DROP INDEX staff_member_name_bigrams_idx',
        `EXPLAIN (ANALYZE, BUFFERS, WAL) UPDATE staff_member s SET recheck_due_at = v.r, interview_due_at = v.i FROM (SELECT id, now() + interval '3 day' AS r, now() + interval '4 day' AS i FROM staff_member ORDER BY id OFFSET 5000 LIMIT 5000) v WHERE s.id = v.id`,
      ]) {
        const t = performance.now();
        const plan = (await owner.query(sql)) as { 'QUERY PLAN': string }[];
        console.log(sql.slice(0, 60), (performance.now() - t).toFixed(0), 'ms');
        for (const r of plan ?? []) if (r['QUERY PLAN']) console.log(r['QUERY PLAN']);
      }
      return;
    }
    await owner.query('VACUUM ANALYZE');
    const counts = (
      await owner.query(
        `SELECT (SELECT count(*) FROM institution) AS institutions, (SELECT count(*) FROM staff_member) AS staff,
                (SELECT count(*) FROM reminder_interview) AS interviews, (SELECT count(*) FROM vetting_check) AS checks,
                (SELECT count(*) FROM staff_member WHERE name LIKE '%王丽%') AS wangli,
                (SELECT count(*) FROM staff_member WHERE name LIKE '王%') AS wang`,
      )
    )[0];
    console.log(`counts: ${JSON.stringify(counts)}`);

    await ensureAppLogin(url.toString(), appDatabase);
    await dataSource.initialize();
    const { app, stop } = await createAppServer(
      {
        config: { ...loadConfig({ NODE_ENV: 'test' }) },
        dataSource,
        clock: systemClock,
        policy: DEFAULT_POLICY,
      },
      () => undefined,
    );
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Sessions opened directly: the measurement is about lists, not about signing in (or MFA).
    const cookieOf = async (username: string) => {
      const account = await owner.getRepository(AccountEntity).findOneByOrFail({ username });
      const { token } = await startSession(owner.manager, account.id, systemClock.now());
      return `${SESSION_COOKIE}=${token}`;
    };
    const post = async (cookie: string, query: string, variables: unknown) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
      if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };

    const STAFF =
      'query($f: StaffFilter, $first: Int) { staff(filter: $f, first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name idNumberMasked role employmentType post status institution { id name } } } } }';
    const DUE =
      'query($f: DueCheckFilter, $first: Int) { dueChecks(filter: $f, first: $first) { totalCount overdueCount items { kind staffId staffName idNumberMasked institutionName dueAt isOverdue lastAt supervisedBy ruleId } } }';
    const scenarios: [string, string, string, Record<string, unknown>, number][] = [
      ['staff', 'leader', STAFF, {}, 50],
      ['staff', 'basic', STAFF, {}, 50],
      ['staff', 'head.kg', STAFF, {}, 50],
      ['staff search 王丽', 'basic', STAFF, { search: '王丽' }, 50],
      ['staff search 王丽', 'leader', STAFF, { search: '王丽' }, 50],
      ['staff search 秀英', 'leader', STAFF, { search: '秀英' }, 50],
      ['staff search 王 (prefix)', 'leader', STAFF, { search: '王' }, 50],
      ['staff search last four 1234', 'leader', STAFF, { search: '1234' }, 50],
      ['dueChecks', 'leader', DUE, {}, 200],
      ['dueChecks', 'basic', DUE, {}, 200],
      ['dueChecks', 'preschool', DUE, {}, 50],
      ['dueChecks overdue re-checks', 'preschool', DUE, { kind: 'RECHECK', isOverdue: true }, 50],
      ['dueChecks', 'head.kg', DUE, {}, 50],
    ];
    const report: string[] = [];
    for (const [name, username, query, filter, first] of scenarios) {
      const cookie = await cookieOf(username);
      for (let i = 0; i < 5; i++) await post(cookie, query, { f: filter, first });
      const times: number[] = [];
      let data: Record<string, unknown> = {};
      for (let i = 0; i < 60; i++) {
        const t = performance.now();
        data = await post(cookie, query, { f: filter, first });
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
      const list = Object.values(data)[0] as { totalCount: number };
      const line = `${name} as ${username} (first ${first}): totalCount ${list.totalCount}, p50 ${p(0.5)} ms, p95 ${p(0.95)} ms`;
      console.log(line);
      report.push(line);

      captured.length = 0;
      capturing = true;
      await post(cookie, query, { f: filter, first });
      capturing = false;
      const statements = captured.filter((c) => !/SessionEntity/.test(c.query));
      console.log(`  ${captured.length} statements, ${statements.length} after the session lookup:`);
      for (const statement of statements) {
        const plan = (await owner.query(
          `EXPLAIN (ANALYZE, BUFFERS) ${statement.query}`,
          statement.parameters ?? [],
        )) as { 'QUERY PLAN': string }[];
        console.log(`  -- ${statement.query.replace(/\s+/g, ' ').slice(0, 160)}…`);
        for (const row of plan) console.log(`     ${row['QUERY PLAN']}`);
      }
    }
    // The statements the API sent before issue 15, on the same data, for comparison.
    const before: [string, string][] = [
      [
        'before: search 王丽 page (ILIKE), district',
        `SELECT s.* FROM staff_member s INNER JOIN institution i ON i.id = s.institution_id
         WHERE (s.name ILIKE '%王丽%' OR s.id_number_masked ILIKE '%王丽%') ORDER BY s.name, s.id LIMIT 51`,
      ],
      [
        'before: search 王丽 count (COUNT DISTINCT, ILIKE), district',
        `SELECT COUNT(DISTINCT s.id) FROM staff_member s INNER JOIN institution i ON i.id = s.institution_id
         WHERE (s.name ILIKE '%王丽%' OR s.id_number_masked ILIKE '%王丽%')`,
      ],
      [
        'before: staff count (COUNT DISTINCT), district',
        'SELECT COUNT(DISTINCT s.id) FROM staff_member s INNER JOIN institution i ON i.id = s.institution_id',
      ],
      [
        'before: dueChecks rows for 基教科 (every member, two correlated max())',
        `SELECT s.id, s.role, s.has_student_access, i.kind,
           (SELECT max(vc.checked_at) FROM vetting_check vc WHERE vc.staff_id = s.id AND vc.check = 'IN_SERVICE_RECHECK' AND vc.checked_at <= now()),
           (SELECT max(ri.interviewed_at) FROM reminder_interview ri WHERE ri.staff_id = s.id AND ri.interviewed_at <= now())
         FROM staff_member s INNER JOIN institution i ON i.id = s.institution_id
         WHERE i.kind IN ('PRIMARY', 'SECONDARY', 'SPECIAL_EDUCATION') AND s.status = 'ACTIVE'
           AND COALESCE(s.started_at, s.activated_at) IS NOT NULL AND (i.kind IN ('KINDERGARTEN', 'TRAINING_INSTITUTION') OR s.has_student_access)`,
      ],
    ];
    for (const [name, sql] of before) {
      const plan = (await owner.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`)) as { 'QUERY PLAN': string }[];
      const line = `${name}: ${plan.at(-1)?.['QUERY PLAN']}; ${plan.find((r) => /Seq Scan|Index/.test(r['QUERY PLAN']))?.['QUERY PLAN'].trim()}`;
      console.log(line);
      report.push(line);
    }
    console.log('\nsummary');
    for (const line of report) console.log(line);
    server.close();
    await stop();
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    if (owner.isInitialized) await owner.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
    await embedded.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
