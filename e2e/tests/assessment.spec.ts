import { expect, test, type Page } from '@playwright/test';
import { AssessmentPage } from '../pages/assessment.page';
import { docxText } from '../pages/docx-text';
import { IncidentCasePage } from '../pages/incident-case.page';
import { IncidentInboxPage } from '../pages/incident-inbox.page';
import { SignInPage } from '../pages/sign-in.page';

// ACC-1..5 in the browser: a case of 谢家湾小学 that the school never reported (瞒报, REP-4); 督导室
// opens the school year's assessment and records that the school concealed it with bad influence; the
// computed veto appears with its grounds; the head submits a statement 申辩; a leader reads it and
// confirms with a reason; a circular 通报 is decided and downloaded as .docx, and its text is checked.
const SCHOOL = '九龙坡区谢家湾小学';
const FINDING = '该校对教职工虐待学生一事推诿隐瞒，未向公安机关和区教委报告，造成不良影响。';
const STATEMENT = '我校已对涉事教职工停职调查，并完善了报告制度，恳请从轻处理。';
async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

const REASON = '瞒报且推诿，影响恶劣，维持一票否决。';

test('ACC-1..5: 督导室 opens the assessment, the computed veto shows its grounds, the head answers, a leader confirms, the 通报 downloads', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const signIn = new SignInPage(page);
  const assessment = new AssessmentPage(page);

  // REP-4: the district learns of a case the school never reported: 瞒报 is on record.
  await signIn.signInAs('safety');
  const inbox = new IncidentInboxPage(page);
  await inbox.openFromLayout('安稳办案件收件箱');
  await inbox.recordUnreportedCase({
    institutionSearch: '谢家湾小学',
    category: '虐待',
    suspect: '本校教职工',
    source: '家长',
  });
  const casePage = new IncidentCasePage(page);
  await casePage.expectOpen();
  await expect(casePage.breaches()).toContainText('瞒报');

  // ACC-1: 督导室 opens the school year; the evidence shows the case with its breach, not yet a veto.
  await signOut(page);
  await signIn.signInAs('inspect');
  await assessment.openFromLayout();
  await assessment.openDefaultPeriod();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('学年度学校保护工作考核');
  await assessment.openInstitution(SCHOOL);
  await expect(assessment.evidenceCases()).toHaveCount(1);
  await expect(assessment.evidenceCases().first()).toContainText('瞒报');
  await expect(assessment.verdict()).toContainText('判定：不否决。');
  await expect(assessment.verdict()).toContainText('未造成不良影响或严重后果');

  // ACC-3, ACC-4, ACC-5: a finding of concealment with bad influence makes the computed veto.
  await assessment.recordCaseFinding({
    text: FINDING,
    points: -20,
    failure: 'SHIRKED_OR_CONCEALED',
    impact: 'BAD_INFLUENCE',
    ground: 'BAD_INFLUENCE',
  });
  await expect(assessment.verdict()).toContainText('判定：一票否决');
  await expect(assessment.grounds()).toHaveCount(2);
  await expect(assessment.grounds().filter({ hasText: '推诿隐瞒' })).toContainText('不良影响');
  await expect(assessment.grounds().filter({ hasText: '瞒报' })).toContainText('ACC-4');
  await expect(assessment.grounds().first()).toContainText('五(三)');
  await expect(assessment.grounds().first().getByTestId('assessment-case-link')).toContainText('虐待');
  await expect(assessment.vetoStatus()).toHaveText('系统判定否决，待领导审定');
  await expect(page.getByTestId('assessment-score')).toHaveText('得分：80');

  // ACC-5: the head of the school submits a written statement within the window.
  await signOut(page);
  await signIn.signInAs('head.primary');
  await assessment.openFromLayout();
  await assessment.openPeriod(/学年度学校保护工作考核/);
  await expect(page.getByTestId('assessment-rows').getByRole('row')).toHaveCount(2);
  await assessment.openInstitution(SCHOOL);
  await expect(page.getByText(/请在 .* 前提交书面申辩/)).toBeVisible();
  await assessment.submitStatement(STATEMENT);

  // ACC-5: a leader reads the statement and confirms with a written reason; ACC-3: no awards.
  await signOut(page);
  await signIn.signInAs('leader');
  await assessment.openFromLayout();
  await assessment.openPeriod(/学年度学校保护工作考核/);
  await assessment.openInstitution(SCHOOL);
  await expect(page.getByTestId('statement-view')).toHaveText(STATEMENT);
  await assessment.confirmVeto(REASON);
  await expect(assessment.vetoStatus()).toHaveText('一票否决（已确认）');
  await expect(assessment.eligibility()).toContainText('无（不得评优评先）');

  // ACC-2: a circular 通报, downloaded as .docx in the committee's layout.
  await assessment.recordCircular();
  await expect(page.getByTestId('sanction-item')).toContainText(/九龙坡教督〔\d{4}〕1号/);
  const { name, bytes } = await assessment.downloadCircular();
  expect(name).toBe(`关于${SCHOOL}学校保护工作问题的通报.docx`);
  const text = docxText(bytes);
  expect(text).toContain('重庆市九龙坡区教育委员会');
  expect(text).toMatch(/九龙坡教督〔\d{4}〕1号/);
  expect(text).toContain(`关于${SCHOOL}学校保护工作问题的通报`);
  expect(text).toContain(`一、${FINDING}`);
  expect(text).toContain('实行一票否决');
  expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
});
