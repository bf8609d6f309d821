import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { DEFAULT_POLICY } from '@xiaohu/domain';
import type { DataSource, Logger } from 'typeorm';
import { loadConfig, type ApiConfig } from '../config';
import { AccountEntity } from '../features/accounts/account.entity';
import { totpCode, totpStep } from '../features/auth/totp';
import { DEMO_PASSWORD } from '../seed/demo-district.data';
import { createAppServer } from '../server';
import type { ChangeFeed } from '../shared/realtime/change-feed';
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
  /** The server's change feed (subscriptions), once attached. */
  changes(): ChangeFeed | null;
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
  const { app, attach, changes, stop } = await createAppServer(
    { config, dataSource, clock, policy: DEFAULT_POLICY },
    silent,
  );
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  await attach(server);
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const client = () => new GraphQLTestClient(baseUrl);

  // Accounts that must use MFA (REP-7, VET-2) sign in with a code of their secret at the test clock's
  // time. Tests sign in as the same person many times within one time step: the helper forgets the
  // last accepted step first (a code is accepted once; tests of that rule call verifyMfa themselves).
  async function completeMfa(
    signedInClient: GraphQLTestClient,
    username: string,
    step: 'MfaRequired' | 'MfaEnrolmentRequired',
    challenge: string,
  ): Promise<void> {
    let secret: string;
    let response;
    if (step === 'MfaRequired') {
      await owner.query('UPDATE account SET mfa_last_step = NULL WHERE username = $1', [username]);
      const account = await owner.getRepository(AccountEntity).findOneByOrFail({ username });
      secret = account.mfaSecret!;
      response = await signedInClient.request(
        'mutation($input: MfaCodeInput!) { verifyMfa(input: $input) { __typename } }',
        { input: { challenge, code: totpCode(secret, totpStep(clock.now())) } },
      );
    } else {
      const begun = await signedInClient.request(
        'mutation($challenge: String!) { beginMfaEnrolment(challenge: $challenge) { ... on MfaEnrolment { secret } } }',
        { challenge },
      );
      secret = (begun.body.data?.beginMfaEnrolment as { secret: string }).secret;
      response = await signedInClient.request(
        'mutation($input: MfaCodeInput!) { confirmMfaEnrolment(input: $input) { __typename } }',
        { input: { challenge, code: totpCode(secret, totpStep(clock.now())) } },
      );
    }
    const data = response.body.data as Record<string, { __typename: string }> | undefined;
    const typename = data && Object.values(data)[0]?.__typename;
    if (typename !== 'Viewer' && typename !== 'MfaEnrolled')
      throw new Error(`MFA for ${username} failed: ${JSON.stringify(response.body)}`);
  }
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
        `mutation SignIn($input: SignInInput!) {
          signIn(input: $input) {
            __typename
            ... on MfaRequired { challenge }
            ... on MfaEnrolmentRequired { challenge }
          }
        }`,
        { input: { username, password } },
      );
      const answer = response.body.data?.signIn as { __typename?: string; challenge?: string } | undefined;
      if (answer?.__typename === 'MfaRequired' || answer?.__typename === 'MfaEnrolmentRequired')
        await completeMfa(signedInClient, username, answer.__typename, answer.challenge!);
      else if (answer?.__typename !== 'Viewer')
        throw new Error(`Sign-in as ${username} failed: ${JSON.stringify(response.body)}`);
      return signedInClient;
    },
    changes,
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
