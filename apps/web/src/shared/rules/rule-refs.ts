/**
 * Rule IDs (REP-3, VET-1, PRV-10, ACC-2) and clauses of the plan (四(五), 五（三）) that a text cites in
 * brackets. Teachers and heads read the plain duty; the citation moves to an info icon (RuleInfo).
 */
const RULE_ID = /\b(?:REP|VET|PRV|ACC)-\d+\b/gu;
const CLAUSE = /[一二三四五六七八九十]+[(（][一二三四五六七八九十]+[)）]/gu;
// A bracketed group: Chinese or ASCII brackets, clauses' own brackets inside.
const GROUP = /\s?[(（]((?:[^()（）]|[(（][一二三四五六七八九十]+[)）])*)[)）]/gu;
// What may stay of a group that only cited rules: separators, "to", "and", a bare section number (三、).
const CITATION_LEFTOVER =
  /^(?:[\s、，,;；:：/]|至|到|和|及|to|and|[一二三四五六七八九十]+(?=[、，,\s]|$))*$/u;

export interface SplitText {
  /** The text without its citations. */
  text: string;
  /** The citations, as written (e.g. "三、PRV-3", "VET-9"), in order. */
  refs: string[];
}

function hasCitation(group: string): boolean {
  RULE_ID.lastIndex = 0;
  CLAUSE.lastIndex = 0;
  return RULE_ID.test(group) || CLAUSE.test(group);
}

/**
 * Takes the citations out of a text: a bracket holding only citations goes entirely ("报案情况（REP-3）"
 * → "报案情况"); a bracket that also says something keeps that ("（VET-9，默认每 12 个月）" →
 * "（默认每 12 个月）"). Text without citations comes back unchanged.
 */
export function splitRuleRefs(source: string): SplitText {
  const refs: string[] = [];
  const text = source.replace(GROUP, (whole, inner: string) => {
    if (!hasCitation(inner)) return whole;
    const withoutCitations = inner.replace(RULE_ID, '').replace(CLAUSE, '');
    if (CITATION_LEFTOVER.test(withoutCitations)) {
      refs.push(inner.trim());
      return '';
    }
    const cited = [...inner.matchAll(RULE_ID), ...inner.matchAll(CLAUSE)].map((m) => m[0]);
    refs.push(cited.join('、'));
    const kept = withoutCitations
      .replace(/^[\s、，,;；:：]+|[\s、，,;；:：]+$/gu, '')
      .replace(/([、，,;；])[\s、，,;；]+/gu, '$1');
    const open = whole.trimStart().startsWith('(') ? '(' : '（';
    const close = open === '(' ? ')' : '）';
    return `${whole.startsWith(' ') ? ' ' : ''}${open}${kept}${close}`;
  });
  return { text: text.replace(/\s+([。.，,；;：:])/gu, '$1').trim(), refs };
}

/** Whether a visible text still names a rule ID (the tests' check of teachers' and heads' pages). */
export function findBareRuleIds(visibleText: string): string[] {
  return [...visibleText.matchAll(RULE_ID)].map((m) => m[0]);
}
