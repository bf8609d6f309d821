import { existsSync } from 'node:fs';
import path from 'node:path';

/** Everything the API reads from the environment, parsed once at start. */
export interface ApiConfig {
  nodeEnv: string;
  isProduction: boolean;
  port: number;
  host: string;
  /** Any PostgreSQL instead of the embedded one; its user owns the schema and runs the migrations. */
  databaseUrl: string | undefined;
  /** The app's own login (a restricted role); derived from the owner's connection when unset. */
  databaseAppUrl: string | undefined;
  dataDir: string;
  webDistDir: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  /** Failed sign-ins from one client address (any usernames, untrusted devices) before it is locked. */
  lockoutAddressThreshold: number;
  /** How long the aggregated records of refused sign-ins are kept. */
  signInRecordDays: number;
  /** Proxies whose X-Forwarded-For is believed when they are the peer (exact addresses). */
  trustedProxies: string[];
  /** How long a set-password link stays valid. */
  setPasswordLinkHours: number;
  cookieSecure: boolean;
  /**
   * How far a case list counts its matches: beyond it the count says "more than" (isTotalCountCapped), so
   * a list over a district's 200,000 cases does not count them all on every page (issue 15).
   */
  caseCountLimit: number;
  /**
   * Where photos live (issue 11): content-addressed files under `<dataDir>/photos` when null, else the
   * S3-compatible service (MinIO, OSS, COS, ...) these S3_* settings name.
   */
  s3: S3Settings | null;
  /**
   * The SPA's allow-list of operations (hash -> document), written by the web's codegen (issue 13).
   * PERSISTED_QUERIES_FILE; apps/web/src/gql/persisted-documents.json by default.
   */
  persistedQueriesFile: string;
  /**
   * Whether requests without an Authorization header (the SPA) may only send allow-listed hashes.
   * PERSISTED_QUERIES=required|optional; required in production, optional otherwise.
   */
  persistedQueriesRequired: boolean;
  /** REP-9: leading zero bits of the tip line's proof of work (16: about 65,000 SHA-256 in the browser). */
  tipProofBits: number;
}

/** An S3-compatible object store: S3_BUCKET turns it on; the other settings follow the service. */
export interface S3Settings {
  /** e.g. http://minio.example:9000; unset for AWS itself. */
  endpoint: string | undefined;
  bucket: string;
  region: string;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  /** Bucket in the path (http://host/bucket/key) rather than the host name: MinIO and most self-hosted ones. */
  forcePathStyle: boolean;
}

function s3Settings(env: NodeJS.ProcessEnv): S3Settings | null {
  if (!env.S3_BUCKET) return null;
  return {
    endpoint: env.S3_ENDPOINT || undefined,
    bucket: env.S3_BUCKET,
    region: env.S3_REGION || 'us-east-1',
    accessKeyId: env.S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === 'true' : Boolean(env.S3_ENDPOINT),
  };
}

/** The monorepo root, found from this file so `node dist/main.js` works from any cwd. */
export function findRepoRoot(start: string = __dirname): string {
  let dir = start;
  while (dir !== path.dirname(dir)) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error('Cannot find the repository root (pnpm-workspace.yaml)');
}

function positiveNumber(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} must be a positive number`);
  return parsed;
}

function persistedQueriesRequired(value: string | undefined, isProduction: boolean): boolean {
  if (value === undefined || value === '') return isProduction;
  if (value !== 'required' && value !== 'optional')
    throw new Error('PERSISTED_QUERIES must be "required" or "optional"');
  return value === 'required';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const root = findRepoRoot();
  const nodeEnv = env.NODE_ENV ?? 'development';
  const isProduction = nodeEnv === 'production';
  return {
    nodeEnv,
    isProduction,
    port: positiveNumber(env.PORT, 4000, 'PORT'),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    databaseAppUrl: env.DATABASE_APP_URL || undefined,
    dataDir: path.resolve(env.XIAOHU_DATA_DIR || path.join(root, '.data')),
    webDistDir: path.resolve(env.WEB_DIST_DIR || path.join(root, 'apps', 'web', 'dist')),
    sessionIdleMinutes: positiveNumber(env.SESSION_IDLE_MINUTES, 30, 'SESSION_IDLE_MINUTES'),
    sessionAbsoluteHours: positiveNumber(env.SESSION_ABSOLUTE_HOURS, 12, 'SESSION_ABSOLUTE_HOURS'),
    lockoutThreshold: positiveNumber(env.LOCKOUT_THRESHOLD, 6, 'LOCKOUT_THRESHOLD'),
    lockoutMinutes: positiveNumber(env.LOCKOUT_MINUTES, 30, 'LOCKOUT_MINUTES'),
    lockoutAddressThreshold: positiveNumber(env.LOCKOUT_ADDRESS_THRESHOLD, 50, 'LOCKOUT_ADDRESS_THRESHOLD'),
    signInRecordDays: positiveNumber(env.SIGN_IN_RECORD_DAYS, 30, 'SIGN_IN_RECORD_DAYS'),
    caseCountLimit: positiveNumber(env.CASE_COUNT_LIMIT, 10_000, 'CASE_COUNT_LIMIT'),
    trustedProxies: (env.TRUSTED_PROXIES ?? '')
      .split(',')
      .map((address) => address.trim())
      .filter(Boolean),
    setPasswordLinkHours: positiveNumber(env.SET_PASSWORD_LINK_HOURS, 72, 'SET_PASSWORD_LINK_HOURS'),
    // A LAN deployment without TLS can opt out; production defaults to Secure cookies.
    cookieSecure: env.COOKIE_SECURE ? env.COOKIE_SECURE === 'true' : isProduction,
    s3: s3Settings(env),
    persistedQueriesFile: path.resolve(
      env.PERSISTED_QUERIES_FILE || path.join(root, 'apps', 'web', 'src', 'gql', 'persisted-documents.json'),
    ),
    persistedQueriesRequired: persistedQueriesRequired(env.PERSISTED_QUERIES, isProduction),
    tipProofBits: positiveNumber(env.TIP_PROOF_BITS, 16, 'TIP_PROOF_BITS'),
  };
}
