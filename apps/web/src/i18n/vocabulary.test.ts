import { VOCABULARY_EN, VOCABULARY_ZH_CN, type VocabularyName } from '@xiaohu/domain';
import { en } from './en';
import { VOCABULARY_KEYS } from './vocabulary';
import { zhCN, type MessageKey } from './zh-CN';

// Issue 14, finding 3: one thing has one name. The screen's label of every enumerated value is the
// vocabulary's, in both languages — the words the Excel template, the exports, notifications and mail
// print (apps/api vocabulary-channels.test.ts compares those with the same vocabulary).
describe('one vocabulary on screen', () => {
  it('every value of every list reads the vocabulary’s name, zh-CN and en', () => {
    let compared = 0;
    for (const name of Object.keys(VOCABULARY_KEYS) as VocabularyName[]) {
      for (const [code, zh] of Object.entries(VOCABULARY_ZH_CN[name] as Record<string, string>)) {
        const key = `${VOCABULARY_KEYS[name]}.${code}` as MessageKey;
        const enLabel = (VOCABULARY_EN[name] as Record<string, string>)[code];
        expect({ key, zh: zhCN[key], en: en[key] }).toEqual({ key, zh, en: enLabel });
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('the lists the Excel files used to name differently read as on screen', () => {
    expect(zhCN['staff.status.CANDIDATE']).toBe('候选');
    expect(zhCN['staff.status.BLOCKED']).toBe('已阻止');
    expect(zhCN['staff.role.CANTEEN_WORKER']).toBe('食堂从业人员');
  });
});
