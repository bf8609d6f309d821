import { isEncrypted } from '../../shared/crypto/data-cipher';
import { institutionIdByName } from '../../test-support/factories';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import {
  ANSWER,
  CHALLENGE,
  CLOSE,
  CONVERT,
  provenChallenge,
  REPLY,
  solveChallenge,
  SUBMIT,
  THREAD,
  TIP,
  tipInput,
  TIPS,
} from './tips.test-support';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type View = Record<string, any>;
const T0 = new Date('2026-03-02T02:00:00.000Z');
const SCHOOL = '九龙坡区谢家湾小学';
const DESCRIPTION = '体育老师在器材室打了我同学小林';
const CONTACT = '微信 xiaolin_mum_2026';

let app: TestApp;
let safety: GraphQLTestClient;
let safety2: GraphQLTestClient;
let basic: GraphQLTestClient;
let schoolId: string;
let nextAddress = 1;

/** A phone on its own address (the test server trusts 127.0.0.1 as its proxy). */
function phone(): GraphQLTestClient {
  const client = app.client();
  client.headers['x-forwarded-for'] = `198.51.100.${nextAddress++}`;
  return client;
}

const data = (response: { body: { data?: Record<string, unknown> | null } }, name: string) =>
  response.body.data?.[name] as View;

async function submit(client: GraphQLTestClient, overrides: Record<string, unknown> = {}) {
  const proof = await provenChallenge(client);
  const response = await client.request(SUBMIT, { input: { ...tipInput(overrides), ...proof } });
  if (!response.body.data) throw new Error(response.text);
  return data(response, 'submitTip');
}

const audits = async (
  action: string,
): Promise<{ outcome: string; actor_username: string | null; details: View }[]> =>
  app.owner.query('SELECT outcome, actor_username, details FROM audit_event WHERE action = $1 ORDER BY id', [
    action,
  ]);

beforeAll(async () => {
  app = await startTestApp({ tipProofBits: 8, trustedProxies: ['127.0.0.1'] });
  app.clock.set(T0);
  safety = await app.signedIn('safety');
  safety2 = await app.signedIn('safety2');
  basic = await app.signedIn('basic');
  schoolId = await institutionIdByName(app.owner, SCHOOL);
});
afterAll(() => app.close());

describe('sending a tip', () => {
  it('REP-9: a tip with a solved challenge answers a code and a passphrase; nothing of the sender is stored', async () => {
    const receipt = await submit(phone(), { institutionId: schoolId, contact: CONTACT });
    expect(receipt).toMatchObject({ __typename: 'TipReceipt' });
    expect(receipt.tipCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(receipt.passphrase).toMatch(/^([2-9A-HJKMNP-Z]{4}-){3}[2-9A-HJKMNP-Z]{4}$/);

    const columns = (await app.owner.query(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'tip' ORDER BY column_name",
    )) as { column_name: string }[];
    const names = columns.map((c) => c.column_name);
    const suspects = ['ip', 'address', 'agent', 'fingerprint', 'device', 'account', 'cookie', 'session'];
    // The one account column names the 安稳办 officer who closed the tip, never the sender.
    expect(names.filter((n) => n.split('_').some((part) => suspects.includes(part)))).toEqual([
      'closed_by_account_id',
    ]);
    const [row] = (await app.owner.query('SELECT * FROM tip WHERE code = $1', [
      receipt.tipCode.replace('-', ''),
    ])) as View[];
    const stored = JSON.stringify(row);
    expect(stored).not.toContain('198.51.100');
    expect(stored).not.toContain(receipt.passphrase.replace(/-/g, ''));
    expect(row.passphrase_hash).toMatch(/^\$argon2id\$/);
    for (const column of ['description', 'contact', 'happened_when'])
      expect(isEncrypted(row[column])).toBe(true);
    // The counters are keyed hashes, never the address; nothing in the audit row names it either.
    expect(JSON.stringify(await app.owner.query('SELECT * FROM tip_gate'))).not.toContain('198.51.100');
    const [submitted] = await audits('tip.submit');
    expect(submitted).toMatchObject({ outcome: 'OK', actor_username: null });
    expect(JSON.stringify(submitted.details)).not.toContain('198.51.100');
  });

  it('REP-9: a missing, wrong, forged or reused proof of work is refused and nothing is stored', async () => {
    const client = phone();
    const before = Number((await app.owner.query('SELECT count(*) FROM tip'))[0].count);
    const { challenge, difficulty } = data(await client.request(CHALLENGE), 'tipChallenge');
    let wrong = 0;
    while (solveChallenge(challenge, difficulty) === String(wrong)) wrong += 1;
    const refused = async (proof: { challenge: string; nonce: string }) =>
      data(
        await client.request(SUBMIT, { input: { ...tipInput({ schoolName: '某小学' }), ...proof } }),
        'submitTip',
      );
    expect(await refused({ challenge, nonce: String(wrong) })).toMatchObject({ code: 'TIP_PROOF_REFUSED' });
    const forged = challenge.replace(/\.(\d+)\./, '.1.').replace(/^\d+/, String(T0.getTime()));
    expect(await refused({ challenge: forged, nonce: '0' })).toMatchObject({ code: 'TIP_PROOF_REFUSED' });
    const good = { challenge, nonce: solveChallenge(challenge, difficulty) };
    expect(await refused(good)).toMatchObject({ __typename: 'TipReceipt' });
    expect(await refused(good)).toMatchObject({
      code: 'TIP_PROOF_REFUSED',
      message: 'Challenge already used',
    });
    app.clock.set(new Date(T0.getTime() + 11 * 60_000));
    const stale = await provenChallenge(client);
    app.clock.set(new Date(T0.getTime() + 22 * 60_000));
    expect(await refused(stale)).toMatchObject({ code: 'TIP_PROOF_REFUSED', message: 'Challenge expired' });
    app.clock.set(T0);
    expect(Number((await app.owner.query('SELECT count(*) FROM tip'))[0].count)).toBe(before + 1);
  });

  it('REP-9: a school is chosen or typed; an over-long description names its limit', async () => {
    expect(await submit(phone(), { schoolName: null })).toMatchObject({ field: 'schoolName' });
    expect(await submit(phone(), { schoolName: '某小学', description: '长'.repeat(2001) })).toMatchObject({
      __typename: 'ValidationError',
      field: 'description',
      limit: 2000,
      message: expect.stringContaining('最多 2000 字'),
    });
  });

  it('REP-9: one address sends at most 5 tips an hour; another address is not held off', async () => {
    const client = phone();
    for (let i = 0; i < 5; i += 1)
      expect(await submit(client, { schoolName: '某小学' })).toMatchObject({ __typename: 'TipReceipt' });
    const held = await submit(client, { schoolName: '某小学' });
    expect(held).toMatchObject({ code: 'TIP_RATE_LIMITED' });
    expect(held.retryAfterSeconds).toBeGreaterThan(0);
    expect(await submit(phone(), { schoolName: '某小学' })).toMatchObject({ __typename: 'TipReceipt' });
    app.clock.set(new Date(T0.getTime() + 61 * 60_000));
    expect(await submit(client, { schoolName: '某小学' })).toMatchObject({ __typename: 'TipReceipt' });
    app.clock.set(T0);
  });
});

describe('the conversation', () => {
  it('REP-9: the reporter reads with the right passphrase only; 安稳办 answers and the reporter replies', async () => {
    const reporter = phone();
    const receipt = await submit(reporter, { institutionId: schoolId, contact: CONTACT });
    const thread = (passphrase: string) =>
      reporter
        .request(THREAD, { code: receipt.tipCode.toLowerCase(), passphrase })
        .then((r) => data(r, 'tipThread'));
    expect(await thread(receipt.passphrase.replace(/-/g, ' '))).toMatchObject({
      __typename: 'TipThread',
      status: 'OPEN',
      description: DESCRIPTION,
      messages: [],
      canReply: true,
    });
    expect(await thread('2222-2222-2222-2222')).toMatchObject({ __typename: 'TipNotFoundError' });

    const inbox = data(await safety.request(TIPS, { status: 'OPEN' }), 'tips') as View[];
    const listed = inbox.find((t) => t.tipCode === receipt.tipCode)!;
    expect(listed).toMatchObject({ awaiting: 'SAFETY', school: SCHOOL, isConfidential: false });
    expect(JSON.stringify(inbox)).not.toContain(DESCRIPTION);
    const read = data(await safety.request(TIP, { id: listed.id }), 'tip');
    expect(read).toMatchObject({
      description: DESCRIPTION,
      contact: CONTACT,
      viewerCan: { answer: true, convert: true },
    });
    expect((await audits('tip.read')).at(-1)).toMatchObject({ outcome: 'OK', actor_username: 'safety' });

    const answered = data(
      await safety.request(ANSWER, { input: { tipId: listed.id, body: '收到，请问是哪个班？' } }),
      'answerTip',
    );
    expect(answered).toMatchObject({ __typename: 'Tip', awaiting: 'REPORTER' });
    const replied = data(
      await reporter.request(REPLY, {
        input: { code: receipt.tipCode, passphrase: receipt.passphrase, body: '三年级二班' },
      }),
      'replyToTip',
    );
    expect(replied.messages).toEqual([
      { author: 'SAFETY', body: '收到，请问是哪个班？' },
      { author: 'REPORTER', body: '三年级二班' },
    ]);
    const stored = (await app.owner.query(
      'SELECT body, author_account_id FROM tip_message WHERE tip_id = $1',
      [listed.id],
    )) as View[];
    expect(stored.every((m) => isEncrypted(m.body))).toBe(true);
    expect(stored.filter((m) => m.author_account_id === null)).toHaveLength(1);
    // Another committee unit's inbox holds none (the policy's SQL filter).
    expect(data(await basic.request(TIPS), 'tips')).toEqual([]);
  });

  it('REP-9: wrong passphrases are throttled per tip code, even the right one while held off', async () => {
    const receipt = await submit(phone(), { schoolName: '某中学' });
    for (let i = 0; i < 5; i += 1) {
      const wrong = data(
        await phone().request(THREAD, { code: receipt.tipCode, passphrase: `2222-2222-2222-222${i + 2}` }),
        'tipThread',
      );
      expect(wrong).toMatchObject({ __typename: 'TipNotFoundError' });
    }
    const held = data(
      await phone().request(THREAD, { code: receipt.tipCode, passphrase: receipt.passphrase }),
      'tipThread',
    );
    expect(held).toMatchObject({ code: 'TIP_RATE_LIMITED' });
    app.clock.set(new Date(T0.getTime() + 16 * 60_000));
    const open = data(
      await phone().request(THREAD, { code: receipt.tipCode, passphrase: receipt.passphrase }),
      'tipThread',
    );
    expect(open).toMatchObject({ __typename: 'TipThread' });
    app.clock.set(T0);
  });

  it('REP-9, REP-7: routeTip routes a molestation lead to the designated officers only', async () => {
    const receipt = await submit(phone(), { institutionId: schoolId, category: 'MOLESTATION' });
    const [row] = (await app.owner.query('SELECT id, is_confidential FROM tip WHERE code = $1', [
      receipt.tipCode.replace('-', ''),
    ])) as View[];
    expect(row.is_confidential).toBe(true);
    const designated = data(await safety.request(TIPS), 'tips') as View[];
    expect(designated.some((t) => t.id === row.id)).toBe(true);
    const notDesignated = data(await safety2.request(TIPS), 'tips') as View[];
    expect(notDesignated.some((t) => t.id === row.id)).toBe(false);
    expect(data(await safety2.request(TIP, { id: row.id }), 'tip')).toBeNull();
    expect((await audits('tip.submit')).at(-1)?.details.ruleIds).toEqual(['REP-9', 'REP-8', 'REP-7']);
  });

  it('REP-9: a closed tip takes no more messages from either side', async () => {
    const reporter = phone();
    const receipt = await submit(reporter, { schoolName: '某幼儿园' });
    const [row] = (await app.owner.query('SELECT id FROM tip WHERE code = $1', [
      receipt.tipCode.replace('-', ''),
    ])) as View[];
    expect(data(await safety.request(CLOSE, { input: { tipId: row.id } }), 'closeTip')).toMatchObject({
      status: 'CLOSED',
      awaiting: null,
      viewerCan: { answer: false, close: false, convert: false },
    });
    expect(data(await safety.request(CLOSE, { input: { tipId: row.id } }), 'closeTip')).toMatchObject({
      code: 'INVALID_TIP_STATE',
    });
    expect(
      data(await safety.request(ANSWER, { input: { tipId: row.id, body: '还在吗' } }), 'answerTip'),
    ).toMatchObject({
      code: 'INVALID_TIP_STATE',
    });
    const reply = data(
      await reporter.request(REPLY, {
        input: { code: receipt.tipCode, passphrase: receipt.passphrase, body: '还在' },
      }),
      'replyToTip',
    );
    expect(reply).toMatchObject({ code: 'INVALID_TIP_STATE' });
    expect((await audits('tip.close')).map((a) => a.outcome).slice(-2)).toEqual(['OK', 'INVALID_TIP_STATE']);
  });
});

describe('turning a tip into a case', () => {
  const CASE = `query($id: ID!) { case(id: $id) { id receivedAt reporting { policeReportDueAt } breaches { code } } }`;

  async function tipAt(minutesAfterT0: number) {
    app.clock.set(new Date(T0.getTime() + minutesAfterT0 * 60_000));
    // Hours on: the sessions signed in at T0 have lapsed.
    safety = await app.signedIn('safety');
    basic = await app.signedIn('basic');
    const receipt = await submit(phone(), { institutionId: schoolId });
    const [row] = (await app.owner.query('SELECT id FROM tip WHERE code = $1', [
      receipt.tipCode.replace('-', ''),
    ])) as View[];
    return row.id as string;
  }

  it('REP-3, REP-4, REP-9: the clock runs from when the school knew; 瞒报 when it knew before the tip', async () => {
    const tipId = await tipAt(300);
    const knewAt = new Date(T0.getTime() + 60 * 60_000);
    const converted = data(
      await safety.request(CONVERT, {
        input: { tipId, suspectType: 'STAFF', institutionKnewAt: knewAt.toISOString() },
      }),
      'convertTipToCase',
    );
    expect(converted).toMatchObject({
      __typename: 'Tip',
      status: 'CONVERTED',
      viewerCan: { convert: false, answer: true },
    });
    const recorded = data(await safety.request(CASE, { id: converted.caseId }), 'case');
    expect(recorded.receivedAt).toBe(knewAt.toISOString());
    expect(recorded.reporting.policeReportDueAt).toBe(new Date(knewAt.getTime() + 3_600_000).toISOString());
    expect(recorded.breaches.map((b: View) => b.code)).toContain('CONCEALMENT');
    const [source] = (await app.owner.query(
      'SELECT source FROM incident_external_source WHERE incident_id = $1',
      [converted.caseId],
    )) as View[];
    expect(source.source).toBe('TIP_LINE');
    // The case's own command ran (its audit row) inside the tip's command.
    expect((await audits('incident.recordExternalSource')).at(-1)).toMatchObject({
      outcome: 'OK',
      actor_username: 'safety',
    });
    expect((await audits('tip.convertToCase')).at(-1)).toMatchObject({
      outcome: 'OK',
      details: { caseId: converted.caseId },
    });
    expect(
      data(await safety.request(CONVERT, { input: { tipId, suspectType: 'STAFF' } }), 'convertTipToCase'),
    ).toMatchObject({
      code: 'INVALID_TIP_STATE',
    });
    app.clock.set(T0);
  });

  it('REP-3, REP-9: by default the clock starts at the tip, and a school that learns with the tip did not conceal', async () => {
    const tipId = await tipAt(400);
    const response = await safety.request(CONVERT, { input: { tipId, suspectType: 'STAFF' } });
    if (!response.body.data) throw new Error(response.text);
    const converted = data(response, 'convertTipToCase');
    const recorded = data(await safety.request(CASE, { id: converted.caseId }), 'case');
    const tipTime = new Date(T0.getTime() + 400 * 60_000);
    expect(recorded.receivedAt).toBe(tipTime.toISOString());
    expect(recorded.reporting.policeReportDueAt).toBe(new Date(tipTime.getTime() + 3_600_000).toISOString());
    expect(recorded.breaches.map((b: View) => b.code)).not.toContain('CONCEALMENT');
    app.clock.set(T0);
  });

  it('REP-8: a knowledge time in the future changes nothing; another unit may not convert', async () => {
    const tipId = await tipAt(500);
    const future = new Date(T0.getTime() + 600 * 60_000).toISOString();
    const refused = data(
      await safety.request(CONVERT, { input: { tipId, suspectType: 'STAFF', institutionKnewAt: future } }),
      'convertTipToCase',
    );
    expect(refused).toMatchObject({ __typename: 'ReportingTimeError', problem: 'EVENT_IN_FUTURE' });
    const [row] = (await app.owner.query('SELECT status, case_id FROM tip WHERE id = $1', [tipId])) as View[];
    expect(row).toEqual({ status: 'OPEN', case_id: null });
    // Another committee unit does not reach the tip at all: answered as missing.
    const other = data(
      await basic.request(CONVERT, { input: { tipId, suspectType: 'STAFF' } }),
      'convertTipToCase',
    );
    expect(other).toMatchObject({ __typename: 'TipNotFoundError' });
    app.clock.set(T0);
  });
});
