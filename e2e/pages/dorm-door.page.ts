import { expect, type Locator, type Page } from '@playwright/test';
import { clickNav } from './shell';

/** The dormitory door page (PRV-4) and the entries list, in Chinese. */
export class DormDoorPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await clickNav(this.page, 'nav-dorm-door');
    await expect(this.page.getByRole('heading', { name: '宿舍出入登记' })).toBeVisible();
  }

  /** Chooses a person of the staff register by part of the name. */
  async choose(name: string): Promise<void> {
    const person = this.page.getByRole('combobox', { name: '进入人员（从教职工名册中选择）' });
    await person.fill(name);
    await this.page
      .getByRole('option', { name: new RegExp(name) })
      .first()
      .click();
  }

  async enter(purpose: '班主任查寝' | '其他事由'): Promise<Locator> {
    await this.page.getByRole('button', { name: purpose }).click();
    await this.page.getByRole('button', { name: '进入', exact: true }).click();
    return this.page.getByTestId('door-notice');
  }

  async leave(): Promise<Locator> {
    await this.page.getByRole('button', { name: '离开', exact: true }).first().click();
    return this.page.getByTestId('door-notice');
  }

  inside(): Locator {
    return this.page.getByTestId('door-inside');
  }

  async openEntries(): Promise<void> {
    await clickNav(this.page, 'nav-dorm-entries');
    await expect(this.page.getByRole('heading', { name: '宿舍出入记录' })).toBeVisible();
  }

  entries(): Locator {
    return this.page.getByTestId('dorm-entry');
  }

  /** Nothing is wider than the viewport (no horizontal scroll on a phone). */
  async expectNoHorizontalScroll(): Promise<void> {
    // The function runs in the browser; e2e's TypeScript has no DOM library, so the root is typed here.
    const widths = await this.page.evaluate(() => {
      const root = (
        globalThis as unknown as {
          document: { documentElement: { scrollWidth: number; clientWidth: number } };
        }
      ).document.documentElement;
      return { scroll: root.scrollWidth, client: root.clientWidth };
    });
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  }
}
