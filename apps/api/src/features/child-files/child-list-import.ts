import { isWatchCategory, TEXT_LIMITS, watchCategories } from '@xiaohu/domain';
import ExcelJS from 'exceljs';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { toAccessActor } from '../../shared/auth/actor';
import { signedIn } from '../../shared/auth/signed-in';
import { InstitutionEntity } from '../institutions/institution.entity';
import { ChildFileEntity } from './child-file.entity';
import { accessInClass } from './child-file-view';
import { CHILD_LIST_COLUMNS, readChildListSheet, type ChildListProblem } from './child-list-sheet';

/** The Chinese names of the plan's categories, as a school writes them; a district's own by its code. */
const CATEGORY_NAMES: Readonly<Record<string, string>> = {
  留守儿童: 'LEFT_BEHIND',
  留守: 'LEFT_BEHIND',
  困境儿童: 'IN_DIFFICULTY',
  困境: 'IN_DIFFICULTY',
};

export type ChildListImportAnswer =
  | { status: 200; body: { __typename: 'ChildListImportReport'; created: number } }
  | { status: 422; body: { __typename: 'ChildListImportRejected'; errors: ChildListProblem[] } };

/**
 * PRV-8: a school's list of watched children from Excel (class, child, student number, categories). Every
 * row is checked first; one bad row refuses the whole file with a Chinese report per row, and nothing is
 * saved. Each child goes to a class of the actor's institution where the policy lets her open a file.
 * One audit row, with counts only.
 */
export async function importChildList(
  context: RequestContext,
  upload: Buffer,
): Promise<ChildListImportAnswer> {
  const actor = signedIn(context);
  const now = context.clock.now();
  const sheet = await readChildListSheet(upload);
  const errors = [...sheet.errors];
  return context.dataSource.transaction(async (manager) => {
    const institution = actor.institutionId
      ? await manager.getRepository(InstitutionEntity).findOneBy({ id: actor.institutionId })
      : null;
    const classes: { id: string; name: string; head_teacher_staff_id: string | null }[] = institution
      ? await manager.query(
          'SELECT id, name, head_teacher_staff_id FROM school_class WHERE institution_id = $1 AND closed_at IS NULL',
          [institution.id],
        )
      : [];
    const accessActor = toAccessActor(actor);
    const files: Omit<ChildFileEntity, 'id' | 'institution' | 'schoolClass'>[] = [];
    for (const { row, cells } of sheet.rows) {
      const problems: string[] = [];
      const schoolClass = classes.find((c) => c.name === cells.className);
      if (!cells.className) problems.push('班级未填写');
      else if (!schoolClass) problems.push(`班级“${cells.className.slice(0, 40)}”不是本单位在读的班级`);
      else if (
        !accessInClass(institution!, schoolClass.head_teacher_staff_id, [], accessActor).can.openFile.allowed
      )
        problems.push(`您不能为班级“${schoolClass.name}”建档（只有校长和该班班主任可以）`);
      if (!cells.childName) problems.push('儿童姓名未填写');
      else if (cells.childName.length > TEXT_LIMITS.childName)
        problems.push(`儿童姓名超过 ${TEXT_LIMITS.childName} 个字`);
      if (cells.studentNumber.length > TEXT_LIMITS.studentNumber)
        problems.push(`学籍号超过 ${TEXT_LIMITS.studentNumber} 个字符`);
      const categories = [
        ...new Set(
          cells.categories
            .split(/[、,，;；/\s]+/)
            .filter(Boolean)
            .map((c) => CATEGORY_NAMES[c] ?? c),
        ),
      ];
      if (categories.length === 0) problems.push('类别未填写（如：留守儿童、困境儿童）');
      const unknown = categories.filter((c) => !isWatchCategory(c, context.policy));
      if (unknown.length > 0)
        problems.push(
          `类别“${unknown.join('、').slice(0, 40)}”不在本区的关爱类别中（${categoryHint(context)}）`,
        );
      if (problems.length > 0) {
        errors.push({ row, message: `第 ${row} 行：${problems.join('；')}` });
        continue;
      }
      files.push({
        institutionId: institution!.id,
        classId: schoolClass!.id,
        childName: cells.childName,
        studentNumber: cells.studentNumber || null,
        categories,
        counsellorStaffIds: [],
        personalFile: null,
        growthFile: null,
        openedAt: now,
        openedByAccountId: actor.accountId,
        closedAt: null,
        closedByAccountId: null,
        closingReason: null,
      });
    }
    if (errors.length === 0) await manager.getRepository(ChildFileEntity).insert(files);
    await recordAudit(manager, actor, now, {
      action: 'childFile.import',
      outcome: errors.length === 0 ? 'OK' : 'IMPORT_REJECTED',
      targetType: 'institution',
      targetId: institution?.id ?? null,
      details: {
        rows: sheet.rows.length,
        created: errors.length === 0 ? files.length : 0,
        refusedRows: errors.length,
      },
    });
    return errors.length === 0
      ? { status: 200, body: { __typename: 'ChildListImportReport', created: files.length } }
      : { status: 422, body: { __typename: 'ChildListImportRejected', errors } };
  });
}

function categoryHint(context: RequestContext): string {
  const names = Object.fromEntries(
    Object.entries(CATEGORY_NAMES)
      .filter(([n]) => n.endsWith('儿童'))
      .map(([n, c]) => [c, n]),
  );
  return watchCategories(context.policy)
    .map((c) => names[c] ?? c)
    .join('、');
}

/** PRV-8: the import template: the four columns with a note each and one example row to replace. */
export async function buildChildListTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('关爱儿童名单');
  sheet.columns = CHILD_LIST_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const notes: Record<string, string> = {
    className: '与本校班级名称完全一致，如：一年级(1)班',
    childName: `必填，不超过 ${TEXT_LIMITS.childName} 个字`,
    studentNumber: '可不填',
    categories: '留守儿童、困境儿童（可填多个，用顿号分隔）',
  };
  CHILD_LIST_COLUMNS.forEach((c, index) => {
    sheet.getRow(1).getCell(index + 1).note = notes[c.key];
  });
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
