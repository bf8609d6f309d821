import { fireEvent, screen, waitFor } from '@testing-library/react';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { MeQuery } from '../auth.graphql';
import { SignInForm } from './sign-in-form';

function fillAndSubmit(username: string, password: string) {
  fireEvent.change(screen.getByLabelText('用户名'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
}

function renderForm(respond: Parameters<typeof buildRecordingLink>[0]) {
  const { link, operations } = buildRecordingLink(respond);
  const onSignedIn = jest.fn();
  const rendered = renderWithProviders(<SignInForm onSignedIn={onSignedIn} />, { link });
  return { ...rendered, operations, onSignedIn };
}

describe('sign-in form', () => {
  it('shows an error under each empty field and sends no request', async () => {
    const { operations, onSignedIn } = renderForm(() => ({ data: null }));
    fireEvent.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(screen.getByText('请输入密码')).toBeTruthy();
    expect(screen.getByLabelText('用户名').getAttribute('aria-invalid')).toBe('true');
    expect(operations).toHaveLength(0);
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('treats a username of only spaces as empty', async () => {
    const { operations } = renderForm(() => ({ data: null }));
    fillAndSubmit('   ', 'secret');
    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(operations).toHaveLength(0);
  });

  it('sends the trimmed username and the password as the signIn input', async () => {
    const { operations } = renderForm(() => ({
      data: { signIn: { __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS', message: 'x' } },
    }));
    fillAndSubmit(' teacher ', 'XiaoHu@2026');
    await waitFor(() => expect(operations).toHaveLength(1));
    expect(operations[0].operationName).toBe('SignIn');
    expect(operations[0].variables).toEqual({ input: { username: 'teacher', password: 'XiaoHu@2026' } });
  });

  it('says "wrong username or password" without telling whether the user exists, and clears the password', async () => {
    const { onSignedIn } = renderForm(() => ({
      data: {
        signIn: { __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS', message: 'Invalid' },
      },
    }));
    fillAndSubmit('nobody', 'wrong');

    const alert = await screen.findByTestId('sign-in-error');
    expect(alert.textContent).toContain('用户名或密码错误');
    expect(alert.textContent).not.toMatch(/不存在|exist/);
    expect((screen.getByLabelText('密码') as HTMLInputElement).value).toBe('');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('says the account is locked and when it unlocks, in Beijing time', async () => {
    renderForm(() => ({
      data: {
        signIn: {
          __typename: 'AccountLockedError',
          code: 'ACCOUNT_LOCKED',
          message: 'Locked',
          lockedUntil: '2026-03-01T02:30:00.000Z',
        },
      },
    }));
    fillAndSubmit('teacher', 'wrong');

    const alert = await screen.findByTestId('sign-in-error');
    expect(alert.textContent).toContain('账户已锁定');
    expect(alert.textContent).toContain('2026-03-01 10:30');
  });

  it('marks the field the server rejected', async () => {
    renderForm(() => ({
      data: {
        signIn: {
          __typename: 'ValidationError',
          code: 'VALIDATION_FAILED',
          message: 'too long',
          field: 'username',
        },
      },
    }));
    fillAndSubmit('x'.repeat(300), 'secret');
    expect(await screen.findByText('输入有误')).toBeTruthy();
    expect(screen.getByLabelText('用户名').getAttribute('aria-invalid')).toBe('true');
  });

  it('signs in: hands over the viewer and caches it as `me`', async () => {
    const viewer = buildViewer();
    const { onSignedIn, client } = renderForm(() => ({ data: { signIn: viewer } }));
    fillAndSubmit('teacher', 'XiaoHu@2026');

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(onSignedIn.mock.calls[0][0]).toMatchObject({ username: 'teacher', role: 'TEACHER' });
    expect(client.readQuery({ query: MeQuery })?.me?.displayName).toBe('张老师');
    expect(screen.queryByTestId('sign-in-error')).toBeNull();
  });

  it('says the server cannot be reached when the request fails', async () => {
    renderForm(() => new Error('socket hang up'));
    fillAndSubmit('teacher', 'XiaoHu@2026');
    expect((await screen.findByTestId('sign-in-error')).textContent).toContain('暂时无法连接服务器');
  });
});
