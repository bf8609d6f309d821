import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'XiaoHu@2026';

/** The sign-in page, in Chinese (the default language). */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/sign-in');
    await expect(this.page.getByRole('button', { name: '登录' })).toBeVisible();
  }

  async submit(username: string, password: string): Promise<void> {
    await this.page.getByLabel('用户名').fill(username);
    await this.page.getByLabel('密码').fill(password);
    await this.page.getByRole('button', { name: '登录' }).click();
  }

  /** Signs in with a demo account and waits for the signed-in layout. */
  async signInAs(username: string, password = DEMO_PASSWORD): Promise<void> {
    await this.open();
    await this.submit(username, password);
    await expect(this.page.getByRole('button', { name: '退出登录' })).toBeVisible();
  }

  errorAlert() {
    return this.page.getByRole('alert');
  }
}
