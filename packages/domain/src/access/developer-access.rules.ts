import { permit } from './access.rules';
import type { AccessActor, Permit } from './access.types';

/** What the developer-page policy needs besides the actor. */
export interface DeveloperFacts {
  /** The account owns at least one API client (issue 13, part A's `api_client`); false until that exists. */
  ownsApiClient: boolean;
}

/**
 * ORG-3 (issue 13): who opens the developer page 开发者 and its schema and changelog. The administrator
 * (who registers integrators' clients) and the owner of a client; nobody else needs the whole schema,
 * and it names every operation there is. The SDL carries no data, so this is not a need-to-know rule.
 */
export function developerAccess(actor: Pick<AccessActor, 'role'>, facts: DeveloperFacts): Permit {
  return permit(actor.role === 'ADMIN' || facts.ownsApiClient, 'ORG-3');
}
