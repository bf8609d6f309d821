import {
  buildWelfareNoteFormSchema,
  emptyWelfareNoteValues,
  toRecordWelfareNoteInput,
  WELFARE_NOTE_MAX,
} from './welfare-note-form.schema';

const NOW = new Date('2026-03-02T02:40:00.000Z'); // 10:40 Beijing time

const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) =>
  result.success
    ? {}
    : Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('welfare note form (REP-10)', () => {
  const schema = buildWelfareNoteFormSchema(() => NOW);
  const valid = {
    concernNote: '上课走神，夜里失眠，已请心理老师约谈。',
    isGuardianTold: true,
    guardianToldAt: '2026-03-02T10:30',
    isStudySuspended: true,
  };

  it('REP-10: starts with no note, guardian not told, and the time field at now in Beijing time', () => {
    expect(emptyWelfareNoteValues(NOW)).toEqual({
      concernNote: '',
      isGuardianTold: false,
      guardianToldAt: '2026-03-02T10:40',
      isStudySuspended: false,
    });
  });

  it('REP-10: accepts a note with the guardian told before now and sends the time as UTC', () => {
    expect(issues(schema.safeParse(valid))).toEqual({});
    expect(toRecordWelfareNoteInput('case-1', { ...valid, concernNote: `  ${valid.concernNote} ` })).toEqual({
      caseId: 'case-1',
      concernNote: valid.concernNote,
      guardianToldAt: '2026-03-02T02:30:00.000Z',
      isStudySuspended: true,
    });
  });

  it('REP-10: requires the note and allows at most 2000 characters', () => {
    expect(issues(schema.safeParse({ ...valid, concernNote: '   ' }))).toEqual({
      concernNote: 'incidents.validation.required',
    });
    expect(issues(schema.safeParse({ ...valid, concernNote: '字'.repeat(WELFARE_NOTE_MAX) }))).toEqual({});
    expect(issues(schema.safeParse({ ...valid, concernNote: '字'.repeat(WELFARE_NOTE_MAX + 1) }))).toEqual({
      concernNote: 'incidents.validation.tooLong',
    });
  });

  it('REP-10: refuses a guardian-told time after now (Beijing time) and one that is not a time', () => {
    expect(issues(schema.safeParse({ ...valid, guardianToldAt: '2026-03-02T10:41' }))).toEqual({
      guardianToldAt: 'incidents.validation.guardianToldInFuture',
    });
    // The current minute is not the future: the input cannot show seconds.
    expect(issues(schema.safeParse({ ...valid, guardianToldAt: '2026-03-02T10:40' }))).toEqual({});
    expect(issues(schema.safeParse({ ...valid, guardianToldAt: '' }))).toEqual({
      guardianToldAt: 'incidents.validation.invalidTime',
    });
  });

  it('REP-10: a guardian not told yet sends no time, whatever the hidden time field holds', () => {
    const notTold = { ...valid, isGuardianTold: false, guardianToldAt: '2026-03-03T09:00' };
    expect(issues(schema.safeParse(notTold))).toEqual({});
    expect(toRecordWelfareNoteInput('case-1', notTold).guardianToldAt).toBeNull();
  });
});
