import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The public tip line 匿名举报 (REP-9): the tip page and the reporter's thread page. */
export class TipLinePage {
  constructor(private readonly page: Page) {}

  /** From the sign-in page's link, as a pupil without an account finds it. */
  async openFromSignIn(): Promise<void> {
    await this.page.goto('/sign-in');
    await this.page.getByTestId('tip-line-link').click();
    await expect(this.page.getByRole('heading', { name: '匿名举报' })).toBeVisible();
  }

  async send(tip: {
    category: string;
    school: string;
    description: string;
    when?: string;
    contact?: string;
  }) {
    await this.page.getByLabel(tip.category).check();
    await this.page.getByTestId('tip-school').click();
    await this.page.getByRole('option', { name: tip.school }).click();
    if (tip.when) await this.page.getByTestId('tip-when').fill(tip.when);
    await this.page.getByTestId('tip-description').fill(tip.description);
    if (tip.contact) await this.page.getByTestId('tip-contact').fill(tip.contact);
    await this.page.getByTestId('tip-send').click();
    // The browser's proof of work (SHA-256, 16 zero bits) takes a few seconds on a slow machine.
    await expect(this.page.getByTestId('tip-receipt')).toBeVisible({ timeout: 60_000 });
    return {
      code: (await this.page.getByTestId('tip-code').textContent())!.trim(),
      passphrase: (await this.page.getByTestId('tip-passphrase').textContent())!.trim(),
    };
  }

  async openThread(code: string, passphrase: string): Promise<void> {
    await this.page.goto('/tip/thread');
    await this.page.getByTestId('thread-code').fill(code);
    await this.page.getByTestId('thread-passphrase').fill(passphrase);
    await this.page.getByTestId('thread-open').click();
    await expect(this.page.getByTestId('tip-thread')).toBeVisible();
  }

  async reply(text: string): Promise<void> {
    await this.page.getByTestId('thread-reply').fill(text);
    await this.page.getByTestId('thread-send').click();
    await expect(this.page.getByTestId('tip-message-REPORTER').last()).toContainText(text);
  }

  /** The axe accessibility check (WCAG 2 A and AA rules) finds nothing on the page as it stands. */
  async expectAccessible(): Promise<void> {
    const results = await new AxeBuilder({ page: this.page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
}

/** 安稳办's inbox and one tip. */
export class TipInboxPage {
  constructor(private readonly page: Page) {}

  async openTip(code: string): Promise<void> {
    await this.page.goto('/tips');
    await this.page.getByTestId('tip-link').filter({ hasText: code }).click();
    await expect(this.page.getByRole('heading', { name: `匿名举报 ${code}` })).toBeVisible();
  }

  async answer(text: string): Promise<void> {
    await this.page.getByTestId('tip-answer').fill(text);
    await this.page.getByTestId('tip-answer-send').click();
    await expect(this.page.getByTestId('tip-message-SAFETY').last()).toContainText(text);
  }

  async convert(suspect: string): Promise<void> {
    await this.page.getByTestId('tip-convert').click();
    const dialog = this.page.getByTestId('convert-dialog');
    await dialog.getByTestId('convert-suspect').click();
    await this.page.getByRole('option', { name: suspect }).click();
    await dialog.getByTestId('convert-submit').click();
    await expect(this.page.getByTestId('tip-status')).toHaveText('已立案');
  }
}
