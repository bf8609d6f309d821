import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { DEFAULT_POLICY } from '@xiaohu/domain';
import type { DataSource, Logger } from 'typeorm';
import { loadConfig, type ApiConfig } from '../config';
import { DEMO_PASSWORD } from '../seed/demo-district.data';
import { createAppServer } from '../server';
import { ManualClock } from '../shared/clock/clock';
import { createDataSource } from '../shared/db/data-source';
import { createTestDatabase } from './test-database';
import { GraphQLTestClient } from './graphql-test-client';

export interface TestApp {
  baseUrl: string;
  clock: ManualClock;
  config: ApiConfig;
  /** Connected as the app's restricted role (logs in as xiaohu_app), like the server. */
  dataSource: DataSource;
  /** SQL statements the app's connection has run so far. */
  statementCount(): number;
  /** Connected as the schema owner, for arranging facts the API cannot (e.g. disabling an account). */
  owner: DataSource;
  client(): GraphQLTestClient;
  signedIn(username: string, password?: string): Promise<GraphQLTestClient>;
  close(): Promise<void>;
}

/** The real HTTP server on a random port, over its own migrated and seeded database. */
export async function startTestApp(
  overrides: Partial<ApiConfig> = {},
  options: { dataSource?: (url: string) => DataSource } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config: ApiConfig = { ...loadConfig({ NODE_ENV: 'test' }), ...overrides };
  const owner = createDataSource(database.url, 'owner');
  await owner.initialize();
  let statements = 0;
  const counter: Logger = {
    logQuery: () => void (statements += 1),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  const dataSource = options.dataSource
    ? options.dataSource(database.appUrl)
    : createDataSource(database.appUrl, 'app', { logger: counter });
  if (!options.dataSource) await dataSource.initialize();
  const clock = new ManualClock();
  const silent = () => undefined;
  const { app, stop } = await createAppServer({ config, dataSource, clock, policy: DEFAULT_POLICY }, silent);
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const client = () => new GraphQLTestClient(baseUrl);
  return {
    baseUrl,
    clock,
    config,
    dataSource,
    statementCount: () => statements,
    owner,
    client,
    async signedIn(username, password = DEMO_PASSWORD) {
      const signedInClient = client();
      const response = await signedInClient.request(
        'mutation SignIn($input: SignInInput!) { signIn(input: $input) { __typename } }',
        { input: { username, password } },
      );
      const typename = (response.body.data?.signIn as { __typename?: string } | undefined)?.__typename;
      if (typename !== 'Viewer')
        throw new Error(`Sign-in as ${username} failed: ${JSON.stringify(response.body)}`);
      return signedInClient;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await stop();
      if (dataSource.isInitialized) await dataSource.destroy();
      await owner.destroy();
    },
  };
}
