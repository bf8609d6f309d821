import { sha256 } from './sha256';

/** SHA-256 of a text, as the browser's Web Crypto gives it. */
export type Digest = (text: string) => Promise<ArrayBuffer>;

/** Web Crypto where the page is a secure context; else (plain HTTP on a LAN) SHA-256 in JavaScript. */
export const webCryptoDigest: Digest = (text) =>
  typeof crypto !== 'undefined' && crypto.subtle
    ? crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
    : Promise.resolve(sha256(text));

/** Leading zero bits of a digest. */
export function leadingZeroBits(digest: ArrayBuffer): number {
  let bits = 0;
  for (const byte of new Uint8Array(digest)) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/**
 * REP-9: the tip line's proof of work, done in the browser (no third-party CAPTCHA): the first decimal
 * nonce whose SHA-256(challenge:nonce) starts with `difficulty` zero bits. About 2^difficulty digests.
 */
export async function solveChallenge(
  challenge: string,
  difficulty: number,
  digest: Digest = webCryptoDigest,
): Promise<string> {
  if (difficulty <= 0) return '0';
  for (let nonce = 0; ; nonce += 1) {
    if (leadingZeroBits(await digest(`${challenge}:${nonce}`)) >= difficulty) return String(nonce);
  }
}
