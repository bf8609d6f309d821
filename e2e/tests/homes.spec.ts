import { expect, test, type Page } from '@playwright/test';
import { AuditPage } from '../pages/audit.page';
import { HomePage } from '../pages/home.page';
import { IncidentCasePage } from '../pages/incident-case.page';
import { IncidentReportPage } from '../pages/incident-report.page';
import { DEMO_PASSWORD, SignInPage } from '../pages/sign-in.page';

// Issue 10: every role lands on its own home 工作台. A teacher reports from his home and sees the case
// there; the head's home lists her pending acknowledgement first with the police countdown, one click from
// the case; the audit page is filtered by an action's Chinese name and shows people's names.
const CHILD_NAME = '陈小雨';

function beijingInputValue(instant: Date): string {
  // sv-SE formats as YYYY-MM-DD HH:mm, the order a datetime-local input wants.
  return instant
    .toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hour12: false })
    .slice(0, 16)
    .replace(' ', 'T');
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

test('REP-1, REP-2, REP-3: a head’s home lists her pending acknowledgement first, with its countdown, one click from the case', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const signIn = new SignInPage(page);
  const home = new HomePage(page);
  const report = new IncidentReportPage(page);
  const casePage = new IncidentCasePage(page);

  // The teacher lands on his home: the big report button, and the cases he reported.
  await signIn.signInAs('teacher');
  await expect(page).toHaveURL(/\/$/);
  await home.reportButton().click();
  await expect(page.getByRole('heading', { name: '报告侵害学生情况' })).toBeVisible();
  // Heard half an hour ago: half of the police hour is left.
  await report.fill({
    receivedAt: beijingInputValue(new Date(Date.now() - 30 * 60_000)),
    category: '猥亵',
    suspect: '不明',
    childName: CHILD_NAME,
    childClass: '五年级一班',
    childStatement: '放学路上有人拉我的手，我很害怕。',
    isChildInDanger: false,
  });
  await report.submit();
  await casePage.expectOpen();
  const caseId = casePage.caseId();

  await home.open();
  const mine = home.reportedCases().first();
  await expect(mine).toContainText('猥亵');
  await expect(mine).toContainText('已报告');
  await expect(page.getByText(CHILD_NAME)).toHaveCount(0);
  await signOut(page);

  // The head lands on her to-do list: the acknowledgement first, the police clock running.
  await signIn.signInAs('head.primary');
  await home.expectHeadHome();
  const first = home.workItems().first();
  await expect(first).toHaveAttribute('data-kind', 'ACKNOWLEDGE_CASE');
  await expect(first).toContainText('确认接收案件（猥亵）');
  const clock = first.getByTestId('work-item-clock');
  await expect(clock).toHaveText(/^剩余 \d{2}:\d{2}$/);
  const reading = await clock.innerText();
  await expect(clock).not.toHaveText(reading);
  await expect(page.getByText(CHILD_NAME)).toHaveCount(0);
  await expect(page.getByTestId('home-institution-card')).toHaveAttribute(
    'href',
    /\/institutions\/.+\/record$/,
  );

  // One click opens the case where she acknowledges it.
  await first.click();
  await casePage.expectOpen();
  expect(casePage.caseId()).toBe(caseId);
  await signOut(page);
});

// After the journey above, which recorded the teacher's disclosure.
test('ORG-1: the audit page filtered by an action’s Chinese name shows people’s names', async ({ page }) => {
  test.setTimeout(120_000);
  const signIn = new SignInPage(page);
  const audit = new AuditPage(page);

  // Straight to the audit page: leadership's home is the dashboard (/oversight, the oversight work's page).
  await page.goto('/audit');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faudit/);
  await signIn.submit('leader', DEMO_PASSWORD);
  await signIn.submitCode(await signIn.nextDemoCode('leader'));
  await expect(page).toHaveURL(/\/audit$/);
  await audit.open();
  await audit.pickAction('报告侵害学生情况');
  await audit.search();
  await expect(audit.rows().first()).toContainText('报告侵害学生情况');
  for (const row of await audit.rows().all()) {
    await expect(row.getByTestId('audit-action-cell')).toHaveText('报告侵害学生情况');
  }
  await expect(audit.rows().first().getByTestId('audit-actor-cell')).toContainText('谢家湾小学 王老师');
  await expect(page.getByText(/account #/)).toHaveCount(0);
});
