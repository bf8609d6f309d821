import { createUnionType } from 'type-graphql';
import { ValidationError } from '../../shared/graphql/error-result';
import { Case } from './case.type';
import {
  CaseForbiddenError,
  CaseNotFoundError,
  ReportingTimeError,
  TransitionRefusedError,
} from './incident-errors.type';

export const RecordDisclosureResult = createUnionType({
  name: 'RecordDisclosureResult',
  description: 'The recorded case, or why not.',
  types: () => [Case, ValidationError, ReportingTimeError] as const,
});

export const AcknowledgeCaseResult = createUnionType({
  name: 'AcknowledgeCaseResult',
  description: 'The acknowledged case, or why not.',
  types: () => [Case, CaseNotFoundError, CaseForbiddenError, TransitionRefusedError] as const,
});

export const CompleteEmergencyStepResult = createUnionType({
  name: 'CompleteEmergencyStepResult',
  description: 'The case with the step ticked, or why not.',
  types: () => [Case, CaseNotFoundError, CaseForbiddenError, ValidationError, ReportingTimeError] as const,
});

export const RecordPoliceReportResult = createUnionType({
  name: 'RecordPoliceReportResult',
  description: 'The case with its police report, or why not.',
  types: () =>
    [
      Case,
      CaseNotFoundError,
      CaseForbiddenError,
      ValidationError,
      ReportingTimeError,
      TransitionRefusedError,
    ] as const,
});

export const RecordExternalSourceResult = createUnionType({
  name: 'RecordExternalSourceResult',
  description: 'The case with the external source, or why not.',
  types: () => [Case, CaseNotFoundError, CaseForbiddenError, ValidationError, ReportingTimeError] as const,
});

export const CloseCaseResult = createUnionType({
  name: 'CloseCaseResult',
  description: 'The closed case, or why not.',
  // ValidationError: an over-long or unclean note is refused as such.
  types: () =>
    [Case, CaseNotFoundError, CaseForbiddenError, TransitionRefusedError, ValidationError] as const,
});

export const RecordWelfareNoteResult = createUnionType({
  name: 'RecordWelfareNoteResult',
  description: 'The case with its welfare notes, or why not.',
  types: () => [Case, CaseNotFoundError, CaseForbiddenError, ValidationError] as const,
});
