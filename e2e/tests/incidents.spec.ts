import { expect, test, type Page } from '@playwright/test';
import { IncidentCasePage } from '../pages/incident-case.page';
import { IncidentInboxPage } from '../pages/incident-inbox.page';
import { IncidentReportPage } from '../pages/incident-report.page';
import { SignInPage } from '../pages/sign-in.page';
import { typeDate } from '../pages/date-field';

// Issue 4: a teacher records a disclosure; the head sees the countdown, ticks the checklist and
// records the police report and a welfare note (REP-10); 安稳办's designated officer sees the case in
// its inbox with the child's name hidden, and a member outside the need-to-know group does not see a
// sexual-abuse case at all (REP-7).
const CHILD_NAME = '李小花';
const CHILD_CLASS = '三年级二班';
const WELFARE_CONCERN = '情绪低落、夜间失眠，已请心理老师每周约谈。';

function beijingInputValue(instant: Date): string {
  // sv-SE formats as YYYY-MM-DD HH:mm, the order a datetime-local input wants.
  return instant
    .toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hour12: false })
    .slice(0, 16)
    .replace(' ', 'T');
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

test('REP-2, REP-3, REP-6, REP-7, REP-8, REP-10: a disclosure goes from the teacher to the head to 安稳办', async ({
  page,
}) => {
  // Three users sign in one after the other on a live API.
  test.setTimeout(180_000);
  const signIn = new SignInPage(page);
  const report = new IncidentReportPage(page);
  const casePage = new IncidentCasePage(page);
  const inbox = new IncidentInboxPage(page);

  // The teacher records what the pupil said.
  await signIn.signInAs('teacher');
  await report.openFromLayout();
  await expect(report.reportingChannels()).toContainText('举报邮箱');
  await expect(report.reportingChannels()).toContainText('求助热线');
  const entry = {
    category: '猥亵',
    suspect: '本校教职工',
    suspectDescription: '体育老师',
    childName: CHILD_NAME,
    childClass: CHILD_CLASS,
    childStatement: '体育课后他在器材室摸了我，还说不要告诉别人。',
    isChildInDanger: false,
  } as const;

  // A time in the future is refused before anything is sent.
  await report.fill({ ...entry, receivedAt: beijingInputValue(new Date(Date.now() + 2 * 3_600_000)) });
  await report.submit();
  await expect(page.getByText('接收时间不能晚于现在，请填写您实际得知情况的时间')).toBeVisible();
  await expect(page).toHaveURL(/\/report$/);

  const heardAt = beijingInputValue(new Date(Date.now() - 60_000));
  await typeDate(report.receivedAtInput(), heardAt);
  // Issue 4: the suspect is also picked from the school's own staff; the description stays as the fallback.
  expect(await report.pickSuspectFromStaff()).toMatch(/（.+）$/);
  await report.submit();
  await casePage.expectOpen();
  const caseId = casePage.caseId();
  expect(page.url()).not.toContain(encodeURIComponent(CHILD_NAME));

  // Everyone involved sees REP-3 counting down from one hour after she heard it.
  await expect(casePage.policeDeadlineClock()).toHaveText(/^剩余 \d{2}:\d{2}$/);
  const firstReading = await casePage.policeDeadlineClock().innerText();
  await expect(casePage.policeDeadlineClock()).not.toHaveText(firstReading);
  await expect(casePage.policeDeadlineDue()).toContainText('期限：');
  await expect(casePage.child()).toContainText(CHILD_NAME);
  await signOut(page);

  // The head is told in the app: the bell names the case, never the child.
  await signIn.signInAs('head.primary');
  const bell = page.getByTestId('notifications-button');
  await expect(bell).toHaveAttribute('data-unread', /^[1-9]/);
  await bell.click();
  const notification = page.getByTestId('notification-item').first();
  await expect(notification).toBeVisible();
  await expect(page.getByTestId('notifications-menu')).not.toContainText(CHILD_NAME);
  await notification.click();
  await casePage.expectOpen();
  expect(casePage.caseId()).toBe(caseId);

  await expect(casePage.policeDeadlineClock()).toHaveText(/^剩余 \d{2}:\d{2}$/);
  await expect(casePage.child()).toContainText(`${CHILD_NAME}，${CHILD_CLASS}`);
  await casePage.acknowledge();
  await expect(casePage.headDeadlineClock()).toContainText('完成');

  // REP-6: each step ticked, with time and person.
  for (const step of [
    '启动应急预案',
    '保护现场',
    '协助公安机关固定证据',
    '控制涉事人员，使其不再接触学生',
  ] as const) {
    await casePage.tickStep(step);
  }
  await expect(page.getByTestId('emergency-checklist')).toContainText('刘文静（谢家湾小学校长） 于');

  // REP-3: the police report, within the hour.
  await casePage.recordPoliceReport({
    station: '重庆市公安局九龙坡区分局谢家湾派出所',
    receiptNumber: 'JLP-2026-0117',
    officer: '陈警官',
  });
  await expect(casePage.policeReport()).toContainText('JLP-2026-0117');
  await expect(casePage.policeDeadlineClock()).toHaveText(/^已于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 完成$/);
  await expect(casePage.policeDeadline()).toHaveAttribute('data-standing', 'MET');
  // The head is in the need-to-know group: the child stays shown after every action.
  await expect(casePage.child()).toContainText(`${CHILD_NAME}，${CHILD_CLASS}`);

  // REP-10: the head notes the pupil's state and when the guardian was told; the note is listed at once.
  await expect(casePage.welfareSection()).toContainText('尚无心理关注记录');
  const guardianToldAt = beijingInputValue(new Date(Date.now() - 5 * 60_000));
  await casePage.recordWelfareNote({
    concern: WELFARE_CONCERN,
    guardianToldAt,
    isStudySuspended: true,
  });
  await expect(casePage.welfareNotes()).toHaveCount(1);
  const welfareNote = casePage.welfareNotes().first();
  await expect(welfareNote).toContainText(WELFARE_CONCERN);
  await expect(welfareNote).toContainText('刘文静（谢家湾小学校长）');
  await expect(welfareNote.getByTestId('welfare-guardian-told')).toHaveText(guardianToldAt.replace('T', ' '));
  await expect(welfareNote.getByTestId('welfare-study-suspended')).toHaveText('是');

  // The timeline shows each event with the deadline it met.
  const kinds = await casePage
    .timelineEvents()
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kind')));
  expect(kinds).toEqual(
    expect.arrayContaining([
      'DISCLOSURE_RECORDED',
      'HEAD_ACKNOWLEDGED',
      'EMERGENCY_STEP_DONE',
      'POLICE_REPORTED',
    ]),
  );
  await expect(page.getByTestId('case-timeline')).toContainText('向公安机关报案（REP-3）：按时');
  await signOut(page);

  // 安稳办 sees the case in the district inbox, without the child's identity.
  await signIn.signInAs('safety');
  await inbox.openFromLayout('安稳办案件收件箱');
  const row = inbox.row(caseId);
  await expect(row).toBeVisible();
  await expect(row).toContainText('九龙坡区谢家湾小学');
  await expect(row).toContainText('猥亵');
  await expect(row.getByTestId('case-row-child')).toHaveText('已隐藏');
  await expect(row.getByTestId('case-row-time-left')).toContainText('完成');
  await expect(row.getByTestId('case-row-breaches')).toHaveText('无');
  await expect(inbox.table()).not.toContainText(CHILD_NAME);
  await expect(inbox.table()).not.toContainText(CHILD_CLASS);
  await signOut(page);

  // REP-7: for a sexual-abuse case even its existence is need-to-know: a 安稳办 member outside the group
  // finds it neither in the inbox nor by its address, exactly as a case that does not exist.
  await signIn.signInAs('safety2');
  await inbox.openFromLayout('安稳办案件收件箱');
  await expect(inbox.row(caseId)).toHaveCount(0);
  await casePage.openExpectingNotFound(caseId);
  await expect(page.locator('body')).not.toContainText(CHILD_NAME);
  await expect(page.locator('body')).not.toContainText(WELFARE_CONCERN);
});

test('REP-4: a case the school never reported is 瞒报; the close form offers only the reasons the case policy allows, and says why not the others', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const signIn = new SignInPage(page);
  const inbox = new IncidentInboxPage(page);
  const casePage = new IncidentCasePage(page);

  await signIn.signInAs('safety');
  await inbox.openFromLayout('安稳办案件收件箱');
  await inbox.recordUnreportedCase({
    institutionSearch: '谢家湾',
    category: '虐待',
    suspect: '本校教职工',
    source: '家长',
  });
  await casePage.expectOpen();
  await expect(casePage.breaches()).toContainText('瞒报');

  // Before the police report only a duplicate may close it; a private settlement never (REP-4).
  await expect(casePage.closingReasons()).toHaveText(['重复报告']);
  await expect(casePage.refusedClosingReason('RESOLVED')).toContainText('须先报案');
  await expect(casePage.refusedClosingReason('UNFOUNDED')).toContainText('须先报案');
  await expect(casePage.refusedClosingReason('PRIVATE_SETTLEMENT')).toContainText('私下调解不能代替报告');

  // Once the police were told, every reason but a private settlement.
  await casePage.recordPoliceReport({
    station: '重庆市公安局九龙坡区分局谢家湾派出所',
    receiptNumber: 'JLP-2026-0203',
  });
  await expect(casePage.policeReport()).toContainText('JLP-2026-0203');
  await expect(casePage.closingReasons()).toHaveText(['已依法处理完毕', '经核查不属实', '重复报告']);
  await expect(casePage.refusedClosingReason('PRIVATE_SETTLEMENT')).toContainText('私下调解不能代替报告');
  await expect(casePage.refusedClosingReason('RESOLVED')).toHaveCount(0);

  await casePage.closeCase('已依法处理完毕');
  await expect(casePage.closed()).toContainText('已依法处理完毕');
  await expect(page.getByTestId('close-case-form')).toHaveCount(0);
  await expect(page.getByTestId('police-report-form')).toHaveCount(0);

  const caseId = casePage.caseId();
  await inbox.openFromLayout('安稳办案件收件箱');
  await expect(inbox.row(caseId).getByTestId('case-row-breaches')).toContainText('瞒报');
});
