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
beforeAll(async () => {
  app = await startTestApp();
  head = await app.signedIn('head.kg');
  await app.owner.getRepository(WebhookSubscriptionEntity).insert({
    clientId: await insertApiClient(app.owner, { name: '区平台' }),
    url: 'https://platform.example.cn/hooks',
    eventTypes: ['staff.blocked', 'staff.activated', 'case.recorded', 'case.policeDeadlineMissed'],
    secret: newWebhookSecret(),
    createdByAccountId: randomUUID(),
    createdAt: new Date(),
    unsubscribedAt: null,
  });
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
     LEFT JOIN pgboss.job j ON j.data ->> 'deliveryId' = d.id::text WHERE d.payload -> 'data' ->> 'staffId' = $1`,
    [staffId],
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
    `SELECT event_type, payload FROM webhook_delivery WHERE payload -> 'data' ->> 'caseId' = $1 ORDER BY sequence`,
    [caseId],
  )) as { event_type: string; payload: { data: Record<string, string> } }[];
  expect(rows.map((r) => r.event_type)).toEqual(['case.recorded', 'case.policeDeadlineMissed']);
  expect(rows[1].payload.data.dueAt).toBe(new Date(receivedAt.getTime() + 3600_000).toISOString());
  expect(JSON.stringify(rows)).not.toContain('赵小军');
});
