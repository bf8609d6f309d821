import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { ViewerProvider } from '../../features/auth/hooks/use-viewer';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../shared/testing/render-with-providers';
import { registerPrefetchRoutes } from '../route-prefetch';
import { mockScreenWidth as setWidth, restoreScreenWidth } from '../../shared/testing/screen-width';
import { AppLayout } from './app-layout';

const head = buildViewer({
  role: 'HEAD',
  permissions: ['VIEW_INSTITUTIONS', 'VIEW_STAFF', 'VIEW_HAZARDS'],
});

function renderShell(viewer = head) {
  const { link } = buildRecordingLink(() => ({ data: { me: null, myNotifications: null } }));
  return renderWithProviders(
    <ViewerProvider viewer={viewer}>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<p>home page</p>} />
          <Route path="/staff" element={<p>staff page</p>} />
        </Route>
      </Routes>
    </ViewerProvider>,
    { link },
  );
}

afterEach(() => {
  restoreScreenWidth();
  registerPrefetchRoutes([]);
});

describe('the phone-first shell (issue 14)', () => {
  it('below 600 px the header holds only the menu button, the app name and the bell; the nav waits in a drawer', () => {
    setWidth(390);
    renderShell();
    const header = screen.getByTestId('app-header');
    expect(within(header).getByTestId('nav-menu-button')).toBeTruthy();
    expect(within(header).getByText('校护')).toBeTruthy();
    expect(within(header).getByTestId('notifications-button')).toBeTruthy();
    expect(screen.queryByTestId('sign-out')).toBeNull();
    expect(screen.queryByTestId('nav-staff')).toBeNull();
    expect(screen.getByTestId('nav-menu-button').getAttribute('aria-expanded')).toBe('false');
  });

  it('the menu button opens the drawer with the nav, language switch, security link and sign-out', async () => {
    setWidth(390);
    renderShell();
    fireEvent.click(screen.getByRole('button', { name: '打开菜单' }));
    const drawer = await screen.findByTestId('nav-drawer');
    expect(screen.getByTestId('nav-menu-button').getAttribute('aria-expanded')).toBe('true');
    const nav = within(drawer).getByRole('navigation', { name: '主导航' });
    expect(within(nav).getByTestId('nav-institutions')).toBeTruthy();
    expect(within(nav).getByTestId('nav-staff')).toBeTruthy();
    expect(within(nav).getByTestId('nav-hazards')).toBeTruthy();
    // Only what the server granted: no matrix entry for this viewer.
    expect(within(nav).queryByTestId('nav-matrix')).toBeNull();
    expect(within(drawer).getByTestId('language-switch')).toBeTruthy();
    expect(within(drawer).getByTestId('nav-security')).toBeTruthy();
    expect(within(drawer).getByTestId('sign-out')).toBeTruthy();
    expect(within(drawer).getByTestId('viewer-summary').textContent).toContain('张老师');
  });

  it('Escape closes the drawer and focus returns to the menu button', async () => {
    setWidth(390);
    renderShell();
    const button = screen.getByTestId('nav-menu-button');
    button.focus();
    fireEvent.click(button);
    const drawer = await screen.findByTestId('nav-drawer');
    fireEvent.keyDown(drawer, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('sign-out')).toBeNull());
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('choosing an entry navigates and closes the drawer', async () => {
    setWidth(390);
    renderShell();
    fireEvent.click(screen.getByTestId('nav-menu-button'));
    fireEvent.click(await screen.findByTestId('nav-staff'));
    expect(await screen.findByText('staff page')).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('nav-drawer')).toBeNull());
  });

  it('a nav entry starts loading its page on hover and on keyboard focus', async () => {
    setWidth(390);
    const lazy = jest.fn(() => Promise.resolve({}));
    registerPrefetchRoutes([{ path: '/staff', lazy }]);
    renderShell();
    fireEvent.click(screen.getByTestId('nav-menu-button'));
    const entry = await screen.findByTestId('nav-staff');
    fireEvent.mouseEnter(entry);
    expect(lazy).toHaveBeenCalledTimes(1);
    act(() => entry.focus());
    expect(lazy).toHaveBeenCalledTimes(2);
  });

  it('from 900 px the nav is a permanent side list and the header keeps the account actions on one row', () => {
    setWidth(1366);
    renderShell();
    expect(screen.queryByTestId('nav-menu-button')).toBeNull();
    const side = screen.getByTestId('side-nav');
    expect(within(side).getByTestId('nav-staff')).toBeTruthy();
    const header = screen.getByTestId('app-header');
    expect(within(header).getByTestId('sign-out')).toBeTruthy();
    expect(within(header).getByTestId('language-switch')).toBeTruthy();
  });

  it('the shell reads in English when English is chosen', () => {
    setWidth(390);
    const { link } = buildRecordingLink(() => ({ data: { me: null, myNotifications: null } }));
    renderWithProviders(
      <ViewerProvider viewer={head}>
        <AppLayout />
      </ViewerProvider>,
      { link, language: 'en' },
    );
    expect(screen.getByRole('button', { name: 'Open menu' })).toBeTruthy();
  });
});
