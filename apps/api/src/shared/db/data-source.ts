import 'reflect-metadata';
import { DataSource, type Logger, type MixedList } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * `owner` (the owner's URL) runs migrations and the seed, then closes. `app` (the app's URL, see
 * app-role.ts) serves requests: it logs in as `xiaohu_app` itself, so it has nothing stronger to
 * switch to.
 */
export function createDataSource(
  url: string,
  as: 'owner' | 'app',
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  options: { logger?: Logger; migrations?: MixedList<Function> } = {},
): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: options.migrations ?? MIGRATIONS,
    migrationsTableName: 'typeorm_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install on a managed server.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    // Tests pass a logger to count statements per operation (an N+1 guard).
    logging: options.logger ? ['query'] : false,
    logger: options.logger,
    applicationName: as === 'app' ? 'xiaohu-api' : 'xiaohu-owner',
    extra: { max: as === 'app' ? 10 : 2 },
  });
}
