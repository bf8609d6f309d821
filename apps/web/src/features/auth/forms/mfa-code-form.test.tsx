import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ApolloLink } from '@apollo/client';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { MeQuery } from '../auth.graphql';
import { SignInForm } from './sign-in-form';

const CHALLENGE = 'c'.repeat(43);

function renderAfterPassword(answer: (operation: ApolloLink.Operation) => Record<string, unknown>) {
  const { link, operations } = buildRecordingLink((operation) =>
    operation.operationName === 'SignIn'
      ? { data: { signIn: { __typename: 'MfaRequired', challenge: CHALLENGE } } }
      : { data: answer(operation) },
  );
  const onSignedIn = jest.fn();
  const rendered = renderWithProviders(<SignInForm onSignedIn={onSignedIn} />, { link });
  fireEvent.change(screen.getByLabelText('用户名'), { target: { value: 'safety' } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'XiaoHu@2026' } });
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
  return { ...rendered, operations, onSignedIn };
}

// The step is a lazy chunk that appears after the SignIn answer: on a busy machine that can take more
// than findBy's default second.
const findCodeInput = () => screen.findByLabelText('验证码', undefined, { timeout: 5000 });

const submitCode = (code: string) => {
  fireEvent.change(screen.getByTestId('mfa-code'), { target: { value: code } });
  fireEvent.click(screen.getByRole('button', { name: '验证' }));
};

describe('the code step of sign-in', () => {
  // The step is a lazy chunk of the sign-in form (first paint): load it once before the timed finds.
  beforeAll(() => import('../components/mfa-sign-in-step'));

  it('asks for the 6-digit code after a correct password, focused and labelled', async () => {
    renderAfterPassword(() => ({}));
    const input = await findCodeInput();
    expect(document.activeElement).toBe(input);
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(input.getAttribute('autocomplete')).toBe('one-time-code');
    expect(screen.queryByLabelText('密码')).toBeNull();
  });

  it('refuses anything but six digits without sending it', async () => {
    const { operations } = renderAfterPassword(() => ({}));
    await findCodeInput();
    submitCode('12a45');
    expect(await screen.findByText('请输入 6 位数字验证码')).toBeTruthy();
    expect(operations.map((o) => o.operationName)).toEqual(['SignIn']);
  });

  it('sends the code with the challenge and signs in', async () => {
    const viewer = buildViewer({ username: 'safety' });
    const { operations, onSignedIn, client } = renderAfterPassword(() => ({ verifyMfa: viewer }));
    await findCodeInput();
    submitCode('123456');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(operations[1]!.operationName).toBe('VerifyMfa');
    expect(operations[1]!.variables).toEqual({ input: { challenge: CHALLENGE, code: '123456' } });
    expect(client.readQuery({ query: MeQuery })?.me?.username).toBe('safety');
  });

  it('says a wrong or used code was refused and clears it', async () => {
    const { onSignedIn } = renderAfterPassword(() => ({
      verifyMfa: { __typename: 'InvalidMfaCodeError', code: 'INVALID_MFA_CODE' },
    }));
    await findCodeInput();
    submitCode('123456');
    expect((await screen.findByTestId('mfa-code-error')).textContent).toContain('验证码错误或已使用');
    expect((screen.getByTestId('mfa-code') as HTMLInputElement).value).toBe('');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('takes a recovery code instead ("使用恢复码")', async () => {
    const { operations, onSignedIn } = renderAfterPassword(() => ({ verifyMfa: buildViewer() }));
    await findCodeInput();
    fireEvent.click(screen.getByRole('button', { name: '使用恢复码' }));
    expect(screen.getByLabelText('恢复码')).toBeTruthy();
    submitCode('abcde-fgh23');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(operations[1]!.variables).toEqual({ input: { challenge: CHALLENGE, code: 'abcde-fgh23' } });
  });

  it('goes back to the password when the challenge expired', async () => {
    renderAfterPassword(() => ({
      verifyMfa: { __typename: 'MfaChallengeExpiredError', code: 'MFA_CHALLENGE_EXPIRED' },
    }));
    await findCodeInput();
    submitCode('123456');
    expect((await screen.findByTestId('sign-in-error')).textContent).toContain('验证已超时');
    expect(screen.getByLabelText('密码')).toBeTruthy();
  });
});
