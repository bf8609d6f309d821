import { createHash } from 'node:crypto';
import { leadingZeroBits, solveChallenge, type Digest } from './proof-of-work';
import { sha256 } from './sha256';

const nodeDigest: Digest = (text) => {
  const digest = createHash('sha256').update(text).digest();
  return Promise.resolve(digest.buffer.slice(digest.byteOffset, digest.byteOffset + digest.byteLength));
};

describe('the tip line’s proof of work', () => {
  it('REP-9: counts leading zero bits across bytes', () => {
    expect(leadingZeroBits(new Uint8Array([0, 0x10, 0xff]).buffer)).toBe(11);
    expect(leadingZeroBits(new Uint8Array([0x80]).buffer)).toBe(0);
    expect(leadingZeroBits(new Uint8Array([0, 0]).buffer)).toBe(16);
  });

  it('REP-9: the JavaScript SHA-256 (plain HTTP on a LAN, no Web Crypto) matches node’s', async () => {
    for (const text of ['', 'abc', '1700000000000.abc.16.mac:65535', '匿名举报'.repeat(40)]) {
      expect(Buffer.from(sha256(text)).toString('hex')).toBe(
        Buffer.from(await nodeDigest(text)).toString('hex'),
      );
    }
  });

  it('REP-9: no work when the server asks none', async () => {
    const digest = jest.fn(nodeDigest);
    await expect(solveChallenge('c', 0, digest)).resolves.toBe('0');
    expect(digest).not.toHaveBeenCalled();
  });

  it('REP-9: finds a nonce the server accepts (SHA-256 of challenge:nonce with the leading zero bits)', async () => {
    const nonce = await solveChallenge('1700000000000.abc.10.mac', 10, nodeDigest);
    expect(leadingZeroBits(await nodeDigest(`1700000000000.abc.10.mac:${nonce}`))).toBeGreaterThanOrEqual(10);
    // The first such nonce: every smaller one fails.
    for (let smaller = 0; smaller < Number(nonce); smaller += 1) {
      expect(leadingZeroBits(await nodeDigest(`1700000000000.abc.10.mac:${smaller}`))).toBeLessThan(10);
    }
  });
});
