import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { StaffImportPage } from '../pages/staff-import.page';
import { StaffPages } from '../pages/staff-member.page';
import { StaffSession, buildResidentId } from '../pages/staff-session.page';

// Names and numbers unique per run, although every run starts on a fresh database.
const stamp = Date.now();

test('VET-1, VET-3, VET-5: a kindergarten hires a temporary childcare worker end to end, 人事科 overseeing', async ({
  page,
}) => {
  const session = new StaffSession(page);
  const staff = new StaffPages(page);
  const name = `保育员${String(stamp).slice(-6)}`;
  const idNumber = buildResidentId(stamp % 997, '19950312');

  // The head of 九龙坡区机关幼儿园 adds a temporary childcare worker: a candidate, not active.
  await session.signIn('head.kg');
  await staff.openList();
  const staffId = await staff.addCandidate({
    name,
    idNumber,
    phone: '13800001234',
    role: 'CHILDCARE_WORKER',
    employmentType: 'TEMPORARY',
    post: '小一班保育员',
  });
  await expect(staff.statusChip()).toHaveText('候选');
  await expect(staff.vettingStatus()).toContainText('核查未完成');
  await expect(staff.missingCheck('CRIMINAL_DATABASE')).toContainText('负责记录：本单位');
  await expect(staff.missingCheck('CHILDCARE_TRAINING')).toContainText('VET-5');
  // VET-3: the temporary hire's pre-start check is the institution's own database check; 人事科 adds none.
  await expect(page.getByTestId('vetting-missing-check')).toHaveCount(2);
  await expect(staff.activateButton()).toHaveCount(0);
  // Only 人事科 sees the full number.
  await expect(page.getByTestId('staff-id-number')).not.toHaveText(idNumber);
  await expect(page.getByTestId('staff-id-number')).toContainText('*');

  // The head records what is the institution's duty: both checks, and vetting is CLEAR.
  await expect(staff.recordableChecks()).toHaveText(['严重违法犯罪案件教职员工信息库查询', '保育员职业培训']);
  await staff.recordCheck({ check: 'CRIMINAL_DATABASE', outcome: 'CLEAR', reference: `JLP-KG-${stamp}-1` });
  await staff.recordCheck({ check: 'CHILDCARE_TRAINING', outcome: 'CLEAR', reference: `BYY-${stamp}` });
  await expect(staff.vettingStatus()).toContainText('核查通过');
  await expect(staff.missingCheck('CRIMINAL_DATABASE')).toHaveCount(0);

  // 人事科 guides: it finds the temporary hire by name, sees the full ID number and the checks, and has
  // nothing of its own to record.
  await session.switchTo('personnel');
  await staff.searchAndOpen(name, name);
  await expect(page.getByTestId('staff-id-number')).toHaveText(idNumber);
  await expect(staff.vettingStatus()).toContainText('核查通过');
  await expect(staff.checkRecords()).toHaveCount(2);
  await expect(page.getByTestId('record-check-form')).toHaveCount(0);
  await expect(staff.activateButton()).toHaveCount(0);

  // Back to the head: CLEAR, so she activates after confirming.
  await session.switchTo('head.kg');
  await staff.openMember(staffId, name);
  await expect(staff.vettingStatus()).toContainText('核查通过');
  await staff.activate();
  await expect(staff.statusChip()).toHaveText('在岗');
  await expect(page.getByTestId('due-REMINDER_INTERVIEW')).toContainText('下次到期');

  // VET-10: a reminder interview is recorded and moves the next date.
  const interviewForm = page.getByTestId('interview-form');
  await interviewForm.getByTestId('interview-notes').fill('入职约谈：师德规范与防性侵要求');
  await interviewForm.getByTestId('interview-submit').click();
  await expect(page.getByTestId('staff-notice')).toContainText('约谈已记录');
  await expect(page.getByTestId('interview')).toHaveCount(1);
  await expect(page.getByTestId('due-REMINDER_INTERVIEW')).toContainText('上次');

  // The register lists the worker as active, and the due list shows the next interview.
  await staff.openList();
  await page.getByTestId('staff-status-filter-ACTIVE').click();
  await expect(page.getByTestId('staff-row').filter({ hasText: name })).toContainText('在岗');
  await page.getByTestId('staff-due').click();
  await expect(page.getByTestId('due-row').filter({ hasText: name }).first()).toContainText('约谈提示');

  // VET-11: a grave case can only end in expulsion; the decision is confirmed first.
  await staff.openMember(staffId, name);
  await page.getByTestId('misconduct-facts').fill('家长反映该保育员推搡幼儿');
  await page.getByTestId('misconduct-open-submit').click();
  await expect(page.getByTestId('staff-notice')).toContainText('已立案');
  const decide = page.getByTestId('decide-misconduct-form');
  await decide.getByTestId('misconduct-investigation').fill('调取监控核实，情况属实');
  await decide.getByLabel('事实已调查核实').check();
  await decide.getByTestId('misconduct-severity').selectOption('GRAVE');
  const expel = decide.getByLabel(/清除出教育行业/);
  await expect(expel).toBeChecked();
  await expect(expel).toBeDisabled();
  await expect(decide.getByLabel(/调整岗位/)).toHaveCount(0);
  await decide.getByTestId('misconduct-decide').click();
  const dialog = page.getByTestId('decide-misconduct-dialog');
  await expect(dialog).toContainText('清除出教育行业');
  await dialog.getByTestId('decide-misconduct-dialog-confirm').click();
  await expect(page.locator('[data-testid="misconduct-case"][data-status="DECIDED"]')).toContainText(
    '清除出教育行业',
  );
});

test('VET-1: a candidate with a record found is blocked for good, and the server refuses activation', async ({
  page,
}) => {
  const session = new StaffSession(page);
  const staff = new StaffPages(page);
  const name = `保安${String(stamp).slice(-6)}`;

  await session.signIn('head.kg');
  await staff.openList();
  const staffId = await staff.addCandidate({
    name,
    idNumber: buildResidentId((stamp + 1) % 997, '19880620'),
    phone: '023-68001234',
    role: 'SECURITY_GUARD',
    employmentType: 'ESTABLISHED',
    post: '门卫',
  });
  await expect(staff.vettingStatus()).toContainText('核查未完成');

  await staff.recordCheck({
    check: 'CRIMINAL_DATABASE',
    outcome: 'RECORD_FOUND',
    reference: `JLP-KG-${stamp}-2`,
  });
  await expect(staff.vettingStatus()).toContainText('不得录用');
  const block = page.getByTestId('vetting-block').first();
  await expect(block).toContainText('VET-1');
  await expect(block).toContainText('一律不得录用');
  await expect(staff.statusChip()).toHaveText('已阻止');
  await expect(staff.activateButton()).toHaveCount(0);
  await expect(page.getByTestId('record-check-form')).toHaveCount(0);

  // Not only the button: the API itself refuses, with the head's own session.
  const answer = await staff.activateThroughApi(staffId);
  expect(answer.__typename).not.toBe('StaffMember');
  expect(['VETTING_NOT_CLEAR', 'INVALID_STAFF_STATE']).toContain(answer.code);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(staff.statusChip()).toHaveText('已阻止');
  await expect(staff.vettingStatus()).toContainText('不得录用');
});

test('VET-7: a criminal punishment found by the database check blocks the candidate for good', async ({
  page,
}) => {
  const session = new StaffSession(page);
  const staff = new StaffPages(page);
  const name = `食堂${String(stamp).slice(-6)}`;

  await session.signIn('head.primary');
  await staff.openList();
  await staff.addCandidate({
    name,
    idNumber: buildResidentId((stamp + 2) % 997, '19790415'),
    phone: '13900001234',
    role: 'CANTEEN_WORKER',
    employmentType: 'TEMPORARY',
    post: '食堂帮厨',
  });
  await expect(staff.vettingStatus()).toContainText('核查未完成');

  // Not in the serious-criminal-cases database, but the check learned of a criminal punishment.
  await staff.recordCheck({
    check: 'CRIMINAL_DATABASE',
    outcome: 'CLEAR',
    reference: `JLP-XJW-${stamp}-3`,
    findings: ['CRIMINAL_PUNISHMENT'],
  });
  await expect(staff.vettingStatus()).toContainText('不得录用');
  await expect(page.getByTestId('vetting-block').filter({ hasText: '受过刑事处罚' })).toContainText('VET-7');
  await expect(staff.checkRecords().first()).toContainText('受过刑事处罚');
  await expect(staff.statusChip()).toHaveText('已阻止');
  await expect(staff.activateButton()).toHaveCount(0);
});

test('VET-1: the untouched template holds only its skipped example; a roster with an invalid row is refused whole, with a per-row report in Chinese', async ({
  page,
}) => {
  const session = new StaffSession(page);
  const staff = new StaffPages(page);
  const importPage = new StaffImportPage(page);

  await session.signIn('head.kg');
  await staff.openList();
  await expect(page.getByTestId('staff-row').first()).toBeVisible();
  const before = await page.getByTestId('staff-row').count();
  await importPage.open();

  // The untouched template holds only its example row, which the importer skips: it says so.
  const template = await importPage.downloadTemplate();
  await importPage.upload(`花名册-${stamp}.xlsx`, template);
  await expect(importPage.rejection()).toContainText('未导入任何记录（全部或全无）');
  await expect(importPage.errorRows().first()).toContainText('只有模板的示例行');

  // A row filled in under the example with a wrong ID number refuses the whole file, naming row 3.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as never);
  workbook
    .getWorksheet('花名册')!
    .addRow([
      '测试导入人',
      '500107198001011234',
      '13800000000',
      '保育员',
      '临时聘用',
      '保育员',
      '是',
      '2024-09-01',
    ]);
  await importPage.upload(`花名册-${stamp}-2.xlsx`, Buffer.from(await workbook.xlsx.writeBuffer()));
  await expect(importPage.rejection()).toContainText('未导入任何记录（全部或全无）');
  await expect(importPage.errorRows()).toHaveCount(1);
  await expect(importPage.errorRows().first()).toContainText('3');
  await expect(importPage.errorRows().first()).toContainText('身份证号');

  await staff.openList();
  await expect(page.getByTestId('staff-row')).toHaveCount(before);
});
