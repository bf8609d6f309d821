import { isIPv6 } from 'node:net';

/** `::ffff:192.0.2.1` and `192.0.2.1` are one client; IPv6 clients are grouped by their /64 prefix. */
export function normaliseAddress(address: string): string {
  const plain = address
    .trim()
    .toLowerCase()
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  if (!isIPv6(plain)) return plain;
  // One household or one attacker holds a whole /64: counting per address would let it rotate freely.
  const [head, tail = ''] = plain.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = plain.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * The client's address: the socket's peer, or, when that peer is one of the configured trusted proxies,
 * the right-most X-Forwarded-For entry that is not a trusted proxy. Never trusts the header otherwise,
 * so a client cannot choose its own address.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: readonly string[],
): string {
  const trusted = new Set(trustedProxies.map(normaliseAddress));
  let address = normaliseAddress(peer ?? 'unknown');
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  while (trusted.has(address) && hops.length > 0) address = normaliseAddress(hops.pop()!);
  return address.slice(0, 64);
}
