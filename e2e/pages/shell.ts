import { expect, type Page } from '@playwright/test';

// The signed-in shell (issue 14): from 900 px the navigation is a side list and the header carries the
// account's actions; below, both wait in a drawer behind the menu button. These helpers work at any width.

/** Opens the navigation drawer when the screen is narrow (a no-op where the side navigation shows). */
export async function openNavIfCompact(page: Page): Promise<void> {
  const menu = page.getByTestId('nav-menu-button');
  if (!(await menu.isVisible())) return;
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await expect(page.getByTestId('nav-drawer')).toBeVisible();
}

/** Follows a navigation entry by its test id, through the drawer on a phone. */
export async function clickNav(page: Page, testId: string): Promise<void> {
  await openNavIfCompact(page);
  await page.getByTestId(testId).first().click();
}

/** Signs out from the header or, on a phone, from the drawer. */
export async function signOutOfShell(page: Page): Promise<void> {
  await openNavIfCompact(page);
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/sign-in/);
}
