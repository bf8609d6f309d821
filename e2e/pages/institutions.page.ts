import { expect, type Page } from '@playwright/test';

/** The institutions list: reads every page of results through the pager. */
export class InstitutionsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/institutions');
    await expect(this.page.getByRole('heading', { name: '机构' })).toBeVisible();
  }

  rows() {
    return this.page.getByTestId('institution-row');
  }

  /** Names and kind labels of every visible institution, over all pages. */
  async collectAll(): Promise<{ name: string; kind: string }[]> {
    const seen: { name: string; kind: string }[] = [];
    for (;;) {
      await expect(this.rows().first()).toBeVisible();
      const rows = await this.rows().all();
      for (const row of rows) {
        const cells = row.locator('th, td');
        seen.push({
          name: (await cells.nth(0).innerText()).trim(),
          kind: (await cells.nth(1).innerText()).trim(),
        });
      }
      const next = this.page.getByRole('button', { name: '下一页' });
      if (await next.isDisabled()) return seen;
      const firstName = await rows[0].locator('th').innerText();
      await next.click();
      await expect(this.rows().first().locator('th')).not.toHaveText(firstName);
    }
  }
}
