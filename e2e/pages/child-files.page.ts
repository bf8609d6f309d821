import { expect, type Page } from '@playwright/test';
import { clickNav } from './shell';

/** 关爱儿童档案: the list of watched children and one child's file (issue 12, PRV-8). */
export class ChildFilesPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await clickNav(this.page, 'nav-child-files');
    await expect(this.page.getByRole('heading', { name: '关爱儿童档案' })).toBeVisible();
  }

  cards() {
    return this.page.getByTestId('child-file-card');
  }

  async openFileOf(childName: string): Promise<string> {
    await this.cards().filter({ hasText: childName }).click();
    await expect(this.page).toHaveURL(/\/child-files\/[0-9a-f-]{36}$/);
    await expect(this.page.getByRole('heading', { name: childName, level: 1 })).toBeVisible();
    return this.page.url().split('/child-files/')[1];
  }

  async recordTalk(note: string): Promise<void> {
    await this.page.getByTestId('talk-note').fill(note);
    await this.page.getByTestId('talk-submit').click();
    await expect(this.page.getByText('已登记。')).toBeVisible();
  }

  talks() {
    return this.page.getByTestId('child-file-talk');
  }

  notFound() {
    return this.page.getByTestId('child-file-not-found');
  }
}
