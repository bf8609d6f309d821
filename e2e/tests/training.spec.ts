import { expect, test, type Page } from '@playwright/test';
import { expectPhoneLayout } from '../pages/phone-layout';
import { SignInPage } from '../pages/sign-in.page';
import { TrainingPages } from '../pages/training.page';
import { signOutOfShell } from '../pages/shell';

// PRV-5 in the browser against the demo seed (谢家湾小学's cleaner 黄秀英 and cook 马建国 missed this
// school year's law-and-ethics training): the head records a session, ticks them from the register,
// and the coverage figure on /training/coverage rises. The three pages also fit a phone.

test('PRV-5: a training session with attendance moves the coverage figure', async ({ page }) => {
  await new SignInPage(page).signInAs('head.primary');
  const training = new TrainingPages(page);
  const [audience, covered, share] = await training.coverage();
  expect(covered).toBeLessThan(audience);
  const untrained = page.getByTestId('untrained-member');
  await expect(untrained.filter({ hasText: '黄秀英' })).toHaveCount(1);
  await expect(untrained.filter({ hasText: '马建国' })).toHaveCount(1);

  await training.open();
  await training.recordSession('区法院 李法官');
  await training.tick('黄秀英');
  await training.tick('马建国');
  await training.markPresent();
  await expect(training.members().filter({ hasText: '马建国' })).toContainText('已签到');

  const [audienceAfter, coveredAfter, shareAfter] = await training.coverage();
  expect(audienceAfter).toBe(audience);
  expect(coveredAfter).toBe(covered + 2);
  expect(shareAfter).toBeGreaterThan(share);
  await expect(untrained.filter({ hasText: '黄秀英' })).toHaveCount(0);
  await expect(untrained.filter({ hasText: '马建国' })).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  async function fits(page: Page, heading: string): Promise<void> {
    await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible();
    await expectPhoneLayout(page);
  }

  test('PRV-5: the training pages fit a phone at 390 × 844 for the head and for 安稳办', async ({ page }) => {
    await new SignInPage(page).signInAs('head.primary');
    await page.goto('/training');
    await fits(page, '教职工培训');
    await page.getByTestId('training-session').first().click();
    await fits(page, '培训签到');
    await expect(page.getByTestId('attendance-member').first()).toBeVisible();
    await expectPhoneLayout(page);
    await page.goto('/training/coverage');
    await fits(page, '培训覆盖情况');
    await expect(page.getByTestId('untrained-member').first()).toBeVisible();
    await expectPhoneLayout(page);

    await signOutOfShell(page);
    await expect(page).toHaveURL(/\/sign-in/);
    await new SignInPage(page).signInAs('safety');
    await page.goto('/training/coverage');
    await fits(page, '培训覆盖情况');
    await expect(page.getByTestId('coverage-row').first()).toBeVisible();
    await expectPhoneLayout(page);
  });
});
