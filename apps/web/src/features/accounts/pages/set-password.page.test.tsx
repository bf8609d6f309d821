import { fireEvent, screen, waitFor } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { SetPasswordPage } from './set-password.page';

const TOKEN = 'a'.repeat(43);

describe('set-password page', () => {
  it('says the link is not valid when the URL carries no token, before anything is sent', () => {
    const { link, operations } = buildRecordingLink(() => ({ data: {} }));
    renderWithProviders(<SetPasswordPage />, { link, route: '/set-password' });
    expect(screen.getByTestId('link-invalid').textContent).toContain('此链接无效');
    expect(operations).toHaveLength(0);
  });

  it('sends the token from the fragment with the password, and points to sign-in once set', async () => {
    const { link, operations } = buildRecordingLink(() => ({
      data: { setPassword: { __typename: 'PasswordSet', username: 'new.teacher' } },
    }));
    renderWithProviders(<SetPasswordPage />, { link, route: `/set-password#${TOKEN}` });
    fireEvent.change(screen.getByTestId('new-password'), { target: { value: 'Chalk-and-Slate-42' } });
    fireEvent.change(screen.getByTestId('repeat-password'), { target: { value: 'Chalk-and-Slate-42' } });
    fireEvent.click(screen.getByTestId('set-password-submit'));
    await waitFor(() => expect(screen.getByTestId('password-set').textContent).toContain('new.teacher'));
    expect(operations[0].variables).toEqual({ input: { token: TOKEN, password: 'Chalk-and-Slate-42' } });
  });

  it('refuses two different passwords in the form', () => {
    const { link, operations } = buildRecordingLink(() => ({ data: {} }));
    renderWithProviders(<SetPasswordPage />, { link, route: `/set-password#${TOKEN}` });
    fireEvent.change(screen.getByTestId('new-password'), { target: { value: 'Chalk-and-Slate-42' } });
    fireEvent.change(screen.getByTestId('repeat-password'), { target: { value: 'Chalk-and-Slate-43' } });
    fireEvent.click(screen.getByTestId('set-password-submit'));
    expect(screen.getByText('两次输入的密码不一致。')).toBeTruthy();
    expect(operations).toHaveLength(0);
  });
});
