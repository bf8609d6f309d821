import { findBareRuleIds, splitRuleRefs } from './rule-refs';

describe('splitRuleRefs', () => {
  it('takes a bracket holding only a rule ID out of a heading', () => {
    expect(splitRuleRefs('报案情况（REP-3）')).toEqual({ text: '报案情况', refs: ['REP-3'] });
    expect(splitRuleRefs('Police report (REP-3)')).toEqual({ text: 'Police report', refs: ['REP-3'] });
  });

  it('takes several IDs, ranges and clauses, and the sentence keeps its full stop', () => {
    expect(splitRuleRefs('本人看不到以自己为当事人的案件（REP-11、VET-11）。一份档案')).toEqual({
      text: '本人看不到以自己为当事人的案件。一份档案',
      refs: ['REP-11、VET-11'],
    });
    expect(splitRuleRefs('课时（PRV-5 至 PRV-7、PRV-10）。').refs).toEqual(['PRV-5 至 PRV-7、PRV-10']);
    expect(splitRuleRefs('逐一整改（四(五)，PRV-1）。')).toEqual({
      text: '逐一整改。',
      refs: ['四(五)，PRV-1'],
    });
    expect(splitRuleRefs('跟进至销号（三、PRV-3）。')).toEqual({ text: '跟进至销号。', refs: ['三、PRV-3'] });
    expect(splitRuleRefs('neither (PRV-5 to PRV-7, PRV-10).').text).toBe('neither.');
  });

  it('keeps what a bracket says besides the citation', () => {
    expect(splitRuleRefs('在岗复查（VET-9，默认每 12 个月）和约谈')).toEqual({
      text: '在岗复查（默认每 12 个月）和约谈',
      refs: ['VET-9'],
    });
    expect(splitRuleRefs('问责情形（五(三)：警示、约谈、通报）')).toEqual({
      text: '问责情形（警示、约谈、通报）',
      refs: ['五(三)'],
    });
  });

  it('leaves text without citations alone, brackets included', () => {
    expect(splitRuleRefs('夜间（22:00–06:00）进入')).toEqual({ text: '夜间（22:00–06:00）进入', refs: [] });
    expect(splitRuleRefs('各年级（届）的班级')).toEqual({ text: '各年级（届）的班级', refs: [] });
  });

  it('finds bare rule IDs in visible text', () => {
    expect(findBareRuleIds('报案情况 REP-3 与 VET-11')).toEqual(['REP-3', 'VET-11']);
    expect(findBareRuleIds('报案情况')).toEqual([]);
  });
});
