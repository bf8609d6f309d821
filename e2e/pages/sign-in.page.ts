import { expect, type Page } from '@playwright/test';
import { DEMO_TOTP_SECRET, totpCode, totpStep } from './totp';

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

  /**
   * Signs in with a demo account and waits for the signed-in layout. Accounts that must use MFA
   * answer the code step with a code of the demo secret.
   */
  async signInAs(username: string, password = DEMO_PASSWORD): Promise<void> {
    await this.open();
    await this.submit(username, password);
    // Signed in: the header's sign-out button, or on a phone the menu button that opens the drawer.
    const signOut = this.page
      .getByRole('button', { name: '退出登录' })
      .or(this.page.getByRole('button', { name: '打开菜单' }));
    const code = this.page.getByLabel('验证码');
    await expect(signOut.or(code)).toBeVisible();
    if (await code.isVisible()) {
      await this.submitCode(await nextCode(username));
      await expect(signOut).toBeVisible();
    }
  }

  /** The next unused code of the demo secret for this account. */
  nextDemoCode(username: string): Promise<string> {
    return nextCode(username);
  }

  async submitCode(code: string): Promise<void> {
    await this.page.getByLabel('验证码').fill(code);
    await this.page.getByRole('button', { name: '验证' }).click();
  }

  errorAlert() {
    return this.page.getByRole('alert');
  }
}

// A code is accepted once: the journeys sign in as the same person several times within 30 s, so each
// sign-in takes the next unused time step (the server accepts one step ahead). Workers: 1, so one
// process keeps this memory.
const lastStep = new Map<string, number>();

async function nextCode(username: string): Promise<string> {
  let step = Math.max(totpStep(Date.now()), (lastStep.get(username) ?? 0) + 1);
  // Two steps ahead would be refused: wait (rarely, at most 30 s) for the real clock to catch up.
  while (step > totpStep(Date.now()) + 1) await new Promise((resolve) => setTimeout(resolve, 500));
  step = Math.max(step, totpStep(Date.now()));
  lastStep.set(username, step);
  return totpCode(DEMO_TOTP_SECRET, step);
}
