import { expect, type Page } from '@playwright/test';
import { clickNav } from './shell';

/** The administrator's 接口客户端 page (issue 13). */
export class ApiClientsPage {
  constructor(private readonly page: Page) {}

  async openFromNav(): Promise<void> {
    await clickNav(this.page, 'nav-api-clients');
    await expect(this.page.getByRole('heading', { name: '接口客户端' })).toBeVisible();
  }

  row(name: string) {
    return this.page.locator(`[data-testid="api-client-row"][data-client-name="${name}"]`);
  }

  /** Registers a read-only client of a committee unit's scope; answers the token the dialog shows once. */
  async create(name: string, unitLabel: string): Promise<string> {
    await this.page.getByTestId('api-client-create').click();
    const dialog = this.page.getByTestId('create-api-client-dialog');
    await dialog.getByTestId('api-client-name').fill(name);
    // The role is a section member's by default; its unit:
    await dialog.getByLabel('所属科室').click();
    await this.page.getByRole('option', { name: unitLabel, exact: true }).click();
    await dialog.getByTestId('create-api-client-submit').click();
    const issued = this.page.getByTestId('issued-token-dialog');
    await expect(issued).toContainText('令牌只显示这一次');
    const token = (await issued.getByTestId('issued-token').textContent()) ?? '';
    await issued.getByTestId('issued-token-close').click();
    await expect(issued).toBeHidden();
    return token;
  }

  /** Clicks 吊销 on the row, checks the warning and confirms. */
  async revoke(name: string): Promise<void> {
    await this.row(name).getByTestId('api-client-revoke').click();
    const confirm = this.page.getByTestId('api-client-confirm');
    await expect(confirm).toContainText('所有令牌立即失效');
    await confirm.getByTestId('api-client-confirm-confirm').click();
    await expect(confirm).toBeHidden();
  }
}
