import { In, type DataSource } from 'typeorm';
import { AccountEntity } from '../features/accounts/account.entity';
import { ChildFileEntity } from '../features/child-files/child-file.entity';
import { WelfareTalkEntity } from '../features/child-files/welfare-talk.entity';
import { SchoolClassEntity } from '../features/classes/school-class.entity';
import { InstitutionEntity } from '../features/institutions/institution.entity';
import { recordAudit } from '../shared/audit/audit-log';

const DAY = 24 * 60 * 60 * 1000;
const SCHOOL = '九龙坡区谢家湾小学';

interface DemoChild {
  /** Index of the class among the school's classes with a head teacher (0: teacher's, 1: teacher2's). */
  classIndex: number;
  name: string;
  categories: string[];
  personalFile: string | null;
  growthFile: string | null;
  openedDaysAgo: number;
  /** Talks held, in days before now, by the class's head teacher. */
  talksDaysAgo: number[];
}

// PRV-8: invented children. 小雨's last talk was 40 days ago (overdue with the monthly default, a gap for
// the head teacher and the head); 小林 has no growth file (a gap); 小航 is watched as the rules want.
export const DEMO_CHILDREN: readonly DemoChild[] = [
  {
    classIndex: 0,
    name: '李小雨',
    categories: ['LEFT_BEHIND'],
    personalFile: '父母在外务工（浙江），与祖母同住。监护人：祖母 李某某，电话 139****2231。',
    growthFile: '性格内向，课间多独处。9 月起每周参加一次心理辅导小组活动。',
    openedDaysAgo: 120,
    talksDaysAgo: [100, 70, 40],
  },
  {
    classIndex: 0,
    name: '赵小航',
    categories: ['IN_DIFFICULTY'],
    personalFile: '父亲重病，家庭享受低保。监护人：母亲 赵某某。',
    growthFile: '学习认真，情绪稳定，与同学关系良好。',
    openedDaysAgo: 60,
    talksDaysAgo: [35, 6],
  },
  {
    classIndex: 1,
    name: '周小林',
    categories: ['LEFT_BEHIND', 'IN_DIFFICULTY'],
    personalFile: '父母离异，随外公外婆生活。',
    growthFile: null,
    openedDaysAgo: 30,
    talksDaysAgo: [10],
  },
];

/**
 * PRV-8: watched children at 谢家湾小学, in the classes the demo teachers head, with their talks; one
 * talk overdue and one growth file missing, so a newcomer sees the gaps. Idempotent: a school with a
 * child file is left alone.
 */
export async function seedDemoChildFiles(dataSource: DataSource, options: { now: Date }): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const school = await manager.getRepository(InstitutionEntity).findOneBy({ name: SCHOOL });
    if (!school || (await manager.getRepository(ChildFileEntity).existsBy({ institutionId: school.id })))
      return;
    const classes = (
      await manager.getRepository(SchoolClassEntity).find({
        where: { institutionId: school.id },
        order: { name: 'ASC' },
      })
    ).filter((c) => c.headTeacherStaffId !== null);
    const head = await manager.getRepository(AccountEntity).findOneBy({ username: 'head.primary' });
    const teachers = await manager
      .getRepository(AccountEntity)
      .find({ where: { staffMemberId: In(classes.map((c) => c.headTeacherStaffId!)) } });
    if (!head || classes.length < 2) return;
    const at = (daysAgo: number) => new Date(options.now.getTime() - daysAgo * DAY);
    for (const child of DEMO_CHILDREN) {
      const schoolClass = classes[child.classIndex];
      const teacher = teachers.find((t) => t.staffMemberId === schoolClass.headTeacherStaffId);
      const file = await manager.getRepository(ChildFileEntity).insert({
        institutionId: school.id,
        classId: schoolClass.id,
        childName: child.name,
        studentNumber: null,
        categories: child.categories,
        counsellorStaffIds: [],
        personalFile: child.personalFile,
        growthFile: child.growthFile,
        openedAt: at(child.openedDaysAgo),
        openedByAccountId: head.id,
        closedAt: null,
        closedByAccountId: null,
        closingReason: null,
      });
      for (const daysAgo of child.talksDaysAgo) {
        await manager.getRepository(WelfareTalkEntity).insert({
          childFileId: file.identifiers[0].id as string,
          heldAt: at(daysAgo),
          kind: 'TALK',
          byStaffId: schoolClass.headTeacherStaffId,
          note: '谈心：询问近况与学习、生活上的困难，孩子表示一切正常。',
          recordedByAccountId: teacher?.id ?? head.id,
          recordedAt: at(daysAgo),
        });
      }
    }
    await recordAudit(manager, null, options.now, {
      action: 'seed.demoChildFiles',
      outcome: 'OK',
      details: { files: DEMO_CHILDREN.length },
    });
  });
}
