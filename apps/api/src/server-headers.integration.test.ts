import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { SESSION_COOKIE } from './shared/auth/session-cookie';
import { startTestApp, type TestApp } from './test-support/test-app';

// Headers and delivery of issue 9: security headers on every answer, compression, caching.
let dist: string;
let app: TestApp;
let production: TestApp;
const ASSET = '/assets/index-C0ffee42.js';

beforeAll(async () => {
  dist = mkdtempSync(path.join(os.tmpdir(), 'xiaohu-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(
    path.join(dist, 'index.html'),
    `<!doctype html><html><head><script type="module" crossorigin src="${ASSET}"></script></head><body><div id="root"></div></body></html>`,
  );
  writeFileSync(path.join(dist, ASSET), 'console.log("校护");\n'.repeat(500));
  app = await startTestApp({ webDistDir: dist });
  production = await startTestApp({ webDistDir: dist, isProduction: true });
});
afterAll(async () => {
  await app?.close();
  await production?.close();
  rmSync(dist, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
}

/** node:http rather than fetch: the Accept-Encoding sent is exactly the one given. */
function request(
  baseUrl: string,
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${baseUrl}${pathname}`, {
      method: options.method ?? 'GET',
      headers: options.headers,
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

function expectSecurityHeaders(answer: Answer): void {
  const csp = String(answer.headers['content-security-policy']);
  const directives = new Map(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(csp).not.toMatch(/script-src[^;]*unsafe/);
  expect(answer.headers['x-frame-options']).toBe('DENY');
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
  expect(answer.headers['referrer-policy']).toBe('no-referrer');
  expect(answer.headers['permissions-policy']).toContain('camera=()');
  expect(answer.headers['x-powered-by']).toBeUndefined();
}

describe('headers and delivery', () => {
  it('the SPA shell: strict CSP without inline scripts, never framed, no referrer, revalidated on every load; HSTS only in production', async () => {
    const shell = await request(app.baseUrl, '/', { headers: { accept: 'text/html' } });
    expect(shell.status).toBe(200);
    expectSecurityHeaders(shell);
    expect(shell.headers['cache-control']).toBe('no-cache');
    expect(shell.headers['strict-transport-security']).toBeUndefined();
    const route = await request(app.baseUrl, '/institutions/x', { headers: { accept: 'text/html' } });
    expect(route.headers['cache-control']).toBe('no-cache');
    const prod = await request(production.baseUrl, '/', { headers: { accept: 'text/html' } });
    expectSecurityHeaders(prod);
    expect(prod.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('hashed assets: immutable for a year, compressed with br or gzip as asked; a missing one is a 404', async () => {
    const br = await request(app.baseUrl, ASSET, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.status).toBe(200);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-encoding']).toBe('br');
    expectSecurityHeaders(br);
    const gzip = await request(app.baseUrl, ASSET, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const missing = await request(app.baseUrl, '/assets/index-gone.js', { headers: { accept: 'text/html' } });
    expect(missing.status).toBe(404);
    expect(String(missing.headers['cache-control'])).not.toContain('immutable');
  });

  it('GraphQL answers are no-store, compressed when large, with the security headers', async () => {
    const leader = await app.signedIn('leader');
    const answer = await request(app.baseUrl, '/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-encoding': 'br',
        cookie: `${SESSION_COOKIE}=${leader.sessionToken}`,
      },
      body: JSON.stringify({ query: '{ institutions(first: 100) { edges { node { id name } } } }' }),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['content-encoding']).toBe('br');
    expectSecurityHeaders(answer);
  });

  it('the register export is no-store, with the security headers', async () => {
    const personnel = await app.signedIn('personnel');
    const answer = await request(app.baseUrl, '/api/staff/export', {
      headers: { cookie: `${SESSION_COOKIE}=${personnel.sessionToken}`, 'accept-encoding': 'gzip, br' },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    // An .xlsx is a zip archive already: not compressed twice.
    expect(answer.headers['content-encoding']).toBeUndefined();
    expectSecurityHeaders(answer);
  });
});
