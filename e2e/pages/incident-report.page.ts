import { expect, type Page } from '@playwright/test';

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
    await this.page.getByTestId('nav-report').click();
    await expect(this.page.getByRole('heading', { name: '报告侵害学生情况' })).toBeVisible();
  }

  receivedAtInput() {
    return this.page.getByLabel('您得知情况的时间');
  }

  async fill(entry: DisclosureEntry): Promise<void> {
    if (entry.receivedAt) await this.receivedAtInput().fill(entry.receivedAt);
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

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: '提交报告' }).click();
  }

  /** REP-9: the district mailbox and hotline shown beside the form. */
  reportingChannels() {
    return this.page.getByTestId('reporting-channels');
  }
}
