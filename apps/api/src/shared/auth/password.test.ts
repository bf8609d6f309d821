import { hashPassword, normaliseUsername, verifyPassword } from './password';

it('normalises usernames: trims, folds case and full-width letters', () => {
  expect(normaliseUsername('  Head.Primary ')).toBe('head.primary');
  expect(normaliseUsername('ｌｅａｄｅｒ')).toBe('leader');
});

it('verifies argon2id hashes and refuses a missing or malformed hash', async () => {
  const hash = await hashPassword('XiaoHu@2026');
  expect(hash).toMatch(/^\$argon2id\$/);
  expect(await verifyPassword(hash, 'XiaoHu@2026')).toBe(true);
  expect(await verifyPassword(hash, 'xiaohu@2026')).toBe(false);
  expect(await verifyPassword(null, 'XiaoHu@2026')).toBe(false);
  expect(await verifyPassword('not a hash', 'XiaoHu@2026')).toBe(false);
});
