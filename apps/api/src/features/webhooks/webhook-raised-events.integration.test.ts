import { randomUUID } from 'node:crypto';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { insertApiClient } from '../api-clients/api-clients.test-support';
import { buildCandidateInput } from '../staff/staff.factories';
import { newWebhookSecret } from './commands/subscribe-webhook';
import { WebhookSubscriptionEntity } from './webhook.entities';

// Issue 13: the commands raise their events in their own transaction (vetting: staff.blocked, VET-1, and
// staff.activated; a late record: case.recorded before case.policeDeadlineMissed, REP-3): one
// delivery per subscription, with the staff member's id and institution, never a name or ID number.

const ADD = `mutation($input: AddStaffCandidateInput!) { addStaffCandidate(input: $input) {
  __typename ... on StaffMember { id } } }`;
const RECORD = `mutation($input: RecordVettingCheckInput!) { recordVettingCheck(input: $input) {
  __typename ... on StaffMember { id status } } }`;
const ACTIVATE = `mutation($id: ID!) { activateStaff(staffId: $id) { __typename ... on StaffMember { status } } }`;

let app: TestApp;
let head: GraphQLTestClient;
// REP-7, ORG-1: each client is told of what its own access shows it: a 安稳办 client (district scope,
// no need-to-know), a designated officer's client, and a teacher's client at the primary school.
let district: string;
let officer: string;
let school: string;
const ALL_TYPES = ['staff.blocked', 'staff.activated', 'case.recorded', 'case.policeDeadlineMissed'];

async function subscribe(clientId: string): Promise<string> {
  const { identifiers } = await app.owner.getRepository(WebhookSubscriptionEntity).insert({
    clientId,
    url: 'https://platform.example.cn/hooks',
    eventTypes: ALL_TYPES as WebhookSubscriptionEntity['eventTypes'],
    secret: newWebhookSecret(),
    createdByAccountId: randomUUID(),
    createdAt: new Date(),
    unsubscribedAt: null,
  });
  return identifiers[0].id as string;
}

beforeAll(async () => {
  app = await startTestApp();
  head = await app.signedIn('head.kg');
  const [{ institution_id: primary }] = (await app.owner.query(
    `SELECT institution_id FROM account WHERE username = 'teacher'`,
  )) as { institution_id: string }[];
  district = await subscribe(await insertApiClient(app.owner, { name: '区平台' }));
  officer = await subscribe(
    await insertApiClient(app.owner, { name: '办案平台', isDesignatedCaseOfficer: true }),
  );
  school = await subscribe(
    await insertApiClient(app.owner, {
      name: '校内平台',
      role: 'TEACHER',
      unitCode: null,
      institutionId: primary,
    }),
  );
});
afterAll(() => app.close());

async function add(): Promise<{ id: string; name: string; idNumber: string }> {
  const input = buildCandidateInput() as { name: string; idNumber: string };
  const response = await head.request(ADD, { input });
  return { id: (response.body.data?.addStaffCandidate as { id: string }).id, ...input };
}

async function check(staffId: string, checkKind: string, outcome = 'CLEAR') {
  const response = await head.request(RECORD, {
    input: {
      staffId,
      check: checkKind,
      outcome,
      checkedAt: '2026-03-01T02:00:00Z',
      checkedBy: '王查询',
      system: '严重违法犯罪案件教职员工信息库',
      referenceNumber: 'Q-001',
    },
  });
  if (response.body.errors) throw new Error(response.text);
  return response.body.data?.recordVettingCheck as { status: string };
}

async function deliveriesOf(staffId: string) {
  return (await app.owner.query(
    `SELECT d.event_type, d.payload::text AS body, j.state AS job FROM webhook_delivery d
     LEFT JOIN pgboss.job j ON j.data ->> 'deliveryId' = d.id::text
     WHERE d.payload -> 'data' ->> 'staffId' = $1 AND d.subscription_id = $2`,
    [staffId, district],
  )) as { event_type: string; body: string; job: string | null }[];
}

it('VET-1: a record found blocks the candidate and raises staff.blocked with a job, without name or ID number', async () => {
  const staff = await add();
  expect((await check(staff.id, 'CRIMINAL_DATABASE', 'RECORD_FOUND')).status).toBe('BLOCKED');
  const rows = await deliveriesOf(staff.id);
  expect(rows).toEqual([{ event_type: 'staff.blocked', body: expect.any(String), job: 'created' }]);
  expect(rows[0].body).not.toContain(staff.name);
  expect(rows[0].body).not.toContain(staff.idNumber);
});

it('a CLEAR candidate activated raises staff.activated', async () => {
  const staff = await add();
  await check(staff.id, 'CRIMINAL_DATABASE');
  await check(staff.id, 'CHILDCARE_TRAINING');
  expect((await head.request(ACTIVATE, { id: staff.id })).body.data?.activateStaff).toMatchObject({
    status: 'ACTIVE',
  });
  expect((await deliveriesOf(staff.id)).map((r) => r.event_type)).toEqual(['staff.activated']);
});

it('REP-3: a case recorded after its police deadline raises case.recorded, then case.policeDeadlineMissed with the deadline', async () => {
  const teacher = await app.signedIn('teacher');
  const receivedAt = new Date(app.clock.now().getTime() - 2 * 3600_000);
  const response = await teacher.request(
    `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { __typename ... on Case { id } } }`,
    {
      input: {
        channel: 'ORAL',
        category: 'ABUSE',
        suspectType: 'STAFF',
        childName: '赵小军',
        childClass: '五年级三班',
        childStatement: '他打了我',
        isChildInDanger: false,
        receivedAt: receivedAt.toISOString(),
      },
    },
  );
  const caseId = (response.body.data?.recordDisclosure as { id: string }).id;
  const rows = (await app.owner.query(
    `SELECT event_type, payload FROM webhook_delivery WHERE payload -> 'data' ->> 'caseId' = $1 AND subscription_id = $2
     ORDER BY sequence`,
    [caseId, district],
  )) as { event_type: string; payload: { data: Record<string, string> } }[];
  expect(rows.map((r) => r.event_type)).toEqual(['case.recorded', 'case.policeDeadlineMissed']);
  expect(rows[1].payload.data.dueAt).toBe(new Date(receivedAt.getTime() + 3600_000).toISOString());
  expect(JSON.stringify(rows)).not.toContain('赵小军');
});

async function subscriptionsTold(key: 'caseId' | 'staffId', id: string): Promise<string[]> {
  const rows = (await app.owner.query(
    `SELECT DISTINCT subscription_id FROM webhook_delivery WHERE payload -> 'data' ->> '${key}' = $1`,
    [id],
  )) as { subscription_id: string }[];
  const names = new Map([
    [district, 'district'],
    [officer, 'officer'],
    [school, 'school'],
  ]);
  return rows.map((r) => names.get(r.subscription_id) ?? r.subscription_id).sort();
}

async function recordCase(category: string, childName: string): Promise<string> {
  const teacher = await app.signedIn('teacher');
  const response = await teacher.request(
    `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { __typename ... on Case { id } } }`,
    {
      input: {
        channel: 'ORAL',
        category,
        suspectType: 'STUDENT',
        childName,
        childClass: '五年级三班',
        childStatement: '他欺负我',
        isChildInDanger: false,
        receivedAt: app.clock.now().toISOString(),
      },
    },
  );
  const id = (response.body.data?.recordDisclosure as { id?: string }).id;
  if (!id) throw new Error(response.text);
  return id;
}

it('REP-7: a confidential case is announced only to the client with the designated officer’s need-to-know', async () => {
  const caseId = await recordCase('MOLESTATION', '孙小梅');
  expect(await subscriptionsTold('caseId', caseId)).toEqual(['officer']);
  const rows = (await app.owner.query(
    `SELECT payload::text AS body FROM webhook_delivery WHERE payload -> 'data' ->> 'caseId' = $1`,
    [caseId],
  )) as { body: string }[];
  expect(rows.map((r) => r.body).join()).not.toContain('孙小梅');
});

it('REP-7, ORG-1: a case is announced to the clients whose scope covers it, not to a teacher’s client outside the case', async () => {
  // The teacher's client at the case's school is neither its reporter nor its head: it sees nothing.
  const caseId = await recordCase('BULLYING_VIOLENCE', '钱小明');
  expect(await subscriptionsTold('caseId', caseId)).toEqual(['district', 'officer']);
});

it('ORG-1: a staff event reaches the clients whose scope covers the institution, not a primary school’s client', async () => {
  const staff = await add();
  await check(staff.id, 'CRIMINAL_DATABASE', 'RECORD_FOUND');
  expect(await subscriptionsTold('staffId', staff.id)).toEqual(['district', 'officer']);
});
