import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SHELL_ROOTS, importedSources, shellMessageKeys } from '../../build/shell-messages';
import { zhCN } from './zh-CN';

const SRC = path.resolve(__dirname, '..');
const relative = (file: string) => path.relative(SRC, file).split(path.sep).join('/');
const ALL_KEYS = Object.keys(zhCN);

describe('the shell’s dictionary (first paint, issue 14)', () => {
  it('is read from the shell and the home through their static imports, not from other pages or the dictionaries', () => {
    const files = importedSources(SRC, SHELL_ROOTS).map(relative);
    expect(files).toEqual(
      expect.arrayContaining([
        'app/layout/signed-in-shell.tsx',
        'app/layout/app-layout.tsx',
        'features/home/pages/home.page.tsx',
        'features/incidents/components/notification-bell.tsx',
      ]),
    );
    expect(files.filter((file) => /^features\/(staff|assessment|training)\/pages\//.test(file))).toEqual([]);
    expect(files.filter((file) => /^i18n\/(zh-CN|en|messages)\.ts$/.test(file))).toEqual([]);
  });

  it('holds every key the home and the layout name, and far fewer than the whole dictionary', () => {
    const keys = new Set(shellMessageKeys(SRC, SHELL_ROOTS, ALL_KEYS));
    for (const key of ['home.head.title', 'home.head.subtitle', 'nav.signOut', 'common.loading'] as const) {
      if (key in zhCN) expect(keys).toContain(key);
    }
    expect(keys.has('staff.import.title' as never)).toBe(false);
    expect(keys.size).toBeGreaterThan(50);
    expect(keys.size).toBeLessThan(ALL_KEYS.length / 2);
  });

  it('counts a quoted key, every key under a template’s prefix, and nothing a lazy import loads', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shell-messages-'));
    fs.writeFileSync(
      path.join(dir, 'root.tsx'),
      "import { label } from './labels';\nconst Lazy = () => import('./lazy');\nexport const a = t('home.title');\n",
    );
    fs.writeFileSync(
      path.join(dir, 'labels.ts'),
      'export const label = (kind: string) => t(`kind.${kind}`);\n',
    );
    fs.writeFileSync(path.join(dir, 'lazy.tsx'), "export const b = t('staff.title');\n");
    const keys = shellMessageKeys(
      dir,
      ['root.tsx'],
      ['home.title', 'kind.A', 'kind.B', 'kinder.C', 'staff.title'],
    );
    expect(keys).toEqual(['home.title', 'kind.A', 'kind.B']);
  });
});
