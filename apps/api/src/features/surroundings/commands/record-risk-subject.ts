import {
  decideRiskTransition,
  isInScope,
  RISK_PERSON_TYPES,
  RISK_SITE_TYPES,
  recordsRiskSubjectsAt,
  riskSubjectsAccess,
  type InstitutionKind,
  type RiskPersonType,
  type RiskReferral,
  type RiskSiteType,
  type RiskSubject as DomainRiskSubject,
} from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { toAccessActor } from '../../../shared/auth/actor';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { InstitutionEntity } from '../../institutions/institution.entity';
import { RiskSubjectEntity } from '../risk-subject.entity';
import type { RecordRiskSubjectInput } from '../surroundings.inputs';
import { isUuid, subjectView } from '../surroundings-queries.service';
import { RiskSubjectForbiddenError, RiskSubjectNotFoundError } from '../surroundings.results';
import { checkedIdNumber, checkedReferral } from './risk-command.support';

/** PRV-3: the head (her institution) or 安稳办 (any) records a risk site or person, referred or not yet. */
export async function recordRiskSubject(context: RequestContext, input: RecordRiskSubjectInput) {
  const now = context.clock.now();
  const isPerson = input.subjectType === 'RISK_PERSON';
  const siteName = boundedText(input.siteName, 'siteName', 'riskSiteName', !isPerson);
  const siteAddress = boundedText(input.siteAddress, 'siteAddress', 'riskAddress', false);
  const siteDescription = boundedText(input.siteDescription, 'siteDescription', 'riskDescription', false);
  const personName = boundedText(input.personName, 'personName', 'riskPersonName', false);
  const personAddress = boundedText(input.personAddress, 'personAddress', 'riskAddress', false);
  const personDescription = boundedText(
    input.personDescription,
    'personDescription',
    'riskDescription',
    false,
  );
  const location = boundedText(input.location, 'location', 'riskLocation', false);
  const idNumber = checkedIdNumber(input.personIdNumber);
  const { referral, invalid: invalidReferral } = checkedReferral(input.referral, now);
  return runCommand(context, {
    action: 'riskSubject.record',
    targetType: 'risk_subject',
    targetId: null,
    validate: () => {
      const invalid = firstInvalid(
        siteName,
        siteAddress,
        siteDescription,
        personName,
        personAddress,
        personDescription,
        location,
        idNumber,
      );
      if (invalid) return invalid;
      if (invalidReferral) return invalidReferral;
      if (isPerson) {
        if (!input.personType || !(RISK_PERSON_TYPES as readonly string[]).includes(input.personType))
          return ValidationError.of('personType', 'A risk person needs its type');
        if (input.siteType || siteName || siteAddress || siteDescription)
          return ValidationError.of('siteType', 'A risk person has no site fields');
      } else {
        if (!input.siteType || !(RISK_SITE_TYPES as readonly string[]).includes(input.siteType))
          return ValidationError.of('siteType', 'A risk site needs its type');
        if (input.personType || personName || idNumber || personAddress || personDescription)
          return ValidationError.of('personType', 'A risk site has no person fields');
      }
      return null;
    },
    load: async (manager, actor) => {
      if (!isUuid(input.institutionId)) return RiskSubjectNotFoundError.of();
      const institution = await manager
        .getRepository(InstitutionEntity)
        .findOneBy({ id: input.institutionId });
      const accessActor = toAccessActor(actor);
      // An institution outside the actor's scope answers as a missing one.
      if (
        !institution ||
        !isInScope(
          accessActor,
          { id: institution.id, kind: institution.kind as InstitutionKind },
          context.policy,
        )
      ) {
        return RiskSubjectNotFoundError.of();
      }
      return institution;
    },
    authorize: (institution, actor) => {
      const accessActor = toAccessActor(actor);
      const allowed =
        riskSubjectsAccess(accessActor, context.policy).canRecord.allowed &&
        recordsRiskSubjectsAt(accessActor, institution.id);
      return allowed
        ? null
        : RiskSubjectForbiddenError.of(
            'Only the institution’s head or 安稳办 records risk subjects',
            'PRV-3',
          );
    },
    execute: async (manager, institution, actor) => {
      const subject: DomainRiskSubject = isPerson
        ? { type: 'RISK_PERSON', personType: input.personType as RiskPersonType }
        : { type: 'RISK_SITE', siteType: input.siteType as RiskSiteType };
      const full: RiskReferral = {
        townshipOffice: referral.townshipOffice ?? null,
        townshipReferredAt: referral.townshipReferredAt ?? null,
        policeStation: referral.policeStation ?? null,
        policeReferredAt: referral.policeReferredAt ?? null,
      };
      // PRV-3: recorded with a complete referral, it starts referred; otherwise open until referred.
      const refer = decideRiskTransition('OPEN', 'REFER', {
        subject,
        referral: full,
      });
      const inserted = await manager.getRepository(RiskSubjectEntity).insert({
        institutionId: institution.id,
        subjectType: input.subjectType,
        siteType: isPerson ? null : (input.siteType ?? null),
        personType: isPerson ? (input.personType ?? null) : null,
        siteName: isPerson ? null : (siteName as string),
        siteAddress: siteAddress as string | null,
        siteDescription: siteDescription as string | null,
        personName: personName as string | null,
        personIdNumber: idNumber as string | null,
        personAddress: personAddress as string | null,
        personDescription: personDescription as string | null,
        location: location as string | null,
        status: refer.allowed ? refer.to : 'OPEN',
        ...full,
        recordedByAccountId: actor.accountId,
        recordedAt: now,
      });
      const id = (inserted.identifiers[0] as { id: string }).id;
      const view = await subjectView(context, manager, actor, id);
      return {
        result: view,
        targetId: id,
        details: {
          institutionId: institution.id,
          subjectType: input.subjectType,
          status: view.status,
          personalData: view.person !== null,
        },
      };
    },
  });
}
