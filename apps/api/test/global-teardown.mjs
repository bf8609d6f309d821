export default async function globalTeardown() {
  const server = globalThis.__XIAOHU_TEST_PG__;
  if (server) await server.stop();
}
