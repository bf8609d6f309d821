import fs from 'node:fs';
import path from 'node:path';

/**
 * The messages the signed-in shell and the home page can name (first paint, issue 14): the keys written
 * in the sources they import statically, followed from `roots` through relative imports. A quoted key
 * (`'home.head.title'`) counts itself; a template (`` `kind.${kind}` ``) counts every key under its
 * prefix. The dictionaries themselves are not followed (they name every key). The build ships these as
 * the shell's dictionary (`virtual:xiaohu-shell-messages/<language>`); the full one loads after the
 * home has painted, and with every other page.
 */
/** The sources the shell's dictionary is read from (relative to src/). */
export const SHELL_ROOTS = ['app/layout/signed-in-shell.tsx', 'features/home/pages/home.page.tsx'] as const;

export function shellMessageKeys(
  srcDir: string,
  roots: readonly string[],
  allKeys: readonly string[],
): string[] {
  const known = new Set(allKeys);
  const found = new Set<string>();
  for (const file of importedSources(srcDir, roots)) {
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(/['"]((?:[a-zA-Z]+\.)+[\w-]+)['"]/g)) {
      if (known.has(match[1]!)) found.add(match[1]!);
    }
    for (const match of source.matchAll(/`((?:[a-zA-Z]+\.)+)\$\{/g)) {
      for (const key of allKeys) if (key.startsWith(match[1]!)) found.add(key);
    }
  }
  return allKeys.filter((key) => found.has(key));
}

/** Not followed: the dictionaries, which name every key and load as chunks of their own. */
const DICTIONARIES = /[\\/]i18n[\\/](zh-CN|en|messages)\.ts$/;

/** Every source file reachable from the roots through static relative imports (`import ... from './x'`). */
export function importedSources(srcDir: string, roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || DICTIONARIES.test(file)) return;
    seen.add(file);
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:from|^import)\s+'(\.{1,2}\/[^']+)'/gm)) {
      const resolved = resolveSource(path.dirname(file), match[1]!);
      if (resolved) visit(resolved);
    }
  };
  for (const root of roots) visit(path.join(srcDir, root));
  return [...seen];
}

function resolveSource(dir: string, specifier: string): string | null {
  const base = path.resolve(dir, specifier);
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ];
  return candidates.find((candidate) => /\.tsx?$/.test(candidate) && fs.existsSync(candidate)) ?? null;
}

/** The shell's dictionary of one language: the public messages and the shell's keys. */
export function shellMessages(
  messages: Readonly<Record<string, string>>,
  publicMessages: Readonly<Record<string, string | undefined>>,
  keys: readonly string[],
): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const [key, text] of Object.entries(publicMessages)) if (text !== undefined) picked[key] = text;
  for (const key of keys) picked[key] = messages[key]!;
  return picked;
}
