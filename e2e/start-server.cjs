// Starts the built API + SPA for the browser tests on a database of its own, wiped first,
// so every run begins from the same demo district.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dataDir = path.join(root, '.data', 'e2e');
fs.rmSync(dataDir, { recursive: true, force: true });

const server = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
  stdio: 'inherit',
  env: {
    ...process.env,
    XIAOHU_DATA_DIR: dataDir,
    WEB_DIST_DIR: path.join(root, 'apps/web/dist'),
    HOST: '127.0.0.1',
    // The SPA's allow-list is enforced as in production (issue 13): every page the browser tests open
    // proves that the operations it sends are on the list.
    PERSISTED_QUERIES: process.env.PERSISTED_QUERIES ?? 'required',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 1));
