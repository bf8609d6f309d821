import { expect, type Page } from '@playwright/test';
import { clickNav } from './shell';

/** The annual assessment 年度考核: periods, a period's table, one institution's assessment. */
export class AssessmentPage {
  constructor(private readonly page: Page) {}

  async openFromLayout(): Promise<void> {
    await clickNav(this.page, 'nav-assessments');
    await expect(this.page.getByRole('heading', { name: '年度考核', level: 1 })).toBeVisible();
  }

  /** 督导室 opens the current school year (the default) through the dialog and its confirmation. */
  async openDefaultPeriod(): Promise<void> {
    await this.page.getByTestId('open-period').click();
    await this.page.getByTestId('open-period-submit').click();
    await expect(this.page.getByTestId('open-period-confirm')).toContainText('确认开启考核周期？');
    await expect(this.page.getByTestId('open-period-confirm')).toContainText('参评范围：全区所有单位');
    await this.page.getByTestId('open-period-confirm-confirm').click();
    await expect(this.page.getByTestId('assessment-rows')).toBeVisible();
  }

  async openPeriod(name: RegExp | string): Promise<void> {
    await this.page.getByTestId('assessment-periods').getByRole('link', { name }).click();
    await expect(this.page.getByTestId('assessment-rows')).toBeVisible();
  }

  async openInstitution(name: string): Promise<void> {
    await this.page.getByTestId('assessment-rows').getByRole('link', { name }).click();
    await expect(this.page.getByRole('heading', { name, level: 1 })).toBeVisible();
  }

  evidenceCases() {
    return this.page.getByTestId('evidence-case');
  }

  verdict() {
    return this.page.getByTestId('verdict');
  }

  grounds() {
    return this.page.getByTestId('veto-ground');
  }

  vetoStatus() {
    return this.page.getByTestId('assessment-veto-status');
  }

  eligibility() {
    return this.page.getByTestId('assessment-eligibility');
  }

  async recordCaseFinding(finding: {
    text: string;
    points: number;
    failure: string;
    impact: string;
    ground: string;
  }) {
    const form = this.page.getByTestId('finding-form');
    await form.getByTestId('finding-text').fill(finding.text);
    await form.getByTestId('finding-points').fill(String(finding.points));
    await form.getByTestId('finding-case').click();
    await this.page.getByTestId('finding-case-option').first().click();
    await form.getByTestId(`finding-failure-${finding.failure}`).check();
    await form.getByTestId(`finding-impact-${finding.impact}`).check();
    await form.getByTestId(`finding-ground-${finding.ground}`).check();
    await form.getByTestId('finding-submit').click();
  }

  async submitStatement(text: string): Promise<void> {
    await this.page.getByTestId('statement-text').fill(text);
    await this.page.getByTestId('statement-submit').click();
    await expect(this.page.getByTestId('statement-view')).toHaveText(text);
  }

  async confirmVeto(reason: string): Promise<void> {
    await this.page.getByTestId('review-reason').fill(reason);
    await this.page.getByTestId('review-confirm').click();
    await expect(this.page.getByTestId('review-dialog')).toContainText('确认一票否决？');
    await this.page.getByTestId('review-dialog-confirm').click();
    await expect(this.page.getByTestId('review-view')).toContainText(reason);
  }

  async recordCircular(): Promise<void> {
    await this.page.getByTestId('sanction-choose').click();
    await this.page.getByTestId('sanction-option-CIRCULAR').click();
    await this.page.getByTestId('sanction-submit').click();
    await this.page.getByTestId('sanction-dialog-confirm').click();
    await expect(this.page.getByTestId('sanction-item')).toContainText('通报');
  }

  /** Downloads the circular and returns its bytes. */
  async downloadCircular(): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('circular-download').click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }
}
