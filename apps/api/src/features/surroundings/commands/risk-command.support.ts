import {
  normaliseResidentId,
  residentIdProblem,
  riskSubjectAccess,
  type DistrictPolicy,
  type RiskReferral,
  type RiskSubjectAccess,
  type RiskSubjectAction,
} from '@xiaohu/domain';
import { toAccessActor, type SignedInActor } from '../../../shared/auth/actor';
import type { RiskSubjectEntity } from '../risk-subject.entity';
import { RiskSubjectForbiddenError, RiskSubjectStateError } from '../surroundings.results';
import { riskFactsOf, type SubjectInstitution } from '../surroundings-view';
import { boundedText } from '../../../shared/commands/bounded-text';
import { ValidationError } from '../../../shared/graphql/error-result';
import type { RiskReferralInput } from '../surroundings.inputs';

/** A referral input as checked text and instants; a date in the future is refused (the act has happened). */
export function checkedReferral(
  input: RiskReferralInput | null | undefined,
  now: Date,
): { referral: Partial<RiskReferral>; invalid: ValidationError | null } {
  const townshipOffice = boundedText(input?.townshipOffice, 'townshipOffice', 'townshipOffice', false);
  const policeStation = boundedText(input?.policeStation, 'policeStation', 'policeStation', false);
  for (const checked of [townshipOffice, policeStation]) {
    if (checked instanceof ValidationError) return { referral: {}, invalid: checked };
  }
  for (const field of ['townshipReferredAt', 'policeReferredAt'] as const) {
    const at = input?.[field];
    if (at && at.getTime() > now.getTime()) {
      return { referral: {}, invalid: ValidationError.of(field, `${field} is in the future`) };
    }
  }
  const referral: Partial<RiskReferral> = {};
  if (townshipOffice) referral.townshipOffice = townshipOffice as string;
  if (input?.townshipReferredAt) referral.townshipReferredAt = input.townshipReferredAt;
  if (policeStation) referral.policeStation = policeStation as string;
  if (input?.policeReferredAt) referral.policeReferredAt = input.policeReferredAt;
  return { referral, invalid: null };
}

/** A resident ID number, normalised, or a refusal naming the field (never the value). */
export function checkedIdNumber(value: string | null | undefined): string | null | ValidationError {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length === 0) return null;
  const normalised = normaliseResidentId(trimmed);
  const problem = residentIdProblem(normalised);
  return problem
    ? ValidationError.of('personIdNumber', `personIdNumber is invalid (${problem})`)
    : normalised;
}

/**
 * The policy's refusal of an action on a subject: forbidden for the actor, or (the head or 安稳办 on a
 * closed subject) refused by the lifecycle. The policy answers both; nothing decides here.
 */
export function refuseUnless(
  loaded: {
    entity: RiskSubjectEntity;
    institutions: Map<string, SubjectInstitution>;
    access: RiskSubjectAccess;
  },
  actor: SignedInActor,
  action: RiskSubjectAction,
  policy: DistrictPolicy,
): RiskSubjectForbiddenError | RiskSubjectStateError | null {
  const permit = loaded.access.can[action];
  if (permit.allowed) return null;
  const institution = loaded.institutions.get(loaded.entity.institutionId)!;
  const ifOpen = riskSubjectAccess(
    { ...riskFactsOf(loaded.entity, institution), status: 'FOLLOWED_UP' },
    toAccessActor(actor),
    policy,
  );
  return ifOpen.can[action].allowed
    ? RiskSubjectStateError.of('NOT_FROM_STATUS', permit.ruleId)
    : RiskSubjectForbiddenError.of(
        'Only the institution’s head or 安稳办 acts on a risk subject',
        permit.ruleId,
      );
}
