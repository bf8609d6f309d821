import { expect, test, type Page } from '@playwright/test';
import { expectPhoneLayout } from '../pages/phone-layout';
import { SignInPage } from '../pages/sign-in.page';
import { typeDate } from '../pages/date-field';

// PRV-5, PRV-6 in the browser over the demo seed (wall clock): at 谢家湾小学 the vice-principal's term
// ends in 20 days (即将到期); the head records a successor and the status turns to 在任. She records a
// new intake with a class (待授课), then the course delivered to it, and the intake shows 已按时授课.

const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', dateStyle: 'short' }).format(new Date());
const inTwoYears = () => `${Number(today().slice(0, 4)) + 2}${today().slice(4)}`;

async function choose(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

test('PRV-5, PRV-6: the head records a vice-principal and a course delivery and sees the status change', async ({
  page,
}) => {
  await new SignInPage(page).signInAs('head.primary');
  await page.getByTestId('nav-care-records').click();
  await expect(page.getByTestId('lvp-status')).toHaveText('即将到期');

  await page.getByTestId('lvp-add').click();
  const legal = page.getByTestId('lvp-form');
  await legal.getByLabel('姓名').fill('王建军');
  await choose(page, '派出单位类别', '法院');
  await legal.getByLabel('派出单位名称').fill('九龙坡区人民法院');
  await typeDate(page.getByTestId('lvp-term-start'), today());
  await typeDate(page.getByTestId('lvp-term-end'), inTwoYears());
  await legal.getByTestId('lvp-form-save').click();
  await expect(legal).toBeHidden();
  await expect(page.getByTestId('lvp-status')).toHaveText('在任');
  await expect(page.getByTestId('lvp-card').filter({ hasText: '王建军（法院）' })).toHaveCount(1);

  // A new intake with one class: its course is not yet delivered.
  await page.getByTestId('nav-classes').click();
  await page.getByTestId('intake-add').click();
  await page.getByTestId('class-name').fill('E2E级');
  await typeDate(page.getByTestId('intake-enrolled'), today());
  await page.getByTestId('class-form-save').click();
  const intake = page.getByTestId('intake').filter({ hasText: 'E2E级' });
  await intake.getByTestId('class-add').click();
  await page.getByTestId('class-name').fill('E2E级(1)班');
  await choose(page, '班主任（从教职工名册中选择）', /王芳/);
  await page.getByTestId('class-form-save').click();
  await expect(intake.getByTestId('class-card')).toContainText('班主任：王芳');

  await page.goto('/care-records?section=courses');
  const course = page.getByTestId('course-card').filter({ hasText: 'E2E级' });
  await expect(course.getByTestId('course-status')).toHaveText('待授课');
  await expect(course).toContainText('未授课班级：E2E级(1)班');

  await page.getByTestId('course-add').click();
  await choose(page, '年级', 'E2E级');
  await page.getByTestId('course-form').getByLabel('E2E级(1)班').check();
  await typeDate(page.getByTestId('course-date'), today());
  await choose(page, '授课教师（从教职工名册中选择）', /王芳/);
  await page.getByTestId('course-form-save').click();
  await expect(page.getByTestId('course-form')).toBeHidden();
  await expect(course.getByTestId('course-status')).toHaveText('已按时授课');
  await expect(course).toContainText('王芳：E2E级(1)班');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('PRV-7: a district reader picks an institution and reads its sections as cards, without sideways scroll', async ({
    page,
  }) => {
    await new SignInPage(page).signInAs('safety');
    await page.goto('/care-records?section=teaching-plan');
    await page.getByRole('combobox', { name: '学校/机构' }).fill('谢家湾');
    await page.getByRole('option', { name: /谢家湾小学/ }).click();
    // Seeded: only this year's (2)班 (teacher2's) is short of mental-health lessons.
    const classes2 = page.getByTestId('plan-class').filter({ hasText: /级\(2\)班/ });
    await expect(classes2).toHaveCount(2);
    await expect(classes2.getByTestId('plan-short')).toHaveCount(1);
    await expect(page.getByTestId('plan-add')).toHaveCount(0);
    await expectPhoneLayout(page);
    await page.getByTestId('care-tab-bullying').click();
    await expect(page.getByTestId('bullying-card')).toHaveCount(2);
    await expectPhoneLayout(page);
  });
});
