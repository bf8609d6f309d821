import { expect, type Locator, type Page } from '@playwright/test';
import { clickNav } from './shell';
import { typeDate } from './date-field';

/** The staff training pages (PRV-5): sessions, attendance ticking and coverage, in Chinese. */
export class TrainingPages {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await clickNav(this.page, 'nav-training');
    await expect(this.page.getByRole('heading', { name: '教职工培训' })).toBeVisible();
  }

  /** Records a session held today (Shanghai) and lands on its attendance page. */
  async recordSession(trainer: string): Promise<void> {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    await typeDate(this.page.getByTestId('training-held-at'), today);
    await this.page.getByTestId('training-trainer').fill(trainer);
    await this.page.getByTestId('training-record').click();
    await expect(this.page).toHaveURL(/\/training\/sessions\/[0-9a-f-]{36}$/);
    await expect(this.page.getByRole('heading', { name: '培训签到' })).toBeVisible();
  }

  /** Finds a person of the register by name and ticks the checkbox with the keyboard. */
  async tick(name: string): Promise<void> {
    await this.page.getByTestId('attendance-search').fill(name);
    const row = this.members().filter({ hasText: name });
    await expect(this.members()).toHaveCount(1);
    await row.getByRole('checkbox').focus();
    await this.page.keyboard.press('Space');
    await expect(row.getByRole('checkbox')).toBeChecked();
  }

  members(): Locator {
    return this.page.getByTestId('attendance-member');
  }

  async markPresent(): Promise<void> {
    await this.page.getByTestId('attendance-present').click();
    await expect(this.page.getByTestId('attendance-notice')).toHaveText('已保存签到。');
  }

  /** The coverage page's figures of the viewer's own institution: [audience, covered, share %]. */
  async coverage(): Promise<[number, number, number]> {
    await this.page.goto('/training/coverage');
    const figures = this.page.getByTestId('coverage-figures');
    await expect(figures).toBeVisible();
    const match = /应训 (\d+) 人，已训 (\d+) 人，覆盖率 (\d+)%/.exec((await figures.textContent()) ?? '');
    expect(match).not.toBeNull();
    return [Number(match![1]), Number(match![2]), Number(match![3])];
  }
}
