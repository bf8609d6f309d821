import { cleanText, describeTextProblem, TextProblem, type TextKind } from './clean-text';

const refused = (problem: TextProblem) => ({ ok: false, problem });
const kept = (value: string) => ({ ok: true, value });

describe('cleanText', () => {
  it('normalises to NFC', () => {
    // "é" as e + combining acute, and a Han character written with a compatibility-free sequence.
    expect(cleanText('Jose\u0301', 'LINE')).toEqual(kept('José'));
    expect(cleanText('Jose\u0301', 'PERSON_NAME')).toEqual(kept('José'));
  });

  it.each<[string, TextKind]>([
    ['a\u0000b', 'LINE'],
    ['a\u0000b', 'MULTI_LINE'],
    ['\u0000', 'PERSON_NAME'],
    ['a\u0007b', 'LINE'],
    ['a\u001bb', 'MULTI_LINE'],
    ['a\u0085b', 'LINE'],
    ['a\u007fb', 'LINE'],
    ['a\nb', 'LINE'],
    ['a\tb', 'LINE'],
    ['a\u2028b', 'LINE'],
    ['a\ud800b', 'LINE'],
    ['a\udc00', 'MULTI_LINE'],
    ['a\u0000b', 'SECRET'],
    ['a\ud800', 'SECRET'],
  ])('refuses control characters and unpaired surrogates in %j (%s)', (text, kind) => {
    expect(cleanText(text, kind)).toEqual(refused(TextProblem.DISALLOWED_CHARACTERS));
  });

  it.each(['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'])(
    'refuses the bidi control U+%s in any text',
    (bidi) => {
      for (const kind of ['LINE', 'MULTI_LINE', 'PERSON_NAME'] as const) {
        expect(cleanText(`张${bidi}三`, kind)).toEqual(refused(TextProblem.DISALLOWED_CHARACTERS));
      }
    },
  );

  it('keeps line breaks and tabs in multi-line text, CR LF and CR as LF', () => {
    expect(cleanText('一\r\n二\r三\n\t四', 'MULTI_LINE')).toEqual(kept('一\n二\n三\n\t四'));
    expect(cleanText('一\u2029二', 'MULTI_LINE')).toEqual(kept('一\n二'));
  });

  it.each(['\u200b', '\u200b\u200c\u200d', ' \u2060 ', '\ufeff', '\u00ad', '\u3164'])(
    'refuses invisible-only text %j',
    (text) => {
      for (const kind of ['LINE', 'MULTI_LINE', 'PERSON_NAME'] as const) {
        expect(cleanText(text, kind)).toEqual(refused(TextProblem.INVISIBLE_ONLY));
      }
    },
  );

  it('leaves empty and blank text to the services (required or not is theirs to say)', () => {
    expect(cleanText('', 'PERSON_NAME')).toEqual(kept(''));
    expect(cleanText('   ', 'PERSON_NAME')).toEqual(kept('   '));
    expect(cleanText('', 'LINE')).toEqual(kept(''));
  });

  it('keeps emoji and joiners in ordinary text: a child may quote one', () => {
    expect(cleanText('他说 👨‍👩‍👧 是他家', 'MULTI_LINE')).toEqual(kept('他说 👨‍👩‍👧 是他家'));
  });

  it.each([
    '张三',
    '李小花',
    '买买提·艾力',
    '刘文静（谢家湾小学校长）',
    '谢家湾小学 王老师',
    "Mary-Jane O'Neil",
    'José',
    '〇一',
  ])('accepts the name %j', (name) => {
    expect(cleanText(name, 'PERSON_NAME')).toEqual(kept(name));
  });

  it.each(['😀', '张三😀', '张❤三', '1\ufe0f\u20e3', '张三‼', '©', '🇨🇳'])(
    'refuses emoji and symbols in the name %j',
    (name) => {
      expect(cleanText(name, 'PERSON_NAME')).toEqual(
        expect.objectContaining({
          ok: false,
          problem: expect.stringMatching(/NAME_WITH_SYMBOLS|DISALLOWED/),
        }),
      );
    },
  );

  it('refuses a name with emoji as NAME_WITH_SYMBOLS', () => {
    expect(cleanText('张三😀', 'PERSON_NAME')).toEqual(refused(TextProblem.NAME_WITH_SYMBOLS));
  });

  it.each(['张\u200b三', '张\u200d三', '张\ue000三', '张\u00ad三'])(
    'refuses zero-width and private-use characters inside the name %j',
    (name) => {
      expect(cleanText(name, 'PERSON_NAME')).toEqual(refused(TextProblem.DISALLOWED_CHARACTERS));
    },
  );

  it.each(['123', '...', '（）', '- -'])('refuses the name %j without a letter', (name) => {
    expect(cleanText(name, 'PERSON_NAME')).toEqual(refused(TextProblem.NAME_WITHOUT_LETTER));
  });

  it('keeps a secret byte for byte, bidi and decomposed letters included', () => {
    expect(cleanText('Jose\u0301\u202e', 'SECRET')).toEqual(kept('Jose\u0301\u202e'));
  });

  it('describes each problem in English with the field', () => {
    expect(describeTextProblem('childName', TextProblem.DISALLOWED_CHARACTERS)).toBe(
      'childName contains characters that are not allowed',
    );
    expect(describeTextProblem('note', TextProblem.INVISIBLE_ONLY)).toBe(
      'note contains only invisible characters',
    );
    expect(describeTextProblem('name', TextProblem.NAME_WITHOUT_LETTER)).toBe('name must contain a letter');
    expect(describeTextProblem('name', TextProblem.NAME_WITH_SYMBOLS)).toBe(
      'name must not contain emoji or symbols',
    );
  });
});
