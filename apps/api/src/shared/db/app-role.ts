import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The database role the running app logs in as; created by a migration, without UPDATE/DELETE on audit. */
export const APP_DB_ROLE = 'xiaohu_app';

/** How the app's pool connects: given by the operator, or derived from the owner's connection. */
export interface AppConnection {
  url: string;
  /** True when XiaoHu chose the password and may (re)set it on the role as the owner. */
  isDerived: boolean;
}

/**
 * `DATABASE_APP_URL` when given; otherwise the owner's server and database as `xiaohu_app`, with a
 * password derived from the owner's (HMAC, so the app's password never reveals the owner's). Every
 * XiaoHu on one cluster with the same owner derives the same password: the role is cluster-wide.
 */
export function appConnection(ownerUrl: string, explicitAppUrl?: string): AppConnection {
  if (explicitAppUrl) return { url: explicitAppUrl, isDerived: false };
  const url = new URL(ownerUrl);
  const ownerPassword = decodeURIComponent(url.password);
  if (!ownerPassword)
    throw new Error(
      "The owner's database URL has no password to derive the app role's from: set DATABASE_APP_URL",
    );
  url.username = APP_DB_ROLE;
  url.password = createHmac('sha256', ownerPassword).update(`${APP_DB_ROLE} login v1`).digest('base64url');
  return { url: url.toString(), isDerived: true };
}

/**
 * Makes the derived app connection work: if it cannot sign in yet (the role is new, NOLOGIN, or had
 * another password), the owner gives `xiaohu_app` LOGIN and the derived password. An explicit
 * DATABASE_APP_URL is the operator's to manage and is left alone.
 */
export async function ensureAppLogin(ownerUrl: string, app: AppConnection): Promise<void> {
  if (!app.isDerived || (await canSignIn(app.url))) return;
  const password = decodeURIComponent(new URL(app.url).password);
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    // A SCRAM verifier rather than the password: the statement (and any log of it) holds no secret.
    await owner.query(
      `ALTER ROLE ${APP_DB_ROLE} WITH LOGIN PASSWORD ${owner.escapeLiteral(scramSha256Verifier(password))}`,
    );
  } catch (error) {
    throw new Error(
      `The owner could not give ${APP_DB_ROLE} its login (${(error as Error).message}): ` +
        `grant the owner ADMIN on ${APP_DB_ROLE}, or set DATABASE_APP_URL`,
    );
  } finally {
    await owner.end();
  }
}

async function canSignIn(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    return true;
  } catch (error) {
    // 28P01 wrong password, 28000 role may not log in (or does not exist yet)
    const code = (error as { code?: string }).code;
    if (code === '28P01' || code === '28000') return false;
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** PostgreSQL's stored form of a SCRAM-SHA-256 password (RFC 5802/7677), for ASCII passwords. */
export function scramSha256Verifier(password: string, salt: Buffer = randomBytes(16)): string {
  const iterations = 4096;
  const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

export interface AppRoleReach {
  role: string;
  isSuperuser: boolean;
  /** Member of the role owning audit_event: could disable its triggers or rewrite it. */
  canActAsOwner: boolean;
  canBecomeSuperuser: boolean;
}

/** What the connection's login role could become (session_user: SET ROLE cannot hide the login). */
export async function appRoleReach(query: (sql: string) => Promise<unknown[]>): Promise<AppRoleReach> {
  const [row] = (await query(
    `SELECT session_user AS role, r.rolsuper AS "isSuperuser",
       pg_has_role(session_user, c.relowner, 'MEMBER') AS "canActAsOwner",
       EXISTS (SELECT 1 FROM pg_roles s WHERE s.rolsuper AND pg_has_role(session_user, s.oid, 'MEMBER'))
         AS "canBecomeSuperuser"
     FROM pg_roles r, pg_class c
     WHERE r.rolname = session_user AND c.oid = 'public.audit_event'::regclass`,
  )) as AppRoleReach[];
  return row;
}

/** Start-up guard: the pool that serves requests must not be able to rewrite the audit trail. */
export async function assertRestrictedAppRole(query: (sql: string) => Promise<unknown[]>): Promise<void> {
  const reach = await appRoleReach(query);
  if (reach.isSuperuser || reach.canActAsOwner || reach.canBecomeSuperuser)
    throw new Error(
      `The app's database role "${reach.role}" can act as the schema owner or a superuser: ` +
        'refusing to serve requests with it (DATABASE_APP_URL must name a restricted role such as xiaohu_app)',
    );
}
