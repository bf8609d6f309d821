import type { Plugin } from 'vite';

const LANGUAGE_QUERY = 'xiaohu-dictionary';
const FEATURE_IMPORT = /from '(\.\.\/features\/[\w/-]+\.i18n)'/g;

/**
 * Each feature's `*.i18n.ts` exports both languages (`staffZhCN`, `staffEn`): a module is one unit of
 * a chunk, so the Chinese dictionary's chunk carried the English texts too. This rewrites the imports
 * of src/i18n/zh-CN.ts and en.ts to a per-language copy of each feature file (`?xiaohu-dictionary=zh-CN`);
 * each copy is its own module, and tree-shaking drops the language it does not use. The sources are
 * unchanged; jest and the type checker see them as they are (first paint, issue 14).
 */
export function splitDictionariesByLanguage(): Plugin {
  return {
    name: 'xiaohu-split-dictionaries',
    enforce: 'pre',
    transform(code, id) {
      const match = /\/src\/i18n\/(zh-CN|en)\.ts$/.exec(id);
      if (!match) return null;
      const language = match[1];
      return { code: code.replace(FEATURE_IMPORT, `from '$1.ts?${LANGUAGE_QUERY}=${language}'`), map: null };
    },
  };
}
