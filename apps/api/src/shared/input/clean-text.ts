/** How a text input is read: one line, several lines, a person's name, or a secret kept byte for byte. */
export type TextKind = 'LINE' | 'MULTI_LINE' | 'PERSON_NAME' | 'SECRET';

/** Why a text input was refused at the boundary. */
export enum TextProblem {
  /** NUL and other control characters, bidi overrides, unpaired surrogates. */
  DISALLOWED_CHARACTERS = 'DISALLOWED_CHARACTERS',
  /** Nothing but zero-width or other invisible characters. */
  INVISIBLE_ONLY = 'INVISIBLE_ONLY',
  /** A person's name without a single letter (Han characters are letters). */
  NAME_WITHOUT_LETTER = 'NAME_WITHOUT_LETTER',
  /** A person's name with an emoji or a symbol. */
  NAME_WITH_SYMBOLS = 'NAME_WITH_SYMBOLS',
  /** Longer than the field takes: ValidationError.limit says how many characters it does. */
  TOO_LONG = 'TOO_LONG',
}

export type CleanedText = { ok: true; value: string } | { ok: false; problem: TextProblem };

// PostgreSQL cannot store U+0000; the other C0/C1 controls have no place in typed text.
const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_NEWLINE_TAB = /[^\P{Cc}\n\t]/u;
// Bidi embeddings, overrides and isolates reorder what a reader sees (e.g. a name shown reversed).
const BIDI_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/u;
const LINE_SEPARATORS = /[\u2028\u2029]/u;
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const ONLY_SPACE_OR_INVISIBLE = /^[\s\p{Default_Ignorable_Code_Point}]*$/u;
// In a name: zero-width joiners, variation selectors, tags, soft hyphens and private-use characters.
const NAME_INVISIBLE_OR_PRIVATE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Co}]/u;
// Emoji, including keycaps (U+20E3) and pictographs that Unicode files under punctuation (‼).
const NAME_SYMBOL = /[\p{S}\p{Extended_Pictographic}\u20E3]/u;
const LETTER = /\p{L}/u;
// With the u flag only an unpaired surrogate is a code point of category Cs: it is not UTF-8.
const UNPAIRED_SURROGATE = /\p{Cs}/u;

function refused(problem: TextProblem): CleanedText {
  return { ok: false, problem };
}

/**
 * The text as the API stores it (NFC; CR LF as LF in multi-line text), or why it is refused.
 * Empty and blank text passes: whether a field is required is the service's decision.
 * A secret is never changed (its hash was made from the bytes typed); only control characters are refused.
 */
export function cleanText(raw: string, kind: TextKind): CleanedText {
  if (UNPAIRED_SURROGATE.test(raw)) return refused(TextProblem.DISALLOWED_CHARACTERS);
  if (kind === 'SECRET')
    return CONTROL.test(raw) ? refused(TextProblem.DISALLOWED_CHARACTERS) : { ok: true, value: raw };

  let value = raw.normalize('NFC');
  if (kind === 'MULTI_LINE') value = value.replace(/\r\n?|[\u2028\u2029]/gu, '\n');
  const control = kind === 'MULTI_LINE' ? CONTROL_EXCEPT_NEWLINE_TAB : CONTROL;
  if (control.test(value) || BIDI_OVERRIDE.test(value) || LINE_SEPARATORS.test(value)) {
    return refused(TextProblem.DISALLOWED_CHARACTERS);
  }
  if (INVISIBLE.test(value) && ONLY_SPACE_OR_INVISIBLE.test(value))
    return refused(TextProblem.INVISIBLE_ONLY);

  if (kind === 'PERSON_NAME' && value.trim().length > 0) {
    if (NAME_INVISIBLE_OR_PRIVATE.test(value)) return refused(TextProblem.DISALLOWED_CHARACTERS);
    if (NAME_SYMBOL.test(value)) return refused(TextProblem.NAME_WITH_SYMBOLS);
    if (!LETTER.test(value)) return refused(TextProblem.NAME_WITHOUT_LETTER);
  }
  return { ok: true, value };
}

/** English, for the ValidationError message and logs; the web shows its own text per problem. */
export function describeTextProblem(field: string, problem: TextProblem): string {
  switch (problem) {
    case TextProblem.DISALLOWED_CHARACTERS:
      return `${field} contains characters that are not allowed`;
    case TextProblem.INVISIBLE_ONLY:
      return `${field} contains only invisible characters`;
    case TextProblem.NAME_WITHOUT_LETTER:
      return `${field} must contain a letter`;
    case TextProblem.NAME_WITH_SYMBOLS:
      return `${field} must not contain emoji or symbols`;
    case TextProblem.TOO_LONG:
      return `${field} is too long`;
  }
}
