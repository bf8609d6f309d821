import fs from 'node:fs';
import path from 'node:path';
import { en } from './en';
import { PUBLIC_MESSAGE_PREFIXES, pickPublicMessages } from './public-messages';
import { zhCN } from './zh-CN';

// The signed-out pages paint with the public messages only (the full dictionaries load with the signed-in
// shell): every key they name must be among them, or the page would show a blank until it loaded.
const SIGNED_OUT_SOURCES = [
  'app/layout/public-layout.tsx',
  'app/public/plain-language-switch.tsx',
  'app/pages/error.page.tsx',
  'app/pages/not-found.page.tsx',
  'features/auth/pages/sign-in.page.tsx',
  'features/auth/forms/sign-in-form.tsx',
  'features/auth/forms/mfa-code-form.tsx',
  'features/auth/components/mfa-sign-in-step.tsx',
  'features/auth/components/mfa-enrolment-step.tsx',
  'features/auth/components/mfa-enrolment.tsx',
  'features/auth/components/recovery-codes.tsx',
  'shared/ui/loading-state.tsx',
  'shared/ui/language-switch.tsx',
  'shared/ui/query-error.tsx',
  'shared/ui/forbidden-notice.tsx',
];

function keysNamedIn(file: string): string[] {
  const source = fs.readFileSync(path.join(__dirname, '..', file), 'utf8');
  return [...source.matchAll(/'((?:[a-zA-Z]+\.)+[\w-]+)'/g)]
    .map((m) => m[1] as string)
    .filter((key) => key in zhCN);
}

describe('public messages (first paint, issue 14)', () => {
  it('hold every message key the signed-out pages name, in both languages', () => {
    const zh = pickPublicMessages(zhCN);
    const english = pickPublicMessages(en);
    const named = SIGNED_OUT_SOURCES.flatMap(keysNamedIn);
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((key) => !(key in zh) || !(key in english))).toEqual([]);
  });

  it('are only the keys of the public prefixes, with the texts of the full dictionaries', () => {
    const zh = pickPublicMessages(zhCN);
    const keys = Object.keys(zh);
    expect(keys.every((key) => PUBLIC_MESSAGE_PREFIXES.some((prefix) => key.startsWith(prefix)))).toBe(true);
    expect(keys.length).toBeLessThan(Object.keys(zhCN).length / 5);
    for (const key of keys) expect(zh[key as keyof typeof zh]).toBe(zhCN[key as keyof typeof zhCN]);
  });
});
