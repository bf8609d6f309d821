import type { SetOpeningApplicationMutation } from '../../../gql/graphql';
import { zhCN } from '../../../i18n/zh-CN';
import {
  openingOutcomeMessageKey,
  toSetOpeningApplicationOutcome,
  type SetOpeningApplicationOutcome,
} from './use-set-opening-application';

type Result = SetOpeningApplicationMutation['setOpeningApplication'];

const error = <T extends Result['__typename']>(__typename: T, extra: Record<string, unknown> = {}) =>
  ({ __typename, code: 'X', message: 'x', ...extra }) as unknown as Result;

describe('VET-4: setOpeningApplication outcomes', () => {
  it('reads the new state from the institution', () => {
    expect(
      toSetOpeningApplicationOutcome({ __typename: 'Institution', id: 'i-1', isApplyingToOpen: true }),
    ).toEqual({ type: 'DONE', isApplyingToOpen: true });
    expect(
      toSetOpeningApplicationOutcome({ __typename: 'Institution', id: 'i-1', isApplyingToOpen: false }),
    ).toEqual({ type: 'DONE', isApplyingToOpen: false });
  });

  it.each([
    ['OpeningApplicationForbiddenError', { type: 'FORBIDDEN' }],
    ['OpeningInstitutionNotFoundError', { type: 'NOT_FOUND' }],
    ['OpeningNotApplicableError', { type: 'NOT_APPLICABLE' }],
  ] as const)('maps %s', (typename, expected) => {
    expect(toSetOpeningApplicationOutcome(error(typename, { kind: 'PRIMARY' }))).toEqual(expected);
  });

  it('keeps the field of a validation error', () => {
    expect(toSetOpeningApplicationOutcome(error('ValidationError', { field: 'note' }))).toEqual({
      type: 'INVALID_INPUT',
      field: 'note',
    });
    expect(toSetOpeningApplicationOutcome(error('ValidationError', { field: null }))).toEqual({
      type: 'INVALID_INPUT',
      field: null,
    });
  });

  it('has a distinct Chinese message for every outcome', () => {
    const outcomes: SetOpeningApplicationOutcome[] = [
      { type: 'DONE', isApplyingToOpen: true },
      { type: 'FORBIDDEN' },
      { type: 'NOT_FOUND' },
      { type: 'NOT_APPLICABLE' },
      { type: 'INVALID_INPUT', field: null },
    ];
    const messages = outcomes.map((outcome) => zhCN[openingOutcomeMessageKey(outcome)]);
    expect(new Set(messages).size).toBe(outcomes.length);
    expect(messages[3]).toBe('只有幼儿园和培训机构有申办状态。');
  });
});
