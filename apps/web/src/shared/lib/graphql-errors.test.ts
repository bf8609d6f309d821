import { CombinedGraphQLErrors } from '@apollo/client';
import { isCombinedGraphQLErrors, isForbidden, isUnauthenticated } from './graphql-errors';

// The error page and the sign-in route recognise Apollo's errors without loading Apollo (first paint).
describe('graphql-errors', () => {
  const unauthenticated = new CombinedGraphQLErrors({
    errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }],
  });

  it("recognises Apollo's combined GraphQL errors by their brand", () => {
    expect(isCombinedGraphQLErrors(unauthenticated)).toBe(true);
    expect(isCombinedGraphQLErrors(new Error('Sign in first'))).toBe(false);
    expect(isCombinedGraphQLErrors(null)).toBe(false);
    expect(isCombinedGraphQLErrors({ errors: [] })).toBe(false);
  });

  it('reads the code the API puts in the extensions', () => {
    expect(isUnauthenticated(unauthenticated)).toBe(true);
    expect(isForbidden(unauthenticated)).toBe(false);
    expect(isUnauthenticated(new Error('UNAUTHENTICATED'))).toBe(false);
  });
});
