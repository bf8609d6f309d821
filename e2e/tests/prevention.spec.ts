import { expect, test, type Page } from '@playwright/test';
import { InspectionsPage, daysFromToday } from '../pages/inspections.page';
import { OversightPage } from '../pages/oversight.page';
import { expectInReach, expectPhoneLayout } from '../pages/phone-layout';
import { SignInPage } from '../pages/sign-in.page';
import { signOutOfShell } from '../pages/shell';
import { typeDate } from '../pages/date-field';

// Issue 11, PRV-1 on a phone (390 × 844): 安稳办 opens a campaign over one school; its head runs the
// self-inspection with one failed item and a photo; the owner of a hazard past its due date rectifies it
// late and 基教科 verifies it; the leadership's dashboard counts both. The server runs on the wall clock,
// so the late hazard is the demo district's (due three days ago), not one made here.
const SCHOOL = '九龙坡区谢家湾小学';
const CAMPAIGN = '开学安全大检查（浏览器测试）';
const NEW_HAZARD = '二楼走廊东侧监控被遮挡';
const LATE_HAZARD = '门卫室缺少钢叉和防刺服';
// A 1 × 1 PNG: the server re-encodes it to JPEG, checking its bytes first.
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test.use({ viewport: { width: 390, height: 844 } });

async function signOut(page: Page): Promise<void> {
  await signOutOfShell(page);
  await expect(page).toHaveURL(/\/sign-in/);
}

async function figures(page: Page): Promise<{ overdue: number; open: number }> {
  const oversight = new OversightPage(page);
  await page.goto('/oversight');
  await expect(oversight.figure('HAZARDS_OVERDUE')).toBeVisible();
  await expectPhoneLayout(page);
  return {
    overdue: Number((await oversight.figure('HAZARDS_OVERDUE').innerText()).trim()),
    open: Number((await oversight.figure('HAZARDS_OPEN').innerText()).trim()),
  };
}

/** Takes a photo with the picker's camera input and waits for its uploaded thumbnail. */
async function attachPhoto(picker: ReturnType<Page['getByTestId']>): Promise<void> {
  await picker
    .getByTestId('photo-camera-input')
    .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: PHOTO });
  await expect(picker.getByTestId('photo-picker-tiles').locator('img')).toHaveCount(1);
}

test('PRV-1: a campaign, a self-inspection with a failed item and a photo, a late rectification verified, counted on the dashboard', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const signIn = new SignInPage(page);
  const inspections = new InspectionsPage(page);

  await signIn.signInAs('leader');
  const before = await figures(page);
  expect(before.overdue).toBeGreaterThan(0);
  await signOut(page);

  // 安稳办 opens the campaign over one school.
  await signIn.signInAs('safety');
  await inspections.openFromNav();
  await inspections.openCampaignOver(CAMPAIGN, [SCHOOL]);
  await expect(page.getByTestId('campaign-institutions')).toContainText(SCHOOL);
  await signOut(page);

  // The head's self-inspection: the first item fails, with a photo, an owner and a due date.
  await signIn.signInAs('head.primary');
  await inspections.openFromNav();
  await inspections.startSelfInspection(CAMPAIGN);
  await expectPhoneLayout(page);
  await expectInReach(page, 'result-PASSED');
  await page.getByTestId('result-FAILED').click();
  const failed = page.getByTestId('failed-item-form');
  await failed.getByTestId('hazard-description').fill(NEW_HAZARD);
  await attachPhoto(failed.getByTestId('hazard-photo-picker'));
  await failed.getByRole('combobox', { name: /整改责任人/ }).click();
  await page.getByRole('option', { name: '王芳' }).click();
  await typeDate(failed.getByLabel(/整改期限/), daysFromToday(7));
  await failed.getByTestId('save-failed-item').click();
  await expect(page.getByText(/已检查 1\//)).toBeVisible();
  const { total } = await inspections.progress();
  for (let answered = 1; answered < total; answered += 1) await inspections.pass();
  await page.getByTestId('submit-inspection').click();
  await expect(page.getByText(/已于 .* 提交，不能再修改/)).toBeVisible();
  // The new hazard, with its photo, on its own page.
  await page.getByTestId('checklist-items').getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: NEW_HAZARD })).toBeVisible();
  await expect(page.getByTestId('hazard-photo-strip').locator('img')).toHaveCount(1);
  await expectPhoneLayout(page);
  await signOut(page);

  // The owner rectifies the hazard that is past its due date, with a photo of what was done.
  await signIn.signInAs('teacher');
  await inspections.openHazardsFromNav();
  await expectPhoneLayout(page);
  await page.getByTestId('hazard-cards').getByText(LATE_HAZARD).click();
  await expect(page.getByRole('heading', { name: LATE_HAZARD })).toBeVisible();
  const rectify = page.getByTestId('rectify-form');
  await rectify.getByTestId('rectification-note').fill('已配齐钢叉两把、防刺服两件，门卫已培训');
  await attachPhoto(rectify.getByTestId('rectification-photo-picker'));
  await rectify.getByTestId('submit-rectification').click();
  await expect(page.getByText('待验收').first()).toBeVisible();
  const lateHazardUrl = page.url();
  await signOut(page);

  // 基教科 verifies it: rectified, but late.
  await signIn.signInAs('basic');
  await page.goto(lateHazardUrl);
  await expect(page.getByRole('heading', { name: LATE_HAZARD })).toBeVisible();
  await expect(page.getByTestId('rectification-photo-strip').locator('img')).toHaveCount(1);
  await page.getByTestId('verify-rectification').click();
  await expect(page.getByTestId('hazard-status-RECTIFIED_LATE').first()).toBeVisible();
  await signOut(page);

  // The dashboard: one overdue hazard fewer; one hazard found and one rectified leave the open count as it was.
  await signIn.signInAs('leader');
  const after = await figures(page);
  expect(after.overdue).toBe(before.overdue - 1);
  expect(after.open).toBe(before.open);
});
