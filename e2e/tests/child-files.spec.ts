import { expect, test, type Page } from '@playwright/test';
import { AuditPage } from '../pages/audit.page';
import { ChildFilesPage } from '../pages/child-files.page';
import { expectInReach, expectPhoneLayout } from '../pages/phone-layout';
import { SignInPage } from '../pages/sign-in.page';
import { signOutOfShell } from '../pages/shell';

// PRV-8 with the demo seed: 李小雨 is a watched child in teacher's (王芳) class at 谢家湾小学, her last talk
// 40 days ago. Her head teacher reads the file on a phone and records a talk; another teacher (teacher2)
// gets the file's address and is refused; the refusal is on the audit trail that leadership reads.
test.use({ viewport: { width: 390, height: 844 } });

async function signOut(page: Page): Promise<void> {
  await signOutOfShell(page);
  await expect(page).toHaveURL(/\/sign-in/);
}

test('PRV-8: a child’s file is readable by the head teacher (teacher) and refused to another teacher (teacher2), and the refusal is audited', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const signIn = new SignInPage(page);
  const files = new ChildFilesPage(page);

  await signIn.signInAs('teacher');
  await page.goto('/child-files');
  await expect(page.getByRole('heading', { name: '关爱儿童档案' })).toBeVisible();
  await expectPhoneLayout(page);
  // The overdue talk comes first; teacher2's child is not listed.
  await expect(files.cards().first()).toContainText('李小雨');
  await expect(files.cards().first()).toContainText('谈心已逾期');
  await expect(files.cards().filter({ hasText: '周小林' })).toHaveCount(0);
  const fileId = await files.openFileOf('李小雨');
  expect(page.url()).not.toContain(encodeURIComponent('李小雨'));
  await expect(page.getByText('与祖母同住', { exact: false })).toBeVisible();
  await expectPhoneLayout(page);
  await expectInReach(page, 'talk-submit');
  await files.recordTalk('询问寒假生活，情绪稳定。');
  await expect(files.talks().first()).toContainText('询问寒假生活，情绪稳定。');
  await expect(page.getByTestId('child-file-overdue')).toHaveCount(0);
  await signOut(page);

  await signIn.signInAs('teacher2');
  await page.goto(`/child-files/${fileId}`);
  await expect(files.notFound()).toContainText('找不到这份档案，或您无权查阅');
  await expect(page.getByText('李小雨')).toHaveCount(0);
  await signOut(page);

  // Leadership reads the audit trail at a desk.
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn.signInAs('leader');
  const audit = new AuditPage(page);
  await page.goto('/audit');
  await audit.open();
  await audit.pickAction('查阅关爱儿童档案（含被拒绝的查阅）');
  await audit.search();
  const refusal = audit.rows().filter({ hasText: 'teacher2' }).first();
  await expect(refusal).toContainText('无权操作');
  await expect(refusal).not.toContainText('李小雨');
});
