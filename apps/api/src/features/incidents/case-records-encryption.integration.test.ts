import type { DataSource } from 'typeorm';
import { EncryptCaseRecords1795920200000 } from '../../migrations/1795920200000-encrypt-case-records';
import { loadConfig } from '../../config';
import { ENCRYPTED_PREFIX, isEncrypted } from '../../shared/crypto/data-cipher';
import { createDataSource } from '../../shared/db/data-source';
import { searchEveryRow } from '../../shared/db/every-row';
import { idNumberCipher } from '../staff/id-number';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { createTestDatabase } from '../../test-support/test-database';
import { IncidentChildEntity } from './incident-child.entity';
import { IncidentExternalSourceEntity } from './incident-external-source.entity';
import { IncidentWelfareNoteEntity } from './incident-welfare-note.entity';
import { IncidentEntity } from './incident.entity';

// Distinctive words that appear nowhere in the seed, so any hit in the database is one of ours.
const CHILD_NAME = '欧阳晓雯';
const CHILD_CLASS = '六年级四班';
const STATEMENT = '放学后在琴房他让我不要告诉妈妈';
const SUSPECT = '外聘钢琴老师';
const WELFARE_NOTE = '夜里惊醒，不敢再去琴房';
const SOURCE_NOTE = '家长来电反映琴房的事';
const CLOSING_NOTE = '琴房已停用，家长知情';
const POLICE_STATION = '九龙坡区公安分局谢家湾派出所';
const SECRETS = [CHILD_NAME, CHILD_CLASS, STATEMENT, SUSPECT, WELFARE_NOTE, SOURCE_NOTE, CLOSING_NOTE];

const T0 = new Date('2026-03-02T02:00:00.000Z');
const minutesBefore = (minutes: number) => new Date(T0.getTime() - minutes * 60_000).toISOString();
const typename = (response: { body: { data?: Record<string, unknown> | null } }, field: string) =>
  (response.body.data?.[field] as { __typename?: string } | undefined)?.__typename;

describe('REP-7 case records are encrypted at rest', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    app.clock.set(T0);
  });
  afterAll(async () => {
    await app.close();
  });

  it("REP-7: a dump of the database holds no child's name or statement", async () => {
    const teacher = await app.signedIn('teacher');
    const recorded = await teacher.request(
      `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { __typename ... on Case { id } } }`,
      {
        input: {
          receivedAt: minutesBefore(30),
          channel: 'ORAL',
          category: 'MOLESTATION',
          suspectType: 'OUTSIDER',
          suspectDescription: SUSPECT,
          childName: CHILD_NAME,
          childClass: CHILD_CLASS,
          childStatement: STATEMENT,
          isChildInDanger: false,
        },
      },
    );
    const caseId = (recorded.body.data?.recordDisclosure as { id?: string } | undefined)?.id;
    if (!caseId) throw new Error(recorded.text);
    const welfare = await teacher.request(
      `mutation($input: RecordWelfareNoteInput!) { recordWelfareNote(input: $input) { __typename } }`,
      {
        input: {
          caseId,
          concernNote: WELFARE_NOTE,
          guardianToldAt: minutesBefore(10),
          isStudySuspended: false,
        },
      },
    );
    expect(typename(welfare, 'recordWelfareNote')).toBe('Case');
    const safety = await app.signedIn('safety');
    const external = await safety.request(
      `mutation($input: RecordExternalSourceInput!) { recordExternalSource(input: $input) { __typename } }`,
      { input: { caseId, source: 'PARENT', learnedAt: minutesBefore(20), note: SOURCE_NOTE } },
    );
    expect(typename(external, 'recordExternalSource')).toBe('Case');
    const police = await teacher.request(
      `mutation($input: RecordPoliceReportInput!) { recordPoliceReport(input: $input) { __typename } }`,
      {
        input: {
          caseId,
          reportedAt: minutesBefore(15),
          policeStation: POLICE_STATION,
          receiptNumber: 'JLP-2026-0707',
        },
      },
    );
    expect(typename(police, 'recordPoliceReport')).toBe('Case');
    const head = await app.signedIn('head.primary');
    const closed = await head.request(
      `mutation($input: CloseCaseInput!) { closeCase(input: $input) { __typename } }`,
      { input: { caseId, reason: 'RESOLVED', note: CLOSING_NOTE } },
    );
    expect(typename(closed, 'closeCase')).toBe('Case');

    const { tables, matches } = await searchEveryRow(app.owner, [...SECRETS, POLICE_STATION]);
    // pg-boss's job table is partitioned: its rows are read through the partitions.
    expect(tables).toEqual(
      expect.arrayContaining(['public.incident_child', 'public.audit_event', 'pgboss.archive']),
    );
    expect(tables.filter((t) => t.startsWith('pgboss.j')).length).toBeGreaterThan(0);
    // The search does find what is stored as plaintext (the police station, which the demo surroundings name
    // too), so an empty answer for the secrets means something.
    expect(matches.filter((m) => m.needle !== POLICE_STATION)).toEqual([]);
    expect(matches).toContainEqual({ table: 'public.incident', needle: POLICE_STATION, rows: 1 });
    const [child] = (await app.owner.query(
      'SELECT child_name, child_class, statement FROM incident_child WHERE incident_id = $1',
      [caseId],
    )) as Record<string, string>[];
    expect(Object.values(child).every(isEncrypted)).toBe(true);

    // The reporter still reads them through the API.
    const read = await teacher.request(
      `query($id: ID!) { case(id: $id) { child { name className } childStatement suspectDescription
        welfareNotes { concernNote } externalSources { note } } }`,
      { id: caseId },
    );
    expect(read.body.data?.case).toEqual({
      child: { name: CHILD_NAME, className: CHILD_CLASS },
      childStatement: STATEMENT,
      suspectDescription: SUSPECT,
      welfareNotes: [{ concernNote: WELFARE_NOTE }],
      externalSources: [{ note: SOURCE_NOTE }],
    });
    const incident = await app.dataSource.getRepository(IncidentEntity).findOneByOrFail({ id: caseId });
    expect(incident.closingNote).toBe(CLOSING_NOTE);
  });
});

describe('the migration that encrypts case records', () => {
  let owner: DataSource;
  beforeAll(async () => {
    const database = await createTestDatabase();
    owner = createDataSource(database.url, 'owner');
    await owner.initialize();
  });
  afterAll(async () => {
    await owner.destroy();
  });

  it('REP-7: rows written before the migration are encrypted by it, once; down() gives them back as plaintext', async () => {
    const migration = new EncryptCaseRecords1795920200000();
    const runner = owner.createQueryRunner();
    try {
      await migration.down(runner);
      const staffBefore = (await owner.query(
        'SELECT id, id_number_ciphertext AS sealed FROM staff_member ORDER BY id LIMIT 1',
      )) as { id: string; sealed: string }[];
      expect(staffBefore.length).toBe(1);
      expect(isEncrypted(staffBefore[0].sealed)).toBe(false);
      const [institution] = (await owner.query('SELECT id FROM institution ORDER BY id LIMIT 1')) as {
        id: string;
      }[];
      const [account] = (await owner.query('SELECT id FROM account ORDER BY id LIMIT 1')) as { id: string }[];
      const [incident] = (await owner.query(
        `INSERT INTO incident (institution_id, origin, reporter_account_id, category, suspect_type, suspect_description,
           channel, received_at, recorded_at, state, closing_note, reporting_status)
         VALUES ($1, 'SCHOOL', $2, 'MOLESTATION', 'OUTSIDER', $3, 'ORAL', $4, $4, 'CLOSED', $5, 'IN_BREACH') RETURNING id`,
        [institution.id, account.id, SUSPECT, T0, CLOSING_NOTE],
      )) as { id: string }[];
      await owner.query(
        'INSERT INTO incident_child (incident_id, child_name, child_class, statement) VALUES ($1, $2, $3, $4)',
        [incident.id, CHILD_NAME, CHILD_CLASS, STATEMENT],
      );
      await owner.query(
        `INSERT INTO incident_welfare_note (incident_id, concern_note, is_study_suspended, recorded_by_account_id, recorded_at)
         VALUES ($1, $2, false, $3, $4)`,
        [incident.id, WELFARE_NOTE, account.id, T0],
      );
      await owner.query(
        `INSERT INTO incident_external_source (incident_id, source, learned_at, note, recorded_by_account_id, recorded_at)
         VALUES ($1, 'PARENT', $2, $3, $4, $2)`,
        [incident.id, T0, SOURCE_NOTE, account.id],
      );

      await migration.up(runner);
      const once = await searchEveryRow(owner, SECRETS);
      expect(once.matches).toEqual([]);
      // ID numbers had the same layout without the prefix: they are prefixed, and still open.
      const [staff] = (await owner.query(
        'SELECT id_number_ciphertext AS sealed, id_number_masked AS masked FROM staff_member WHERE id = $1',
        [staffBefore[0].id],
      )) as { sealed: string; masked: string }[];
      expect(staff.sealed).toBe(ENCRYPTED_PREFIX + staffBefore[0].sealed);
      const idNumber = idNumberCipher(loadConfig({ NODE_ENV: 'test' })).decrypt(staff.sealed);
      expect(`${idNumber.slice(0, 4)}${idNumber.slice(-4)}`).toBe(
        `${staff.masked.slice(0, 4)}${staff.masked.slice(-4)}`,
      );
      const child = await owner
        .getRepository(IncidentChildEntity)
        .findOneByOrFail({ incidentId: incident.id });
      expect(child).toMatchObject({ childName: CHILD_NAME, childClass: CHILD_CLASS, statement: STATEMENT });
      const stored = await owner.query('SELECT child_name FROM incident_child WHERE incident_id = $1', [
        incident.id,
      ]);
      // Run again, it leaves encrypted rows as they are (no double encryption).
      await migration.up(runner);
      expect(
        await owner.query('SELECT child_name FROM incident_child WHERE incident_id = $1', [incident.id]),
      ).toEqual(stored);
      expect(await owner.getRepository(IncidentEntity).findOneByOrFail({ id: incident.id })).toMatchObject({
        suspectDescription: SUSPECT,
        closingNote: CLOSING_NOTE,
      });
      expect(
        await owner.getRepository(IncidentWelfareNoteEntity).findOneByOrFail({ incidentId: incident.id }),
      ).toMatchObject({ concernNote: WELFARE_NOTE });
      expect(
        await owner.getRepository(IncidentExternalSourceEntity).findOneByOrFail({ incidentId: incident.id }),
      ).toMatchObject({ note: SOURCE_NOTE });

      await migration.down(runner);
      const restored = await searchEveryRow(owner, SECRETS);
      expect(restored.matches.map((m) => m.needle).sort()).toEqual([...SECRETS].sort());
      await migration.up(runner);
    } finally {
      await runner.release();
    }
  });
});
