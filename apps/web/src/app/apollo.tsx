import { ApolloProvider } from '@apollo/client/react';
import type { ComponentType, ReactNode } from 'react';
import { createApolloClient } from './apollo-client';
import { onUnauthenticated } from './session-expiry';

// The app's one Apollo client. It is created when the first page that talks GraphQL through Apollo
// loads (the signed-in shell, set-password, the sign-in MFA step), not in the entry: the sign-in
// route paints without it (first paint, issue 14).
export const apolloClient = createApolloClient({ onUnauthenticated });

export function WithApollo({ children }: { children: ReactNode }) {
  return <ApolloProvider client={apolloClient}>{children}</ApolloProvider>;
}

/** A route component wrapped in the app's Apollo provider. */
export function withApollo<P extends object>(Component: ComponentType<P>): ComponentType<P> {
  function WithApolloClient(props: P) {
    return (
      <WithApollo>
        <Component {...props} />
      </WithApollo>
    );
  }
  return WithApolloClient;
}
