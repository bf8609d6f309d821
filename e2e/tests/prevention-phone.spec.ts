import { expect, test, type Page } from '@playwright/test';
import { expectInReach, expectPhoneLayout } from '../pages/phone-layout';
import { SignInPage } from '../pages/sign-in.page';
import { signOutOfShell } from '../pages/shell';

// Issue 11: every page of the prevention work at 390 × 844, as a head and as 安稳办 use them — no
// sideways scroll, no text one character per line, the primary action on screen and big enough for a
// thumb. (The dormitory door and the surroundings pages are walked in their own journeys.)
test.use({ viewport: { width: 390, height: 844 } });

async function visit(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible();
  await expectPhoneLayout(page);
}

async function signOut(page: Page): Promise<void> {
  await signOutOfShell(page);
  await expect(page).toHaveURL(/\/sign-in/);
}

test('PRV-1 to PRV-4: a head’s prevention pages fit a phone', async ({ page }) => {
  test.setTimeout(180_000);
  await new SignInPage(page).signInAs('head.primary');
  await expectPhoneLayout(page);

  await visit(page, '/inspections', '安全排查');
  await visit(page, '/hazards', '隐患整改');
  await expect(page.getByTestId('hazard-cards')).toBeVisible();
  await page.getByTestId('hazard-cards').getByRole('link').first().click();
  await expect(page.locator('[data-testid^="hazard-status-"]').first()).toBeVisible();
  await expectPhoneLayout(page);

  await visit(page, '/places', '监控点位登记');
  await expectInReach(page, 'place-add');
  await expectInReach(page, 'blind-spot-record');
  await visit(page, '/dorm/entries', '宿舍出入记录');
  await visit(page, '/surroundings', '校园周边风险');
  await expectInReach(page, 'record-risk');
  await signOut(page);
});

test('PRV-1: 安稳办’s campaigns and a campaign’s coverage fit a phone', async ({ page }) => {
  test.setTimeout(120_000);
  await new SignInPage(page).signInAs('safety');
  await visit(page, '/inspections', '安全排查');
  await expectInReach(page, 'open-campaign');
  await page.getByTestId('inspection-campaigns').getByRole('link').first().click();
  await expect(page.getByTestId('campaign-institutions')).toBeVisible();
  await expectPhoneLayout(page);
  // The campaign's completion as Excel, from the phone too.
  const download = page.waitForEvent('download');
  await page.getByTestId('campaign-export').click();
  expect((await download).suggestedFilename()).toMatch(/^排查完成情况-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await visit(page, '/hazards', '隐患整改');
  await signOut(page);
});
