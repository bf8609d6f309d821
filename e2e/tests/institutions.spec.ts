import { expect, test } from '@playwright/test';
import { DEMO_INSTITUTIONS } from '../../apps/api/src/seed/demo-district.data';
import { InstitutionsPage } from '../pages/institutions.page';
import { SignInPage } from '../pages/sign-in.page';

type Kind = (typeof DEMO_INSTITUTIONS)[number][1];

const KIND_LABELS: Record<Kind, string> = {
  PRIMARY: '小学',
  SECONDARY: '中学',
  KINDERGARTEN: '幼儿园',
  VOCATIONAL_SCHOOL: '中职学校',
  TRAINING_INSTITUTION: '民办非学历培训机构',
  SPECIAL_EDUCATION: '特教学校',
};

function namesOfKinds(kinds: Kind[]): string[] {
  return DEMO_INSTITUTIONS.filter(([, kind]) => kinds.includes(kind))
    .map(([name]) => name)
    .sort();
}

async function visibleNames(page: import('@playwright/test').Page, username: string) {
  await new SignInPage(page).signInAs(username);
  const list = new InstitutionsPage(page);
  await list.open();
  return list.collectAll();
}

test('ORG-3: a primary-school teacher sees only that school', async ({ page }) => {
  const seen = await visibleNames(page, 'teacher');
  expect(seen.map((s) => s.name)).toEqual(['九龙坡区谢家湾小学']);
});

test('ORG-3: the head of a kindergarten sees only that kindergarten', async ({ page }) => {
  const seen = await visibleNames(page, 'head.kg');
  expect(seen).toEqual([{ name: '九龙坡区机关幼儿园', kind: '幼儿园' }]);
});

test('ORG-1: a 基教科 member sees every primary, secondary and special-education school, and nothing else', async ({
  page,
}) => {
  const seen = await visibleNames(page, 'basic');
  expect(seen.map((s) => s.name).sort()).toEqual(namesOfKinds(['PRIMARY', 'SECONDARY', 'SPECIAL_EDUCATION']));
  const kinds = new Set(seen.map((s) => s.kind));
  expect(kinds).toEqual(new Set([KIND_LABELS.PRIMARY, KIND_LABELS.SECONDARY, KIND_LABELS.SPECIAL_EDUCATION]));
});

test('ORG-1: leadership sees every institution of all six kinds', async ({ page }) => {
  const seen = await visibleNames(page, 'leader');
  expect(seen.map((s) => s.name).sort()).toEqual(DEMO_INSTITUTIONS.map(([name]) => name).sort());
  expect(new Set(seen.map((s) => s.kind))).toEqual(new Set(Object.values(KIND_LABELS)));
});

test('ORG-1: an institution outside the scope answers as one that does not exist', async ({ page }) => {
  await new SignInPage(page).signInAs('leader');
  const list = new InstitutionsPage(page);
  await list.open();
  await page.getByLabel('按名称搜索').fill('机关幼儿园');
  await expect(list.rows()).toHaveCount(1);
  await list.rows().first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: '九龙坡区机关幼儿园' })).toBeVisible();
  const kindergartenUrl = page.url();

  await page.getByRole('button', { name: '退出登录' }).click();
  await new SignInPage(page).signInAs('teacher');
  await page.goto(kindergartenUrl);
  await expect(page.getByText('找不到该机构')).toBeVisible();
  const outOfScope = await page.locator('main').innerText();
  await page.goto('/institutions/00000000-0000-4000-8000-000000000000');
  await expect(page.getByText('找不到该机构')).toBeVisible();
  const missing = await page.locator('main').innerText();
  expect(outOfScope).toEqual(missing);
  await expect(page.getByRole('heading', { name: '九龙坡区机关幼儿园' })).toHaveCount(0);
});

test('ORG-2: the responsibility matrix is readable by a teacher, with rule IDs and clauses', async ({
  page,
}) => {
  await new SignInPage(page).signInAs('teacher');
  await page.getByRole('link', { name: '职责分工' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByText('VET-4').first()).toBeVisible();
  await expect(page.getByText('ORG-1').first()).toBeVisible();
});

test('the audit page is offered to leadership and not to a teacher', async ({ page }) => {
  await new SignInPage(page).signInAs('leader');
  await page.getByRole('link', { name: '审计日志' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByText('leader').first()).toBeVisible();
  await page.getByRole('button', { name: '退出登录' }).click();

  await new SignInPage(page).signInAs('teacher');
  await expect(page.getByRole('link', { name: '审计日志' })).toHaveCount(0);
});

test('VET-4: leadership marks a training institution as applying to open after confirming, and ends it again', async ({
  page,
}) => {
  await new SignInPage(page).signInAs('leader');
  const list = new InstitutionsPage(page);
  await list.open();
  await page.getByLabel('按名称搜索').fill('励志英语');
  await expect(list.rows()).toHaveCount(1);
  await list.rows().first().getByRole('link').click();
  const status = page.getByTestId('institution-opening');
  await expect(status).toContainText('未在申办');

  await page.getByRole('button', { name: '标记为申办中' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('政策法规科审核');
  await dialog.getByLabel('备注（选填）').fill('九龙坡教委〔2026〕12号');
  await dialog.getByRole('button', { name: '确认' }).click();
  await expect(dialog).toBeHidden();
  await expect(status).toContainText('申办中');
  await page.reload();
  await expect(status).toContainText('申办中');
  await expect(status).not.toContainText('未在申办');

  // Ended again, so the demo data stays as seeded for the other journeys.
  await page.getByRole('button', { name: '结束申办' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
  await expect(status).toContainText('未在申办');
});
