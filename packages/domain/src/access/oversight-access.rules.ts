import { scopeOf, type Scope } from '../organisation/organisation.rules';
import type { DistrictPolicy } from '../policy/policy';
import { isHeadOf, isInScope, permit, scopeActorOf } from './access.rules';
import type { AccessActor, InstitutionFacts, Permit } from './access.types';

/**
 * What a person's home 工作台 is (issue 10): the committee's oversight dashboard 监管总览 over a scope, a
 * head's own institution card 校园保护档案, or, for a teacher and other staff, the cases they reported.
 */
export type OversightHome = 'DASHBOARD' | 'INSTITUTION_CARD' | 'OWN_CASES';

export interface OversightAccess {
  home: OversightHome;
  /** The institutions the figures cover; null when the person sees no figures (their own cases only). */
  scope: Scope | null;
  /** The 监管总览 with its indicators, charts and institution table, over `scope`. */
  canViewDashboard: Permit;
}

/**
 * ORG-1, ORG-3: who sees which figures. Leadership and the district-wide offices see the whole district,
 * each section the institutions it supervises, a head her own institution; a teacher sees no figures.
 * The administrator runs the system and sees no oversight figures (least privilege). Figures never count
 * what the viewer could not open: the API counts with the same scope as the lists.
 */
export function oversightAccess(actor: AccessActor, policy: DistrictPolicy): OversightAccess {
  const scopeActor = scopeActorOf(actor);
  if (actor.role === 'HEAD' && scopeActor?.type === 'INSTITUTION') {
    return {
      home: 'INSTITUTION_CARD',
      scope: scopeOf(scopeActor, policy),
      canViewDashboard: permit(false, 'ORG-3'),
    };
  }
  const isCommittee = actor.role === 'LEADER' || actor.role === 'SECTION_MEMBER';
  if (!isCommittee || scopeActor?.type !== 'COMMITTEE') {
    return { home: 'OWN_CASES', scope: null, canViewDashboard: permit(false, 'ORG-1') };
  }
  return { home: 'DASHBOARD', scope: scopeOf(scopeActor, policy), canViewDashboard: permit(true, 'ORG-1') };
}

/**
 * ORG-1, ORG-3: the institution card 校园保护档案 (the dashboard's indicators for one institution over
 * time): its head, and the committee members whose scope holds it. Nobody else, teachers included.
 */
export function institutionRecordAccess(
  institution: InstitutionFacts,
  actor: AccessActor,
  policy: DistrictPolicy,
): Permit {
  if (isHeadOf(actor, institution.id)) return permit(true, 'ORG-3');
  const { canViewDashboard } = oversightAccess(actor, policy);
  return permit(canViewDashboard.allowed && isInScope(actor, institution, policy), 'ORG-1');
}
