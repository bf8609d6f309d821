import {
  decideTipTransition,
  groupTipCharacters,
  isTipConversationOpen,
  normaliseTipSecret,
  tipAwaiting,
  TIP_AUTHORS,
  TIP_CODE_ALPHABET,
  TIP_CODE_LENGTH,
  TIP_STATUSES,
  TIP_TRANSITIONS,
  TIP_PASSPHRASE_LENGTH,
} from './tip-line.rules';

describe('the tip lifecycle as data', () => {
  it('REP-9: every status is reached by the table or is where a tip starts', () => {
    expect(TIP_STATUSES).toEqual(['OPEN', 'CONVERTED', 'CLOSED']);
    expect(TIP_AUTHORS).toEqual(['REPORTER', 'SAFETY']);
    const reached = new Set(['OPEN', ...TIP_TRANSITIONS.map((t) => t.to)]);
    expect([...reached].sort()).toEqual([...TIP_STATUSES].sort());
    // No character that reads like another: 0/O, 1/I/L.
    expect(TIP_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });
});

describe('decideTipTransition', () => {
  it('REP-9, REP-8: an open tip becomes a case or closes; a case’s tip closes; nothing moves from closed', () => {
    expect(decideTipTransition('OPEN', 'CONVERT')).toEqual({
      allowed: true,
      to: 'CONVERTED',
      ruleId: 'REP-8',
    });
    expect(decideTipTransition('OPEN', 'CLOSE')).toEqual({ allowed: true, to: 'CLOSED', ruleId: 'REP-9' });
    expect(decideTipTransition('CONVERTED', 'CLOSE').allowed).toBe(true);
    expect(decideTipTransition('CONVERTED', 'CONVERT')).toEqual({
      allowed: false,
      code: 'NOT_FROM_STATUS',
      ruleId: 'REP-9',
    });
    expect(decideTipTransition('CLOSED', 'CLOSE').allowed).toBe(false);
  });
});

describe('tip conversation', () => {
  it('REP-9: both sides write until the tip is closed, each after the other', () => {
    expect(isTipConversationOpen('CONVERTED')).toBe(true);
    expect(isTipConversationOpen('CLOSED')).toBe(false);
    expect(tipAwaiting('OPEN', 'REPORTER')).toBe('SAFETY');
    expect(tipAwaiting('CONVERTED', 'SAFETY')).toBe('REPORTER');
    expect(tipAwaiting('CLOSED', 'REPORTER')).toBeNull();
  });
});

describe('tip code and passphrase', () => {
  it('REP-9: written in groups of four and read back whatever the spacing, case or width', () => {
    expect(groupTipCharacters('ABCD2345')).toBe('ABCD-2345');
    expect(groupTipCharacters('')).toBe('');
    expect(normaliseTipSecret(' abcd-2345 ', TIP_CODE_LENGTH)).toBe('ABCD2345');
    expect(normaliseTipSecret('ＡＢＣＤ２３４５', TIP_CODE_LENGTH)).toBe('ABCD2345');
    expect(normaliseTipSecret('ABCD 2345 ABCD 2345', TIP_PASSPHRASE_LENGTH)).toBe('ABCD2345ABCD2345');
    // 0, O, 1, I and L are never issued: a code holding them is mistyped.
    expect(normaliseTipSecret('ABCD2340', TIP_CODE_LENGTH)).toBeNull();
    expect(normaliseTipSecret('ABCD234', TIP_CODE_LENGTH)).toBeNull();
  });
});
