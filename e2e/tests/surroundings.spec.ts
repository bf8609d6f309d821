import { expect, test, type Page } from '@playwright/test';
import { openNavIfCompact } from '../pages/shell';
import { SignInPage } from '../pages/sign-in.page';
import { SurroundingsPage } from '../pages/surroundings.page';
import { signOutOfShell } from '../pages/shell';

// Issue 11, PRV-3 on a phone (390 × 844): the head records a high-risk person near her school, referred
// to the street office and the police station; she reads the identity on its page. A teacher of the
// same school has no surroundings entry, and opening the page by its address shows no identity.
const PERSON_NAME = '上官守义';

test.use({ viewport: { width: 390, height: 844 } });

async function signOut(page: Page): Promise<void> {
  await signOutOfShell(page);
  await expect(page).toHaveURL(/\/sign-in/);
}

test('PRV-3: a risk person visible to the head and hidden from a teacher', async ({ page }) => {
  test.setTimeout(120_000);
  const signIn = new SignInPage(page);
  const surroundings = new SurroundingsPage(page);

  await signIn.signInAs('head.primary');
  await surroundings.openFromNav();
  // The demo seed's risks near her school, as cards on a phone.
  await expect(surroundings.cards().first()).toBeVisible();
  expect(await surroundings.hasHorizontalScroll()).toBe(false);

  await surroundings.recordPerson({
    personType: '有偏执行为或极端情绪人员',
    name: PERSON_NAME,
    address: '谢家湾后街 11 号',
    description: '多次在放学时段于校门口滞留',
    location: '校门口',
    township: '谢家湾街道办事处',
    police: '九龙坡区公安分局谢家湾派出所',
  });
  await expect(surroundings.personName()).toContainText(PERSON_NAME);
  await expect(page.getByTestId('risk-routing')).toContainText('谢家湾街道办事处');
  await expect(page.getByTestId('risk-routing')).toContainText('九龙坡区公安分局谢家湾派出所');
  await expect(page.getByTestId('follow-up-form')).toBeVisible();
  expect(await surroundings.hasHorizontalScroll()).toBe(false);
  const subjectUrl = page.url();

  // Back on the list, the person is a card with its type and status, never its name.
  await surroundings.openFromNav();
  await expect(surroundings.cards().filter({ hasText: '有偏执行为或极端情绪人员' }).first()).toBeVisible();
  await expect(page.getByText(PERSON_NAME)).toHaveCount(0);
  await signOut(page);

  await signIn.signInAs('teacher');
  // The drawer is opened first: closed, it holds no entries at all.
  await openNavIfCompact(page);
  await expect(surroundings.navEntry()).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.goto(subjectUrl);
  await expect(page.getByText('无权访问')).toBeVisible();
  await expect(page.getByText(PERSON_NAME)).toHaveCount(0);
  await page.goto('/surroundings');
  await expect(page.getByText('无权访问')).toBeVisible();
  await expect(page.getByText(PERSON_NAME)).toHaveCount(0);
});
