import type { IncomingMessage } from 'node:http';
import type { SignedInActor } from '../../shared/auth/actor';

// The client of each request that carried a valid token (set by the gate, read by the context; gone
// with the request). Apart from the gate so that the context does not import the gate, which needs it.
const callers = new WeakMap<IncomingMessage, SignedInActor>();

export function rememberApiClientActor(req: IncomingMessage, actor: SignedInActor): void {
  callers.set(req, actor);
}

/** The API client acting in this request, when it came with a valid bearer token. */
export function apiClientActorOf(req: IncomingMessage): SignedInActor | null {
  return callers.get(req) ?? null;
}
