import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Issue 10: the audit page offers every action by its name in the viewer's language (apps/web's i18n),
// never an internal code. This holds the web's names complete against the actions the API records:
// a new `action: '...'` in the API without a zh-CN and an en name fails here.

const API_SRC = join(__dirname, '..', '..');
const WEB_I18N = join(API_SRC, '..', '..', 'web', 'src', 'i18n');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$|test-support|access-matrix/.test(path) ? [path] : [];
  });
}

// `action: 'incident.close'` in a command or recordAudit call; `..._ACTION = 'seed.district'` constants.
// (helmet's `xFrameOptions: { action: 'deny' }` in server.ts is not an audit action.)
const ACTION_LITERAL = /\baction: '([A-Za-z]+(?:\.[A-Za-z]+)*)'|_ACTION = '([A-Za-z]+(?:\.[A-Za-z]+)*)'/g;

const recordedActions = [
  ...new Set(
    sourceFiles(API_SRC)
      .filter((path) => !path.endsWith(join('src', 'server.ts')))
      .flatMap((path) =>
        [...readFileSync(path, 'utf8').matchAll(ACTION_LITERAL)].map((match) => match[1] ?? match[2]),
      ),
  ),
].sort();

describe('audit action names (issue 10)', () => {
  it('finds the actions the API records', () => {
    expect(recordedActions).toEqual(
      expect.arrayContaining(['signIn', 'incident.acknowledge', 'seed.district']),
    );
  });

  it.each(['zh-CN.ts', 'en.ts'])('every recorded action has a name in the web’s %s', (file) => {
    const messages = readFileSync(join(WEB_I18N, file), 'utf8');
    const missing = recordedActions.filter((action) => !messages.includes(`'audit.action.${action}':`));
    expect(missing).toEqual([]);
  });
});
