import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { inlineGraphqlDocuments } from './build/inline-graphql-documents';
import { SHELL_ROOTS, shellMessageKeys, shellMessages } from './build/shell-messages';
import { splitDictionariesByLanguage } from './build/split-dictionaries';
import * as documents from './src/gql/graphql';
import { en } from './src/i18n/en';
import { pickPublicMessages } from './src/i18n/public-messages';
import { zhCN } from './src/i18n/zh-CN';

const PUBLIC_MESSAGES_ID = 'virtual:xiaohu-public-messages';

/**
 * `virtual:xiaohu-public-messages`: only the signed-out pages' messages of both languages, computed
 * here at build time so that the entry does not carry the full dictionaries (src/i18n/public-messages.ts).
 * The dev server computes it once at start: restart it after changing those messages.
 */
function publicMessagesPlugin(): Plugin {
  const resolved = `\0${PUBLIC_MESSAGES_ID}`;
  return {
    name: 'xiaohu-public-messages',
    resolveId: (source) => (source === PUBLIC_MESSAGES_ID ? resolved : null),
    load: (id) =>
      id === resolved
        ? `export default ${JSON.stringify({ 'zh-CN': pickPublicMessages(zhCN), en: pickPublicMessages(en) })};`
        : null,
  };
}

const SHELL_MESSAGES_ID = 'virtual:xiaohu-shell-messages/';

/**
 * `virtual:xiaohu-shell-messages/zh-CN` and `/en`: the signed-in shell's dictionary, the public messages
 * and the keys the shell and the home name (build/shell-messages.ts), so the home does not wait for the
 * full dictionary (first paint, issue 14). The dev server computes it once at start.
 */
function shellMessagesPlugin(): Plugin {
  const dictionaries = { 'zh-CN': zhCN, en } as const;
  const keys = shellMessageKeys(
    fileURLToPath(new URL('./src', import.meta.url)),
    SHELL_ROOTS,
    Object.keys(zhCN),
  );
  return {
    name: 'xiaohu-shell-messages',
    resolveId: (source) => (source.startsWith(SHELL_MESSAGES_ID) ? `\0${source}` : null),
    load: (id) => {
      if (!id.startsWith(`\0${SHELL_MESSAGES_ID}`)) return null;
      const language = id.slice(SHELL_MESSAGES_ID.length + 1) as keyof typeof dictionaries;
      const messages = dictionaries[language];
      return `export default ${JSON.stringify(shellMessages(messages, pickPublicMessages(messages), keys))};`;
    },
  };
}

export const viteConfig = defineConfig({
  plugins: [
    inlineGraphqlDocuments(documents),
    splitDictionariesByLanguage(),
    react(),
    publicMessagesPlugin(),
    shellMessagesPlugin(),
  ],
  resolve: {
    alias: {
      // The domain package is CommonJS built by tsc; the web bundles its sources directly.
      '@xiaohu/domain': fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000', '/api': 'http://localhost:4000' },
  },
  preview: {
    proxy: { '/graphql': 'http://localhost:4000' },
  },
  build: {
    // Domestic secure-OS browsers report Chrome 90-93.
    target: 'chrome87',
    outDir: 'dist',
    // dist/.vite/manifest.json: scripts/route-js.mjs reads which chunks each route loads (size budget).
    manifest: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // React and its router load on every page and change less often than the app: their own chunk
        // stays cached. Apollo has no group: a group is one chunk, and a helper it shares with MUI pulled
        // the whole of Apollo into the entry; it loads with the signed-in shell (first paint, issue 14).
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ }],
        },
      },
    },
  },
});

// Vite loads its config through the default export.
export default viteConfig;
