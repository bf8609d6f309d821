import type { RequestContext } from '../../context';
import type { SignedInActor } from './actor';

/** The signed-in actor of a request. The access guard runs first; reaching here without one is a bug. */
export function signedIn(context: Pick<RequestContext, 'auth'>): SignedInActor {
  if (!context.auth.actor) throw new Error('Service called without a signed-in actor');
  return context.auth.actor;
}
