import { TEXT_LIMITS } from '@xiaohu/domain';
import { buildCloseCaseFormSchema, toCloseCaseInput } from './close-case-form.schema';
import {
  buildExternalSourceFormSchema,
  buildUnreportedCaseFormSchema,
  toRecordExternalSourceInput,
  toUnreportedCaseInput,
} from './external-source-form.schema';
import { buildPoliceReportFormSchema, toRecordPoliceReportInput } from './police-report-form.schema';

const NOW = new Date('2026-03-02T02:40:00.000Z'); // 10:40 Beijing time

const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) =>
  result.success
    ? {}
    : Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('police report form (REP-3)', () => {
  const schema = buildPoliceReportFormSchema(() => NOW);
  const valid = {
    reportedAt: '2026-03-02T10:35',
    policeStation: '谢家湾派出所',
    receiptNumber: 'JJ2026-0302-17',
    officerName: '',
  };

  it('accepts a report made before now and sends it as UTC', () => {
    expect(issues(schema.safeParse(valid))).toEqual({});
    expect(toRecordPoliceReportInput('case-1', valid)).toEqual({
      caseId: 'case-1',
      reportedAt: '2026-03-02T02:35:00.000Z',
      policeStation: '谢家湾派出所',
      receiptNumber: 'JJ2026-0302-17',
      officerName: null,
    });
  });

  it('refuses a report time in the future and requires station and receipt number', () => {
    expect(
      issues(
        schema.safeParse({ ...valid, reportedAt: '2026-03-02T10:41', policeStation: ' ', receiptNumber: '' }),
      ),
    ).toEqual({
      reportedAt: 'incidents.validation.timeInFuture',
      policeStation: 'incidents.validation.required',
      receiptNumber: 'incidents.validation.required',
    });
  });
});

describe('close case form (REP-4)', () => {
  it('REP-4: takes only a reason the case policy allows now, and a note up to TEXT_LIMITS.closingNote', () => {
    const schema = buildCloseCaseFormSchema(['DUPLICATE']);
    expect(issues(schema.safeParse({ reason: '', note: '' }))).toEqual({
      reason: 'incidents.validation.chooseOne',
    });
    expect(issues(schema.safeParse({ reason: 'PRIVATE_SETTLEMENT', note: '' }))).toEqual({
      reason: 'incidents.validation.chooseOne',
    });
    expect(
      issues(schema.safeParse({ reason: 'DUPLICATE', note: '字'.repeat(TEXT_LIMITS.closingNote) })),
    ).toEqual({});
    expect(
      issues(schema.safeParse({ reason: 'DUPLICATE', note: '字'.repeat(TEXT_LIMITS.closingNote + 1) })),
    ).toEqual({ note: 'incidents.validation.tooLong' });
    expect(toCloseCaseInput('case-1', { reason: 'RESOLVED', note: '  ' })).toEqual({
      caseId: 'case-1',
      reason: 'RESOLVED',
      note: null,
    });
  });
});

describe('external source form (REP-8)', () => {
  const schema = buildExternalSourceFormSchema(() => NOW);

  it('requires a source and refuses a time in the future', () => {
    expect(issues(schema.safeParse({ source: '', learnedAt: '2026-03-02T11:00', note: '' }))).toEqual({
      source: 'incidents.validation.chooseOne',
      learnedAt: 'incidents.validation.timeInFuture',
    });
  });

  it('sends the source with the time as UTC', () => {
    expect(
      toRecordExternalSourceInput('case-1', {
        source: 'POLICE',
        learnedAt: '2026-03-02T09:00',
        note: '派出所来电',
      }),
    ).toEqual({
      caseId: 'case-1',
      source: 'POLICE',
      learnedAt: '2026-03-02T01:00:00.000Z',
      note: '派出所来电',
    });
  });
});

describe('a case the school never reported (REP-4 瞒报, REP-8)', () => {
  const schema = buildUnreportedCaseFormSchema(() => NOW);

  it('requires the institution, the kind of harm and the suspect besides the source', () => {
    expect(
      issues(
        schema.safeParse({
          institutionId: '',
          category: '',
          suspectType: '',
          source: 'PARENT',
          learnedAt: '2026-03-02T09:00',
          note: '',
        }),
      ),
    ).toEqual({
      institutionId: 'incidents.validation.chooseOne',
      category: 'incidents.validation.chooseOne',
      suspectType: 'incidents.validation.chooseOne',
    });
  });

  it('opens the case by institution rather than by case id', () => {
    expect(
      toUnreportedCaseInput({
        institutionId: 'inst-1',
        category: 'ABUSE',
        suspectType: 'STAFF',
        source: 'PARENT',
        learnedAt: '2026-03-02T09:00',
        note: '',
      }),
    ).toEqual({
      institutionId: 'inst-1',
      category: 'ABUSE',
      suspectType: 'STAFF',
      source: 'PARENT',
      learnedAt: '2026-03-02T01:00:00.000Z',
      note: null,
    });
  });
});
