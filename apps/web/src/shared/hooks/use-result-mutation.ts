import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

type CallOptions<TData, TVariables extends OperationVariables> = Omit<
  useMutation.MutationFunctionOptions<TData, TVariables>,
  'variables'
>;

/**
 * Runs a mutation whose answer is one result-union field and hands that field to the calling hook's
 * exhaustive mapper: expected failures become outcomes, while an answer without data is a bug and throws.
 */
export function useResultMutation<
  TData,
  TVariables extends OperationVariables,
  TField extends keyof TData & string,
  TOutcome,
>(
  mutation: TypedDocumentNode<TData, TVariables>,
  field: TField,
  toOutcome: (result: TData[TField]) => TOutcome,
  options?: Omit<useMutation.Options<TData, TVariables>, 'variables'>,
) {
  const [mutate, { loading }] = useMutation(mutation, options);
  // Apollo types the call by whether the variables are optional, which TypeScript cannot decide for a
  // generic TVariables; every caller here passes the variables, so the required form is the right one.
  const mutateWith = mutate as (
    options: CallOptions<TData, TVariables> & { variables: TVariables },
  ) => ReturnType<typeof mutate>;
  const run = useCallback(
    async (variables: TVariables, callOptions?: CallOptions<TData, TVariables>): Promise<TOutcome> => {
      const { data } = await mutateWith({ ...callOptions, variables });
      if (!data) throw new Error(`${field} answered without data`);
      return toOutcome(data[field]);
    },
    [mutateWith, field, toOutcome],
  );
  return { run, loading };
}
