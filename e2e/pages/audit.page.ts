import { expect, type Page } from '@playwright/test';

/** 审计日志, filtered by actions picked by their Chinese names and by people picked by name (issue 10). */
export class AuditPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/audit');
    await expect(this.page.getByRole('heading', { name: '审计日志' })).toBeVisible();
  }

  /** Types part of an action's Chinese name into the picker and picks the one offered. */
  async pickAction(name: string): Promise<void> {
    const picker = this.page.getByRole('combobox', { name: '操作', exact: true });
    await picker.click();
    await picker.fill(name);
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  async search(): Promise<void> {
    await this.page.getByTestId('audit-search').click();
  }

  rows() {
    return this.page.getByTestId('audit-row');
  }
}
