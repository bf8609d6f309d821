import { expect, test } from '@playwright/test';
import { SignInPage } from '../pages/sign-in.page';

// Issue 13: the browser tests run with the SPA's allow-list required (start-server.cjs), as in
// production. The SPA sends hashes only; a document of its own from the signed-in browser is refused.
test('the SPA sends only allow-listed hashes, and a document of its own from its session is refused', async ({
  page,
}) => {
  const bodies: Record<string, unknown>[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST')
      bodies.push(request.postDataJSON() as Record<string, unknown>);
  });
  await new SignInPage(page).signInAs('head.primary');
  await expect(page.getByRole('heading', { name: '我的待办' })).toBeVisible();

  expect(bodies.length).toBeGreaterThan(1);
  for (const body of bodies) {
    expect(body.query, `${String(body.operationName)} is sent without its document`).toBeUndefined();
    expect(body.extensions).toMatchObject({
      persistedQuery: { sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
  }
  expect(bodies.map((body) => body.operationName)).toEqual(expect.arrayContaining(['SignIn']));

  // The same session cookie, a document the SPA never sends: refused before it runs.
  const answer = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: { query: '{ me { username } }' },
  });
  expect(answer.status()).toBe(400);
  expect(await answer.json()).toMatchObject({
    errors: [{ extensions: { code: 'PERSISTED_QUERY_REQUIRED' } }],
  });
});
