import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectFitsPhone, expectOneRowHeader, expectPrimaryAction, waitForPage } from '../pages/phone-routes';
import { openNavIfCompact, signOutOfShell } from '../pages/shell';
import { AssessmentPage } from '../pages/assessment.page';
import { IncidentReportPage } from '../pages/incident-report.page';
import { SignInPage } from '../pages/sign-in.page';

// Issue 14, a phone-first shell: EVERY route of the app at 390 × 844, each visited by a demo account that
// may open it — no sideways scroll, no text wrapped one character per line, the header one row (≤ 64 px),
// the drawer opening with the navigation, and the page's primary action on screen (a long form's in its
// sticky bar, without scrolling). One sign-in per account; the plan below must name every route.
test.use({ viewport: { width: 390, height: 844 } });

/** Where a route's page is: a fixed path, or found by following the first link a list page offers. */
type Where = string | { from: string; links: string[] };

interface Visit {
  where: Where;
  /** The nav entry that proves the account may open the page (checked in its drawer). */
  nav?: string;
  /** The page's primary action; `sticky`: a form's, in reach without scrolling. */
  primary?: string;
  sticky?: boolean;
}

type Plan = Record<string, Visit>;

const HEAD: Plan = {
  home: { where: '/' },
  report: { where: '/report', nav: 'nav-report', primary: 'disclosure-submit', sticky: true },
  cases: { where: '/cases', nav: 'nav-cases' },
  staff: { where: '/staff', nav: 'nav-staff', primary: 'staff-add' },
  staffNew: { where: '/staff/new', primary: 'candidate-submit', sticky: true },
  staffImport: { where: '/staff/import', primary: 'import-template' },
  staffDue: { where: '/staff/due' },
  staffMember: { where: { from: '/staff', links: ['[data-testid="staff-row"] a[href^="/staff/"]'] } },
  institutions: { where: '/institutions', nav: 'nav-institutions' },
  institution: { where: { from: '/institutions', links: ['[data-testid="institution-row"] a'] } },
  matrix: { where: '/matrix', nav: 'nav-matrix' },
  inspections: { where: '/inspections', nav: 'nav-inspections' },
  hazards: { where: '/hazards', nav: 'nav-hazards' },
  hazard: { where: { from: '/hazards', links: ['a[href^="/hazards/"]'] } },
  inspection: { where: { from: '/hazards', links: ['a[href^="/hazards/"]', 'a[href^="/inspections/"]'] } },
  places: { where: '/places', nav: 'nav-places', primary: 'place-add' },
  surroundings: { where: '/surroundings', nav: 'nav-surroundings', primary: 'record-risk' },
  riskSubject: { where: { from: '/surroundings', links: ['a[href^="/surroundings/"]'] } },
  dormDoor: { where: '/dorm', nav: 'nav-dorm-door' },
  dormEntries: { where: '/dorm/entries', nav: 'nav-dorm-entries' },
  classes: { where: '/classes', nav: 'nav-classes', primary: 'intake-add' },
  careRecords: { where: '/care-records', nav: 'nav-care-records' },
  training: { where: '/training', nav: 'nav-training', primary: 'training-record' },
  trainingSession: { where: { from: '/training', links: ['a[href^="/training/sessions/"]'] } },
  trainingCoverage: { where: '/training/coverage' },
  preventionGaps: { where: '/prevention-gaps' },
  security: { where: '/security' },
};

// The teacher files a disclosure on the phone (the demo seed has no case), sent from the sticky bar.
const TEACHER: Plan = {
  case: { where: { from: '/cases', links: ['a[href^="/cases/"]'] }, nav: 'nav-cases' },
  childFiles: { where: '/child-files', nav: 'nav-child-files' },
  childFile: { where: { from: '/child-files', links: ['a[href^="/child-files/"]'] } },
};

const LEADER: Plan = {
  oversight: { where: '/oversight', nav: 'nav-oversight' },
  institutionRecord: { where: { from: '/oversight', links: ['a[href$="/record"]'] } },
  audit: { where: '/audit', nav: 'nav-audit' },
  staffMisconduct: { where: '/staff/misconduct', nav: 'nav-misconduct' },
};

// 督导室 opens the school year's assessment first (the demo seed has none), on the phone.
const INSPECT: Plan = {
  assessments: { where: '/assessments', nav: 'nav-assessments', primary: 'open-period' },
  assessment: { where: { from: '/assessments', links: ['a[href^="/assessments/"]'] } },
  institutionAssessment: {
    where: { from: '/assessments', links: ['a[href^="/assessments/"]', 'a[href*="/rows/"]'] },
  },
};

const SAFETY: Plan = {
  inspectionCampaign: {
    where: { from: '/inspections', links: ['a[href^="/inspections/campaigns/"]'] },
    nav: 'nav-inspections',
  },
  // Issue 13 (REP-9): the tip inbox holds the demo seed's open tip.
  tips: { where: '/tips', nav: 'nav-tips' },
  tip: { where: { from: '/tips', links: ['a[href^="/tips/"]'] } },
};

const ADMIN: Plan = {
  accounts: { where: '/accounts', nav: 'nav-accounts', primary: 'account-create' },
  accountsImportHeads: { where: '/accounts/import-heads' },
  outbox: { where: '/outbox', nav: 'nav-outbox' },
  developer: { where: '/developer', nav: 'nav-developer' },
  // Issue 13: API clients and their webhook subscriptions.
  apiClients: { where: '/api-clients', nav: 'nav-api-clients', primary: 'api-client-create' },
  webhooks: { where: '/webhooks', nav: 'nav-webhooks' },
};

const PUBLIC: Plan = {
  signIn: { where: '/sign-in' },
  setPassword: { where: '/set-password' },
  tipLine: { where: '/tip', primary: 'tip-send' },
  tipThread: { where: '/tip/thread', primary: 'thread-open' },
  notFound: { where: '/no-such-page' },
};

const PLANS: [string, Plan][] = [
  ['head.primary', HEAD],
  ['teacher', TEACHER],
  ['leader', LEADER],
  ['inspect', INSPECT],
  ['safety', SAFETY],
  ['admin', ADMIN],
];

/** The route names of the web app's paths.ts (its `routePatterns`), read from the source. */
function routeNames(): string[] {
  const source = readFileSync(join(__dirname, '../../apps/web/src/app/paths.ts'), 'utf8');
  const block = /export const routePatterns = \{([\s\S]*?)\} as const;/.exec(source);
  expect(block).not.toBeNull();
  return [...block![1]!.matchAll(/^\s+(\w+):\s*'/gm)].map((match) => match[1]!);
}

async function resolve(page: Page, where: Where): Promise<string> {
  if (typeof where === 'string') return where;
  let path = where.from;
  for (const selector of where.links) {
    await page.goto(path);
    await waitForPage(page);
    const link = page.locator(`main ${selector}`).first();
    await expect(link, `a link ${selector} on ${path}`).toBeAttached();
    path = (await link.getAttribute('href'))!;
  }
  return path;
}

async function check(page: Page, name: string, visit: Visit, signedIn: boolean): Promise<void> {
  const path = await resolve(page, visit.where);
  await page.goto(path);
  await waitForPage(page);
  const where = `${name} (${path.replace(/[0-9a-f-]{36}/g, ':id')})`;
  await expectFitsPhone(page, where);
  if (signedIn) await expectOneRowHeader(page, where);
  if (visit.primary) await expectPrimaryAction(page, visit.primary, where, visit.sticky ?? false);
}

/** The drawer opens from the one-row header, lists the account's navigation, and Escape closes it. */
async function checkDrawer(page: Page, plan: Plan): Promise<void> {
  await openNavIfCompact(page);
  const drawer = page.getByTestId('nav-drawer');
  await expect(drawer.getByRole('navigation', { name: '主导航' })).toBeVisible();
  for (const visit of Object.values(plan)) {
    if (visit.nav) await expect(drawer.getByTestId(visit.nav)).toBeVisible();
  }
  await expect(drawer.getByTestId('sign-out')).toBeVisible();
  await expect(drawer.getByTestId('language-switch')).toBeVisible();
  await expect(drawer.getByTestId('nav-security')).toBeVisible();
  await expectFitsPhone(page, 'drawer');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(page.getByTestId('nav-menu-button')).toBeFocused();
}

async function openAssessmentPeriod(page: Page): Promise<void> {
  await page.goto('/assessments');
  await waitForPage(page);
  if ((await page.locator('main a[href^="/assessments/"]').count()) > 0) return;
  await new AssessmentPage(page).openDefaultPeriod();
}

async function fileDisclosure(page: Page): Promise<void> {
  const report = new IncidentReportPage(page);
  await report.openFromLayout();
  await report.fill({
    category: '其他',
    suspect: '不明',
    childName: '手机测试',
    childClass: '三年级(2)班',
    childStatement: '在手机上记录的一次报告。',
    isChildInDanger: false,
  });
  await expectPrimaryAction(page, 'disclosure-submit', 'report form filled in', true);
  await report.submit();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
}

/** What an account does first so that each of its pages has something to show. */
const SETUP: Record<string, (page: Page) => Promise<void>> = {
  teacher: fileDisclosure,
  inspect: openAssessmentPeriod,
};

test('issue 14: the plan visits every route of the app', () => {
  const planned = [...PLANS.flatMap(([, plan]) => Object.keys(plan)), ...Object.keys(PUBLIC)];
  expect([...planned].sort()).toEqual([...new Set(routeNames())].sort());
});

test('issue 14: the public pages fit a phone', async ({ page }) => {
  for (const [name, visit] of Object.entries(PUBLIC)) await check(page, name, visit, false);
});

for (const [account, plan] of PLANS) {
  test(`issue 14: every page ${account} may open fits a phone, with a one-row header and a drawer`, async ({
    page,
  }) => {
    test.setTimeout(60_000 + Object.keys(plan).length * 15_000);
    await new SignInPage(page).signInAs(account);
    // The home may forward to the account's first page; a route change closes the drawer, so settle first.
    await waitForPage(page);
    await expectOneRowHeader(page, `${account} home`);
    await checkDrawer(page, plan);
    await SETUP[account]?.(page);
    for (const [name, visit] of Object.entries(plan)) await check(page, name, visit, true);
    await signOutOfShell(page);
  });
}
