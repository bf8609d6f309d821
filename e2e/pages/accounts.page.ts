import { expect, type Page } from '@playwright/test';
import { clickNav } from './shell';

/** The 账户管理 page of the administrator. */
export class AccountsPage {
  constructor(private readonly page: Page) {}

  async openFromNav(): Promise<void> {
    await clickNav(this.page, 'nav-accounts');
    await expect(this.page.getByRole('heading', { name: '账户管理' })).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('accounts-search').fill(text);
    await this.page.getByTestId('accounts-search-submit').click();
  }

  row(username: string) {
    return this.page.locator(`[data-testid="account-row"][data-username="${username}"]`);
  }

  /** Clicks 停用 or 启用 on the row, checks the dialog's warning, and confirms. */
  async toggle(username: string, expectedDialogText: string): Promise<void> {
    await this.row(username).getByTestId('account-toggle').click();
    const dialog = this.page.getByTestId('account-toggle-dialog');
    await expect(dialog).toContainText(expectedDialogText);
    await dialog.getByTestId('account-toggle-confirm').click();
    await expect(dialog).toBeHidden();
  }
}
