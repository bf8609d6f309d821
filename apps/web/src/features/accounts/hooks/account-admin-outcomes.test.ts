import type {
  CreateAccountMutation,
  ImportHeadAccountsMutation,
  ResetAccountPasswordMutation,
  SetPasswordMutation,
} from '../../../gql/graphql';
import { en } from '../../../i18n/en';
import { zhCN } from '../../../i18n/zh-CN';
import {
  toCreateAccountOutcome,
  toEndSessionsOutcome,
  toImportHeadsOutcome,
  toLinkStaffOutcome,
  toResetPasswordOutcome,
  toSetPasswordOutcome,
} from './account-admin-outcomes';

const ORIGIN = 'https://xiaohu.example';
const issued = {
  __typename: 'SetPasswordLinkIssued' as const,
  setPasswordPath: '/set-password#abc',
  expiresAt: '2026-05-04T00:00:00.000Z',
};

describe('account administration outcomes', () => {
  it('turns a created account into an absolute one-time link', () => {
    const result = {
      ...issued,
      account: { __typename: 'Account', id: 'a', username: 'new.teacher', displayName: '新教师' },
    } as CreateAccountMutation['createAccount'];
    expect(toCreateAccountOutcome(ORIGIN, result)).toEqual({
      type: 'CREATED',
      link: {
        username: 'new.teacher',
        displayName: '新教师',
        institutionName: null,
        url: 'https://xiaohu.example/set-password#abc',
        expiresAt: '2026-05-04T00:00:00.000Z',
      },
    });
  });

  it('puts a refused field’s own message on it, and a taken username its message', () => {
    const refusal = (field: string, message: string) =>
      ({
        __typename: 'ValidationError',
        code: 'VALIDATION_FAILED',
        field,
        message,
      }) as CreateAccountMutation['createAccount'];
    expect(toCreateAccountOutcome(ORIGIN, refusal('username', 'This username is taken'))).toMatchObject({
      field: 'username',
      messageKey: 'accounts.create.error.usernameTaken',
    });
    expect(toCreateAccountOutcome(ORIGIN, refusal('staffMemberId', 'x'))).toMatchObject({
      messageKey: 'accounts.create.error.staff',
    });
    expect(toCreateAccountOutcome(ORIGIN, refusal('nothing-known', 'x'))).toMatchObject({
      messageKey: 'accounts.create.error.generic',
    });
    for (const messages of [zhCN, en]) expect(messages['accounts.create.error.usernameTaken']).toBeTruthy();
  });

  it('maps every member of the other result unions', () => {
    const notFound = { __typename: 'AccountNotFoundError', code: 'NOT_FOUND', message: 'x' };
    expect(
      toResetPasswordOutcome(ORIGIN, {
        ...issued,
        account: { username: 'u', displayName: 'U' },
      } as ResetAccountPasswordMutation['resetAccountPassword']),
    ).toMatchObject({ type: 'ISSUED', link: { url: `${ORIGIN}/set-password#abc` } });
    expect(
      toResetPasswordOutcome(ORIGIN, notFound as ResetAccountPasswordMutation['resetAccountPassword']),
    ).toEqual({
      type: 'NOT_FOUND',
    });
    expect(
      toResetPasswordOutcome(ORIGIN, {
        __typename: 'ValidationError',
        field: 'accountId',
      } as ResetAccountPasswordMutation['resetAccountPassword']),
    ).toEqual({ type: 'SELF' });
    expect(toEndSessionsOutcome({ __typename: 'AccountSessionsEnded', endedCount: 2 })).toEqual({
      type: 'ENDED',
      count: 2,
    });
    expect(
      toLinkStaffOutcome({
        __typename: 'Account',
        id: 'a',
        staffMember: { __typename: 'LinkedStaffMember', id: 's', name: '王芳', post: '语文教师' },
      }),
    ).toEqual({ type: 'LINKED', staffName: '王芳' });
    expect(
      toSetPasswordOutcome({
        __typename: 'SetPasswordLinkInvalidError',
        code: 'NOT_FOUND',
        message: 'x',
      } as SetPasswordMutation['setPassword']),
    ).toEqual({ type: 'LINK_INVALID' });
    expect(
      toImportHeadsOutcome(ORIGIN, {
        __typename: 'ImportRejectedError',
        code: 'IMPORT_REJECTED',
        message: 'x',
        rowCount: 3,
        errors: [
          {
            __typename: 'ImportRowError',
            row: 2,
            column: '用户名',
            code: 'USERNAME_TAKEN',
            message: '已被使用',
          },
        ],
      } as ImportHeadAccountsMutation['importHeadAccounts']),
    ).toEqual({
      type: 'REJECTED',
      rowCount: 3,
      errors: [expect.objectContaining({ row: 2, column: '用户名' })],
    });
  });
});
