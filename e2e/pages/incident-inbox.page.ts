import { expect, type Page } from '@playwright/test';
import { clickNav } from './shell';

/** The cases list; for 安稳办 the district-wide inbox. */
export class IncidentInboxPage {
  constructor(private readonly page: Page) {}

  async openFromLayout(heading: '安稳办案件收件箱' | '案件'): Promise<void> {
    await clickNav(this.page, 'nav-cases');
    await expect(this.page.getByRole('heading', { name: heading })).toBeVisible();
  }

  table() {
    return this.page.getByRole('table', { name: '案件列表' });
  }

  row(caseId: string) {
    return this.page.locator(`[data-testid="case-row"][data-case-id="${caseId}"]`);
  }

  /** REP-8: a case the school never reported, learned from elsewhere; the API records 瞒报. */
  async recordUnreportedCase(entry: {
    institutionSearch: string;
    category: string;
    suspect: string;
    source: string;
  }): Promise<void> {
    await this.page.getByTestId('record-unreported-case').click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('机构').fill(entry.institutionSearch);
    await this.page.getByRole('option').first().click();
    await dialog.getByLabel('侵害类型').click();
    await this.page.getByRole('option', { name: entry.category, exact: true }).click();
    await dialog.getByLabel('涉事人员').click();
    await this.page.getByRole('option', { name: entry.suspect, exact: true }).click();
    await dialog.getByLabel('获知渠道').click();
    await this.page.getByRole('option', { name: entry.source, exact: true }).click();
    await dialog.getByRole('button', { name: '保存并打开案件' }).click();
  }
}
