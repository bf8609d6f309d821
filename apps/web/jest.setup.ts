// jsdom lacks these Web APIs that react-router uses.
import { TextDecoder, TextEncoder } from 'node:util';
// @testing-library/dom, not react: importing react's entry here, before the test framework exists,
// would lose its automatic cleanup.
import { configure } from '@testing-library/dom';

Object.assign(globalThis, {
  TextEncoder: globalThis.TextEncoder ?? TextEncoder,
  TextDecoder: globalThis.TextDecoder ?? TextDecoder,
});

// findBy*/waitFor wait up to 1 s by default; forms with date pickers and debounced searches can take
// longer on a shared, loaded machine.
configure({ asyncUtilTimeout: 5000 });
