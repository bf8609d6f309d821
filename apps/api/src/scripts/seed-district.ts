import 'reflect-metadata';
import { loadConfig } from '../config';
import { dataCipher } from '../shared/crypto/data-cipher';
import { installColumnCipher } from '../shared/crypto/encrypted-column';
import { createDataSource } from '../shared/db/data-source';
import { openDatabaseServer } from '../shared/db/embedded-postgres';
import {
  DISTRICT_PASSWORD,
  DISTRICT_SIZE,
  DistrictAlreadySeededError,
  districtHeadUsername,
  seedDistrict,
  type DistrictSize,
} from '../seed/district/district.seed';

// Usage: npm run seed:district [-- --seed N] [--institutions N --staff N --cases N]
// Fills the embedded database (or DATABASE_URL) with a district of realistic size (issue 15).
// Exit code 0: seeded; 1: failed; 2: refused (already seeded, bad arguments, production).

function parseArguments(argv: readonly string[]): { seed: number; size: DistrictSize } {
  const values = new Map<string, number>();
  for (let i = 0; i < argv.length; i += 1) {
    const match = /^--(seed|institutions|staff|cases)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new Error(`Unknown argument ${argv[i]}`);
    const text = match[2] ?? argv[(i += 1)];
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${match[1]} needs a whole number`);
    values.set(match[1], value);
  }
  const size = {
    institutions: values.get('institutions') ?? DISTRICT_SIZE.institutions,
    staff: values.get('staff') ?? DISTRICT_SIZE.staff,
    cases: values.get('cases') ?? DISTRICT_SIZE.cases,
  };
  if (size.institutions < 1 || size.staff < 4 * size.institutions)
    throw new Error('At least one institution and four staff per institution');
  return { seed: values.get('seed') ?? 1, size };
}

async function main(): Promise<number> {
  const config = loadConfig();
  if (config.isProduction) {
    console.error('Refused: a generated district is never seeded in production (NODE_ENV=production)');
    return 2;
  }
  let options: ReturnType<typeof parseArguments>;
  try {
    options = parseArguments(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  installColumnCipher(dataCipher(config));
  const server = await openDatabaseServer({ ...config, log: console.log, mayCreate: true });
  const owner = createDataSource(server.ownerUrl, 'owner');
  try {
    await owner.initialize();
    console.log(
      `Seeding a district (seed ${options.seed}): ${options.size.institutions} institutions, ` +
        `${options.size.staff} staff, ${options.size.cases} cases`,
    );
    // Dates count back from today's midnight in Asia/Shanghai (UTC+8): a seed gives the same district
    // whatever the hour it runs at (its dates move with the day, its ids, names and counts do not).
    const day = 86_400_000;
    const offset = 8 * 3_600_000;
    const now = new Date(Math.floor((Date.now() + offset) / day) * day - offset);
    const summary = await seedDistrict(owner, { ...options, now, log: console.log });
    const width = Math.max(...Object.keys(summary.rows).map((name) => name.length));
    for (const [table, count] of Object.entries(summary.rows)) {
      console.log(`  ${table.padEnd(width)} ${String(count).padStart(9)}`);
    }
    const total = Object.values(summary.rows).reduce((sum, n) => sum + n, 0);
    console.log(
      `District seeded: ${total} rows in ${(summary.elapsedMs / 1000).toFixed(1)} s. Heads sign in as ` +
        `${districtHeadUsername(0)} … ${districtHeadUsername(options.size.institutions - 1)} ` +
        `(teachers teacher.d0001 …), password ${DISTRICT_PASSWORD}.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof DistrictAlreadySeededError) {
      console.error(`Refused: ${error.message}`);
      return 2;
    }
    throw error;
  } finally {
    if (owner.isInitialized) await owner.destroy();
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      'Seeding the district failed:',
      error instanceof Error ? (error.stack ?? error.message) : error,
    );
    process.exit(1);
  },
);
