import { expect, test } from '@playwright/test';
import { CaseListPage, readWorkbookRows } from '../pages/case-list.page';
import { IncidentCasePage } from '../pages/incident-case.page';
import { IncidentInboxPage } from '../pages/incident-inbox.page';
import { IncidentReportPage, type DisclosureEntry } from '../pages/incident-report.page';
import { StaffSession } from '../pages/staff-session.page';

// Issue 10: a committee member (安稳办) works with the case list: a link with filters lands on the same
// list, the controls write the same link, the count follows, and the list downloads as Excel.
const entry = (
  category: DisclosureEntry['category'],
  suspect: DisclosureEntry['suspect'],
  childName: string,
): DisclosureEntry => ({
  category,
  suspect,
  ...(suspect === '本校教职工' ? { suspectDescription: '体育老师' } : {}),
  childName,
  childClass: '四年级一班',
  childStatement: '他在放学后打了我。',
  isChildInDanger: false,
});

test('REP-4, REP-7, ORG-1: 安稳办 filters the cases by category and breach, by link and by the controls, and exports them', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const session = new StaffSession(page);
  const report = new IncidentReportPage(page);
  const casePage = new IncidentCasePage(page);
  const list = new CaseListPage(page);

  // Other journeys share the database: the counts below are what this journey adds to what is there.
  await session.signIn('safety');
  const ABUSE = { category: 'ABUSE' };
  const CONCEALED_ABUSE = { category: 'ABUSE', breach: 'CONCEALMENT' };
  const before = {
    all: await list.countOfLink({}),
    abuse: await list.countOfLink(ABUSE),
    concealedAbuse: await list.countOfLink(CONCEALED_ABUSE),
  };
  const counted = (n: number) => `共 ${n} 件`;

  // Two cases from the school: bullying by a pupil, abuse by a member of staff.
  await session.switchTo('teacher');
  for (const [category, suspect, child] of [
    ['欺凌暴力', '学生', '周小鱼'],
    ['虐待', '本校教职工', '吴小溪'],
  ] as const) {
    await report.openFromLayout();
    await report.fill(entry(category, suspect, child));
    await report.submit();
    await casePage.expectOpen();
  }

  // 安稳办 learns of a third from a parent: the school never reported it, so it is on record as 瞒报.
  await session.switchTo('safety');
  const inbox = new IncidentInboxPage(page);
  await inbox.openFromLayout('安稳办案件收件箱');
  await inbox.recordUnreportedCase({
    institutionSearch: '谢家湾',
    category: '虐待',
    suspect: '本校教职工',
    source: '家长',
  });
  await casePage.expectOpen();
  const concealedId = casePage.caseId();

  // The dashboard's kind of link: abuse cases with a concealment on record.
  await list.openLink(CONCEALED_ABUSE);
  await expect(list.count()).toHaveText(counted(before.concealedAbuse + 1));
  await expect(page.locator(`[data-testid="case-row"][data-case-id="${concealedId}"]`)).toBeVisible();

  // The same list through the controls, which write the same link.
  await list.clearFilters();
  await expect(page).toHaveURL(/\/cases$/);
  await expect(list.count()).toHaveText(counted(before.all + 3));
  await list.chooseCategories('虐待');
  await expect(page).toHaveURL(/[?&]category=ABUSE(&|$)/);
  await expect(list.count()).toHaveText(counted(before.abuse + 2));
  await list.chooseBreach('瞒报');
  await expect(page).toHaveURL(/\?category=ABUSE&breach=CONCEALMENT$/);
  await expect(list.count()).toHaveText(counted(before.concealedAbuse + 1));

  // A filter that matches nothing says what to do.
  await list.chooseCategories('欺凌暴力');
  await expect(page).toHaveURL(/\?category=ABUSE(%2C|,)BULLYING_VIOLENCE&breach=CONCEALMENT$/);
  await list.chooseBreach('私下调解');
  await expect(page).toHaveURL(/\?category=ABUSE(%2C|,)BULLYING_VIOLENCE&breach=PRIVATE_SETTLEMENT$/);
  await expect(list.count()).toHaveText(counted(0));
  await expect(page.getByTestId('empty-state')).toContainText('请放宽日期范围或清除部分筛选条件后再试');
  await list.openLink(CONCEALED_ABUSE);
  await expect(list.count()).toHaveText(counted(before.concealedAbuse + 1));

  // The export is the list on screen, as an Excel file, with progress and its name.
  const download = await list.export();
  expect(download.suggestedFilename()).toMatch(/^案件清单-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const file = test.info().outputPath('cases.xlsx');
  await download.saveAs(file);
  await expect(page.getByTestId('cases-export-status')).toContainText('已导出 案件清单-');
  const rows = await readWorkbookRows(file);
  expect(rows).toHaveLength(before.concealedAbuse + 1);
  expect(rows.find((row) => row.案件编号 === concealedId)).toMatchObject({
    案件编号: concealedId,
    类别: '虐待',
    违规: '瞒报',
    // REP-7: the designated officer is entitled; the district opened this case, so no child is recorded.
    学生姓名: '',
  });
});
