import type { InspectionTemplate, InspectionTemplateItem } from './inspection.types';

const item = (
  code: string,
  group: InspectionTemplateItem['group'],
  ruleId: InspectionTemplateItem['ruleId'],
  textZh: string,
  textEn: string,
  kinds: InspectionTemplateItem['kinds'] = [],
): InspectionTemplateItem => ({ code, group, ruleId, textZh, textEn, kinds });

/**
 * PRV-1 to PRV-4: the district's default checklist 学校保护安全检查表, grouped 三防 first. A district
 * keeps its own templates (seeded from this one); an item's text is read in Chinese first.
 */
export const DEFAULT_INSPECTION_TEMPLATE: InspectionTemplate = Object.freeze({
  code: 'DISTRICT_DEFAULT',
  nameZh: '学校保护安全检查表（区默认）',
  nameEn: 'School protection safety checklist (district default)',
  items: Object.freeze([
    item(
      'PEOPLE-01',
      'PEOPLE_PROTECTION',
      'PRV-1',
      '门卫实行24小时值守，外来人员进校登记核验',
      'The gate is staffed around the clock; visitors are registered and checked',
    ),
    item(
      'PEOPLE-02',
      'PEOPLE_PROTECTION',
      'PRV-1',
      '专职保安配备到位，持证上岗，上下学时段护学',
      'Full-time licensed security guards are in place and guard arrival and dismissal',
    ),
    item(
      'PEOPLE-03',
      'PEOPLE_PROTECTION',
      'PRV-5',
      '保安、宿管、保洁、食堂等人员接受法治和师德培训',
      'Guards, dormitory, cleaning and canteen staff have had legal and ethics training',
    ),
    item(
      'PHYS-01',
      'PHYSICAL_PROTECTION',
      'PRV-1',
      '校门设置防冲撞设施，围墙完整无缺口',
      'The gate has anti-ramming barriers; the perimeter wall is intact',
    ),
    item(
      'PHYS-02',
      'PHYSICAL_PROTECTION',
      'PRV-1',
      '门卫室配备防护器械（防暴棍、钢叉、防刺服等）',
      'The gatehouse holds protective equipment (batons, restraint forks, stab vests)',
    ),
    item(
      'PHYS-03',
      'PHYSICAL_PROTECTION',
      'PRV-1',
      '消防器材完好有效，疏散通道畅通',
      'Fire equipment works; escape routes are clear',
    ),
    item(
      'TECH-01',
      'TECHNICAL_PROTECTION',
      'PRV-1',
      '视频监控覆盖校门、周界、楼道和重点部位，录像保存不少于30天',
      'Cameras cover the gate, perimeter, corridors and key places; footage is kept 30 days or more',
    ),
    item(
      'TECH-02',
      'TECHNICAL_PROTECTION',
      'PRV-1',
      '一键报警装置与公安联网并定期测试',
      'The one-touch alarm is linked to the police and tested regularly',
    ),
    item(
      'BLIND-01',
      'BLIND_SPOTS',
      'PRV-2',
      '本学期已开展监控死角自查并有记录',
      'A self-inspection of surveillance blind spots was done this term and recorded',
    ),
    item(
      'BLIND-02',
      'BLIND_SPOTS',
      'PRV-2',
      '楼梯间、储物间、空置教室等隐蔽场所已封闭或纳入巡查',
      'Stairwells, storerooms and empty classrooms are locked or on the patrol round',
    ),
    item(
      'ONE-01',
      'ONE_TO_ONE_ROOMS',
      'PRV-2',
      '一对一教室全部安装视频监控并正常运行',
      'Every one-to-one classroom has working video monitoring',
      ['TRAINING_INSTITUTION'],
    ),
    item(
      'ONE-02',
      'ONE_TO_ONE_ROOMS',
      'PRV-2',
      '心理辅导室、琴房、办公室等一对一场所门窗可视或有监控',
      'Counselling rooms, practice rooms and offices used one to one can be seen into or are monitored',
    ),
    item(
      'DORM-01',
      'DORMITORIES',
      'PRV-4',
      '非宿舍工作人员不得进入学生宿舍，有明确制度',
      'A written rule keeps non-dormitory staff out of student dormitories',
    ),
    item(
      'DORM-02',
      'DORMITORIES',
      'PRV-4',
      '班主任查寝等进入宿舍逐次登记',
      'Every entry of a head teacher on a dorm check is registered',
    ),
    item(
      'DORM-03',
      'DORMITORIES',
      'PRV-4',
      '宿舍夜间有生活老师值班，巡查有记录',
      'A life teacher is on duty at night and the rounds are recorded',
    ),
    item(
      'SURR-01',
      'SURROUNDINGS',
      'PRV-3',
      '已排查校园周边小旅馆、网吧、KTV等风险场所并报镇街和派出所',
      'Risk sites around the campus (small hotels, internet cafés, KTV) are surveyed and reported to the street office and police station',
    ),
    item(
      'SURR-02',
      'SURROUNDINGS',
      'PRV-3',
      '校园周边高风险人员已报告并持续跟进',
      'High-risk persons near the campus are reported and followed up',
    ),
    item(
      'REC-01',
      'RECORDS',
      'VET-1',
      '全体教职员工（含临聘、劳务派遣）入职查询记录齐全',
      'Pre-hire checks of all staff (temporary and agency staff included) are on file',
    ),
    item(
      'REC-02',
      'RECORDS',
      'REP-9',
      '校内公示举报信箱和求助热线',
      'The reporting mailbox and help hotline are posted at the institution',
    ),
    item(
      'REC-03',
      'RECORDS',
      'PRV-10',
      '有防欺凌制度、手册和班主任培训记录',
      'Anti-bullying rules, a handbook and head-teacher training records exist',
    ),
  ]),
});
