import {
  childFilesScope,
  showsChildren,
  supervisingSection,
  watchCategories,
  welfareTalkStatus,
  type ChildFilesScope,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { toAccessActor } from '../../shared/auth/actor';
import { signedIn } from '../../shared/auth/signed-in';
import { InstitutionEntity } from '../institutions/institution.entity';
import { ChildFileEntity } from './child-file.entity';
import {
  accessInClass,
  accessToFile,
  loadChildFile,
  toChildFiles,
  toDomainFile,
  toDomainTalk,
  withFacts,
} from './child-file-view';
import type { ChildFile, ChildFileCount, ChildFileForm, ChildFileList } from './child-files.type';

/** PRV-8: the files of the scope, as SQL (the domain's `childFilesScope`, written once). */
function scopedFiles(manager: EntityManager, scope: Exclude<ChildFilesScope, null>, includeClosed: boolean) {
  const query = manager
    .getRepository(ChildFileEntity)
    .createQueryBuilder('file')
    .innerJoin('school_class', 'cls', 'cls.id = file.class_id');
  if (!includeClosed) query.andWhere('file.closed_at IS NULL');
  switch (scope.type) {
    case 'INSTITUTION':
      query.andWhere('file.institution_id = :institution', { institution: scope.institutionId });
      break;
    case 'RESPONSIBLE_STAFF':
      query
        .andWhere('file.institution_id = :institution', { institution: scope.institutionId })
        .andWhere('(cls.head_teacher_staff_id = :staff OR :staff = ANY(file.counsellor_staff_ids))', {
          staff: scope.staffId,
        });
      break;
    default:
      break;
  }
  return query;
}

/**
 * PRV-8: the viewer's watched children, overdue talks first. Names only for the need-to-know group
 * (`showsChildren`); the district's others get `showsChildren: false` and use `childFileCounts`. A list
 * that shows children is audited (how many, never who).
 */
export async function listChildFiles(
  context: RequestContext,
  includeClosed: boolean,
): Promise<ChildFileList> {
  const signedInActor = signedIn(context);
  const actor = toAccessActor(signedInActor);
  const scope = childFilesScope(actor);
  if (scope === null || !showsChildren(scope)) return { showsChildren: false, items: [] };
  const now = context.clock.now();
  return context.dataSource.transaction(async (manager) => {
    const files = await scopedFiles(manager, scope, includeClosed).orderBy('file.opened_at', 'ASC').getMany();
    // The SQL follows the scope; the policy still answers for each file.
    const readable = (await withFacts(manager, files)).filter((l) => accessToFile(l, actor).canView.allowed);
    const items = sortForWatching(await toChildFiles(manager, readable, actor, now, context.policy, false));
    await recordAudit(manager, signedInActor, now, {
      action: 'childFile.list',
      outcome: 'OK',
      targetType: 'child_file',
      details: { scope: scope.type, count: items.length, includeClosed },
    });
    return { showsChildren: true, items };
  });
}

/** Open files first; among them overdue talks first, then by the next talk's due date. */
function sortForWatching(items: ChildFile[]): ChildFile[] {
  const rank = (f: ChildFile) => (f.closedAt !== null ? 2 : f.talkStatus.isOverdue ? 0 : 1);
  return [...items].sort(
    (a, b) => rank(a) - rank(b) || a.talkStatus.dueAt.getTime() - b.talkStatus.dueAt.getTime(),
  );
}

/**
 * PRV-8: one file. Every read is audited with its outcome, refusals included (FORBIDDEN when the file
 * exists and the viewer is not in its need-to-know group, NOT_FOUND when there is none); a refusal is
 * answered like a missing file. Never the child in the audit row.
 */
export async function readChildFile(context: RequestContext, id: string): Promise<ChildFile | null> {
  const signedInActor = signedIn(context);
  const actor = toAccessActor(signedInActor);
  const now = context.clock.now();
  return context.dataSource.transaction(async (manager) => {
    const loaded = await loadChildFile(manager, id);
    const canView = loaded ? accessToFile(loaded, actor).canView.allowed : false;
    const view =
      loaded && canView ? (await toChildFiles(manager, [loaded], actor, now, context.policy, true))[0] : null;
    await recordAudit(manager, signedInActor, now, {
      action: 'childFile.read',
      outcome: !loaded ? 'NOT_FOUND' : canView ? 'OK' : 'FORBIDDEN',
      targetType: 'child_file',
      targetId: id.slice(0, 64),
      details: loaded ? { institutionId: loaded.institution.id, ruleId: 'PRV-8' } : null,
    });
    return view;
  });
}

interface CountRow {
  id: string;
  institution_id: string;
  class_id: string;
  categories: string[];
  opened_at: Date;
  closed_at: Date | null;
  last_talk_at: Date | null;
}

/**
 * PRV-8: open files per institution and category, with how many have an overdue talk: the district's view
 * (never names; no encrypted column is read). Anyone with a child-file scope gets the counts of it.
 */
export async function countChildFiles(context: RequestContext): Promise<ChildFileCount[]> {
  const actor = toAccessActor(signedIn(context));
  const scope = childFilesScope(actor);
  if (scope === null) return [];
  const manager = context.dataSource.manager;
  const now = context.clock.now();
  const query = scopedFiles(manager, scope, false)
    .select([
      'file.id AS id',
      'file.institution_id AS institution_id',
      'file.class_id AS class_id',
      'file.categories AS categories',
      'file.opened_at AS opened_at',
      'file.closed_at AS closed_at',
    ])
    .addSelect(
      '(SELECT max(t.held_at) FROM welfare_talk t WHERE t.child_file_id = file.id AND t.held_at <= :now)',
      'last_talk_at',
    )
    .setParameter('now', now);
  const rows = await query.getRawMany<CountRow>();
  if (rows.length === 0) return [];
  const institutions = await manager
    .getRepository(InstitutionEntity)
    .createQueryBuilder('i')
    .where('i.id IN (:...ids)', { ids: [...new Set(rows.map((r) => r.institution_id))] })
    .getMany();
  const counts = new Map<string, ChildFileCount>();
  for (const row of rows) {
    const institution = institutions.find((i) => i.id === row.institution_id)!;
    const file = toDomainFile(
      {
        id: row.id,
        classId: row.class_id,
        counsellorStaffIds: [],
        categories: row.categories,
        openedAt: new Date(row.opened_at),
        closedAt: row.closed_at === null ? null : new Date(row.closed_at),
        personalFile: null,
        growthFile: null,
      },
      null,
    );
    const talks = row.last_talk_at
      ? [
          toDomainTalk({
            childFileId: row.id,
            heldAt: new Date(row.last_talk_at),
            kind: 'TALK',
            byStaffId: null,
          }),
        ]
      : [];
    const isOverdue = welfareTalkStatus(file, talks, now, context.policy).isOverdue;
    for (const category of row.categories) {
      const key = `${institution.id}/${category}`;
      const count = counts.get(key) ?? {
        institutionId: institution.id,
        institutionName: institution.name,
        institutionKind: institution.kind,
        section: supervisingSection(institution.kind, context.policy).unit,
        category,
        openCount: 0,
        overdueCount: 0,
      };
      count.openCount += 1;
      if (isOverdue) count.overdueCount += 1;
      counts.set(key, count);
    }
  }
  return [...counts.values()].sort(
    (a, b) =>
      a.institutionName.localeCompare(b.institutionName, 'zh-CN') || a.category.localeCompare(b.category),
  );
}

/**
 * PRV-8: what the open-a-file form offers: the open classes of the viewer's institution where the policy
 * lets her open a file, the district's categories, and the serving staff of the register (counsellors).
 * Empty for one who opens no file.
 */
export async function childFileForm(context: RequestContext): Promise<ChildFileForm> {
  const actor = toAccessActor(signedIn(context));
  const categories = watchCategories(context.policy);
  const empty = { classes: [], categories, staff: [] };
  if (actor.institutionId === null) return empty;
  const manager = context.dataSource.manager;
  const institution = await manager.getRepository(InstitutionEntity).findOneBy({ id: actor.institutionId });
  if (!institution) return empty;
  const classes: {
    id: string;
    name: string;
    head_teacher_staff_id: string | null;
    head_teacher_name: string | null;
  }[] = await manager.query(
    `SELECT c.id, c.name, c.head_teacher_staff_id, s.name AS head_teacher_name
         FROM school_class c LEFT JOIN staff_member s ON s.id = c.head_teacher_staff_id
        WHERE c.institution_id = $1 AND c.closed_at IS NULL ORDER BY c.name`,
    [institution.id],
  );
  const allowed = classes.filter(
    (c) => accessInClass(institution, c.head_teacher_staff_id, [], actor).can.openFile.allowed,
  );
  if (allowed.length === 0) return empty;
  const staff: { id: string; name: string; post: string }[] = await manager.query(
    `SELECT id, name, post FROM staff_member WHERE institution_id = $1 AND status = 'ACTIVE' ORDER BY name, id`,
    [institution.id],
  );
  return {
    classes: allowed.map((c) => ({ id: c.id, name: c.name, headTeacherName: c.head_teacher_name })),
    categories,
    staff,
  };
}
