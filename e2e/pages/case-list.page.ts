import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, type Download, type Page } from '@playwright/test';

/** The case list with its filters, count and Excel export (issue 10). */
export class CaseListPage {
  constructor(private readonly page: Page) {}

  /** Opens a list link as the dashboard would (contract 2's parameters). */
  async openLink(query: Record<string, string>): Promise<void> {
    await this.page.goto(`/cases?${new URLSearchParams(query).toString()}`);
    await expect(this.page.getByRole('group', { name: '筛选案件' })).toBeVisible();
  }

  count() {
    return this.page.getByTestId('cases-count');
  }

  /** The number the count line shows (共 N 件), once the list has loaded. */
  async countValue(): Promise<number> {
    await expect(this.count()).toHaveText(/共 \d+ 件/);
    return Number((await this.count().textContent())?.match(/\d+/)?.[0]);
  }

  /** The count of a link's list, as it stands now. */
  async countOfLink(query: Record<string, string>): Promise<number> {
    await this.openLink(query);
    return this.countValue();
  }

  rows() {
    return this.page.locator('[data-testid="case-row"]');
  }

  async clearFilters(): Promise<void> {
    await this.page.getByTestId('cases-filter-clear').click();
  }

  /** Ticks categories in the multiple-choice menu, by keyboard-free clicks on the options. */
  async chooseCategories(...names: string[]): Promise<void> {
    await this.page.getByRole('combobox', { name: '类型', exact: true }).click();
    for (const name of names) await this.page.getByRole('option', { name, exact: true }).click();
    await this.page.keyboard.press('Escape');
  }

  /** Chooses a breach and waits until the select shows it, so the next step reads the new list. */
  async chooseBreach(name: string): Promise<void> {
    const select = this.page.getByRole('combobox', { name: '违规', exact: true });
    await select.click();
    await this.page.getByRole('option', { name, exact: true }).click();
    await expect(select).toHaveText(name);
  }

  async export(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('cases-export').click();
    return download;
  }
}

/** The rows of a downloaded workbook's first sheet, read with the API's own exceljs (header → cell text). */
export async function readWorkbookRows(file: string): Promise<Record<string, string>[]> {
  const requireFromApi = createRequire(path.resolve(__dirname, '../../apps/api/package.json'));
  const ExcelJS = requireFromApi('exceljs') as {
    Workbook: new () => {
      xlsx: { readFile(file: string): Promise<unknown> };
      worksheets: {
        rowCount: number;
        getRow(n: number): { values: unknown[]; getCell(c: number): { text: string } };
      }[];
    };
  };
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0];
  const header = sheet.getRow(1).values.slice(1).map(String);
  return Array.from({ length: sheet.rowCount - 1 }, (_, i) =>
    Object.fromEntries(header.map((h, c) => [h, sheet.getRow(i + 2).getCell(c + 1).text])),
  );
}
