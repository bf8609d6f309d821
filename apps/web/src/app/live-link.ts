import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createLiveSocket, liveSocketUrl } from './live-socket';

/** Subscriptions over this origin's WebSocket (graphql-ws), loaded on the first subscription. */
export function createLiveLink(): GraphQLWsLink {
  return new GraphQLWsLink(createLiveSocket(liveSocketUrl(window.location)));
}
