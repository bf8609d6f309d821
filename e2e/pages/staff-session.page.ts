import { expect, type Page } from '@playwright/test';
import { SignInPage } from './sign-in.page';

export const DEMO_PASSWORD = 'XiaoHu@2026';

/** Signing in and out through the UI, as each account whose duty a step is. */
export class StaffSession {
  constructor(private readonly page: Page) {}

  /** Signs in through the form, with the code step for accounts that must use MFA. */
  async signIn(username: string): Promise<void> {
    await new SignInPage(this.page).signInAs(username, DEMO_PASSWORD);
    await expect(this.page.getByTestId('viewer-summary')).toBeVisible();
  }

  async signOut(): Promise<void> {
    await this.page.getByTestId('sign-out').click();
    await expect(this.page.getByTestId('sign-in-form')).toBeVisible();
  }

  async switchTo(username: string): Promise<void> {
    await this.signOut();
    await this.signIn(username);
  }
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A well-formed resident ID number (GB 11643 check character) for a made-up person. */
export function buildResidentId(sequence: number, birth = '19900101', area = '500107'): string {
  const first17 = `${area}${birth}${String(sequence % 1000).padStart(3, '0')}`;
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(first17[index]), 0);
  return first17 + '10X98765432'[sum % 11];
}
