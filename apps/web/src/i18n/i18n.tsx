import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import publicMessages from 'virtual:xiaohu-public-messages';
import type { PartialMessages } from './public-messages';
import type { MessageKey, Messages } from './zh-CN';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

// The full dictionaries are chunks of their own, loaded with any signed-in page but the home, just after
// the home has painted, or when a language is chosen; until then the shell's messages (the keys the
// shell and the home name) and the public messages (public-messages.ts) serve. Code outside
// components that needs every key imports MESSAGES from ./messages.
const loaded: Partial<Record<Language, Messages>> = {};
const pending = new Map<Language, Promise<void>>();
// The shell's dictionary: the keys the signed-in shell and the home name (build/shell-messages.ts).
const shellLoaded: Partial<Record<Language, PartialMessages>> = {};
const shellPending = new Map<Language, Promise<void>>();
const listeners = new Set<() => void>();
let loadedVersion = 0;

const loaders: Record<Language, () => Promise<Messages>> = {
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
  en: () => import('./en').then((m) => m.en),
};

const shellLoaders: Record<Language, () => Promise<PartialMessages>> = {
  'zh-CN': () => import('virtual:xiaohu-shell-messages/zh-CN').then((m) => m.default as PartialMessages),
  en: () => import('virtual:xiaohu-shell-messages/en').then((m) => m.default as PartialMessages),
};

/** Makes a full dictionary available synchronously (tests register both in jest.setup.ts). */
export function registerMessages(language: Language, messages: Messages): void {
  loaded[language] = messages;
  loadedVersion += 1;
  listeners.forEach((listener) => listener());
}

/** Loads a language's full dictionary once; the router awaits it before signed-in pages render. */
export function loadMessages(language: Language): Promise<void> {
  if (loaded[language]) return Promise.resolve();
  let loading = pending.get(language);
  if (!loading) {
    loading = loaders[language]().then((messages) => registerMessages(language, messages));
    // A failed chunk load may be retried by the next call.
    loading.catch(() => pending.delete(language));
    pending.set(language, loading);
  }
  return loading;
}

/**
 * Loads the shell's dictionary once (a few KiB: the keys the signed-in shell and the home name); the
 * router awaits it before the shell renders, and the full one before any other page (first paint,
 * issue 14). Settled at once when the full dictionary is there.
 */
export function loadShellMessages(language: Language): Promise<void> {
  if (loaded[language] || shellLoaded[language]) return Promise.resolve();
  let loading = shellPending.get(language);
  if (!loading) {
    loading = shellLoaders[language]().then((messages) => {
      shellLoaded[language] = messages;
      loadedVersion += 1;
      listeners.forEach((listener) => listener());
    });
    loading.catch(() => shellPending.delete(language));
    shellPending.set(language, loading);
  }
  return loading;
}

function subscribeLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function messagesFor(language: Language): PartialMessages {
  return loaded[language] ?? shellLoaded[language] ?? (publicMessages[language] as PartialMessages);
}

const STORAGE_KEY = 'xiaohu.language';

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

/** Fills `{name}` placeholders; an unknown placeholder stays visible so the gap is noticed. */
export function translate(messages: Messages, key: MessageKey, params?: TranslateParams): string {
  return fill(messages[key], params);
}

function fill(template: string, params?: TranslateParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

export function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be disabled (private mode, strict policies): fall back to the default.
    return DEFAULT_LANGUAGE;
  }
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but the switch still works for this visit.
  }
}

interface I18nContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

const I18nContext = createContext<I18nContextValue | null>(null);

export function I18nProvider({
  children,
  initialLanguage,
}: {
  children: ReactNode;
  initialLanguage?: Language;
}) {
  const [language, setLanguageState] = useState<Language>(() => initialLanguage ?? readStoredLanguage());
  const version = useSyncExternalStore(subscribeLoaded, () => loadedVersion);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // The new language shows once its dictionary is there (at once when it was loaded before).
  const setLanguage = useCallback((next: Language) => {
    const apply = () => {
      storeLanguage(next);
      setLanguageState(next);
    };
    if (loaded[next]) apply();
    else void loadMessages(next).then(apply, () => undefined);
  }, []);

  const value = useMemo<I18nContextValue>(() => {
    const messages = messagesFor(language);
    return {
      language,
      setLanguage,
      t: (key, params) => {
        const template = messages[key];
        if (template !== undefined) return fill(template, params);
        // Not a public message and the full dictionary is still loading: blank until it is there.
        void loadMessages(language).catch(() => undefined);
        return '';
      },
    };
    // `version` changes when a dictionary arrives: the texts are recomputed.
  }, [language, setLanguage, version]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}

export type { MessageKey } from './zh-CN';
