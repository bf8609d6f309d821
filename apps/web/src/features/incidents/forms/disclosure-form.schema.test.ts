import {
  buildDisclosureFormSchema,
  emptyDisclosureForm,
  toRecordDisclosureInput,
  type DisclosureFormValues,
} from './disclosure-form.schema';
import { fromBeijingInputValue, toBeijingInputValue } from './form-time';

// 10:05 in Beijing: the teacher heard it at 10:02.
const NOW = new Date('2026-03-02T02:05:30.000Z');
const schema = buildDisclosureFormSchema(() => NOW);

function buildValues(overrides: Partial<DisclosureFormValues> = {}): DisclosureFormValues {
  return {
    ...emptyDisclosureForm('2026-03-02T10:02'),
    category: 'MOLESTATION',
    suspectType: 'STAFF',
    childName: '小红',
    childClass: '三年级二班',
    childStatement: '他摸了我。',
    isChildInDanger: 'no',
    ...overrides,
  };
}

function messagesByField(values: DisclosureFormValues): Record<string, string> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('Beijing wall-clock times', () => {
  it('reads the input as Beijing time whatever the PC says, and writes it back the same', () => {
    expect(fromBeijingInputValue('2026-03-02T10:02')?.toISOString()).toBe('2026-03-02T02:02:00.000Z');
    expect(toBeijingInputValue(new Date('2026-03-02T02:02:59.000Z'))).toBe('2026-03-02T10:02');
    expect(fromBeijingInputValue('')).toBeNull();
    expect(fromBeijingInputValue('10:02')).toBeNull();
  });
});

describe('disclosure form validation', () => {
  it('accepts a complete record heard earlier today', () => {
    expect(messagesByField(buildValues())).toEqual({});
  });

  it('REP-3: refuses a receipt time in the future with its own message', () => {
    expect(messagesByField(buildValues({ receivedAt: '2026-03-02T10:06' }))).toEqual({
      receivedAt: 'incidents.validation.receivedInFuture',
    });
  });

  it('accepts the current minute, which a minute-precision input cannot put in the future', () => {
    expect(messagesByField(buildValues({ receivedAt: '2026-03-02T10:05' }))).toEqual({});
  });

  it('asks for a valid time when the field is cleared', () => {
    expect(messagesByField(buildValues({ receivedAt: '' }))).toEqual({
      receivedAt: 'incidents.validation.invalidTime',
    });
  });

  it('names every required field of an empty form; the channel defaults to oral', () => {
    expect(messagesByField(emptyDisclosureForm('2026-03-02T10:02'))).toEqual({
      category: 'incidents.validation.chooseOne',
      suspectType: 'incidents.validation.chooseOne',
      childName: 'incidents.validation.required',
      childClass: 'incidents.validation.required',
      childStatement: 'incidents.validation.required',
      isChildInDanger: 'incidents.validation.dangerRequired',
    });
  });

  it('treats a name of only spaces as empty and refuses an over-long statement', () => {
    expect(messagesByField(buildValues({ childName: '   ', childStatement: '话'.repeat(4001) }))).toEqual({
      childName: 'incidents.validation.required',
      childStatement: 'incidents.validation.tooLong',
    });
  });
});

describe('disclosure form → RecordDisclosureInput', () => {
  it('sends the receipt as a UTC instant and the answers as the API expects them', () => {
    expect(toRecordDisclosureInput(buildValues({ childName: ' 小红 ', suspectDescription: '  ' }))).toEqual({
      receivedAt: '2026-03-02T02:02:00.000Z',
      channel: 'ORAL',
      category: 'MOLESTATION',
      suspectType: 'STAFF',
      suspectDescription: null,
      suspectStaffId: null,
      isSuspectHead: false,
      isHeadOtherwiseInConflict: false,
      childName: '小红',
      childClass: '三年级二班',
      childStatement: '他摸了我。',
      isChildInDanger: false,
    });
  });

  it('REP-11: sends "the suspect is the head" only for a staff suspect', () => {
    expect(toRecordDisclosureInput(buildValues({ isSuspectHead: true })).isSuspectHead).toBe(true);
    expect(
      toRecordDisclosureInput(buildValues({ isSuspectHead: true, suspectType: 'OUTSIDER' })).isSuspectHead,
    ).toBe(false);
  });

  it('sends the staff member picked from the register, with the description kept as written', () => {
    const picked = { id: 'staff-7', name: '陈建国', role: 'TEACHER' as const };
    const input = toRecordDisclosureInput(
      buildValues({ suspectStaff: picked, suspectDescription: '三年级体育老师' }),
    );
    expect(input).toMatchObject({ suspectStaffId: 'staff-7', suspectDescription: '三年级体育老师' });
    expect(messagesByField(buildValues({ suspectStaff: picked }))).toEqual({});
  });

  it('REP-11: a picked head is sent as the staff record; the server derives the conflict', () => {
    const head = { id: 'staff-1', name: '刘文静', role: 'SCHOOL_HEAD' as const };
    expect(toRecordDisclosureInput(buildValues({ suspectStaff: head }))).toMatchObject({
      suspectStaffId: 'staff-1',
      isSuspectHead: false,
    });
  });

  it('drops a picked staff member once the suspect type is no longer STAFF', () => {
    const picked = { id: 'staff-7', name: '陈建国', role: 'TEACHER' as const };
    expect(
      toRecordDisclosureInput(buildValues({ suspectStaff: picked, suspectType: 'OUTSIDER' })).suspectStaffId,
    ).toBeNull();
  });

  it('refuses to build an input from values that were never validated', () => {
    expect(() => toRecordDisclosureInput(emptyDisclosureForm('2026-03-02T10:02'))).toThrow('validated');
  });
});
