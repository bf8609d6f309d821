// Rows and probes of the access matrix (shared/auth/access-matrix.integration.test.ts) for classes and
// care records (PRV-5 to PRV-8, PRV-10).
import { denial, typename } from '../../test-support/access-matrix-answers';
import type { GraphQLTestClient, GraphQLResponse } from '../../test-support/graphql-test-client';
import type { TestApp } from '../../test-support/test-app';

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

/**
 * The role gate first (VIEW_CARE_RECORDS: heads, sections, leadership), then careRecordsAccess: the head
 * her own; 安稳办, 督导室 and the supervising section (ORG-1); leadership. `reader` is what a reader who
 * may not record gets (FORBIDDEN for a change, ALLOW for a read).
 */
function row(reader: Outcome): Row {
  const R = reader;
  return {
    anonymous: [U, U],
    teacher: [F, F],
    staff: [F, F],
    admin: [F, F],
    'head.primary': [A, H],
    'head.kg': [A, H],
    basic: [R, H],
    preschool: [R, H],
    vocational: [R, H],
    safety: [R, R],
    inspect: [R, R],
    personnel: [H, H],
    policy: [H, H],
    leader: [R, R],
  };
}

export const CARE_RECORDS_MATRIX: Record<string, Row> = {
  careRecords: row(A),
  intakes: row(A),
  recordLegalVicePrincipal: row(F),
  recordCourseDelivery: row(F),
  recordTeachingPlan: row(F),
  recordCounselling: row(F),
  recordIntake: row(F),
  recordClass: row(F),
  assignHeadTeacher: row(F),
  closeClass: row(F),
};

let fixture: Promise<Map<string, { intakeId: string; classId: string }>> | null = null;

/** An intake with a class at every institution (the training institution teaches in none), once per app. */
function classesOf(app: TestApp) {
  fixture ??= (async () => {
    await app.owner.query(
      `WITH missing AS (
         INSERT INTO intake (institution_id, name, enrolled_at, recorded_by_account_id, recorded_at)
         SELECT i.id, '矩阵级', now(), (SELECT id FROM account WHERE username = 'admin'), now()
           FROM institution i WHERE NOT EXISTS (SELECT 1 FROM intake k WHERE k.institution_id = i.id)
         RETURNING id, institution_id)
       INSERT INTO school_class (institution_id, intake_id, name, recorded_by_account_id, recorded_at)
       SELECT institution_id, id, '矩阵班', (SELECT id FROM account WHERE username = 'admin'), now() FROM missing`,
    );
    const rows: { institution_id: string; intake_id: string; class_id: string }[] = await app.owner.query(
      `SELECT DISTINCT ON (c.institution_id) c.institution_id, c.intake_id, c.id AS class_id
         FROM school_class c ORDER BY c.institution_id, c.name DESC`,
    );
    return new Map(rows.map((r) => [r.institution_id, { intakeId: r.intake_id, classId: r.class_id }]));
  })();
  return fixture;
}

function judge(response: GraphQLResponse, field: string): Outcome {
  const denied = denial(response);
  if (denied) return denied;
  switch (typename(response, field)) {
    case 'LegalVicePrincipal':
    case 'CourseDelivery':
    case 'TeachingPlanEntry':
    case 'Counselling':
    case 'Intake':
    case 'SchoolClass':
    case 'CareStateError': // past the access check: a state or a rule of the data
    case 'ValidationError': // (e.g. a name an earlier probe took)
      return A;
    case 'CareForbiddenError':
      return F;
    case 'CareNotFoundError':
      return H;
    default:
      throw new Error(`Unexpected answer: ${response.text}`);
  }
}

const mutate = async (client: () => Promise<GraphQLTestClient>, field: string, type: string, input: object) =>
  judge(
    await (
      await client()
    ).request(`mutation($input: ${type}!) { ${field}(input: $input) { __typename } }`, { input }),
    field,
  );

export const CARE_RECORDS_PROBES: Record<string, (input: ProbeInput) => Promise<Outcome>> = {
  careRecords: async ({ client, target }) => {
    const response = await (
      await client()
    ).request('query($id: ID!) { careRecords(institutionId: $id) { institutionId } }', { id: target.id });
    return denial(response) ?? (response.body.data?.careRecords ? A : H);
  },
  intakes: async ({ client, target }) => {
    const response = await (
      await client()
    ).request('query($id: ID!) { intakes(institutionId: $id) { institutionId } }', { id: target.id });
    return denial(response) ?? (response.body.data?.intakes ? A : H);
  },
  recordLegalVicePrincipal: ({ client, target }) =>
    mutate(client, 'recordLegalVicePrincipal', 'RecordLegalVicePrincipalInput', {
      institutionId: target.id,
      name: '矩阵',
      unit: 'COURT',
      organisation: '九龙坡区人民法院',
      termStart: '2026-01-01',
      termEnd: '2027-12-31',
    }),
  recordCounselling: ({ client, target }) =>
    mutate(client, 'recordCounselling', 'RecordCounsellingInput', {
      institutionId: target.id,
      hasCounsellingRoom: false,
      hotline: '12355',
    }),
  recordCourseDelivery: async ({ app, client, target }) => {
    const own = (await classesOf(app)).get(target.id)!;
    const [staff] = await app.owner.query('SELECT id FROM staff_member WHERE institution_id = $1 LIMIT 1', [
      target.id,
    ]);
    return mutate(client, 'recordCourseDelivery', 'RecordCourseDeliveryInput', {
      intakeId: own.intakeId,
      classIds: [own.classId],
      deliveredOn: '2020-01-01',
      // Without a register the teacher is refused after the access check (a ValidationError).
      teacherStaffId: staff?.id ?? own.classId,
    });
  },
  recordTeachingPlan: async ({ app, client, target }) =>
    mutate(client, 'recordTeachingPlan', 'RecordTeachingPlanInput', {
      classId: (await classesOf(app)).get(target.id)!.classId,
      topic: 'MENTAL_HEALTH',
      lessons: 1,
      plannedOn: '2020-01-01',
    }),
  recordIntake: ({ client, target, attempt }) =>
    mutate(client, 'recordIntake', 'RecordIntakeInput', {
      institutionId: target.id,
      name: `矩阵${attempt}级`,
      enrolledOn: '2020-09-01',
    }),
  recordClass: async ({ app, client, target, attempt }) =>
    mutate(client, 'recordClass', 'RecordClassInput', {
      intakeId: (await classesOf(app)).get(target.id)!.intakeId,
      name: `矩阵${attempt}班`,
    }),
  assignHeadTeacher: async ({ app, client, target }) =>
    mutate(client, 'assignHeadTeacher', 'AssignHeadTeacherInput', {
      classId: (await classesOf(app)).get(target.id)!.classId,
      headTeacherStaffId: null,
    }),
  closeClass: async ({ app, client, target }) =>
    mutate(client, 'closeClass', 'CloseClassInput', {
      classId: (await classesOf(app)).get(target.id)!.classId,
    }),
};
