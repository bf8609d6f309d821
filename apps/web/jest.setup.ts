// jsdom lacks these Web APIs that react-router uses.
import { TextDecoder, TextEncoder } from 'node:util';
import { en } from './src/i18n/en';
import { registerMessages } from './src/i18n/i18n';
import { zhCN } from './src/i18n/zh-CN';
// @testing-library/dom, not react: importing react's entry here, before the test framework exists,
// would lose its automatic cleanup.
import { configure } from '@testing-library/dom';

Object.assign(globalThis, {
  TextEncoder: globalThis.TextEncoder ?? TextEncoder,
  TextDecoder: globalThis.TextDecoder ?? TextDecoder,
});

// The app loads the full dictionaries lazily (first paint, issue 14); components under test get both
// at once (src/i18n/i18n.test.tsx checks the lazy path itself).
registerMessages('zh-CN', zhCN);
registerMessages('en', en);
// findBy*/waitFor wait up to 1 s by default; forms with date pickers and debounced searches can take
// longer on a shared, loaded machine.
configure({ asyncUtilTimeout: 5000 });
