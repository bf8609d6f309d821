import { AuditEventEntity } from '../audit/audit-event.entity';
import { institutionIdByName } from '../../test-support/factories';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { buildCandidateInput } from './staff.factories';

const KINDERGARTEN = '九龙坡区机关幼儿园';
const PRIMARY = '九龙坡区谢家湾小学';
const SET = `mutation($input: SetOpeningApplicationInput!) { setOpeningApplication(input: $input) {
  __typename ... on Institution { id isApplyingToOpen } ... on ErrorResult { code message }
  ... on OpeningNotApplicableError { kind } ... on ValidationError { field } } }`;
const ADD = `mutation($input: AddStaffCandidateInput!) { addStaffCandidate(input: $input) {
  __typename ... on StaffMember { id } } }`;
const DECISION = `query($id: ID!) { vettingDecision(staffId: $id) {
  status required { check recordedBy ruleId } missing { check recordedBy } } }`;

type Answer = { __typename: string; id?: string; isApplyingToOpen?: boolean; code?: string; kind?: string };

let app: TestApp;
let policy: GraphQLTestClient;
let headKg: GraphQLTestClient;
let kindergartenId: string;
beforeAll(async () => {
  app = await startTestApp();
  [policy, headKg] = await Promise.all([app.signedIn('policy'), app.signedIn('head.kg')]);
  kindergartenId = await institutionIdByName(app.owner, KINDERGARTEN);
});
afterAll(() => app.close());

async function setOpening(client: GraphQLTestClient, input: Record<string, unknown>): Promise<Answer> {
  const response = await client.request(SET, { input });
  if (!response.body.data?.setOpeningApplication) throw new Error(response.text);
  return response.body.data?.setOpeningApplication as Answer;
}

async function requiredOfNewTeacher(): Promise<{ check: string; recordedBy: string; ruleId: string }[]> {
  const added = await headKg.request(ADD, {
    input: buildCandidateInput({ role: 'KINDERGARTEN_TEACHER', employmentType: 'ESTABLISHED' }),
  });
  const staffId = (added.body.data?.addStaffCandidate as { id: string }).id;
  const decision = await headKg.request(DECISION, { id: staffId });
  return (
    decision.body.data?.vettingDecision as {
      required: { check: string; recordedBy: string; ruleId: string }[];
    }
  ).required;
}

describe('setOpeningApplication', () => {
  it('VET-4: POLICY marking a kindergarten as applying to open makes a new teacher need NEW_INSTITUTION_REVIEW recorded by POLICY', async () => {
    expect((await requiredOfNewTeacher()).map((r) => r.check)).not.toContain('NEW_INSTITUTION_REVIEW');

    const result = await setOpening(policy, {
      institutionId: kindergartenId,
      isApplying: true,
      note: '开办申请 2026-17',
    });
    expect(result).toEqual({ __typename: 'Institution', id: kindergartenId, isApplyingToOpen: true });

    expect(await requiredOfNewTeacher()).toContainEqual({
      check: 'NEW_INSTITUTION_REVIEW',
      recordedBy: 'POLICY',
      ruleId: 'VET-4',
    });
    const [row] = await app.owner.query(
      'SELECT applied_at, closed_at, note FROM institution_opening_application WHERE institution_id = $1',
      [kindergartenId],
    );
    expect(row).toMatchObject({ closed_at: null, note: '开办申请 2026-17' });
    const audit = await app.owner.getRepository(AuditEventEntity).findOneByOrFail({
      action: 'institution.setOpeningApplication',
      targetId: kindergartenId,
      outcome: 'OK',
    });
    expect(audit).toMatchObject({
      actorUsername: 'policy',
      details: { isApplying: true, note: '开办申请 2026-17' },
    });
  });

  it('VET-4: ending the application (the leader may too) drops the review for the next candidate', async () => {
    const leader = await app.signedIn('leader');
    await setOpening(policy, { institutionId: kindergartenId, isApplying: true, note: null });
    const ended = await setOpening(leader, {
      institutionId: kindergartenId,
      isApplying: false,
      note: '已批准',
    });
    expect(ended).toMatchObject({ __typename: 'Institution', isApplyingToOpen: false });
    expect((await requiredOfNewTeacher()).map((r) => r.check)).not.toContain('NEW_INSTITUTION_REVIEW');
    const [row] = await app.owner.query(
      'SELECT closed_at FROM institution_opening_application WHERE institution_id = $1',
      [kindergartenId],
    );
    expect(row.closed_at).not.toBeNull();
    // Applying again opens a fresh application.
    expect(
      await setOpening(policy, { institutionId: kindergartenId, isApplying: true, note: null }),
    ).toMatchObject({
      isApplyingToOpen: true,
    });
  });

  it('VET-4: refused with a typed error for a kind VET-4 does not cover, and audited', async () => {
    const primaryId = await institutionIdByName(app.owner, PRIMARY);
    expect(await setOpening(policy, { institutionId: primaryId, isApplying: true, note: null })).toEqual({
      __typename: 'OpeningNotApplicableError',
      code: 'NOT_APPLICABLE',
      message: expect.any(String),
      kind: 'PRIMARY',
    });
    const rows = await app.owner.query(
      'SELECT 1 FROM institution_opening_application WHERE institution_id = $1',
      [primaryId],
    );
    expect(rows).toEqual([]);
    expect(
      await app.owner.getRepository(AuditEventEntity).countBy({
        action: 'institution.setOpeningApplication',
        targetId: primaryId,
        outcome: 'NOT_APPLICABLE',
      }),
    ).toBe(1);
  });

  it('ORG-2: a section that is not the VET-4 unit is refused; out of scope or unknown answers as not found', async () => {
    const preschool = await app.signedIn('preschool');
    expect(
      await setOpening(preschool, { institutionId: kindergartenId, isApplying: false, note: null }),
    ).toMatchObject({
      __typename: 'OpeningApplicationForbiddenError',
      code: 'FORBIDDEN',
    });
    const vocational = await app.signedIn('vocational');
    expect(
      await setOpening(vocational, { institutionId: kindergartenId, isApplying: true, note: null }),
    ).toMatchObject({
      __typename: 'OpeningInstitutionNotFoundError',
      code: 'NOT_FOUND',
    });
    for (const institutionId of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      expect(await setOpening(policy, { institutionId, isApplying: true, note: null })).toMatchObject({
        __typename: 'OpeningInstitutionNotFoundError',
      });
    }
    expect(
      await setOpening(policy, { institutionId: kindergartenId, isApplying: true, note: 'x'.repeat(501) }),
    ).toMatchObject({ __typename: 'ValidationError', field: 'note' });
    const head = await headKg.request(SET, { input: { institutionId: kindergartenId, isApplying: true } });
    expect(head.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('Institution.isApplyingToOpen', () => {
  it('VET-4: shows the seeded applicant on the list, in one extra statement for the whole page (no N+1)', async () => {
    const leader = await app.signedIn('leader');
    const query = (first: number) =>
      leader.request(`{ institutions(first: ${first}) { edges { node { name isApplyingToOpen } } } }`);
    let before = app.statementCount();
    await query(5);
    const small = app.statementCount() - before;
    before = app.statementCount();
    const response = await query(60);
    expect(app.statementCount() - before).toBe(small);
    const nodes = (
      response.body.data?.institutions as { edges: { node: { name: string; isApplyingToOpen: boolean } }[] }
    ).edges.map((e) => e.node);
    expect(nodes.filter((n) => n.isApplyingToOpen).map((n) => n.name)).toContain('九龙坡区含谷幼儿园');
    expect(nodes.find((n) => n.name === PRIMARY)?.isApplyingToOpen).toBe(false);
  });
});
