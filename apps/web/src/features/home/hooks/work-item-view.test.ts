import { translate, type MessageKey } from '../../../i18n/i18n';
import { MESSAGES } from '../../../i18n/messages';
import { workItemView, type WorkItemRow } from './work-item-view';

const t = (key: MessageKey, params?: Record<string, string | number>) =>
  translate(MESSAGES['zh-CN'], key, params);

const buildItem = (overrides: Partial<WorkItemRow> = {}): WorkItemRow => ({
  __typename: 'WorkItem',
  kind: 'ACKNOWLEDGE_CASE',
  ruleId: 'REP-2',
  caseId: 'case-1',
  caseCategory: 'MOLESTATION',
  caseRecordedAt: '2026-03-02T01:30:00.000Z',
  staffId: null,
  staffName: null,
  staffRole: null,
  dueAt: '2026-03-02T02:25:00.000Z',
  isOverdue: false,
  isChildInDanger: false,
  openSteps: [],
  ...overrides,
});

describe('a to-do item’s title and target (issue 10)', () => {
  it('REP-2: an acknowledgement names the category and opens the case', () => {
    expect(workItemView(buildItem(), t)).toEqual({ title: '确认接收案件（猥亵）', to: '/cases/case-1' });
  });

  it('REP-6: emergency steps say how many are left', () => {
    const item = buildItem({ kind: 'EMERGENCY_STEPS', openSteps: ['PROTECT_SCENE', 'CONTROL_SUSPECT'] });
    expect(workItemView(item, t).title).toBe('完成应急处置（猥亵，还有 2 项）');
  });

  it('VET-10: a reminder interview names the staff member and opens the staff record', () => {
    const item = buildItem({
      kind: 'INTERVIEW_DUE',
      caseId: null,
      caseCategory: null,
      staffId: 'staff-9',
      staffName: '周老师',
      staffRole: 'TEACHER',
    });
    expect(workItemView(item, t)).toEqual({ title: '约谈提示：周老师（教师）', to: '/staff/staff-9' });
  });

  it('VET-9: an item without a record to open stays on the home page', () => {
    const item = buildItem({ kind: 'VETTING_CHECK_DUE', caseId: null, caseCategory: null, staffId: null });
    expect(workItemView(item, t).to).toBe('/');
  });
});
