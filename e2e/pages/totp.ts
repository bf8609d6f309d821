import { createHmac } from 'node:crypto';

/**
 * The demo TOTP secret of the accounts that must use MFA (safety, safety2, personnel, leader, admin),
 * as seeded and documented in README; never in production.
 */
export const DEMO_TOTP_SECRET = 'XIAOHUDEMOXIAOHUDEMOXIAOHUDEMO22';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32Decode(text: string): Buffer {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text) {
    value = (value << 5) | BASE32.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The RFC 6238 time step (30 s) of an instant. */
export function totpStep(nowMs: number): number {
  return Math.floor(nowMs / 30_000);
}

/** RFC 6238 TOTP (HMAC-SHA-1, 6 digits) of a base32 secret at a time step. */
export function totpCode(secret: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const digest = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = digest[digest.length - 1]! & 0x0f;
  return String((digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}
