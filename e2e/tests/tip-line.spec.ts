import { expect, test } from '@playwright/test';
import { SignInPage } from '../pages/sign-in.page';
import { TipInboxPage, TipLinePage } from '../pages/tip-line.page';

// Issue 13, REP-9: a pupil sends an anonymous tip on a phone, 安稳办 answers it, the pupil reads the
// answer with the code and passphrase and replies, and 安稳办 turns the tip into a case (REP-8, REP-3).
const PHONE = { viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };
const SCHOOL = '九龙坡区谢家湾小学';

test('REP-9: a tip sent on a phone is answered by 安稳办, read and answered with the code, then made a case', async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  const phone = await browser.newContext(PHONE);
  const pupil = await phone.newPage();
  const tipLine = new TipLinePage(pupil);

  await tipLine.openFromSignIn();
  await tipLine.expectAccessible();
  const { code, passphrase } = await tipLine.send({
    category: '有人打、骂、体罚或虐待孩子（虐待）',
    school: SCHOOL,
    when: '上周五放学后',
    description: '体育老师在器材室打了我们班的同学。',
  });
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await expect(pupil.getByTestId('tip-warning')).toContainText('无法找回');
  await tipLine.expectAccessible();

  await new SignInPage(page).signInAs('safety');
  const inbox = new TipInboxPage(page);
  await inbox.openTip(code);
  await expect(page.getByTestId('tip-description')).toHaveText('体育老师在器材室打了我们班的同学。');
  await inbox.answer('收到。请问是哪个班？那位老师叫什么？');

  await tipLine.openThread(code.toLowerCase(), passphrase);
  await expect(pupil.getByTestId('tip-message-SAFETY')).toContainText('请问是哪个班');
  await tipLine.expectAccessible();
  await tipLine.reply('三年级二班，是王老师。');

  await page.reload();
  await expect(page.getByTestId('tip-message-REPORTER')).toContainText('三年级二班');
  await inbox.convert('本校教职工');
  await page.getByTestId('tip-case').click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);

  // A wrong passphrase reads nothing.
  await pupil.goto('/tip/thread');
  await pupil.getByTestId('thread-code').fill(code);
  await pupil.getByTestId('thread-passphrase').fill('2222-2222-2222-2222');
  await pupil.getByTestId('thread-open').click();
  await expect(pupil.getByTestId('tip-problem')).toContainText('举报码或密码不对');
  await phone.close();
});
