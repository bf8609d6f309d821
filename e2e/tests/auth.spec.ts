import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, SignInPage } from '../pages/sign-in.page';

test('a wrong password is refused with a message that does not say whether the user exists', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.submit('teacher', 'wrong-password');
  await expect(signIn.errorAlert()).toContainText('用户名或密码错误');
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn.submit('nobody-by-this-name', 'wrong-password');
  await expect(signIn.errorAlert()).toContainText('用户名或密码错误');
});

test('empty fields are refused in the form before anything is sent', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('请输入用户名')).toBeVisible();
  await expect(page.getByText('请输入密码')).toBeVisible();
});

test('six failed attempts lock the account, and then even the right password is refused', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  for (let attempt = 1; attempt <= 6; attempt += 1) {
    await signIn.submit('policy', `wrong-${attempt}`);
    await expect(signIn.errorAlert()).toBeVisible();
  }
  await signIn.submit('policy', DEMO_PASSWORD);
  await expect(signIn.errorAlert()).toContainText('账户已锁定');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('signing out ends the session: protected pages lead back to sign-in', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.signInAs('teacher');
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/institutions');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('the language switch is on the sign-in page and is remembered after a reload', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
});
