import { expect, test, type Page } from '@playwright/test';
import { IncidentCasePage } from '../pages/incident-case.page';
import { IncidentReportPage } from '../pages/incident-report.page';
import { OversightPage } from '../pages/oversight.page';
import { SignInPage } from '../pages/sign-in.page';

// Issue 10: leadership opens 监管总览, finds a red cell, drills to the institution's card 校园保护档案 and
// from there to the late case; 基教科's figures equal the counts of the lists they link to.
const SCHOOL = '九龙坡区谢家湾小学';

function beijingInputValue(instant: Date): string {
  return instant
    .toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hour12: false })
    .slice(0, 16)
    .replace(' ', 'T');
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

test('REP-3, ORG-1, ORG-3: leadership drills from a red cell to the institution’s card and to the late case', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const signIn = new SignInPage(page);
  const report = new IncidentReportPage(page);
  const casePage = new IncidentCasePage(page);
  const oversight = new OversightPage(page);

  // A teacher records, two hours late, what a pupil told her: the school's police deadline has passed.
  await signIn.signInAs('teacher');
  await report.openFromLayout();
  await report.fill({
    receivedAt: beijingInputValue(new Date(Date.now() - 2 * 3_600_000)),
    category: '虐待',
    suspect: '本校教职工',
    suspectDescription: '食堂临聘人员',
    childName: '赵小雨',
    childClass: '四年级一班',
    childStatement: '他在食堂打了我。',
    isChildInDanger: false,
  });
  await report.submit();
  await casePage.expectOpen();
  const lateCase = casePage.caseId();
  await signOut(page);

  // 领导小组 sees the school's cell red on the dashboard.
  await signIn.signInAs('leader');
  await oversight.openFromLayout();
  await expect(oversight.figure('POLICE_DEADLINE_PASSED')).toHaveText('1');
  await expect(page.getByTestId('indicator-POLICE_DEADLINE_PASSED')).toHaveAttribute('data-rag', 'RED');
  const red = oversight.cell(SCHOOL, 'POLICE_DEADLINE_PASSED');
  await expect(red).toHaveAttribute('data-rag', 'RED');
  await expect(red).toContainText('1');

  // The school's card, then the list behind its red figure, then the late case itself.
  await oversight.openRecordOf(SCHOOL);
  await expect(page.getByTestId('indicator-POLICE_DEADLINE_PASSED')).toHaveAttribute('data-rag', 'RED');
  await oversight.figure('POLICE_DEADLINE_PASSED').click();
  await expect(page).toHaveURL(/\/cases\?institution=[0-9a-f-]{36}&overdue=1$/);
  await page
    .locator(`[data-testid="case-row"][data-case-id="${lateCase}"]`)
    .getByRole('link')
    .first()
    .click();
  await casePage.expectOpen();
  expect(casePage.caseId()).toBe(lateCase);
});

test('ORG-1: 基教科’s open cases on the dashboard equal the count of the case list it links to', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  const oversight = new OversightPage(page);
  await signIn.signInAs('basic');
  await oversight.openFromLayout();
  // Only its own institutions: no kindergarten in its table.
  await expect(page.getByTestId('institution-row').filter({ hasText: '幼儿园' })).toHaveCount(0);
  const figure = (await oversight.figure('OPEN_CASES').innerText()).trim();
  expect(Number(figure)).toBeGreaterThan(0);
  await oversight.figure('OPEN_CASES').click();
  await expect(page).toHaveURL(/\/cases\?state=OPEN$/);
  // The list's own count (its pager repeats it).
  await expect(page.getByTestId('cases-count')).toHaveText(`共 ${figure} 件`);
});

test('VET-10, ORG-1: 基教科’s overdue interviews on one street equal the due list the figure opens', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  const oversight = new OversightPage(page);
  await signIn.signInAs('basic');
  await oversight.openFromLayout();
  await page.getByLabel('镇街').fill('谢家湾街道');
  await page.getByLabel('镇街').blur();
  await expect(page).toHaveURL(/street=/);
  // The figures of the street, not those shown while they load.
  await expect(page.getByTestId('institution-row').first()).toContainText('谢家湾街道');
  await expect(page.getByTestId('institution-row').filter({ hasNotText: '谢家湾街道' })).toHaveCount(0);
  const figure = Number((await oversight.figure('OVERDUE_INTERVIEWS').innerText()).trim());
  await oversight.figure('OVERDUE_INTERVIEWS').click();
  // The due list with the dashboard's street, kept in the URL and shown in its own filter.
  await expect(page).toHaveURL(/\/staff\/due\?kind=REMINDER_INTERVIEW&street=[^&]+&overdue=1$/);
  await expect(page.getByLabel('镇街')).toHaveValue('谢家湾街道');
  if (figure === 0) await expect(page.getByText('没有到期事项')).toBeVisible();
  else await expect(page.getByTestId('due-summary')).toHaveText(`共 ${figure} 项，其中已逾期 ${figure} 项`);
  await expect(page.getByTestId('due-row').filter({ hasNotText: '谢家湾' })).toHaveCount(0);
});
