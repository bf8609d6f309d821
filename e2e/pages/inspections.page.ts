import { expect, type Page } from '@playwright/test';
import { todayInShanghai } from './surroundings.page';
import { clickNav } from './shell';
import { typeDate } from './date-field';

/** A date `days` after today in Shanghai, YYYY-MM-DD (a date input's value). */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

/** 安全排查 and 隐患整改 (PRV-1): campaigns, the checklist, the hazard list and one hazard. */
export class InspectionsPage {
  constructor(private readonly page: Page) {}

  async openFromNav(): Promise<void> {
    await clickNav(this.page, 'nav-inspections');
    await expect(this.page.getByRole('heading', { name: '安全排查' })).toBeVisible();
  }

  async openHazardsFromNav(): Promise<void> {
    await clickNav(this.page, 'nav-hazards');
    await expect(this.page.getByRole('heading', { name: '隐患整改' })).toBeVisible();
  }

  /** 安稳办 or 督导室: a campaign from today for 30 days over the chosen institutions; lands on its page. */
  async openCampaignOver(name: string, institutions: string[]): Promise<void> {
    await this.page.getByTestId('open-campaign').click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByTestId('campaign-name').fill(name);
    await typeDate(dialog.getByTestId('campaign-from'), todayInShanghai());
    await typeDate(dialog.getByTestId('campaign-to'), daysFromToday(30));
    await dialog.getByRole('combobox', { name: '覆盖范围' }).click();
    await this.page.getByRole('option', { name: '指定单位' }).click();
    for (const institution of institutions) {
      const picker = dialog.getByTestId('campaign-institutions-picker').getByRole('combobox');
      await picker.fill(institution.slice(-5));
      await this.page.getByRole('option', { name: institution }).click();
    }
    await dialog.getByTestId('campaign-submit').click();
    await expect(this.page).toHaveURL(/\/inspections\/campaigns\/[0-9a-f-]{36}$/);
    await expect(this.page.getByRole('heading', { name })).toBeVisible();
  }

  /** The head starts her self-inspection of the named campaign; lands on the checklist. */
  async startSelfInspection(campaign: string): Promise<void> {
    const card = this.page
      .getByTestId('self-inspections-todo')
      .locator('.MuiCard-root')
      .filter({ hasText: campaign });
    await card.getByTestId('start-self-inspection').click();
    await expect(this.page).toHaveURL(/\/inspections\/[0-9a-f-]{36}$/);
    await expect(this.page.getByTestId('checklist-card')).toBeVisible();
  }

  /** 已检查 done/total 项, as numbers. */
  async progress(): Promise<{ done: number; total: number }> {
    const text = await this.page.getByText(/已检查 \d+\/\d+ 项/).innerText();
    const [, done, total] = /(\d+)\/(\d+)/.exec(text)!;
    return { done: Number(done), total: Number(total) };
  }

  /** Answers the current item PASSED and waits until it is counted. */
  async pass(): Promise<void> {
    const { done } = await this.progress();
    await this.page.getByTestId('result-PASSED').click();
    await expect(this.page.getByText(`已检查 ${done + 1}/`)).toBeVisible();
  }
}
