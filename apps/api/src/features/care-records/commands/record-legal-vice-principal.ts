import { LEGAL_VICE_PRINCIPAL_UNITS, addCalendarDays } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { loadCareInstitution, parseDay } from '../care-institution';
import type { RecordLegalVicePrincipalInput } from '../care-records.inputs';
import { CareForbiddenError, CareNotFoundError } from '../care-records.results';
import { toLegalVicePrincipal } from '../care-records-view';
import { LegalVicePrincipalEntity } from '../legal-vice-principal.entity';

const PHONE = /^[0-9+\-() ]{5,20}$/;

/** PRV-5: the head records her institution's vice-principal for legal affairs and the term. */
export async function recordLegalVicePrincipal(
  context: RequestContext,
  input: RecordLegalVicePrincipalInput,
) {
  const now = context.clock.now();
  const policy = context.policy;
  const name = boundedText(input.name, 'name', 'legalVicePrincipalName', true);
  const organisation = boundedText(
    input.organisation,
    'organisation',
    'legalVicePrincipalOrganisation',
    true,
  );
  const phone = boundedText(input.phone, 'phone', 'legalVicePrincipalPhone', false);
  const termStart = parseDay(input.termStart, 'termStart', now, policy);
  const termLast = parseDay(input.termEnd, 'termEnd', now, policy);
  const validate = () =>
    firstInvalid(name, organisation, phone) ??
    (LEGAL_VICE_PRINCIPAL_UNITS.includes(input.unit) ? null : ValidationError.of('unit', 'Unknown unit')) ??
    (typeof phone === 'string' && !PHONE.test(phone)
      ? ValidationError.of('phone', 'phone must be digits (and + - ( ) or spaces)')
      : null) ??
    (termStart instanceof ValidationError ? termStart : null) ??
    (termLast instanceof ValidationError ? termLast : null) ??
    ((termLast as Date).getTime() < (termStart as Date).getTime()
      ? ValidationError.of('termEnd', 'The term must end on or after its first day')
      : null);
  return runCommand(context, {
    action: 'careRecords.recordLegalVicePrincipal',
    targetType: 'legal_vice_principal',
    targetId: null,
    validate,
    load: async (manager, actor) =>
      (await loadCareInstitution(manager, actor, input.institutionId, policy)) ?? CareNotFoundError.of(),
    authorize: (institution) => {
      const permit = institution.access.can.recordLegalVicePrincipal;
      return permit.allowed ? null : CareForbiddenError.of(permit.ruleId);
    },
    execute: async (manager, institution, actor) => {
      // The term ends before the morning after its last day.
      const termEnd = addCalendarDays(termLast as Date, 1, policy.timeZone);
      const inserted = await manager.getRepository(LegalVicePrincipalEntity).insert({
        institutionId: institution.id,
        name: name as string,
        unit: input.unit,
        organisation: organisation as string,
        phone: phone as string | null,
        termStart: termStart as Date,
        termEnd,
        recordedByAccountId: actor.accountId,
        recordedAt: now,
      });
      const id = inserted.identifiers[0].id as string;
      return {
        result: toLegalVicePrincipal({
          id,
          name: name as string,
          unit: input.unit,
          organisation: organisation as string,
          phone: phone as string | null,
          term_start: termStart as Date,
          term_end: termEnd,
        }),
        targetId: id,
        details: { institutionId: institution.id, unit: input.unit },
      };
    },
  });
}
