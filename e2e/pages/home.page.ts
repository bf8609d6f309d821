import { expect, type Page } from '@playwright/test';

/** `/`: a person's home 工作台 (issue 10): a head's to-do list, a teacher's report button and cases. */
export class HomePage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
  }

  reportButton() {
    return this.page.getByTestId('home-report');
  }

  workItems() {
    return this.page.getByTestId('work-item');
  }

  reportedCases() {
    return this.page.getByTestId('reported-case');
  }

  async expectHeadHome(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: '我的待办' })).toBeVisible();
  }
}
