import { randomBytes, timingSafeEqual } from 'node:crypto';
import { stringifySetCookie } from 'cookie';
import type { DataCipher } from '../../shared/crypto/data-cipher';

// OWASP "Slow Down Online Guessing Attacks with Device Cookies": a browser that has signed in as a
// username holds a cookie, signed by the server, naming that username and a random device id. Its
// failures count against that device alone, so strangers' failures never lock it out.

const PURPOSE = 'sign-in device cookie';
const PREFIX = 'xiaohu_device_';
const DEVICE_ID = /^[A-Za-z0-9_-]{22}$/;
const MAX_AGE_SECONDS = 180 * 86_400;

/** One cookie per username a browser signs in as; its name reveals nothing of the username. */
export function deviceCookieName(cipher: DataCipher, usernameKey: string): string {
  return PREFIX + cipher.hash(`${PURPOSE} name`, usernameKey).slice(0, 16);
}

function signature(cipher: DataCipher, usernameKey: string, deviceId: string): string {
  return cipher.hash(PURPOSE, `${usernameKey}\n${deviceId}`);
}

/** The device id of a valid device cookie for this username, or null (absent, forged, another name's). */
export function trustedDeviceId(
  cipher: DataCipher,
  cookies: Record<string, string | undefined>,
  usernameKey: string,
): string | null {
  const value = cookies[deviceCookieName(cipher, usernameKey)];
  if (!value) return null;
  const [deviceId, signed] = value.split('.');
  if (!deviceId || !signed || !DEVICE_ID.test(deviceId)) return null;
  const expected = Buffer.from(signature(cipher, usernameKey, deviceId), 'utf8');
  const given = Buffer.from(signed, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected) ? deviceId : null;
}

/** A new device cookie for a successful sign-in (httpOnly, SameSite=Strict, only sent to /graphql). */
export function deviceCookie(cipher: DataCipher, usernameKey: string, secure: boolean): string {
  const deviceId = randomBytes(16).toString('base64url');
  return stringifySetCookie(
    deviceCookieName(cipher, usernameKey),
    `${deviceId}.${signature(cipher, usernameKey, deviceId)}`,
    { httpOnly: true, sameSite: 'strict', secure, path: '/graphql', maxAge: MAX_AGE_SECONDS },
  );
}
