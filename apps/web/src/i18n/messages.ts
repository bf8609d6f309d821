import { en } from './en';
import type { Language } from './i18n';
import { zhCN, type Messages } from './zh-CN';

/**
 * Both full dictionaries, for code that looks keys up outside a component (audit action names,
 * timeline entries) and for tests. Importing this loads both; components use `useT()`, whose
 * dictionary loads with the signed-in shell (first paint, issue 14).
 */
export const MESSAGES: Record<Language, Messages> = { 'zh-CN': zhCN, en };
