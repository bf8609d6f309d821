import { AuditEventEntity } from '../audit/audit-event.entity';
import { institutionIdByName } from '../../test-support/factories';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { QualificationEntity } from './qualification.entity';
import { buildCandidateInput, buildStaffMember } from './staff.factories';

const MEMBER = `status qualifications { kind number isRevoked revokedRuleId }
  vetting { status blocking { code ruleId } }`;
const QUALIFY = `mutation($input: RecordQualificationInput!) { recordQualification(input: $input) {
  __typename ... on StaffMember { ${MEMBER} } ... on ErrorResult { code } ... on ValidationError { field } } }`;
const ADD = `mutation($input: AddStaffCandidateInput!) { addStaffCandidate(input: $input) {
  __typename ... on StaffMember { id } } }`;
const RECORD = `mutation($input: RecordVettingCheckInput!) { recordVettingCheck(input: $input) {
  __typename ... on StaffMember { ${MEMBER} } ... on ErrorResult { code } } }`;

type Member = {
  __typename: string;
  code?: string;
  field?: string;
  status: string;
  qualifications: { kind: string; number: string; isRevoked: boolean; revokedRuleId: string | null }[];
  vetting: { status: string; blocking: { code: string; ruleId: string }[] };
};

let app: TestApp;
let headKg: GraphQLTestClient;
beforeAll(async () => {
  app = await startTestApp();
  headKg = await app.signedIn('head.kg');
});
afterAll(() => app.close());

async function qualify(
  client: GraphQLTestClient,
  staffId: string,
  overrides: Record<string, unknown> = {},
): Promise<Member> {
  const response = await client.request(QUALIFY, {
    input: {
      staffId,
      kind: 'KINDERGARTEN_TEACHER_QUALIFICATION',
      number: 'KG-2020-001',
      issuedAt: '2020-07-01T00:00:00Z',
      ...overrides,
    },
  });
  if (response.body.errors) throw new Error(response.text);
  return response.body.data?.recordQualification as Member;
}

async function kindergartenTeacher(): Promise<string> {
  const response = await headKg.request(ADD, {
    input: buildCandidateInput({ role: 'KINDERGARTEN_TEACHER', employmentType: 'ESTABLISHED' }),
  });
  return (response.body.data?.addStaffCandidate as { id: string }).id;
}

async function recordFound(staffId: string, check: string): Promise<Member> {
  const response = await headKg.request(RECORD, {
    input: {
      staffId,
      check,
      outcome: 'RECORD_FOUND',
      checkedAt: '2026-03-01T02:00:00Z',
      checkedBy: '王查询',
      system: '严重违法犯罪案件教职员工信息库',
      referenceNumber: 'Q-404',
    },
  });
  if (response.body.errors) throw new Error(response.text);
  return response.body.data?.recordVettingCheck as Member;
}

describe('recordQualification', () => {
  it('VET-5: refuses a blank or over-long number and a future issue date, storing nothing and auditing each refusal', async () => {
    const staffId = await kindergartenTeacher();
    const audits = () =>
      app.owner
        .getRepository(AuditEventEntity)
        .countBy({ action: 'staff.recordQualification', targetId: staffId });
    const refusals: [Record<string, unknown>, string][] = [
      [{ number: '   ' }, 'number'],
      [{ number: 'N'.repeat(61) }, 'number'],
      // The clock stands at 2026-03-02T01:00Z.
      [{ issuedAt: '2026-03-02T01:00:01Z' }, 'issuedAt'],
    ];
    for (const [overrides, field] of refusals) {
      expect(await qualify(headKg, staffId, overrides)).toMatchObject({
        __typename: 'ValidationError',
        code: 'VALIDATION_FAILED',
        field,
      });
    }
    expect(await app.owner.getRepository(QualificationEntity).countBy({ staffId })).toBe(0);
    expect(await audits()).toBe(refusals.length);

    const recorded = await qualify(headKg, staffId, {
      number: '  KG-2020-007 ',
      issuedAt: '2026-03-02T01:00:00Z',
    });
    expect(recorded.qualifications).toEqual([
      {
        kind: 'KINDERGARTEN_TEACHER_QUALIFICATION',
        number: 'KG-2020-007',
        isRevoked: false,
        revokedRuleId: null,
      },
    ]);
    expect(await audits()).toBe(refusals.length + 1);
  });

  it('answers StaffNotFoundError for another institution’s staff and for an unknown id', async () => {
    const staffId = await kindergartenTeacher();
    const headPrimary = await app.signedIn('head.primary');
    expect(await qualify(headPrimary, staffId)).toMatchObject({
      __typename: 'StaffNotFoundError',
      code: 'NOT_FOUND',
    });
    expect(await qualify(headKg, '00000000-0000-4000-8000-000000000000')).toMatchObject({
      __typename: 'StaffNotFoundError',
    });
    expect(await app.owner.getRepository(QualificationEntity).countBy({ staffId })).toBe(0);
  });
});

describe('VET-6 revocation', () => {
  it('VET-6: a record found before hiring revokes the teacher qualification (not a childcare certificate) and blocks under VET-6', async () => {
    const staffId = await kindergartenTeacher();
    await qualify(headKg, staffId);
    await qualify(headKg, staffId, { kind: 'CHILDCARE_TRAINING_CERTIFICATE', number: 'BY-1' });
    const blocked = await recordFound(staffId, 'CRIMINAL_DATABASE');
    expect(blocked.status).toBe('BLOCKED');
    expect(blocked.qualifications).toEqual(
      expect.arrayContaining([
        {
          kind: 'KINDERGARTEN_TEACHER_QUALIFICATION',
          number: 'KG-2020-001',
          isRevoked: true,
          revokedRuleId: 'VET-6',
        },
        { kind: 'CHILDCARE_TRAINING_CERTIFICATE', number: 'BY-1', isRevoked: false, revokedRuleId: null },
      ]),
    );
    expect(blocked.vetting.blocking).toEqual(
      expect.arrayContaining([
        { code: 'RECORD_FOUND', ruleId: 'VET-1' },
        { code: 'TEACHER_QUALIFICATION_BARRED', ruleId: 'VET-6' },
      ]),
    );
  });

  it('VET-6, VET-9: an in-service re-check finding a record revokes an active teacher’s qualification; a new one does not restore it', async () => {
    const kindergartenId = await institutionIdByName(app.owner, '九龙坡区机关幼儿园');
    const staff = await buildStaffMember(app.owner, kindergartenId, {
      role: 'KINDERGARTEN_TEACHER',
      post: '教师',
      status: 'ACTIVE',
      startedAt: new Date('2024-09-01T00:00:00Z'),
      activatedAt: new Date('2024-09-01T00:00:00Z'),
    });
    await qualify(headKg, staff.id);
    const after = await recordFound(staff.id, 'IN_SERVICE_RECHECK');
    expect(after.status).toBe('BLOCKED');
    expect(after.qualifications).toEqual([
      {
        kind: 'KINDERGARTEN_TEACHER_QUALIFICATION',
        number: 'KG-2020-001',
        isRevoked: true,
        revokedRuleId: 'VET-6',
      },
    ]);
    const again = await qualify(headKg, staff.id, {
      number: 'KG-2026-999',
      issuedAt: '2026-03-01T00:00:00Z',
    });
    expect(again.vetting.status).toBe('BLOCKED');
    expect(again.vetting.blocking).toContainEqual({ code: 'TEACHER_QUALIFICATION_BARRED', ruleId: 'VET-6' });
  });
});
