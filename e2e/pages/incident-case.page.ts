import { expect, type Page } from '@playwright/test';
import { typeDate } from './date-field';

export type EmergencyStepLabel =
  '启动应急预案' | '保护现场' | '协助公安机关固定证据' | '控制涉事人员，使其不再接触学生';

/** One case: deadlines with live countdowns, the head's actions, the timeline. */
export class IncidentCasePage {
  constructor(private readonly page: Page) {}

  async expectOpen(): Promise<void> {
    await expect(this.page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
    await expect(this.page.getByTestId('deadline-police')).toBeVisible();
  }

  caseId(): string {
    const match = /\/cases\/([^/?#]+)/.exec(this.page.url());
    if (!match) throw new Error(`Not on a case page: ${this.page.url()}`);
    return decodeURIComponent(match[1]);
  }

  headDeadlineClock() {
    return this.page.getByTestId('deadline-head-clock');
  }

  policeDeadline() {
    return this.page.getByTestId('deadline-police');
  }

  policeDeadlineClock() {
    return this.page.getByTestId('deadline-police-clock');
  }

  policeDeadlineDue() {
    return this.page.getByTestId('deadline-police-due');
  }

  child() {
    return this.page.getByTestId('case-child');
  }

  async acknowledge(): Promise<void> {
    await this.page.getByRole('button', { name: '确认收悉' }).click();
    await expect(this.page.getByTestId('case-acknowledged')).toBeVisible();
  }

  checklistStep(label: EmergencyStepLabel) {
    return this.page.getByRole('checkbox', { name: `标记“${label}”已完成` });
  }

  async tickStep(label: EmergencyStepLabel): Promise<void> {
    const box = this.checklistStep(label);
    // The box shows what the server recorded, so it turns checked only once the API answers.
    await box.click();
    await expect(box).toBeChecked();
    await expect(box).toBeDisabled();
  }

  async recordPoliceReport(report: {
    reportedAt?: string;
    station: string;
    receiptNumber: string;
    officer?: string;
  }): Promise<void> {
    const form = this.page.getByTestId('police-report-form');
    if (report.reportedAt) await typeDate(form.getByLabel('报案时间'), report.reportedAt);
    await form.getByLabel('派出所').fill(report.station);
    await form.getByLabel('回执号或案件编号').fill(report.receiptNumber);
    if (report.officer) await form.getByLabel('接警民警（选填）').fill(report.officer);
    await form.getByRole('button', { name: '保存报案情况' }).click();
  }

  policeReport() {
    return this.page.getByTestId('police-report');
  }

  timelineEvents() {
    return this.page.getByTestId('case-event');
  }

  breaches() {
    return this.page.getByTestId('case-breaches');
  }

  /** The closing reasons the form offers: exactly those the case policy allows now (REP-4). */
  closingReasons() {
    return this.page.getByTestId('close-reason').locator('label');
  }

  /** A reason the form does not offer, with why (REP-4). */
  refusedClosingReason(reason: 'RESOLVED' | 'UNFOUNDED' | 'DUPLICATE' | 'PRIVATE_SETTLEMENT') {
    return this.page.locator(`[data-testid="close-refused-reason"][data-reason="${reason}"]`);
  }

  closed() {
    return this.page.getByTestId('case-closed');
  }

  /** Chooses a reason, confirms in the dialog, and leaves the API's answer on the page. */
  async closeCase(reason: '已依法处理完毕' | '经核查不属实' | '重复报告' | '双方私下调解'): Promise<void> {
    await this.page.getByTestId('close-case-form').getByRole('radio', { name: reason }).check();
    await this.page.getByRole('button', { name: '结案…' }).click();
    await expect(this.page.getByRole('dialog')).toContainText('确认结案？');
    await this.page.getByRole('button', { name: '确认结案' }).click();
  }

  /** Opens a case by its id, as a link in a mail or a bookmark would. */
  async open(caseId: string): Promise<void> {
    await this.page.goto(`/cases/${encodeURIComponent(caseId)}`);
    await this.expectOpen();
  }

  /** Opens a case by its id and finds nothing: out of scope answers exactly as missing (REP-7). */
  async openExpectingNotFound(caseId: string): Promise<void> {
    await this.page.goto(`/cases/${encodeURIComponent(caseId)}`);
    await expect(this.page.getByText('找不到该案件', { exact: true })).toBeVisible();
    await expect(this.page.getByTestId('deadline-police')).toHaveCount(0);
  }

  welfareSection() {
    return this.page.getByTestId('case-welfare');
  }

  welfareNotes() {
    return this.page.getByTestId('welfare-note');
  }

  /** REP-10: fills the note, the time the guardian was told (Beijing time) when given, and 休学. */
  async recordWelfareNote(note: {
    concern: string;
    guardianToldAt?: string;
    isStudySuspended: boolean;
  }): Promise<void> {
    const form = this.page.getByTestId('welfare-note-form');
    await form.getByLabel('心理关注情况').fill(note.concern);
    if (note.guardianToldAt) {
      await form.getByRole('checkbox', { name: '已告知监护人' }).check();
      await typeDate(form.getByLabel('监护人告知时间'), note.guardianToldAt);
    }
    if (note.isStudySuspended) await form.getByRole('checkbox', { name: '已安排休学' }).check();
    await form.getByRole('button', { name: '保存心理关注记录' }).click();
  }
}
