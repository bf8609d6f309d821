import { expect, type Locator, type Page } from '@playwright/test';

/** The roster import page: template link, file upload with progress, all-or-nothing report. */
export class StaffImportPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('staff-import').click();
    await expect(this.page.getByRole('heading', { level: 1, name: '批量导入花名册' })).toBeVisible();
  }

  /** Fetches the template the page links to, with the page's session. */
  async downloadTemplate(): Promise<Buffer> {
    const href = await this.page.getByTestId('import-template').getAttribute('href');
    if (!href) throw new Error('The template link has no href');
    const response = await this.page.request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('spreadsheetml');
    return response.body();
  }

  async upload(name: string, buffer: Buffer): Promise<void> {
    await this.page.getByTestId('import-file').setInputFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    await expect(this.page.getByTestId('import-file-name')).toHaveText(name);
    await this.page.getByTestId('import-upload').click();
  }

  rejection(): Locator {
    return this.page.getByTestId('import-rejected');
  }

  errorRows(): Locator {
    return this.page.getByTestId('import-error-row');
  }
}
