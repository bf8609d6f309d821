import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { clickNav } from './shell';

export interface CheckEntry {
  check: string;
  outcome: 'CLEAR' | 'RECORD_FOUND' | 'NOT_MET';
  reference: string;
  /** VET-6, VET-7: criminal findings to tick (CRIMINAL_PUNISHMENT, ...). */
  findings?: string[];
}

const PERSISTED_DOCUMENTS = path.join(
  __dirname,
  '..',
  '..',
  'apps',
  'web',
  'src',
  'gql',
  'persisted-documents.json',
);

/** The hash of the SPA's allow-listed document that holds `start` (the SPA's own operation). */
function persistedHashOf(start: string): string {
  const documents = JSON.parse(readFileSync(PERSISTED_DOCUMENTS, 'utf8')) as Record<string, string>;
  const found = Object.entries(documents).find(([, document]) => document.includes(start));
  if (!found) throw new Error(`no allow-listed document holds ${start}`);
  return found[0];
}

/** The staff list, the add-candidate form and one staff member's page. */
export class StaffPages {
  constructor(private readonly page: Page) {}

  async openList(): Promise<void> {
    await clickNav(this.page, 'nav-staff');
    await expect(this.page.getByRole('heading', { level: 1, name: '教职工' })).toBeVisible();
  }

  async addCandidate(candidate: {
    name: string;
    idNumber: string;
    phone: string;
    role: string;
    employmentType: string;
    post: string;
  }): Promise<string> {
    await this.page.getByTestId('staff-add').click();
    await expect(this.page.getByRole('heading', { level: 1, name: '新增教职工' })).toBeVisible();
    await this.page.getByTestId('candidate-name').fill(candidate.name);
    await this.page.getByTestId('candidate-id-number').fill(candidate.idNumber);
    await this.page.getByTestId('candidate-phone').fill(candidate.phone);
    await this.page.getByTestId('candidate-role').selectOption(candidate.role);
    await this.page.getByTestId('candidate-employment-type').selectOption(candidate.employmentType);
    await this.page.getByTestId('candidate-post').fill(candidate.post);
    await this.page.getByTestId('candidate-submit').click();
    await expect(this.page.getByRole('heading', { level: 1, name: candidate.name })).toBeVisible();
    const id = /\/staff\/([^/?#]+)/.exec(this.page.url())?.[1];
    if (!id) throw new Error(`Not on a staff member page: ${this.page.url()}`);
    return decodeURIComponent(id);
  }

  async searchAndOpen(search: string, name: string): Promise<void> {
    await this.openList();
    await this.page.getByTestId('staff-search').fill(search);
    await this.page.getByTestId('staff-search-submit').click();
    const row = this.page.getByTestId('staff-row').filter({ hasText: name });
    await expect(row).toHaveCount(1);
    await row.getByRole('link', { name }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  async openMember(id: string, name: string): Promise<void> {
    await this.page.goto(`/staff/${encodeURIComponent(id)}`);
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  vettingStatus(): Locator {
    return this.page.getByTestId('vetting-status');
  }

  missingCheck(check: string): Locator {
    return this.page.locator(`[data-testid="vetting-missing-check"][data-check="${check}"]`);
  }

  statusChip(): Locator {
    return this.page.getByTestId('staff-status').first();
  }

  activateButton(): Locator {
    return this.page.getByTestId('staff-activate');
  }

  checkRecords(): Locator {
    return this.page.getByTestId('check-record');
  }

  recordableChecks(): Locator {
    return this.page.getByTestId('check-kind').locator('option');
  }

  async recordCheck(entry: CheckEntry): Promise<void> {
    const form = this.page.getByTestId('record-check-form');
    await form.getByTestId('check-kind').selectOption(entry.check);
    await form.getByTestId('check-outcome').selectOption(entry.outcome);
    await form.getByTestId('check-reference').fill(entry.reference);
    for (const finding of entry.findings ?? []) {
      await form.getByTestId(`check-finding-${finding}`).check();
    }
    if (entry.findings?.length) await expect(form.getByTestId('check-findings-warning')).toBeVisible();
    await form.getByTestId('check-submit').click();
    await expect(this.page.getByTestId('staff-notice')).toContainText('核查结果已记录');
    await expect(
      this.page.locator(
        `[data-testid="check-record"][data-check="${entry.check}"][data-outcome="${entry.outcome}"][data-findings="${(entry.findings ?? []).join(' ')}"]`,
      ),
    ).toHaveCount(1);
  }

  async activate(): Promise<void> {
    await this.activateButton().click();
    const dialog = this.page.getByTestId('activate-dialog');
    await expect(dialog).toContainText('确认此人在岗？');
    await dialog.getByTestId('activate-dialog-confirm').click();
    await expect(this.page.getByTestId('staff-notice')).toContainText('已确认在岗');
  }

  /**
   * Calls activateStaff with the page's own session cookie, bypassing the UI. The allow-list is required
   * in the browser tests (issue 13), so this sends the SPA's own ActivateStaff by its hash.
   */
  async activateThroughApi(staffId: string): Promise<{ __typename: string; code?: string; status?: string }> {
    const response = await this.page.request.post('/graphql', {
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      data: {
        operationName: 'ActivateStaff',
        variables: { staffId },
        extensions: {
          persistedQuery: { version: 1, sha256Hash: persistedHashOf('mutation ActivateStaff(') },
        },
      },
    });
    expect(response.ok()).toBe(true);
    const body = (await response.json()) as {
      data?: { activateStaff: { __typename: string; code?: string; status?: string } };
    };
    if (!body.data) throw new Error(`activateStaff failed: ${JSON.stringify(body)}`);
    return body.data.activateStaff;
  }
}
