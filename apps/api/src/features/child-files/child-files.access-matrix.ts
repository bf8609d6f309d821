// Rows and probes of the access matrix (shared/auth/access-matrix.integration.test.ts) for watched
// children's files (PRV-8). The need-to-know rows of one file are in child-files.integration.test.ts.
import { denial, typename } from '../../test-support/access-matrix-answers';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import type { TestApp } from '../../test-support/test-app';
import { ChildFileEntity } from './child-file.entity';

type Outcome = 'ALLOW' | 'HIDDEN' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const A: Outcome = 'ALLOW';
const H: Outcome = 'HIDDEN';
const F: Outcome = 'FORBIDDEN';
const U: Outcome = 'UNAUTHENTICATED';
type Cell = readonly [own: Outcome, other: Outcome];
type Row = Record<string, Cell>;
interface ProbeInput {
  app: TestApp;
  client: () => Promise<GraphQLTestClient>;
  target: { id: string; name: string };
  attempt: number;
}

const PRIMARY = '九龙坡区谢家湾小学';
const KINDERGARTEN = '九龙坡区机关幼儿园';
const MISSING = '00000000-0000-4000-8000-000000000000';
// Sections without the designation see counts only (childFilesScope: COUNTS_ONLY).
const COUNTING = ['basic', 'preschool', 'vocational', 'inspect', 'personnel', 'policy'] as const;

/** The file's carers (head teacher, head) act on their own institution's files; everyone else is hidden. */
function row(cells: Partial<Row> & { default: Cell }): Row {
  const { default: others, ...given } = cells;
  const all: Row = {
    anonymous: [U, U],
    admin: [F, F],
    teacher: others,
    'head.primary': others,
    'head.kg': others,
    staff: others,
    leader: others,
    safety: others,
    ...Object.fromEntries(COUNTING.map((s) => [s, others])),
  };
  return { ...all, ...(given as Row) };
}

export const CHILD_FILES_MATRIX: Record<string, Row> = {
  // Names for the need-to-know group: teacher heads a class at 谢家湾小学, heads their school, designated 安稳办 all.
  childFiles: row({
    default: [H, H],
    teacher: [A, H],
    'head.primary': [A, H],
    'head.kg': [A, H],
    safety: [A, A],
  }),
  childFile: row({
    default: [H, H],
    teacher: [A, H],
    'head.primary': [A, H],
    'head.kg': [A, H],
    safety: [A, A],
  }),
  // Counts: own scope for institution staff; the whole district for the committee and leadership. The
  // training institution (启明) teaches no classes, so it has no file and no count.
  childFileCounts: row({
    default: [A, A],
    vocational: [H, A],
    inspect: [H, A],
    personnel: [A, H],
    teacher: [A, H],
    'head.primary': [A, H],
    'head.kg': [A, H],
    staff: [H, H],
  }),
  // No institution argument: own and other answer alike.
  childFileForm: row({ default: [H, H], teacher: [A, A], 'head.primary': [A, A], 'head.kg': [A, A] }),
  openChildFile: row({ default: [H, H], teacher: [A, H], 'head.primary': [A, H], 'head.kg': [A, H] }),
  updateChildFile: row({
    default: [H, H],
    teacher: [A, H],
    'head.primary': [A, H],
    'head.kg': [A, H],
    safety: [F, F],
  }),
  recordWelfareTalk: row({
    default: [H, H],
    teacher: [A, H],
    'head.primary': [A, H],
    'head.kg': [A, H],
    safety: [F, F],
  }),
  // The head teacher reads the file but does not close it.
  closeChildFile: row({
    default: [H, H],
    teacher: [F, H],
    'head.primary': [A, H],
    'head.kg': [A, H],
    safety: [F, F],
  }),
  linkChildFileCase: row({
    default: [H, H],
    teacher: [A, H],
    'head.primary': [A, H],
    'head.kg': [A, H],
    safety: [F, F],
  }),
};

interface Target {
  classId: string;
  fileId: string;
  closableFileId: string;
  caseId: string;
}
let fixture: Promise<Map<string, Target>> | null = null;

/**
 * Per institution with a class: its first class (teacher's at 谢家湾小学), an open file there (the seeded
 * 李小雨 at 谢家湾小学), a second file for closing, and at 谢家湾小学 and 机关幼儿园 a case (reported by teacher
 * and head.kg).
 */
function targetsOf(app: TestApp) {
  fixture ??= (async () => {
    const classes: { id: string; institution_id: string; head_teacher_staff_id: string | null }[] =
      await app.owner.query(
        `SELECT DISTINCT ON (c.institution_id) c.id, c.institution_id, c.head_teacher_staff_id
           FROM school_class c WHERE c.closed_at IS NULL
          ORDER BY c.institution_id, (c.head_teacher_staff_id IS NULL), c.name`,
      );
    const [{ admin }] = await app.owner.query("SELECT id AS admin FROM account WHERE username = 'admin'");
    const targets = new Map<string, Target>();
    const files = app.owner.getRepository(ChildFileEntity);
    const newFile = async (classId: string, institutionId: string) =>
      (
        await files.save({
          institutionId,
          classId,
          childName: '矩阵儿童',
          studentNumber: null,
          categories: ['LEFT_BEHIND'],
          counsellorStaffIds: [],
          personalFile: null,
          growthFile: null,
          openedAt: new Date('2026-01-01T00:00:00Z'),
          openedByAccountId: admin,
          closedAt: null,
          closedByAccountId: null,
          closingReason: null,
        })
      ).id;
    for (const c of classes) {
      const [{ name }] = await app.owner.query('SELECT name FROM institution WHERE id = $1', [
        c.institution_id,
      ]);
      const seeded: { id: string }[] =
        name === PRIMARY
          ? await app.owner.query(
              'SELECT id FROM child_file WHERE class_id = $1 ORDER BY opened_at LIMIT 1',
              [c.id],
            )
          : [];
      const reporter = name === PRIMARY ? 'teacher' : name === KINDERGARTEN ? 'head.kg' : null;
      targets.set(c.institution_id, {
        classId: c.id,
        fileId: seeded[0]?.id ?? (await newFile(c.id, c.institution_id)),
        closableFileId: await newFile(c.id, c.institution_id),
        caseId: reporter ? await reportCase(app, reporter) : MISSING,
      });
    }
    return targets;
  })();
  return fixture;
}

/** A case reported through the API, so it is whole (child, timeline) for every reader. */
async function reportCase(app: TestApp, username: string): Promise<string> {
  const response = await (
    await app.signedIn(username)
  ).request(
    'mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { ... on Case { id } } }',
    {
      input: {
        channel: 'ORAL',
        category: 'BULLYING_VIOLENCE',
        suspectType: 'STUDENT',
        childName: '矩阵儿童',
        childClass: '一班',
        childStatement: '矩阵',
        isChildInDanger: false,
      },
    },
  );
  const id = (response.body.data?.recordDisclosure as { id?: string } | undefined)?.id;
  if (!id) throw new Error(`No case: ${response.text}`);
  return id;
}

const targetOf = async (app: TestApp, institutionId: string): Promise<Target> =>
  (await targetsOf(app)).get(institutionId) ?? {
    classId: MISSING,
    fileId: MISSING,
    closableFileId: MISSING,
    caseId: MISSING,
  };

function judge(response: Parameters<typeof denial>[0], field: string): Outcome {
  const denied = denial(response);
  if (denied) return denied;
  switch (typename(response, field)) {
    case 'ChildFile':
    case 'ValidationError':
    case 'ChildFileStateError':
      return A;
    case 'ChildFileForbiddenError':
      return F;
    case 'ChildFileNotFoundError':
      return H;
    default:
      throw new Error(`Unexpected answer: ${response.text}`);
  }
}

const mutation =
  (name: string, inputType: string, input: (target: Target) => Record<string, unknown>) =>
  async ({ app, client, target }: ProbeInput): Promise<Outcome> => {
    const response = await (
      await client()
    ).request(`mutation($input: ${inputType}!) { ${name}(input: $input) { __typename } }`, {
      input: input(await targetOf(app, target.id)),
    });
    return judge(response, name);
  };

export const CHILD_FILES_PROBES: Record<string, (input: ProbeInput) => Promise<Outcome>> = {
  childFiles: async ({ app, client, target }) => {
    await targetsOf(app);
    const response = await (await client()).request('{ childFiles { items { id } } }');
    const items = (response.body.data?.childFiles as { items: { id: string }[] } | undefined)?.items ?? [];
    const own = await targetOf(app, target.id);
    return denial(response) ?? (items.some((f) => f.id === own.fileId) ? A : H);
  },
  childFile: async ({ app, client, target }) => {
    const { fileId } = await targetOf(app, target.id);
    const response = await (
      await client()
    ).request('query($id: ID!) { childFile(id: $id) { id } }', { id: fileId });
    return denial(response) ?? (response.body.data?.childFile ? A : H);
  },
  childFileCounts: async ({ app, client, target }) => {
    await targetsOf(app);
    const response = await (await client()).request('{ childFileCounts { institutionId } }');
    const counts = (response.body.data?.childFileCounts as { institutionId: string }[] | undefined) ?? [];
    return denial(response) ?? (counts.some((c) => c.institutionId === target.id) ? A : H);
  },
  childFileForm: async ({ app, client }) => {
    await targetsOf(app);
    const response = await (await client()).request('{ childFileForm { classes { id } } }');
    const form = response.body.data?.childFileForm as { classes: unknown[] } | undefined;
    return denial(response) ?? (form && form.classes.length > 0 ? A : H);
  },
  openChildFile: mutation('openChildFile', 'OpenChildFileInput', (t) => ({
    classId: t.classId,
    childName: '矩阵儿童',
    categories: ['LEFT_BEHIND'],
  })),
  updateChildFile: mutation('updateChildFile', 'UpdateChildFileInput', (t) => ({
    fileId: t.fileId,
    categories: ['LEFT_BEHIND'],
    counsellorStaffIds: [],
  })),
  recordWelfareTalk: mutation('recordWelfareTalk', 'RecordWelfareTalkInput', (t) => ({
    fileId: t.fileId,
    kind: 'TALK',
    heldAt: '2026-03-01T00:00:00.000Z',
    note: '矩阵谈心',
  })),
  closeChildFile: mutation('closeChildFile', 'CloseChildFileInput', (t) => ({
    fileId: t.closableFileId,
    reason: '矩阵',
  })),
  linkChildFileCase: mutation('linkChildFileCase', 'LinkChildFileCaseInput', (t) => ({
    fileId: t.fileId,
    caseId: t.caseId,
  })),
};
