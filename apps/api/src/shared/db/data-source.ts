import 'reflect-metadata';
import { DataSource, type Logger } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** The database role the running app uses; created by a migration, without UPDATE/DELETE on audit. */
export const APP_DB_ROLE = 'xiaohu_app';

/**
 * `owner` runs migrations and the seed. `app` serves requests: it connects with the same
 * credentials but switches to the restricted role at connection start-up, so one DATABASE_URL is enough.
 */
export function createDataSource(
  url: string,
  as: 'owner' | 'app',
  options: { logger?: Logger } = {},
): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
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
    extra: as === 'app' ? { options: `-c role=${APP_DB_ROLE}`, max: 10 } : { max: 2 },
  });
}
