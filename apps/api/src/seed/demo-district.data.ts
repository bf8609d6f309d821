import type { InstitutionKind, UnitCode } from '@xiaohu/domain';
import type { Role } from '../features/accounts/role';

/** The committee units of section 三 (DOMAIN.md): reference data, seeded in every environment. */
export const UNITS: readonly { code: UnitCode; nameZh: string; nameEn: string }[] = [
  { code: 'LEAD', nameZh: '学校保护工作领导小组', nameEn: 'Leading group' },
  { code: 'OFFICE', nameZh: '领导小组办公室', nameEn: 'Leading group office' },
  { code: 'POLICY', nameZh: '政策法规科', nameEn: 'Policy and regulations section' },
  { code: 'SAFETY', nameZh: '安稳办', nameEn: 'Safety and stability office' },
  { code: 'PRESCHOOL', nameZh: '学前教育科', nameEn: 'Preschool education section' },
  { code: 'BASIC', nameZh: '基教科', nameEn: 'Basic education section' },
  { code: 'VOCATIONAL', nameZh: '职成教科', nameEn: 'Vocational and adult education section' },
  { code: 'HEALTH', nameZh: '德体卫艺科', nameEn: 'Moral, physical, health and arts education section' },
  { code: 'PERSONNEL', nameZh: '人事科', nameEn: 'Personnel section' },
  { code: 'INSPECT', nameZh: '督导室', nameEn: 'Education inspection office' },
];

/** The street or town 镇街 of a 九龙坡区 address (issue 10), or null. */
export function streetOfAddress(address: string): string | null {
  return /^九龙坡区(.+?(?:街道|镇))/.exec(address)?.[1] ?? null;
}

type DemoInstitution = readonly [name: string, kind: InstitutionKind, address: string, headName: string];

// Fictional demo data: names follow the district's naming, addresses are in 九龙坡区 streets and towns.
export const DEMO_INSTITUTIONS: readonly DemoInstitution[] = [
  ['九龙坡区谢家湾小学', 'PRIMARY', '九龙坡区谢家湾街道谢家湾正街 26 号', '刘文静'],
  ['九龙坡区杨家坪小学', 'PRIMARY', '九龙坡区杨家坪街道杨家坪正街 112 号', '王建华'],
  ['九龙坡区石坪桥小学', 'PRIMARY', '九龙坡区石坪桥街道石坪桥横街 8 号', '陈晓梅'],
  ['九龙坡区黄桷坪小学', 'PRIMARY', '九龙坡区黄桷坪街道黄桷坪正街 45 号', '张志刚'],
  ['九龙坡区歇台子小学', 'PRIMARY', '九龙坡区石桥铺街道歇台子路 17 号', '李秀英'],
  ['九龙坡区巴国城小学', 'PRIMARY', '九龙坡区二郎街道巴国城路 3 号', '赵海燕'],
  ['九龙坡区二郎小学', 'PRIMARY', '九龙坡区二郎街道二郎科城路 66 号', '周明'],
  ['九龙坡区华岩小学', 'PRIMARY', '九龙坡区华岩镇华福路 210 号', '吴丽娟'],
  ['九龙坡区西彭第一小学', 'PRIMARY', '九龙坡区西彭镇西彭正街 52 号', '郑国平'],
  ['九龙坡区白市驿小学', 'PRIMARY', '九龙坡区白市驿镇白市驿正街 19 号', '孙红梅'],
  ['九龙坡区含谷小学', 'PRIMARY', '九龙坡区含谷镇含谷正街 7 号', '马俊'],
  ['九龙坡区陶家小学', 'PRIMARY', '九龙坡区陶家镇陶家正街 33 号', '胡晓兰'],
  ['九龙坡区杨家坪中学', 'SECONDARY', '九龙坡区杨家坪街道西郊路 88 号', '朱永强'],
  ['九龙坡区石桥铺中学', 'SECONDARY', '九龙坡区石桥铺街道科园一路 21 号', '高雪'],
  ['九龙坡区谢家湾中学', 'SECONDARY', '九龙坡区谢家湾街道直港大道 12 号', '林志远'],
  ['九龙坡区渝州路中学', 'SECONDARY', '九龙坡区渝州路街道渝州路 150 号', '何静'],
  ['九龙坡区华岩中学', 'SECONDARY', '九龙坡区华岩镇华岩寺路 5 号', '罗斌'],
  ['九龙坡区西彭中学', 'SECONDARY', '九龙坡区西彭镇园区路 41 号', '梁晓燕'],
  ['九龙坡区白市驿中学', 'SECONDARY', '九龙坡区白市驿镇海龙路 9 号', '宋涛'],
  ['九龙坡区铜罐驿中学', 'SECONDARY', '九龙坡区铜罐驿镇铜罐驿正街 27 号', '谢芳'],
  ['九龙坡区走马中学', 'SECONDARY', '九龙坡区走马镇走马正街 2 号', '韩磊'],
  ['九龙坡区中梁山中学', 'SECONDARY', '九龙坡区中梁山街道华龙大道 63 号', '唐丽'],
  ['九龙坡区机关幼儿园', 'KINDERGARTEN', '九龙坡区杨家坪街道团结路 16 号', '冯晓红'],
  ['九龙坡区杨家坪幼儿园', 'KINDERGARTEN', '九龙坡区杨家坪街道珠江路 30 号', '邓颖'],
  ['九龙坡区黄桷坪幼儿园', 'KINDERGARTEN', '九龙坡区黄桷坪街道四川美院路 4 号', '曹琳'],
  ['九龙坡区石坪桥幼儿园', 'KINDERGARTEN', '九龙坡区石坪桥街道石杨路 11 号', '彭小玲'],
  ['九龙坡区九龙幼儿园', 'KINDERGARTEN', '九龙坡区九龙街道九龙园区 A 区 8 号', '曾敏'],
  ['九龙坡区华岩幼儿园', 'KINDERGARTEN', '九龙坡区华岩镇华福路 58 号', '蒋莉'],
  ['九龙坡区西彭幼儿园', 'KINDERGARTEN', '九龙坡区西彭镇长寿路 22 号', '蔡静怡'],
  ['九龙坡区巴福幼儿园', 'KINDERGARTEN', '九龙坡区巴福镇巴福正街 6 号', '潘婷'],
  ['九龙坡区含谷幼儿园', 'KINDERGARTEN', '九龙坡区含谷镇含金路 14 号', '田雨'],
  ['九龙坡区职业教育中心', 'VOCATIONAL_SCHOOL', '九龙坡区渝州路街道奥体路 100 号', '袁志华'],
  ['九龙坡区西彭职业教育中心', 'VOCATIONAL_SCHOOL', '九龙坡区西彭镇铝城大道 77 号', '董卫东'],
  ['九龙坡区白市驿职业教育中心', 'VOCATIONAL_SCHOOL', '九龙坡区白市驿镇农科大道 5 号', '余晓峰'],
  ['九龙坡区启明培训学校', 'TRAINING_INSTITUTION', '九龙坡区杨家坪街道步行街 9 号 3 楼', '杜鹃'],
  ['九龙坡区博雅艺术培训学校', 'TRAINING_INSTITUTION', '九龙坡区谢家湾街道华润二十四城 2 栋', '叶青'],
  ['九龙坡区励志英语培训学校', 'TRAINING_INSTITUTION', '九龙坡区石桥铺街道科园四路 18 号', '程思远'],
  ['九龙坡区星辰编程培训学校', 'TRAINING_INSTITUTION', '九龙坡区二郎街道创业大道 36 号', '魏然'],
  ['九龙坡区翰墨书法培训学校', 'TRAINING_INSTITUTION', '九龙坡区黄桷坪街道黄桷坪正街 101 号', '苏文博'],
  ['九龙坡区特殊教育学校', 'SPECIAL_EDUCATION', '九龙坡区杨家坪街道滩子口 20 号', '卢晓燕'],
  ['九龙坡区西彭特殊教育学校', 'SPECIAL_EDUCATION', '九龙坡区西彭镇西园路 12 号', '蒋文'],
];

export const DEMO_PASSWORD = 'XiaoHu@2026';

/**
 * The TOTP secret (base32) of every demo account that must use MFA (REP-7, VET-2): safety, safety2,
 * personnel, leader, admin. Documented in README so the demo and the e2e journeys can sign in; never
 * used in production, where the demo district is never seeded.
 */
export const DEMO_TOTP_SECRET = 'XIAOHUDEMOXIAOHUDEMOXIAOHUDEMO22';

export interface DemoAccount {
  username: string;
  displayName: string;
  /** Fictional: the reserved .example domain never reaches a real mailbox. */
  email: string;
  role: Role;
  unitCode?: UnitCode;
  institutionName?: string;
}

/** One account per role of the contract; never created when NODE_ENV=production. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'teacher',
    displayName: '谢家湾小学 王老师',
    email: 'wang.laoshi@xiejiawan-primary.example',
    role: 'TEACHER',
    institutionName: '九龙坡区谢家湾小学',
  },
  // Issue 12 (PRV-8): a second teacher of the school, head teacher of another class: not the need-to-know
  // group of 王老师's watched children.
  {
    username: 'teacher2',
    displayName: '谢家湾小学 陈老师',
    email: 'chen.laoshi@xiejiawan-primary.example',
    role: 'TEACHER',
    institutionName: '九龙坡区谢家湾小学',
  },
  {
    username: 'head.primary',
    displayName: '刘文静（谢家湾小学校长）',
    email: 'liu.wenjing@xiejiawan-primary.example',
    role: 'HEAD',
    institutionName: '九龙坡区谢家湾小学',
  },
  {
    username: 'head.kg',
    displayName: '冯晓红（机关幼儿园园长）',
    email: 'feng.xiaohong@jiguan-kindergarten.example',
    role: 'HEAD',
    institutionName: '九龙坡区机关幼儿园',
  },
  {
    username: 'basic',
    displayName: '基教科 李科员',
    email: 'basic@jlp-edu.example',
    role: 'SECTION_MEMBER',
    unitCode: 'BASIC',
  },
  {
    username: 'preschool',
    displayName: '学前教育科 张科员',
    email: 'preschool@jlp-edu.example',
    role: 'SECTION_MEMBER',
    unitCode: 'PRESCHOOL',
  },
  {
    username: 'vocational',
    displayName: '职成教科 陈科员',
    email: 'vocational@jlp-edu.example',
    role: 'SECTION_MEMBER',
    unitCode: 'VOCATIONAL',
  },
  {
    username: 'safety',
    displayName: '安稳办 杨科员',
    email: 'safety@jlp-edu.example',
    role: 'SECTION_MEMBER',
    unitCode: 'SAFETY',
  },
  // Issue 4: a SAFETY member outside the need-to-know group of confidential cases (REP-7).
  {
    username: 'safety2',
    displayName: '安稳办 孙科员',
    email: 'safety2@jlp-edu.example',
    role: 'SECTION_MEMBER',
    unitCode: 'SAFETY',
  },
  {
    username: 'inspect',
    displayName: '督导室 黄督学',
    email: 'inspect@jlp-edu.example',
    role: 'SECTION_MEMBER',
    unitCode: 'INSPECT',
  },
  {
    username: 'personnel',
    displayName: '人事科 赵科员',
    email: 'personnel@jlp-edu.example',
    role: 'SECTION_MEMBER',
    unitCode: 'PERSONNEL',
  },
  {
    username: 'policy',
    displayName: '政策法规科 周科员',
    email: 'policy@jlp-edu.example',
    role: 'SECTION_MEMBER',
    unitCode: 'POLICY',
  },
  {
    username: 'leader',
    displayName: '领导小组 吴主任',
    email: 'leader@jlp-edu.example',
    role: 'LEADER',
    unitCode: 'LEAD',
  },
  { username: 'admin', displayName: '系统管理员', email: 'admin@jlp-edu.example', role: 'ADMIN' },
];
