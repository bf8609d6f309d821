import { assessReporting, receivesIncidentReports } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../../context';
import { toAccessActor, type SignedInActor } from '../../../shared/auth/actor';
import { boundedText } from '../../../shared/commands/bounded-text';
import { runCommand, type Command } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { InstitutionEntity } from '../../institutions/institution.entity';
import type { RecordExternalSourceInput } from '../case.inputs';
import { CaseForbiddenError, CaseNotFoundError, ReportingTimeError } from '../incident-errors.type';
import { recordAssessedBreaches } from '../incident-alerts';
import { IncidentExternalSourceEntity } from '../incident-external-source.entity';
import { IncidentEntity } from '../incident.entity';
import { toTimeline } from '../incident-facts';
import {
  headOf,
  loadCaseForChange,
  recordEvent,
  refuseUnless,
  UUID,
  viewCase,
  type LoadedCase,
} from './case-command.support';
import { storedReportingOf, storeReportingOf } from '../stored-reporting';
import { raiseCaseEvent } from '../../webhooks/record-webhook-events';

type Target = { existing: LoadedCase } | { institution: InstitutionEntity };

async function loadTarget(
  context: RequestContext,
  manager: EntityManager,
  actor: SignedInActor,
  input: RecordExternalSourceInput,
): Promise<Target | CaseNotFoundError | ValidationError> {
  if (input.caseId) {
    const loaded = await loadCaseForChange(context, manager, actor, input.caseId);
    return loaded instanceof CaseNotFoundError ? loaded : { existing: loaded };
  }
  if (!input.institutionId || !input.category || !input.suspectType) {
    return ValidationError.of(
      'caseId',
      'Give caseId, or institutionId, category and suspectType for a new case',
    );
  }
  const institution = UUID.test(input.institutionId)
    ? await manager.getRepository(InstitutionEntity).findOneBy({ id: input.institutionId })
    : null;
  return institution ? { institution } : ValidationError.of('institutionId', 'No such institution');
}

/** What a command other than the API's own adds: the tip line names its source and the school's knowledge. */
export interface ExternalSourceOptions {
  /** REP-9: only converting a tip records the TIP_LINE source. */
  isTipLine?: boolean;
  /** REP-3: when the institution first knew, for a new case (the clock starts there); default learnedAt. */
  institutionKnewAt?: Date | null;
}

/** REP-8: the district learned of a case from elsewhere; where the school never reported it, 瞒报. */
export async function recordExternalSource(context: RequestContext, input: RecordExternalSourceInput) {
  return runCommand(context, externalSourceCommand(context, input));
}

/** The command behind recordExternalSource, for a caller that runs it inside its own transaction. */
export function externalSourceCommand(
  context: RequestContext,
  input: RecordExternalSourceInput,
  options: ExternalSourceOptions = {},
): Command<Target | CaseNotFoundError | ValidationError> {
  const now = context.clock.now();
  const note = boundedText(input.note, 'note', 'externalSourceNote', false);
  const receivedAt = options.institutionKnewAt ?? input.learnedAt;
  return {
    action: 'incident.recordExternalSource',
    targetType: 'incident',
    targetId: input.caseId ?? null,
    validate: () => {
      if (note instanceof ValidationError) return note;
      if ((input.source === 'TIP_LINE') !== Boolean(options.isTipLine)) {
        return ValidationError.of('source', 'TIP_LINE is recorded by converting a tip into a case');
      }
      if (receivedAt.getTime() > now.getTime()) {
        return ReportingTimeError.of(
          'EVENT_IN_FUTURE',
          'REP-3',
          'institutionKnewAt is in the future',
          'institutionKnewAt',
        );
      }
      return input.learnedAt.getTime() > now.getTime()
        ? ReportingTimeError.of('EVENT_IN_FUTURE', 'REP-8', 'learnedAt is in the future', 'learnedAt')
        : null;
    },
    load: (manager, actor) => loadTarget(context, manager, actor, input),
    authorize: (target, actor) =>
      'existing' in target
        ? refuseUnless(target.existing, 'recordExternalSource', 'Only 安稳办 records external sources')
        : receivesIncidentReports(toAccessActor(actor), target.institution, context.policy)
          ? null
          : CaseForbiddenError.create('Only 安稳办 records external sources', 'REP-8'),
    execute: async (manager, target, actor) => {
      let incident: IncidentEntity;
      if ('existing' in target) incident = target.existing.incident;
      else {
        const head = await headOf(manager, target.institution.id);
        incident = manager.getRepository(IncidentEntity).create({
          institutionId: target.institution.id,
          origin: 'EXTERNAL',
          reporterAccountId: actor.accountId,
          headAccountId: head?.id ?? null,
          category: input.category!,
          suspectType: input.suspectType!,
          suspectStaffId: null,
          suspectAccountId: null,
          suspectDescription: null,
          hasHeadDeclaredConflict: false,
          channel: 'ORAL',
          // The institution's own receipt, when known (a tip's conversion asks for it); else the clock
          // starts when the district learned of it.
          receivedAt,
          recordedAt: now,
          isMarkedConfidential: false,
          isChildInDanger: false,
          state: 'REPORTED',
          reportedToDistrictAt: null,
        });
      }
      const isNew = !('existing' in target);
      const existing = isNew
        ? []
        : await manager.getRepository(IncidentExternalSourceEntity).findBy({ incidentId: incident.id });
      const source = { source: input.source, learnedAt: input.learnedAt } as IncidentExternalSourceEntity;
      const assessment = assessReporting(
        toTimeline(incident, [...existing, source], undefined),
        now,
        context.policy,
      );
      if (!assessment.ok) {
        const { code, ruleId, message } = assessment.error;
        return { result: ReportingTimeError.of(code, ruleId, message, 'learnedAt') };
      }
      if (isNew) {
        Object.assign(incident, storedReportingOf(incident, [source], [], now, context.policy));
        await manager.getRepository(IncidentEntity).insert(incident);
        await raiseCaseEvent(manager, 'case.recorded', incident, now, context.policy);
      }
      await manager.getRepository(IncidentExternalSourceEntity).insert({
        incidentId: incident.id,
        source: input.source,
        learnedAt: input.learnedAt,
        note: note as string | null,
        recordedByAccountId: actor.accountId,
        recordedAt: now,
      });
      await recordEvent(manager, {
        incidentId: incident.id,
        kind: 'EXTERNAL_SOURCE_RECORDED',
        at: input.learnedAt,
        recordedAt: now,
        actorAccountId: actor.accountId,
        detail: input.source,
      });
      await recordAssessedBreaches(manager, incident, now, context.policy, ['CONCEALMENT']);
      await storeReportingOf(manager, incident.id, now, context.policy);
      return {
        result: await viewCase(context, manager, incident.id, actor, false),
        targetId: incident.id,
        details: { source: input.source },
      };
    },
  };
}
