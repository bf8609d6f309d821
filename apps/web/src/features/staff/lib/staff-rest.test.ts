import { MAX_IMPORT_BYTES, importFileProblem, parseImportResponse, staffExportUrl } from './staff-rest';

describe('roster import over REST', () => {
  it('reads a successful all-or-nothing import', () => {
    const body = JSON.stringify({
      __typename: 'StaffImportReport',
      rowCount: 120,
      importedCount: 120,
      blockedCount: 2,
    });
    expect(parseImportResponse(200, body)).toEqual({
      type: 'IMPORTED',
      rowCount: 120,
      importedCount: 120,
      blockedCount: 2,
    });
  });

  it('reads a rejection with every row error, filling gaps rather than trusting the shape', () => {
    const body = JSON.stringify({
      __typename: 'ImportRejectedError',
      code: 'IMPORT_REJECTED',
      message: 'rejected',
      rowCount: 3,
      errors: [
        { row: 3, column: '身份证号', message: '身份证号校验位不正确', code: 'ID_CHECK_DIGIT' },
        { row: 2, message: '缺少姓名' },
        'garbage',
      ],
    });
    expect(parseImportResponse(422, body)).toEqual({
      type: 'REJECTED',
      rowCount: 3,
      errors: [
        { row: 3, column: '身份证号', message: '身份证号校验位不正确', code: 'ID_CHECK_DIGIT' },
        { row: 2, column: null, message: '缺少姓名', code: '' },
        { row: 0, column: null, message: '', code: '' },
      ],
    });
  });

  it('shows a full import queue (429) as a refusal with its Chinese message', () => {
    const body = JSON.stringify({
      __typename: 'ImportRejectedError',
      rowCount: 0,
      errors: [
        { row: 1, column: null, code: 'IMPORT_QUEUE_FULL', message: '本单位已有 3 个导入正在进行或排队' },
      ],
    });
    expect(parseImportResponse(429, body)).toEqual({
      type: 'REJECTED',
      rowCount: 0,
      errors: [
        { row: 1, column: null, code: 'IMPORT_QUEUE_FULL', message: '本单位已有 3 个导入正在进行或排队' },
      ],
    });
  });

  it('maps 401 and 403, and treats anything unexpected as a failure', () => {
    expect(parseImportResponse(401, '')).toEqual({ type: 'UNAUTHENTICATED' });
    expect(parseImportResponse(403, '{}')).toEqual({ type: 'FORBIDDEN' });
    expect(parseImportResponse(500, '<html>')).toEqual({ type: 'FAILED' });
    expect(parseImportResponse(200, 'null')).toEqual({ type: 'FAILED' });
    expect(
      parseImportResponse(200, JSON.stringify({ __typename: 'ImportRejectedError', errors: [] })),
    ).toEqual({ type: 'FAILED' });
  });

  it('accepts only .xlsx files up to 20 MB', () => {
    expect(importFileProblem({ name: '花名册.XLSX', size: 1000 })).toBeNull();
    expect(importFileProblem({ name: '花名册.xls', size: 1000 })).toBe('WRONG_TYPE');
    expect(importFileProblem({ name: '花名册.xlsx', size: MAX_IMPORT_BYTES + 1 })).toBe('TOO_LARGE');
  });

  it('exports the register narrowed like the list', () => {
    expect(staffExportUrl()).toBe('/api/staff/export');
    expect(staffExportUrl({ search: ' 王 ' })).toBe('/api/staff/export?search=%E7%8E%8B');
  });
});
