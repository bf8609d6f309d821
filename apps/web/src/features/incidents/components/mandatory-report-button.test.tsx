import { fireEvent, screen } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { MandatoryReportButton } from './mandatory-report-button';

const CASE_ID = '0f3c9a12-1111-4222-8333-444455556666';

let realFetch: typeof fetch;
let click: jest.SpyInstance;
beforeEach(() => {
  // jsdom cannot follow the download link: the test checks that it was clicked.
  click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  realFetch = global.fetch;
  URL.createObjectURL = jest.fn(() => 'blob:report');
  URL.revokeObjectURL = jest.fn();
});
afterEach(() => {
  global.fetch = realFetch;
  click.mockRestore();
});

function respond(status: number, name = '强制报告-九龙坡区谢家湾小学-0f3c9a12-2026-12-02.json') {
  const body = new TextEncoder().encode('{"schemaVersion":1}');
  const fetchMock = jest.fn(async () => ({
    status,
    ok: status === 200,
    headers: new Headers({
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="mandatory-report-0f3c9a12.json"; filename*=UTF-8''${encodeURIComponent(name)}`,
    }),
    body: {
      getReader: () => {
        let sent = false;
        return {
          read: async () => (sent ? { done: true } : ((sent = true), { done: false, value: body })),
        };
      },
    },
    json: async () => ({ errors: [{ message: 'Not allowed' }] }),
  }));
  global.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
}

function renderButton(language: 'zh-CN' | 'en' = 'zh-CN') {
  const { link } = buildRecordingLink(() => ({ data: null }));
  renderWithProviders(<MandatoryReportButton caseId={CASE_ID} />, { link, language });
}

describe('the case’s 强制报告 button (issue 13)', () => {
  it('downloads the case’s JSON by its id and names the file the server gave', async () => {
    const fetchMock = respond(200);
    renderButton();
    fireEvent.click(screen.getByRole('button', { name: '导出强制报告（JSON）' }));
    expect(
      await screen.findByText('已导出 强制报告-九龙坡区谢家湾小学-0f3c9a12-2026-12-02.json'),
    ).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledWith(`/api/cases/${CASE_ID}/mandatory-report.json`, {
      credentials: 'same-origin',
    });
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('says so when the server refuses (the policy decides again on the download)', async () => {
    respond(403);
    renderButton('en');
    fireEvent.click(screen.getByRole('button', { name: 'Export mandatory report (JSON)' }));
    expect(await screen.findByText('You may not export this case’s mandatory report.')).toBeTruthy();
    expect(click).not.toHaveBeenCalled();
  });

  it('says the export failed on a server error', async () => {
    respond(500);
    renderButton();
    fireEvent.click(screen.getByRole('button', { name: '导出强制报告（JSON）' }));
    expect(await screen.findByText('导出失败，请稍后重试。')).toBeTruthy();
  });
});
