import { toCreateApiClientOutcome, toRevokeOutcome, toRotateOutcome } from './api-client-outcomes';

const forbidden = {
  __typename: 'ApiClientForbiddenError',
  code: 'FORBIDDEN',
  message: 'no',
  ruleId: 'ORG-3',
} as const;
const notFound = { __typename: 'ApiClientNotFoundError', code: 'NOT_FOUND', message: 'no' } as const;

describe('API client outcomes', () => {
  it('maps each field of a refused creation to its message, and an unknown field to the generic one', () => {
    const invalid = (field: string | null) =>
      toCreateApiClientOutcome({
        __typename: 'ValidationError',
        code: 'VALIDATION_FAILED',
        message: 'x',
        field,
      });
    expect(invalid('tokenDays')).toEqual({
      type: 'INVALID',
      field: 'tokenDays',
      messageKey: 'apiClients.error.tokenDays',
    });
    expect(invalid('other')).toMatchObject({ messageKey: 'apiClients.error.generic' });
    expect(invalid(null)).toMatchObject({ field: 'name', messageKey: 'apiClients.error.name' });
  });

  it('ORG-3: a refusal by the policy is said as such', () => {
    expect(toCreateApiClientOutcome(forbidden)).toEqual({
      type: 'REFUSED',
      messageKey: 'apiClients.error.forbidden',
    });
    expect(toRotateOutcome(forbidden)).toEqual({ type: 'REFUSED', messageKey: 'apiClients.error.forbidden' });
    expect(toRevokeOutcome(forbidden)).toEqual({ type: 'REFUSED', messageKey: 'apiClients.error.forbidden' });
  });

  it('an unknown client is not found', () => {
    expect(toRotateOutcome(notFound)).toEqual({ type: 'REFUSED', messageKey: 'apiClients.error.notFound' });
    expect(toRevokeOutcome(notFound)).toEqual({ type: 'REFUSED', messageKey: 'apiClients.error.notFound' });
    expect(
      toRotateOutcome({
        __typename: 'ValidationError',
        code: 'VALIDATION_FAILED',
        message: 'x',
        field: null,
      }),
    ).toMatchObject({ type: 'INVALID', field: 'overlapHours' });
  });
});
