import type { SetAccountDisabledMutation } from '../../../gql/graphql';
import { en } from '../../../i18n/en';
import { zhCN } from '../../../i18n/zh-CN';
import {
  accountOutcomeMessageKey,
  toSetAccountDisabledOutcome,
  type SetAccountDisabledOutcome,
} from './use-set-account-disabled';

type Result = SetAccountDisabledMutation['setAccountDisabled'];

const error = (__typename: Result['__typename'], extra: Record<string, unknown> = {}) =>
  ({ __typename, code: 'X', message: 'x', ...extra }) as unknown as Result;

describe('setAccountDisabled outcomes', () => {
  it('reads the new state from the account', () => {
    expect(toSetAccountDisabledOutcome({ __typename: 'Account', id: 'a-1', isDisabled: true })).toEqual({
      type: 'DONE',
      isDisabled: true,
    });
    expect(toSetAccountDisabledOutcome({ __typename: 'Account', id: 'a-1', isDisabled: false })).toEqual({
      type: 'DONE',
      isDisabled: false,
    });
  });

  it('maps AccountNotFoundError and the self-disable ValidationError', () => {
    expect(toSetAccountDisabledOutcome(error('AccountNotFoundError'))).toEqual({ type: 'NOT_FOUND' });
    expect(toSetAccountDisabledOutcome(error('ValidationError', { field: 'accountId' }))).toEqual({
      type: 'CANNOT_DISABLE_SELF',
    });
  });

  it('has a distinct message for every outcome in both languages', () => {
    const outcomes: SetAccountDisabledOutcome[] = [
      { type: 'DONE', isDisabled: true },
      { type: 'DONE', isDisabled: false },
      { type: 'NOT_FOUND' },
      { type: 'CANNOT_DISABLE_SELF' },
    ];
    for (const messages of [zhCN, en]) {
      const texts = outcomes.map((outcome) => messages[accountOutcomeMessageKey(outcome)]);
      expect(new Set(texts).size).toBe(outcomes.length);
    }
    expect(zhCN[accountOutcomeMessageKey({ type: 'DONE', isDisabled: true })]).toBe(
      '账户已停用，其所有会话已失效。',
    );
  });
});
