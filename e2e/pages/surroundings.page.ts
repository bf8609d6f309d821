import { expect, type Page } from '@playwright/test';
import { clickNav } from './shell';
import { typeDate } from './date-field';

/** Today as YYYY-MM-DD in Shanghai, the value a date input takes. */
export function todayInShanghai(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

/** The surroundings 周边 pages (PRV-3): the list, the record dialog and one risk subject. */
export class SurroundingsPage {
  constructor(private readonly page: Page) {}

  navEntry() {
    return this.page.getByTestId('nav-surroundings');
  }

  async openFromNav(): Promise<void> {
    await clickNav(this.page, 'nav-surroundings');
    await expect(this.page.getByRole('heading', { name: '校园周边风险' })).toBeVisible();
  }

  cards() {
    return this.page.getByTestId('risk-subject-card');
  }

  /** Records a risk person with the referral made today; lands on its page. */
  async recordPerson(person: {
    personType: string;
    name: string;
    address: string;
    description: string;
    location: string;
    township: string;
    police: string;
  }): Promise<void> {
    await this.page.getByTestId('record-risk').click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '类别' }).click();
    await this.page.getByRole('option', { name: '高风险人员' }).click();
    await dialog.getByRole('combobox', { name: '人员类型' }).click();
    await this.page.getByRole('option', { name: person.personType }).click();
    await dialog.getByTestId('risk-personName').fill(person.name);
    await dialog.getByTestId('risk-personAddress').fill(person.address);
    await dialog.getByTestId('risk-personDescription').fill(person.description);
    await dialog.getByTestId('risk-location').fill(person.location);
    await dialog.getByTestId('referral-township').fill(person.township);
    await typeDate(dialog.getByTestId('referral-township-day'), todayInShanghai());
    await dialog.getByTestId('referral-police').fill(person.police);
    await typeDate(dialog.getByTestId('referral-police-day'), todayInShanghai());
    await dialog.getByTestId('record-risk-submit').click();
    await expect(this.page).toHaveURL(/\/surroundings\/[0-9a-f-]{36}$/);
  }

  personName() {
    return this.page.getByTestId('risk-person-name');
  }

  /** True when the page scrolls sideways (it must not at a phone's width). */
  hasHorizontalScroll(): Promise<boolean> {
    // A string, evaluated in the page: this package is compiled without the DOM's types.
    return this.page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth');
  }
}
