import { expect, test, type Page } from '@playwright/test';
import { IncidentCasePage } from '../pages/incident-case.page';
import { IncidentReportPage } from '../pages/incident-report.page';
import { SignInPage } from '../pages/sign-in.page';

// Issue 12 (PRV-8, PRV-10): the gaps found from records reach the head's home, and a bullying report is
// handled through the school's steps. The demo seed's 李小雨 had her last talk 40 days ago: overdue.

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

test('PRV-8: a missed talk appears as a gap on the head’s home, one click from the child’s file and the list', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.signInAs('head.primary');
  await expect(page).toHaveURL(/\/$/);
  const section = page.getByTestId('home-care-gaps');
  await expect(section).toBeVisible();
  const talk = section.getByTestId('prevention-gap').filter({ hasText: '谈心谈话已逾期：李小雨' });
  await expect(talk).toBeVisible();
  await expect(talk).toContainText('责任人：王芳');
  await expect(talk.getByRole('link', { name: '去处理' })).toHaveAttribute(
    'href',
    /\/child-files\/[0-9a-f-]{36}$/,
  );

  // The whole list, grouped by rule, holds the same gap.
  await section.getByRole('link', { name: '查看全部缺口' }).click();
  await expect(page).toHaveURL(/\/prevention-gaps\?institution=/);
  // The head reads the plain group name; its rule sits in the heading's info icon.
  const group = page.getByRole('heading', { name: /^重点关爱学生/ });
  await expect(group).toBeVisible();
  await expect(group).not.toContainText('PRV-8');
  await expect(group.locator('[data-rule-info]')).toHaveAttribute('data-rule-info', 'PRV-8');
  await expect(
    page.getByTestId('prevention-gap').filter({ hasText: '谈心谈话已逾期：李小雨' }),
  ).toBeVisible();
  await signOut(page);

  // The child's head teacher sees it on her home too; her colleague does not.
  await signIn.signInAs('teacher');
  await expect(page.getByTestId('home-care-gaps')).toContainText('谈心谈话已逾期：李小雨');
  await signOut(page);
  await signIn.signInAs('teacher2');
  await expect(page.getByTestId('home-care-gaps')).toContainText('缺少心理健康成长档案：周小林');
  await expect(page.getByText('李小雨')).toHaveCount(0);
});

test('PRV-10: a bullying report is handled through its steps, in order, each with its status', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const signIn = new SignInPage(page);
  const report = new IncidentReportPage(page);
  const casePage = new IncidentCasePage(page);

  await signIn.signInAs('teacher');
  await report.openFromLayout();
  await report.fill({
    category: '欺凌暴力',
    suspect: '学生',
    childName: '欺凌演示学生',
    childClass: '四年级二班',
    childStatement: '课间总有同学推我、抢我的东西。',
    isChildInDanger: false,
  });
  await report.submit();
  await casePage.expectOpen();
  const caseId = casePage.caseId();
  // The reporting teacher sees the steps but does not record them.
  const teacherPanel = page.getByTestId('case-bullying');
  await expect(teacherPanel).toBeVisible();
  await expect(page.getByTestId('bullying-step-form')).toHaveCount(0);
  await signOut(page);

  await signIn.signInAs('head.primary');
  await casePage.open(caseId);
  const panel = page.getByTestId('case-bullying');
  await expect(panel.getByTestId('bullying-step-INVESTIGATION')).toContainText('待完成');
  const steps: [string, string][] = [
    ['调查核实', '与双方学生分别谈话，查看走廊监控。'],
    ['认定结论', '认定为欺凌行为。'],
    ['处理措施', '对实施方批评教育并告知家长，调整座位。'],
    ['跟进谈心', '班主任与受欺凌学生谈心，情绪稳定。'],
  ];
  const codes = ['INVESTIGATION', 'FINDING', 'MEASURES', 'FOLLOW_UP_TALKS'];
  for (const [index, [name, note]] of steps.entries()) {
    await page.getByLabel(/做了什么/).fill(note);
    await page.getByRole('button', { name: `登记“${name}”` }).click();
    await expect(panel.getByTestId(`bullying-step-${codes[index]}`)).toContainText('已完成');
    await expect(panel.getByTestId(`bullying-step-${codes[index]}`)).toContainText(note);
  }
  await expect(panel).toContainText('四个步骤均已完成。');
  await expect(page.getByTestId('bullying-step-form')).toHaveCount(0);
});
