require('reflect-metadata');
const { DEFAULT_POLICY } = require('@xiaohu/domain');
const { createDataSource } = require('./dist/shared/db/data-source');
const { matchingCases, orderedAfter } = require('./dist/features/incidents/case-list-query');
const url = process.argv[2];
const NOW = new Date('2026-12-02T04:00:00Z');
(async () => {
  const ds = createDataSource(url, 'owner');
  await ds.initialize();
  const [{ id: leaderId }] = await ds.query(`SELECT id FROM account WHERE username='leader'`);
  const [{ id: basicId }] = await ds.query(`SELECT id FROM account WHERE username='basic'`);
  const [{ id: instId }] = await ds.query(`SELECT institution_id AS id FROM incident GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  const actor = (id, role, unit) => ({ accountId: id, role, institutionId: null, unit, staffId: null, isDesignatedCaseOfficer: false });
  const leader = actor(leaderId, 'LEADER', 'LEAD');
  const basic = actor(basicId, 'SECTION_MEMBER', 'BASIC');
  const cases = [
    ['leader category', leader, { categories: ['SEXUAL_ASSAULT'] }, 'RECORDED_AT_DESC'],
    ['leader breach code', leader, { breachCode: 'CONCEALMENT' }, 'RECORDED_AT_DESC'],
    ['leader overdue', leader, { policeDeadlinePassed: true }, 'RECORDED_AT_DESC'],
    ['leader police due order', leader, null, 'POLICE_DUE_ASC'],
    ['leader open, police due order', leader, { states: ['REPORTED','HEAD_NOTIFIED','POLICE_REPORTED'] }, 'POLICE_DUE_ASC'],
    ['leader section PRESCHOOL', leader, { section: 'PRESCHOOL' }, 'RECORDED_AT_DESC'],
    ['leader street', leader, { street: '华岩镇' }, 'RECORDED_AT_DESC'],
    ['leader month range', leader, { recordedFrom: new Date('2026-03-01T00:00:00Z'), recordedBefore: new Date('2026-04-01T00:00:00Z') }, 'RECORDED_AT_ASC'],
    ['leader institution + category', leader, { institutionId: instId, categories: ['BULLYING_VIOLENCE'] }, 'RECORDED_AT_DESC'],
    ['basic breach ANY', basic, { hasBreach: true }, 'RECORDED_AT_DESC'],
    ['basic category + kind', basic, { categories: ['BULLYING_VIOLENCE'], institutionKind: 'PRIMARY' }, 'RECORDED_AT_DESC'],
  ];
  for (const [name, who, filter, order] of cases) {
    for (const kind of ['page', 'count']) {
      const base = matchingCases(ds.manager, who, filter, NOW, DEFAULT_POLICY);
      const q = kind === 'page' ? orderedAfter(base, order, null).limit(21) : base.select('1').limit(10001);
      let [sql, params] = q.getQueryAndParameters();
      if (kind === 'count') sql = `SELECT count(*)::int FROM (${sql}) m`;
      const plan = await ds.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      const lines = plan.map((r) => r['QUERY PLAN']);
      const time = lines.find((l) => l.startsWith('Execution Time'));
      const seq = lines.filter((l) => /Seq Scan on incident\b|Seq Scan on incident /.test(l)).length;
      console.log(`${name} [${order}] ${kind}: ${time}${seq ? ' SEQ SCAN on incident' : ''}`);
      if (process.env.VERBOSE === name) console.log(lines.join('\n'));
    }
  }
  await ds.destroy();
})().catch((e) => { console.error(e); process.exit(1); });
