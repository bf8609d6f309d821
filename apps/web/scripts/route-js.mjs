// The JavaScript a route needs before it is usable: the entry with its static imports (what
// index.html loads and modulepreloads) plus each lazy chunk the route matches, with their static
// imports. Read from Vite's manifest (build.manifest), so the set follows the build, not a guess.
// Used by .size-limit.mjs (the budget in CI) and runnable to print every page's figure:
//   node scripts/route-js.mjs            (after `pnpm build`)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST_DIR = path.join(WEB_DIR, 'dist');

/** The lazy modules each measured route loads besides the entry (source paths as in the manifest). */
export const MEASURED_ROUTES = {
  'sign-in route': ['src/features/auth/pages/sign-in.page.tsx'],
  // The home paints with the shell's dictionary; the full one loads after it (router.tsx).
  'signed-in shell (home)': [
    'src/app/layout/signed-in-shell.tsx',
    'virtual:xiaohu-shell-messages/zh-CN',
    'src/features/home/pages/home.page.tsx',
  ],
};

/** Every other signed-in page waits for the full dictionary too. */
const signedInLoads = (page) =>
  page.endsWith('/home.page.tsx') ? MEASURED_ROUTES['signed-in shell (home)'] : SIGNED_IN_PAGE;
const SIGNED_IN_PAGE = [
  'src/app/layout/signed-in-shell.tsx',
  'virtual:xiaohu-shell-messages/zh-CN',
  'src/i18n/zh-CN.ts',
];

export function readManifest(distDir = DIST_DIR) {
  const file = path.join(distDir, '.vite', 'manifest.json');
  if (!fs.existsSync(file))
    throw new Error(`${file} is missing: build the web first (pnpm --filter @xiaohu/web build)`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function entryKey(manifest) {
  const key = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!key) throw new Error('the manifest has no entry');
  return key;
}

// A module that is both imported statically somewhere and loaded dynamically elsewhere (the full
// dictionaries: MESSAGES imports them, the i18n provider loads them) is not a manifest entry of its own
// but sits in a shared chunk named after it (`_zh-CN-<hash>.js`).
function manifestKey(manifest, source) {
  if (manifest[source]) return source;
  const name = path.basename(source).replace(/\.[jt]sx?$/, '');
  const shared = Object.keys(manifest).filter((key) => key.startsWith(`_${name}-`) && key.endsWith('.js'));
  if (shared.length === 1) return shared[0];
  throw new Error(`${source} is not in the manifest (renamed or no longer lazy?)`);
}

function closure(manifest, keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    if (!manifest[key]) throw new Error(`${key} is not in the manifest (renamed or no longer lazy?)`);
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return seen;
}

/** Absolute paths of the .js files loaded before the route's page can render. */
export function routeScripts(lazySources, { manifest = readManifest(), distDir = DIST_DIR } = {}) {
  const keys = closure(manifest, [entryKey(manifest), ...lazySources.map((s) => manifestKey(manifest, s))]);
  return [...keys]
    .map((key) => manifest[key].file)
    .filter((file) => file.endsWith('.js'))
    .map((file) => path.join(distDir, file));
}

export function gzipBytes(files) {
  return files.reduce((sum, file) => sum + gzipSync(fs.readFileSync(file), { level: 9 }).length, 0);
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = readManifest();
  const rows = [];
  for (const [name, sources] of Object.entries(MEASURED_ROUTES)) {
    rows.push([name, gzipBytes(routeScripts(sources, { manifest }))]);
  }
  const pages = Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry && k.endsWith('.page.tsx'));
  for (const page of pages.sort()) {
    const signedIn = !/sign-in|set-password/.test(page);
    // set-password loads Apollo and the dictionary with its page (router.tsx).
    const extra = /set-password/.test(page) ? ['src/app/apollo.tsx', 'src/i18n/zh-CN.ts'] : [];
    rows.push([
      `  ${path.basename(page, '.page.tsx')}`,
      gzipBytes(routeScripts(signedIn ? [...signedInLoads(page), page] : [...extra, page], { manifest })),
    ]);
  }
  for (const [name, bytes] of rows)
    process.stdout.write(`${name.padEnd(34)} ${String(bytes).padStart(9)} B  ${kib(bytes)}\n`);
}
