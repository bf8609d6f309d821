import { denial } from '../../test-support/access-matrix-answers';
// Rows and probes of the access matrix (shared/auth/access-matrix.integration.test.ts) for the staff feature.
import type { TestApp } from '../../test-support/test-app';
import type { GraphQLResponse, GraphQLTestClient } from '../../test-support/graphql-test-client';
import { MisconductCaseEntity } from './misconduct-case.entity';
import {
  buildCandidateInput,
  buildRosterRow,
  buildRosterWorkbook,
  buildStaffMember,
} from './staff.factories';

type Outcome = 'ALLOW' | 'HIDDEN' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const A: Outcome = 'ALLOW';
const H: Outcome = 'HIDDEN';
const F: Outcome = 'FORBIDDEN';
const U: Outcome = 'UNAUTHENTICATED';
type Row = Record<string, readonly [own: Outcome, other: Outcome]>;
interface ProbeInput {
  app: TestApp;
  client: () => Promise<GraphQLTestClient>;
  target: { id: string; name: string };
  attempt: number;
}

// VIEW_STAFF: heads (own institution), section members (their scope, ORG-1), the leader.
const VIEW: Row = {
  anonymous: [U, U],
  teacher: [F, F],
  'head.primary': [A, H],
  'head.kg': [A, H],
  staff: [F, F],
  basic: [A, H],
  preschool: [A, H],
  vocational: [A, H],
  safety: [A, A],
  inspect: [A, A],
  personnel: [A, A],
  policy: [A, A],
  leader: [A, A],
  admin: [F, F],
};
// MANAGE_STAFF: only the institution's own head.
const HEAD_ONLY: Row = {
  anonymous: [U, U],
  teacher: [F, F],
  'head.primary': [A, H],
  'head.kg': [A, H],
  staff: [F, F],
  basic: [F, F],
  preschool: [F, F],
  vocational: [F, F],
  safety: [F, F],
  inspect: [F, F],
  personnel: [F, F],
  policy: [F, F],
  leader: [F, F],
  admin: [F, F],
};
// The criminal-database check is the institution's (requiredChecks): a section in scope is NOT_RESPONSIBLE.
const CRIMINAL_DATABASE_CHECK: Row = {
  anonymous: [U, U],
  teacher: [F, F],
  'head.primary': [A, H],
  'head.kg': [A, H],
  staff: [F, F],
  basic: [F, H],
  preschool: [F, H],
  vocational: [F, H],
  safety: [F, F],
  inspect: [F, F],
  personnel: [F, F],
  policy: [F, F],
  leader: [F, F],
  admin: [F, F],
};
// VET-11: the head, or the matrix's TEACHER_ETHICS unit (PERSONNEL, district-wide).
const MISCONDUCT: Row = {
  anonymous: [U, U],
  teacher: [F, F],
  'head.primary': [A, H],
  'head.kg': [A, H],
  staff: [F, F],
  basic: [F, H],
  preschool: [F, H],
  vocational: [F, H],
  safety: [F, F],
  inspect: [F, F],
  personnel: [A, A],
  policy: [F, F],
  leader: [F, F],
  admin: [F, F],
};

// VET-11: a misconduct case is read only by its handlers and the leadership; other sections in scope
// find no case to decide (answered as missing), where opening one on a staff member is refused.
const DECIDE_MISCONDUCT: Row = {
  ...MISCONDUCT,
  basic: [H, H],
  preschool: [H, H],
  vocational: [H, H],
  safety: [H, H],
  inspect: [H, H],
  policy: [H, H],
};

// VET-4: POLICY (the matrix's new-institution vetting unit) and the leadership; other sections in scope are refused.
// A kind VET-4 does not cover is a decision of the rule (audited), so it counts as allowed.
const OPENING: Row = {
  anonymous: [U, U],
  teacher: [F, F],
  'head.primary': [F, F],
  'head.kg': [F, F],
  staff: [F, F],
  basic: [F, H],
  preschool: [F, H],
  vocational: [F, H],
  safety: [F, F],
  inspect: [F, F],
  personnel: [F, F],
  policy: [A, A],
  leader: [A, A],
  admin: [A, A],
};

export const STAFF_MATRIX: Record<string, Row> = {
  staff: VIEW,
  staffMember: VIEW,
  vettingDecision: VIEW,
  dueChecks: VIEW,
  addStaffCandidate: HEAD_ONLY,
  recordVettingCheck: CRIMINAL_DATABASE_CHECK,
  activateStaff: HEAD_ONLY,
  recordQualification: HEAD_ONLY,
  recordInterview: HEAD_ONLY,
  openMisconductCase: MISCONDUCT,
  decideMisconduct: DECIDE_MISCONDUCT,
  importStaffRoster: HEAD_ONLY,
  setOpeningApplication: OPENING,
};

/** ALLOW for a success (or a decision), HIDDEN for "not found / not yours", FORBIDDEN for not responsible. */
function byType(response: GraphQLResponse, field: string, allowed: string[]): Outcome {
  const denied = denial(response);
  if (denied) return denied;
  const typename = (response.body.data?.[field] as { __typename?: string } | null)?.__typename;
  if (typename && allowed.includes(typename)) return A;
  if (
    typename === 'NotResponsibleError' ||
    typename === 'OpeningApplicationForbiddenError' ||
    typename === 'StaffForbiddenError'
  )
    return F;
  if (
    typename === 'StaffNotFoundError' ||
    typename === 'MisconductCaseNotFoundError' ||
    typename === 'OpeningInstitutionNotFoundError' ||
    typename === 'ValidationError'
  )
    return H;
  throw new Error(`Unexpected answer: ${response.text}`);
}

const candidate = (app: TestApp, institutionId: string) => buildStaffMember(app.owner, institutionId);
const active = (app: TestApp, institutionId: string) =>
  buildStaffMember(app.owner, institutionId, {
    status: 'ACTIVE',
    startedAt: new Date('2025-01-01T00:00:00Z'),
    activatedAt: new Date('2025-01-01T00:00:00Z'),
  });

export const STAFF_PROBES: Record<string, (input: ProbeInput) => Promise<Outcome>> = {
  staff: async ({ client, target }) => {
    const response = await (
      await client()
    ).request('query($id: ID) { staff(filter: { institutionId: $id }) { edges { node { id } } } }', {
      id: target.id,
    });
    const edges = (response.body.data?.staff as { edges: unknown[] } | undefined)?.edges;
    return denial(response) ?? (edges && edges.length > 0 ? A : H);
  },
  staffMember: async ({ app, client, target }) => {
    const staff = await candidate(app, target.id);
    const response = await (
      await client()
    ).request('query($id: ID!) { staffMember(id: $id) { id } }', { id: staff.id });
    return denial(response) ?? (response.body.data?.staffMember ? A : H);
  },
  vettingDecision: async ({ app, client, target }) => {
    const staff = await candidate(app, target.id);
    const response = await (
      await client()
    ).request('query($id: ID!) { vettingDecision(staffId: $id) { status } }', { id: staff.id });
    return denial(response) ?? (response.body.data?.vettingDecision ? A : H);
  },
  dueChecks: async ({ client, target }) => {
    const response = await (
      await client()
    ).request('query($id: ID) { dueChecks(filter: { institutionId: $id }) { items { staffId } } }', {
      id: target.id,
    });
    const items = (response.body.data?.dueChecks as { items: unknown[] } | undefined)?.items;
    return denial(response) ?? (items && items.length > 0 ? A : H);
  },
  addStaffCandidate: async ({ client, target }) => {
    const response = await (
      await client()
    ).request(
      'mutation($input: AddStaffCandidateInput!) { addStaffCandidate(input: $input) { __typename } }',
      { input: buildCandidateInput({ institutionId: target.id }) },
    );
    return byType(response, 'addStaffCandidate', ['StaffMember']);
  },
  recordVettingCheck: async ({ app, client, target }) => {
    const staff = await candidate(app, target.id);
    const response = await (
      await client()
    ).request(
      'mutation($input: RecordVettingCheckInput!) { recordVettingCheck(input: $input) { __typename } }',
      {
        input: {
          staffId: staff.id,
          check: 'CRIMINAL_DATABASE',
          outcome: 'CLEAR',
          checkedAt: '2026-03-01T00:00:00Z',
          checkedBy: '查询员',
          system: '严重违法犯罪案件教职员工信息库',
          referenceNumber: 'M-1',
        },
      },
    );
    return byType(response, 'recordVettingCheck', ['StaffMember']);
  },
  activateStaff: async ({ app, client, target }) => {
    const staff = await candidate(app, target.id);
    const response = await (
      await client()
    ).request('mutation($id: ID!) { activateStaff(staffId: $id) { __typename } }', { id: staff.id });
    return byType(response, 'activateStaff', ['StaffMember', 'VettingNotClearError']);
  },
  recordQualification: async ({ app, client, target }) => {
    const staff = await candidate(app, target.id);
    const response = await (
      await client()
    ).request(
      'mutation($input: RecordQualificationInput!) { recordQualification(input: $input) { __typename } }',
      {
        input: {
          staffId: staff.id,
          kind: 'TEACHER_QUALIFICATION',
          number: 'Q-1',
          issuedAt: '2020-01-01T00:00:00Z',
        },
      },
    );
    return byType(response, 'recordQualification', ['StaffMember']);
  },
  recordInterview: async ({ app, client, target }) => {
    const staff = await active(app, target.id);
    const response = await (
      await client()
    ).request('mutation($input: RecordInterviewInput!) { recordInterview(input: $input) { __typename } }', {
      input: { staffId: staff.id, interviewedAt: '2026-03-01T00:00:00Z', interviewer: '负责人' },
    });
    return byType(response, 'recordInterview', ['StaffMember']);
  },
  openMisconductCase: async ({ app, client, target }) => {
    const staff = await candidate(app, target.id);
    const response = await (
      await client()
    ).request(
      'mutation($input: OpenMisconductCaseInput!) { openMisconductCase(input: $input) { __typename } }',
      { input: { staffId: staff.id, facts: '事实' } },
    );
    return byType(response, 'openMisconductCase', ['MisconductCase']);
  },
  decideMisconduct: async ({ app, client, target }) => {
    const staff = await candidate(app, target.id);
    const saved = await app.owner.getRepository(MisconductCaseEntity).save({
      staffId: staff.id,
      institutionId: target.id,
      incidentId: null,
      status: 'OPEN',
      facts: '事实',
      investigation: null,
      factsVerified: false,
      severity: null,
      involvesCrime: false,
      outcomes: [],
      openedAt: new Date('2026-03-01T00:00:00Z'),
      openedByAccountId: null,
      proposedAt: null,
      decidedAt: null,
      decidedByAccountId: null,
    });
    const response = await (
      await client()
    ).request('mutation($input: DecideMisconductInput!) { decideMisconduct(input: $input) { __typename } }', {
      input: {
        caseId: saved.id,
        investigation: '核实',
        factsVerified: true,
        severity: 'MISCONDUCT',
        involvesCrime: false,
        outcomes: ['ADJUST_POST'],
        proposedAt: '2026-03-01T01:00:00Z',
        decidedAt: '2026-03-01T02:00:00Z',
      },
    });
    return byType(response, 'decideMisconduct', ['MisconductCase']);
  },
  importStaffRoster: async ({ client, target }) => {
    const file = await buildRosterWorkbook([buildRosterRow()]);
    const response = await (
      await client()
    ).request(
      'mutation($input: ImportStaffRosterInput!) { importStaffRoster(input: $input) { __typename } }',
      { input: { institutionId: target.id, fileBase64: file.toString('base64') } },
    );
    return byType(response, 'importStaffRoster', ['StaffImportReport']);
  },
  setOpeningApplication: async ({ client, target }) => {
    const response = await (
      await client()
    ).request(
      'mutation($input: SetOpeningApplicationInput!) { setOpeningApplication(input: $input) { __typename } }',
      { input: { institutionId: target.id, isApplying: true, note: '矩阵' } },
    );
    return byType(response, 'setOpeningApplication', ['Institution', 'OpeningNotApplicableError']);
  },
};
