import { useCallback } from 'react';
import type { CreateApiClientInput } from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import {
  ApiClientsQuery,
  CreateApiClientMutation,
  RevokeApiClientMutation,
  RotateApiClientTokenMutation,
} from '../api-clients.graphql';
import { toCreateApiClientOutcome, toRevokeOutcome, toRotateOutcome } from './api-client-outcomes';

/** Registers a client; its token is in the outcome, once. The list refetches to show the client. */
export function useCreateApiClient() {
  const { run, loading } = useResultMutation(
    CreateApiClientMutation,
    'createApiClient',
    toCreateApiClientOutcome,
    {
      refetchQueries: [ApiClientsQuery],
    },
  );
  const createApiClient = useCallback((input: CreateApiClientInput) => run({ input }), [run]);
  return { createApiClient, isCreating: loading };
}

/** A new token; the current ones keep working for the server's default overlap (24 hours). */
export function useRotateApiClientToken() {
  const { run, loading } = useResultMutation(
    RotateApiClientTokenMutation,
    'rotateApiClientToken',
    toRotateOutcome,
  );
  const rotate = useCallback((clientId: string) => run({ input: { clientId } }), [run]);
  return { rotate, isRotating: loading };
}

export function useRevokeApiClient() {
  const { run, loading } = useResultMutation(RevokeApiClientMutation, 'revokeApiClient', toRevokeOutcome);
  const revoke = useCallback((clientId: string) => run({ input: { clientId } }), [run]);
  return { revoke, isRevoking: loading };
}
