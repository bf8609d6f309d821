import { expect, type Page } from '@playwright/test';
import { clickNav } from './shell';

/** 监管总览 and 校园保护档案 (issue 10). */
export class OversightPage {
  constructor(private readonly page: Page) {}

  async openFromLayout(): Promise<void> {
    await clickNav(this.page, 'nav-oversight');
    await expect(this.page.getByRole('heading', { name: '监管总览' })).toBeVisible();
    await expect(this.page.getByTestId('institution-table')).toBeVisible();
  }

  /** A figure of the indicator cards: its link to the list behind it. */
  figure(indicatorId: string) {
    return this.page.getByTestId(`indicator-${indicatorId}`).getByTestId(`figure-${indicatorId}`);
  }

  institutionRow(name: string) {
    return this.page.getByTestId('institution-row').filter({ hasText: name });
  }

  cell(name: string, indicatorId: string) {
    return this.institutionRow(name).locator(`[data-indicator="${indicatorId}"]`);
  }

  async openRecordOf(name: string): Promise<void> {
    await this.institutionRow(name)
      .getByRole('link', { name: new RegExp(name) })
      .click();
    await expect(this.page.getByRole('heading', { name: `校园保护档案 · ${name}` })).toBeVisible();
  }
}
