import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DeveloperPage } from '../pages/developer.page';
import { IncidentCasePage } from '../pages/incident-case.page';
import { IncidentReportPage } from '../pages/incident-report.page';
import { StaffSession } from '../pages/staff-session.page';

// Issue 13: the 强制报告 JSON of a case from its page (the child only for the need-to-know group, REP-7),
// and the developer page 开发者 for the administrator.
async function downloadReport(page: Page): Promise<{ name: string; report: Record<string, unknown> }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('case-mandatory-report').click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), report: JSON.parse(readFileSync(file, 'utf8')) };
}

test('REP-7: 安稳办 exports a case’s 强制报告 JSON; the designated officer’s file names the child, the other officer’s does not', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const session = new StaffSession(page);
  const casePage = new IncidentCasePage(page);
  await session.signIn('teacher');
  const report = new IncidentReportPage(page);
  await report.openFromLayout();
  await report.fill({
    category: '虐待',
    suspect: '本校教职工',
    suspectDescription: '体育老师',
    childName: '郑小舟',
    childClass: '五年级三班',
    childStatement: '老师在课后打了我。',
    isChildInDanger: true,
  });
  await report.submit();
  await casePage.expectOpen();
  const caseId = casePage.caseId();
  // The reporting teacher reads the case but does not export it (REP-8: the head or 安稳办 does).
  await expect(page.getByTestId('case-mandatory-report')).toHaveCount(0);

  await session.switchTo('safety');
  await casePage.open(caseId);
  const officer = await downloadReport(page);
  expect(officer.name).toMatch(/^强制报告-九龙坡区谢家湾小学-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.json$/);
  expect(officer.report).toMatchObject({
    schemaVersion: 1,
    caseId,
    category: { code: 'ABUSE', label: '虐待' },
    isChildInDanger: true,
    child: { name: '郑小舟', className: '五年级三班' },
    childIdentity: 'INCLUDED',
  });
  await expect(page.getByTestId('case-mandatory-report-status')).toContainText('已导出');

  await session.switchTo('safety2');
  await casePage.open(caseId);
  const member = await downloadReport(page);
  expect(member.report).toMatchObject({ caseId, child: null, childIdentity: 'WITHHELD' });
  expect(JSON.stringify(member.report)).not.toContain('郑小舟');
  expect(member.name).not.toContain('郑小舟');
});

test('the administrator opens 开发者: a curl call with a Bearer token, the schema with its deprecations, the changelog', async ({
  page,
}) => {
  const session = new StaffSession(page);
  await session.signIn('admin');
  const developer = new DeveloperPage(page);
  await developer.openFromLayout();
  await expect(developer.curlExample()).toContainText("-H 'Authorization: Bearer <token>'");
  await expect(developer.schema()).toContainText('type Query {');
  await expect(developer.schema()).toContainText('@deprecated(reason:');
  await expect(developer.changelog()).toContainText('## Unreleased');
});
