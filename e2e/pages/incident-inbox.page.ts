import { expect, type Page } from '@playwright/test';

/** The cases list; for 安稳办 the district-wide inbox. */
export class IncidentInboxPage {
  constructor(private readonly page: Page) {}

  async openFromLayout(heading: '安稳办案件收件箱' | '案件'): Promise<void> {
    await this.page.getByTestId('nav-cases').click();
    await expect(this.page.getByRole('heading', { name: heading })).toBeVisible();
  }

  table() {
    return this.page.getByRole('table', { name: '案件列表' });
  }

  row(caseId: string) {
    return this.page.locator(`[data-testid="case-row"][data-case-id="${caseId}"]`);
  }
}
