import { expect, type Page } from '@playwright/test';
import { clickNav } from './shell';
import { typeDate } from './date-field';

export interface DisclosureEntry {
  /** Beijing wall-clock time, `YYYY-MM-DDTHH:mm`; the form's default (now) when omitted. */
  receivedAt?: string;
  category: '性侵' | '猥亵' | '虐待' | '欺凌暴力' | '其他';
  suspect: '本校教职工' | '学生' | '校外人员' | '不明';
  suspectDescription?: string;
  childName: string;
  childClass: string;
  childStatement: string;
  isChildInDanger: boolean;
}

/** 报告: the form a teacher fills when a pupil discloses harm. */
export class IncidentReportPage {
  constructor(private readonly page: Page) {}

  /** Opens the form from the prominent button in the layout, as a teacher would. */
  async openFromLayout(): Promise<void> {
    await clickNav(this.page, 'nav-report');
    await expect(this.page.getByRole('heading', { name: '报告侵害学生情况' })).toBeVisible();
  }

  receivedAtInput() {
    return this.page.getByLabel('您得知情况的时间');
  }

  async fill(entry: DisclosureEntry): Promise<void> {
    if (entry.receivedAt) await typeDate(this.receivedAtInput(), entry.receivedAt);
    await this.page.getByRole('radio', { name: entry.category, exact: true }).check();
    await this.page.getByRole('radio', { name: entry.suspect, exact: true }).check();
    if (entry.suspectDescription) await this.page.getByLabel('涉事人员说明').fill(entry.suspectDescription);
    await this.page.getByLabel('学生姓名').fill(entry.childName);
    await this.page.getByLabel('班级').fill(entry.childClass);
    await this.page.getByLabel('学生的原话').fill(entry.childStatement);
    await this.page
      .getByRole('radio', { name: entry.isChildInDanger ? '是，仍有危险' : '否，目前安全' })
      .check();
  }

  /**
   * Issue 4: picks the first staff member offered who is neither the head nor the reporting teacher
   * herself (王芳, the seed links the demo teacher account to her record): picking either would hide the
   * case from them (REP-11). Returns the label shown.
   */
  async pickSuspectFromStaff(): Promise<string> {
    const picker = this.page.getByRole('combobox', { name: /从本校教职工中选择/ });
    await picker.click();
    const option = this.page
      .getByRole('option')
      .filter({ hasNotText: '学校负责人' })
      .filter({ hasNotText: '王芳' })
      .first();
    await expect(option).toBeVisible();
    const label = ((await option.textContent()) ?? '').trim();
    await option.click();
    await expect(picker).toHaveValue(label);
    return label;
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: '提交报告' }).click();
  }

  /** REP-9: the district mailbox and hotline shown beside the form. */
  reportingChannels() {
    return this.page.getByTestId('reporting-channels');
  }
}
