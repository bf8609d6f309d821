import { stringifySetCookie } from 'cookie';

export const SESSION_COOKIE = 'xiaohu_session';

/** The session token among parsed cookies, when it has our shape. */
export function sessionTokenOf(cookies: Record<string, string | undefined>): string | null {
  const token = cookies[SESSION_COOKIE];
  // Tokens are 43 base64url characters; anything else is not ours.
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}

/** httpOnly + SameSite=Lax; no Max-Age, so the browser drops it on close and the server decides expiry. */
export function sessionCookie(token: string, secure: boolean): string {
  return stringifySetCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

export function clearedSessionCookie(secure: boolean): string {
  return stringifySetCookie(SESSION_COOKIE, '', {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: new Date(0),
  });
}
