import { expect, test } from '@playwright/test';
import { AccountsPage } from '../pages/accounts.page';
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

// `inspect`, not `policy`: another journey locks `policy`.
test('an administrator disables an account: its open session ends on the next navigation, and re-enabling lets it in again', async ({
  page,
  browser,
}) => {
  const inspectContext = await browser.newContext();
  try {
    const inspectPage = await inspectContext.newPage();
    const inspectSignIn = new SignInPage(inspectPage);
    await inspectSignIn.signInAs('inspect');

    await new SignInPage(page).signInAs('admin');
    const accounts = new AccountsPage(page);
    await accounts.openFromNav();
    await accounts.search('inspect');
    await expect(accounts.row('inspect').getByTestId('account-status')).toHaveText('正常');
    await accounts.toggle('inspect', '停用后该账户的所有会话立即失效');
    await expect(accounts.row('inspect').getByTestId('account-status')).toHaveText('已停用');
    await expect(page.getByTestId('account-outcome')).toContainText('账户已停用');

    await inspectPage.goto('/institutions');
    await expect(inspectPage).toHaveURL(/\/sign-in/);
    await inspectSignIn.submit('inspect', DEMO_PASSWORD);
    await expect(inspectSignIn.errorAlert()).toContainText('用户名或密码错误');

    await accounts.toggle('inspect', '启用后该账户可以重新登录');
    await expect(accounts.row('inspect').getByTestId('account-status')).toHaveText('正常');
    await inspectSignIn.signInAs('inspect');
  } finally {
    await inspectContext.close();
  }
});

test('REP-7: 安稳办 gives a one-time code from the authenticator app after the password; a wrong code is refused', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.submit('safety2', DEMO_PASSWORD);
  await expect(page.getByLabel('验证码')).toBeFocused();
  await signIn.submitCode('000000');
  await expect(page.getByTestId('mfa-code-error')).toContainText('验证码错误或已使用');
  await expect(page.getByRole('button', { name: '使用恢复码' })).toBeVisible();
  await signIn.submitCode(await signIn.nextDemoCode('safety2'));
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
});
