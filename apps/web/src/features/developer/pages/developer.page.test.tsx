import { screen, within } from '@testing-library/react';
import { ViewerProvider } from '../../auth/hooks/use-viewer';
import { DeveloperNav } from '../components/developer-nav';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { DeveloperPage } from './developer.page';

const SDL = 'type Query {\n  me: Viewer\n  home: String @deprecated(reason: "Use Viewer.home.")\n}';
const CHANGELOG = '# Changelog\n\n## Unreleased\n\n### Breaking\n';
const admin = buildViewer({ role: 'ADMIN', institution: null, canOpenDeveloperPage: true });

let realFetch: typeof fetch;
let fetchMock: jest.Mock;
beforeEach(() => {
  realFetch = global.fetch;
  fetchMock = jest.fn(async (url: string) => ({
    ok: true,
    text: async () => (url.endsWith('schema.graphql') ? SDL : CHANGELOG),
  }));
  global.fetch = fetchMock as unknown as typeof fetch;
});
afterEach(() => {
  global.fetch = realFetch;
});

function renderPage(viewer = admin, language: 'zh-CN' | 'en' = 'zh-CN') {
  const { link } = buildRecordingLink(() => ({ data: null }));
  return renderWithProviders(
    <ViewerProvider viewer={viewer}>
      <DeveloperNav />
      <DeveloperPage />
    </ViewerProvider>,
    { link, language },
  );
}

describe('developer page 开发者 (issue 13)', () => {
  it('shows the administrator the curl example with the Bearer header, the typed client, the schema and the changelog', async () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: '开发者' })).toBeTruthy();
    const curl = screen.getByTestId('developer-curl-example').textContent!;
    expect(curl).toContain("-H 'Authorization: Bearer <token>'");
    expect(curl).toContain('/graphql');
    expect(curl).toContain('institutions(first: 5)');
    const codegen = screen.getByTestId('developer-codegen-example').textContent!;
    expect(codegen).toContain('@graphql-codegen/cli@7.4.3');
    expect(codegen).toContain("preset: 'client'");
    expect(codegen).toContain('/api/developer/schema.graphql');
    expect((await screen.findByTestId('developer-sdl')).textContent).toBe(SDL);
    expect((await screen.findByTestId('developer-changelog-text')).textContent).toBe(CHANGELOG);
    expect(fetchMock.mock.calls.map(([url]) => url).sort()).toEqual([
      '/api/developer/changelog.md',
      '/api/developer/schema.graphql',
    ]);
    expect(
      within(screen.getByTestId('developer-schema')).getByRole('link', { name: '下载 schema.graphql' }),
    ).toBeTruthy();
    expect(screen.getByTestId('nav-developer').textContent).toContain('开发者');
  });

  it('speaks English when asked, the code examples unchanged', async () => {
    renderPage(admin, 'en');
    expect(screen.getByRole('heading', { level: 1, name: 'Developers' })).toBeTruthy();
    expect(screen.getByText('Calling it with curl')).toBeTruthy();
    expect(screen.getByTestId('developer-curl-example').textContent).toContain(
      'Authorization: Bearer <token>',
    );
    expect(await screen.findByTestId('developer-sdl')).toBeTruthy();
  });

  it('says so when the API refuses or fails, without showing anything else', async () => {
    fetchMock.mockImplementation(async () => ({ ok: false, text: async () => '' }));
    renderPage();
    expect(await screen.findAllByText('无法加载，请稍后重试。')).toHaveLength(2);
    expect(screen.queryByTestId('developer-sdl')).toBeNull();
  });

  it('without the server’s canOpenDeveloperPage: no nav entry, a refusal, and nothing fetched', () => {
    renderPage(buildViewer({ canOpenDeveloperPage: false }));
    expect(screen.queryByTestId('nav-developer')).toBeNull();
    expect(screen.getByTestId('forbidden')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
