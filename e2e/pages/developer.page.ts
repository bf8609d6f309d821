import { expect, type Page } from '@playwright/test';
import { clickNav } from './shell';

/** The developer page 开发者 (issue 13): examples, the schema and the changelog. */
export class DeveloperPage {
  constructor(private readonly page: Page) {}

  async openFromLayout(): Promise<void> {
    await clickNav(this.page, 'nav-developer');
    await expect(this.page.getByRole('heading', { level: 1, name: '开发者' })).toBeVisible();
  }

  curlExample() {
    return this.page.getByTestId('developer-curl-example');
  }

  schema() {
    return this.page.getByTestId('developer-sdl');
  }

  changelog() {
    return this.page.getByTestId('developer-changelog-text');
  }
}
