import { filenameOf, formatSize } from './download-workbook';

describe('download-workbook', () => {
  it('reads the UTF-8 file name of Content-Disposition, or falls back', () => {
    expect(
      filenameOf(`attachment; filename*=UTF-8''${encodeURIComponent('案件清单-2026-03-02.xlsx')}`, 'x.xlsx'),
    ).toBe('案件清单-2026-03-02.xlsx');
    expect(filenameOf('attachment', 'x.xlsx')).toBe('x.xlsx');
    expect(filenameOf(`attachment; filename*=UTF-8''%E0%A4%A`, 'x.xlsx')).toBe('x.xlsx');
    expect(filenameOf(null, 'x.xlsx')).toBe('x.xlsx');
  });

  it('shows sizes in B, KB and MB', () => {
    expect([formatSize(900), formatSize(20_480), formatSize(3 * 1024 * 1024)]).toEqual([
      '900 B',
      '20 KB',
      '3.0 MB',
    ]);
  });
});
