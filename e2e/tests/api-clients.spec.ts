import { expect, test } from '@playwright/test';
import { ApiClientsPage } from '../pages/api-clients.page';
import { SignInPage } from '../pages/sign-in.page';

// Issue 13: an administrator registers an API client, sees its token once, and revokes it; the token
// opens the API with a bearer header until then.
const NAME = '区智慧校园平台（浏览器测试）';
const INSTITUTIONS = { query: '{ institutions(first: 1) { totalCount } }' };

test('an administrator creates an API client, sees its token once, and revokes it: the next call is refused', async ({
  page,
  request,
}) => {
  await new SignInPage(page).signInAs('admin');
  const clients = new ApiClientsPage(page);
  await clients.openFromNav();
  const token = await clients.create(NAME, '督导室');
  expect(token).toMatch(/^xh_[A-Za-z0-9_-]{43}$/);
  // Shown once: the list names the token by its first characters only.
  await expect(page.getByText(token)).toHaveCount(0);
  await expect(clients.row(NAME).getByTestId('api-client-status')).toHaveText('可用');
  await expect(clients.row(NAME)).toContainText(token.slice(0, 7));

  const call = () =>
    request.post('/graphql', {
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      data: INSTITUTIONS,
    });
  const answered = await call();
  expect(answered.status()).toBe(200);
  expect((await answered.json()).data.institutions.totalCount).toBeGreaterThan(0);

  await page.reload();
  await expect(clients.row(NAME)).not.toContainText('从未调用');
  await clients.revoke(NAME);
  await expect(clients.row(NAME).getByTestId('api-client-status')).toHaveText('已吊销');
  await expect(page.getByTestId('api-client-notice')).toContainText('已吊销');
  expect((await call()).status()).toBe(401);
});
