import { toInspectionOutcome } from './inspection-outcome';

describe('toInspectionOutcome', () => {
  it('PRV-1: the success member is done; each refusal has its own outcome', () => {
    type Answer =
      | { __typename: 'Hazard'; id: string }
      | { __typename: 'ValidationError'; field?: string | null }
      | { __typename: 'InspectionForbiddenError' }
      | { __typename: 'InspectionNotFoundError' }
      | { __typename: 'InspectionStateError' };
    const hazard = { __typename: 'Hazard' as const, id: 'h-1' };
    const of = (answer: Answer) => toInspectionOutcome(answer, 'Hazard');
    expect(of(hazard)).toEqual({ type: 'DONE', value: hazard });
    expect(of({ __typename: 'ValidationError', field: 'dueAt' })).toEqual({
      type: 'INVALID',
      field: 'dueAt',
    });
    expect(of({ __typename: 'ValidationError' })).toEqual({
      type: 'INVALID',
      field: null,
    });
    expect(of({ __typename: 'InspectionForbiddenError' })).toEqual({
      type: 'FORBIDDEN',
    });
    expect(of({ __typename: 'InspectionNotFoundError' })).toEqual({
      type: 'NOT_FOUND',
    });
    expect(of({ __typename: 'InspectionStateError' })).toEqual({ type: 'STATE' });
  });
});
