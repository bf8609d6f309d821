import { screen, within } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { ImportErrorReport } from './import-error-report';

const { link } = buildRecordingLink(() => ({ data: null }));

describe('import error report', () => {
  it('says in Chinese that nothing was imported and lists every error by spreadsheet row', () => {
    renderWithProviders(
      <ImportErrorReport
        rowCount={250}
        errors={[
          { row: 17, column: '手机号', message: '手机号格式不正确', code: 'PHONE' },
          { row: 5, column: '身份证号', message: '身份证号校验位不正确', code: 'ID_CHECK_DIGIT' },
          { row: 9, column: null, message: '与第 5 行身份证号重复', code: 'DUPLICATE' },
        ]}
      />,
      { link },
    );
    const alert = screen.getByTestId('import-rejected');
    expect(alert.textContent).toContain('文件有 3 处错误，未导入任何记录（全部或全无）');
    expect(alert.textContent).toContain('文件共 250 行数据');

    const table = screen.getByRole('table', { name: '错误明细' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['行号', '列', '错误说明']);
    const rows = screen.getAllByTestId('import-error-row').map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['5', '身份证号', '身份证号校验位不正确'],
      ['9', '—', '与第 5 行身份证号重复'],
      ['17', '手机号', '手机号格式不正确'],
    ]);
  });

  it('is in English when the user chose English', () => {
    renderWithProviders(
      <ImportErrorReport
        rowCount={1}
        errors={[{ row: 2, column: '姓名', message: '缺少姓名', code: 'REQUIRED' }]}
      />,
      { link, language: 'en' },
    );
    expect(screen.getByTestId('import-rejected').textContent).toContain('nothing was imported');
    expect(screen.getByRole('table', { name: 'Errors' })).toBeTruthy();
  });
});
